-- Govscope case file, schema 4: what the scans observed on each target, kept so that a newer
-- vulnerability feed can be matched against it without scanning again (`govscope rematch`).
--
-- An observation is one check's look at one target (org, check, target) in its latest scan: a scan
-- replaces the earlier observation with its own, so a product no longer seen is no longer matched.
-- `evidence` is the SHA-256 (into blobs) of the HTTP exchange the products were read from, so a
-- finding made by a later re-match cites the same bytes the scan saw.
-- (Numbered 004: 003 belongs to another change; SchemaMigrator runs whichever arrives later too.)
CREATE TABLE observations (
    id               INTEGER PRIMARY KEY,
    scan             INTEGER NOT NULL,
    org              TEXT NOT NULL,
    check_id         TEXT NOT NULL,
    target           TEXT NOT NULL,      -- the asset: a website host
    evidence         TEXT NOT NULL DEFAULT '',
    evidence_summary TEXT NOT NULL DEFAULT '',
    at               TEXT NOT NULL,
    UNIQUE (org, check_id, target)
);

-- One product seen in an observation.
CREATE TABLE fingerprints (
    id          INTEGER PRIMARY KEY,
    observation INTEGER NOT NULL,
    kind        TEXT NOT NULL,           -- technology (webappanalyzer rule) or jslibrary (retire.js)
    product     TEXT NOT NULL,           -- the rule's or library's name
    version     TEXT NOT NULL DEFAULT '',
    cpe         TEXT NOT NULL DEFAULT '',-- CPE 2.3 of the product, '' when the rule has none
    categories  TEXT NOT NULL DEFAULT '[]',
    how         TEXT NOT NULL DEFAULT '' -- what matched, for evidence
);
CREATE INDEX fingerprints_observation ON fingerprints(observation);
CREATE INDEX fingerprints_product ON fingerprints(product);
