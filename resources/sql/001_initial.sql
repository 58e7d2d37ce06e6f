-- Govscope case file, schema version 1.
-- Every statement runs in one transaction with PRAGMA user_version = 1 (see models/casefile.cpp).

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE orgs (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    kind         TEXT NOT NULL,
    level        TEXT NOT NULL DEFAULT '',
    role         TEXT NOT NULL DEFAULT '',
    region       TEXT NOT NULL DEFAULT '',
    parent       TEXT NOT NULL DEFAULT '',
    websites     TEXT NOT NULL DEFAULT '[]',   -- JSON arrays, as in `orgs --format json`
    mail_domains TEXT NOT NULL DEFAULT '[]',
    webmail      TEXT NOT NULL DEFAULT '[]',
    apps         TEXT NOT NULL DEFAULT '[]',
    accounts     TEXT NOT NULL DEFAULT '[]',
    authorized   INTEGER NOT NULL DEFAULT 0,
    updated_at   TEXT NOT NULL
);
CREATE INDEX orgs_parent ON orgs(parent);

CREATE TABLE assets (
    id         INTEGER PRIMARY KEY,
    org        TEXT NOT NULL,
    type       TEXT NOT NULL,      -- website host mail_domain mail_host app account
    value      TEXT NOT NULL,
    source     TEXT NOT NULL,      -- declared discovered
    first_seen TEXT NOT NULL,
    UNIQUE (org, type, value)
);
CREATE INDEX assets_value ON assets(value);

CREATE TABLE apps (
    id            INTEGER PRIMARY KEY,
    store         TEXT NOT NULL DEFAULT '',
    name          TEXT NOT NULL DEFAULT '',
    developer     TEXT NOT NULL DEFAULT '',
    package       TEXT NOT NULL DEFAULT '',
    version       TEXT NOT NULL DEFAULT '',
    signer_sha256 TEXT NOT NULL DEFAULT '',
    icon          TEXT NOT NULL DEFAULT '',   -- blob sha256 of the icon image
    apk           TEXT NOT NULL DEFAULT '',
    official      INTEGER NOT NULL DEFAULT 0,
    org           TEXT NOT NULL DEFAULT '',
    UNIQUE (store, package, name)
);

CREATE TABLE accounts (
    id         INTEGER PRIMARY KEY,
    platform   TEXT NOT NULL,
    name       TEXT NOT NULL,
    account_id TEXT NOT NULL DEFAULT '',
    operator   TEXT NOT NULL DEFAULT '',
    official   INTEGER NOT NULL DEFAULT 0,
    org        TEXT NOT NULL DEFAULT '',
    UNIQUE (platform, name, account_id)
);

CREATE TABLE leads (
    id     INTEGER PRIMARY KEY,
    url    TEXT NOT NULL UNIQUE,
    org    TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    note   TEXT NOT NULL DEFAULT ''
);

CREATE TABLE scans (
    id           INTEGER PRIMARY KEY,
    started_at   TEXT NOT NULL,
    finished_at  TEXT,
    status       TEXT NOT NULL,     -- running finished cancelled interrupted
    families     TEXT NOT NULL DEFAULT '[]',
    orgs         TEXT NOT NULL DEFAULT '[]',
    profile      TEXT NOT NULL DEFAULT '{}',
    tool_version TEXT NOT NULL DEFAULT ''
);

-- The unit of resumable work: one org x family. A scan resumes the tasks not marked done.
CREATE TABLE scan_tasks (
    scan   INTEGER NOT NULL,
    org    TEXT NOT NULL,
    family TEXT NOT NULL,
    done   INTEGER NOT NULL DEFAULT 0,
    family_version TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (scan, org, family)
);

CREATE TABLE scan_feeds (
    scan   INTEGER NOT NULL,
    path   TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    PRIMARY KEY (scan, path)
);

CREATE TABLE check_results (
    id        INTEGER PRIMARY KEY,
    scan      INTEGER NOT NULL,
    org       TEXT NOT NULL,
    family    TEXT NOT NULL,
    check_id  TEXT NOT NULL,
    target    TEXT NOT NULL,
    outcome   TEXT NOT NULL,       -- pass finding inconclusive
    reason    TEXT NOT NULL DEFAULT '',
    at        TEXT NOT NULL,
    UNIQUE (scan, org, check_id, target)
);
CREATE INDEX check_results_org ON check_results(org, check_id);

CREATE TABLE findings (
    id         INTEGER PRIMARY KEY,
    org        TEXT NOT NULL,
    family     TEXT NOT NULL,
    check_id   TEXT NOT NULL,
    severity   INTEGER NOT NULL,   -- 0 info .. 4 critical
    status     TEXT NOT NULL,
    target     TEXT NOT NULL,
    title      TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    last_seen  TEXT NOT NULL,
    last_scan  INTEGER NOT NULL DEFAULT 0,
    UNIQUE (org, check_id, target)
);
CREATE INDEX findings_family_severity ON findings(family, severity);
CREATE INDEX findings_severity ON findings(severity);
CREATE INDEX findings_org ON findings(org);
CREATE INDEX findings_status ON findings(status);

CREATE TABLE finding_status_history (
    id      INTEGER PRIMARY KEY,
    finding INTEGER NOT NULL,
    at      TEXT NOT NULL,
    status  TEXT NOT NULL,
    who     TEXT NOT NULL DEFAULT '',
    why     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX finding_status_history_finding ON finding_status_history(finding);

CREATE TABLE triage_notes (
    id      INTEGER PRIMARY KEY,
    finding INTEGER NOT NULL,
    at      TEXT NOT NULL,
    who     TEXT NOT NULL,
    note    TEXT NOT NULL
);
CREATE INDEX triage_notes_finding ON triage_notes(finding);

CREATE TABLE evidence (
    id      INTEGER PRIMARY KEY,
    finding INTEGER NOT NULL,
    kind    TEXT NOT NULL,
    summary TEXT NOT NULL,
    blob    TEXT NOT NULL DEFAULT '',   -- sha256 into blobs, '' when the summary is all
    mime    TEXT NOT NULL DEFAULT '',
    at      TEXT NOT NULL
);
CREATE INDEX evidence_finding ON evidence(finding);

-- Content-addressed: the same screenshot or HTTP exchange is stored once.
CREATE TABLE blobs (
    sha256 TEXT PRIMARY KEY,
    size   INTEGER NOT NULL,
    data   BLOB NOT NULL
);

-- Text search over titles, targets and evidence summaries; rowid = findings.id.
-- The trigram tokenizer matches Chinese substrings of three characters or more.
CREATE VIRTUAL TABLE findings_fts USING fts5(title, target, evidence, tokenize = 'trigram');
