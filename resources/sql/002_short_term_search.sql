-- Govscope case file, schema version 2: an index for searches of one or two characters.
--
-- The trigram index of findings_fts needs three characters, yet two-character Chinese words (仿冒, 泄露,
-- 邮件) are what auditors type most; without an index they read every finding (1.5 s on a million).
-- findings_bigram holds, for each finding, every overlapping pair of characters of its title, target and
-- evidence summaries (and the last character of each run on its own), written by the application as
-- hexadecimal code points ("4eff5192") so that unicode61 keeps each pair as one token whatever the
-- characters are (CJK, punctuation, '%'). ASCII letters are lowered first: a search is case-insensitive
-- for ASCII, exact otherwise, like LIKE. See models/findingsearchindex.h.
--
-- Contentless (the pairs are derived, never shown) and detail=none (a one-token query needs no
-- positions) keep it small. Deleting a row from a contentless table needs the tokens it was written
-- with; FindingRepository recomputes them from findings_fts, which keeps the original text.
--
-- Existing findings are indexed right after this file runs, in the same transaction
-- (SchemaMigrator's step for this file).
CREATE VIRTUAL TABLE findings_bigram USING fts5(pairs, content = '', detail = none, columnsize = 0,
    tokenize = 'unicode61 remove_diacritics 0');
