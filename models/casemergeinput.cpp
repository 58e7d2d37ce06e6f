#include "casemergeinput.h"

#include "casefile.h"
#include "casemergeobservations.h"
#include "findingsearchindex.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Govscope::Models {

namespace {

// Runs one statement; returns the rows it changed. SQL NULLs stay NULLs (finished_at of a running scan).
Result<qint64> run(QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return makeError(q.lastError().text() + u" in: "_qs + sql.left(160));
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return makeError(q.lastError().text() + u" in: "_qs + sql.left(160));
    return q.numRowsAffected() < 0 ? 0 : q.numRowsAffected();
}

// A NULL column read back as a null QVariant stays NULL when bound again.
QVariant nullable(const QVariant &v)
{
    return v.isNull() ? QVariant() : v;
}

// The catalogue tables are unions on their natural keys: a row OUT has already stays as it is.
Result<qint64> mergeCatalogues(QSqlDatabase &db)
{
    struct Table
    {
        const char *name;
        const char *columns;
    };
    static const Table tables[] = {
        {"meta", "key, value"},
        {"apps", "store, name, developer, package, version, signer_sha256, icon, apk, official, org"},
        {"accounts", "platform, name, account_id, operator, official, org"},
        {"leads", "url, org, source, note"},
    };
    qint64 changed = 0;
    for (const Table &t : tables) {
        const QString cols = QLatin1String(t.columns);
        auto n = run(db, u"INSERT INTO %1 (%2) SELECT %2 FROM src.%1 WHERE true ORDER BY rowid "
                         "ON CONFLICT DO NOTHING"_qs.arg(QLatin1String(t.name), cols));
        if (!n)
            return n.error();
        changed += *n;
    }
    return changed;
}

Result<qint64> mergeOrgs(QSqlDatabase &db)
{
    const QStringList updated{u"name"_qs,     u"kind"_qs,       u"level"_qs,        u"role"_qs,    u"region"_qs,
                              u"parent"_qs,   u"websites"_qs,   u"mail_domains"_qs, u"webmail"_qs, u"apps"_qs,
                              u"accounts"_qs, u"authorized"_qs, u"updated_at"_qs};
    QStringList sets;
    for (const QString &c : updated)
        sets << c + u" = excluded."_qs + c;
    const QString cols = u"id, "_qs + updated.join(u", "_qs);
    return run(db, u"INSERT INTO orgs (%1) SELECT %1 FROM src.orgs WHERE true ORDER BY rowid "
                   "ON CONFLICT(id) DO UPDATE SET %2 WHERE excluded.updated_at > orgs.updated_at"_qs.arg(
                       cols, sets.join(u", "_qs)));
}

Result<qint64> mergeAssets(QSqlDatabase &db)
{
    return run(db,
               u"INSERT INTO assets (org, type, value, source, first_seen) "
               "SELECT org, type, value, source, first_seen FROM src.assets WHERE true ORDER BY id "
               "ON CONFLICT(org, type, value) DO UPDATE SET first_seen = min(first_seen, excluded.first_seen), "
               "source = CASE WHEN excluded.source = 'declared' THEN 'declared' ELSE source END "
               "WHERE excluded.first_seen < first_seen OR (excluded.source = 'declared' AND source <> 'declared')"_qs);
}

// Fills merge_smap (input scan id -> OUT scan id). A scan is identified by what it was started with; one
// already in OUT takes the input's end when the input saw it end later (a shard resumed after a merge).
Result<qint64> mergeScans(QSqlDatabase &db)
{
    for (const char *sql :
         {"CREATE TEMP TABLE IF NOT EXISTS merge_smap (src INTEGER PRIMARY KEY, dst INTEGER NOT NULL)",
          "DELETE FROM merge_smap"})
        if (auto r = run(db, QLatin1String(sql)); !r)
            return r.error();
    QSqlQuery scans(db);
    scans.setForwardOnly(true);
    if (!scans.exec(u"SELECT id, started_at, finished_at, status, families, orgs, profile, tool_version "
                    "FROM src.scans ORDER BY id"_qs))
        return makeError(scans.lastError().text());
    struct Row
    {
        qint64 id;
        QVariantList values;
    };
    QList<Row> rows;
    while (scans.next()) {
        Row r{scans.value(0).toLongLong(), {}};
        for (int i = 1; i < 8; ++i)
            r.values << nullable(scans.value(i));
        rows << r;
    }
    qint64 changed = 0;
    for (const Row &r : std::as_const(rows)) {
        const QVariant started = r.values[0], finishedAt = r.values[1], status = r.values[2];
        QSqlQuery same(db);
        same.prepare(u"SELECT id, finished_at FROM scans WHERE started_at = ? AND families = ? AND orgs = ? "
                     "AND profile = ? AND tool_version = ? ORDER BY id LIMIT 1"_qs);
        for (int i : {0, 3, 4, 5, 6})
            same.addBindValue(r.values[i]);
        if (!same.exec())
            return makeError(same.lastError().text());
        qint64 dst = 0;
        if (same.next()) {
            dst = same.value(0).toLongLong();
            const QVariant outFinished = nullable(same.value(1));
            if (!finishedAt.isNull() && (outFinished.isNull() || finishedAt.toString() > outFinished.toString())) {
                auto n =
                    run(db, u"UPDATE scans SET status = ?, finished_at = ? WHERE id = ?"_qs, {status, finishedAt, dst});
                if (!n)
                    return n.error();
                changed += *n;
            }
        } else {
            QSqlQuery insert(db);
            insert.prepare(u"INSERT INTO scans (started_at, finished_at, status, families, orgs, profile, "
                           "tool_version) VALUES (?,?,?,?,?,?,?)"_qs);
            for (const QVariant &v : r.values)
                insert.addBindValue(v);
            if (!insert.exec())
                return makeError(insert.lastError().text());
            dst = insert.lastInsertId().toLongLong();
            ++changed;
        }
        if (auto n = run(db, u"INSERT INTO merge_smap (src, dst) VALUES (?, ?)"_qs, {r.id, dst}); !n)
            return n.error();
    }
    return changed;
}

Result<qint64> mergeScanRows(QSqlDatabase &db, qint64 *results)
{
    // CROSS JOIN keeps the input table outermost, read in rowid order: no sort of a million rows.
    auto tasks = run(db, u"INSERT INTO scan_tasks (scan, org, family, done, family_version) "
                         "SELECT sm.dst, t.org, t.family, t.done, t.family_version FROM src.scan_tasks t "
                         "CROSS JOIN merge_smap sm ON sm.src = t.scan WHERE true ORDER BY t.rowid "
                         "ON CONFLICT(scan, org, family) DO UPDATE SET done = max(done, excluded.done), "
                         "family_version = CASE WHEN excluded.family_version <> '' THEN excluded.family_version "
                         "ELSE family_version END WHERE excluded.done > done OR (excluded.family_version <> '' AND "
                         "excluded.family_version <> family_version)"_qs);
    if (!tasks)
        return tasks.error();
    auto feeds = run(db, u"INSERT INTO scan_feeds (scan, path, sha256) SELECT sm.dst, f.path, f.sha256 "
                         "FROM src.scan_feeds f CROSS JOIN merge_smap sm ON sm.src = f.scan WHERE true "
                         "ORDER BY f.rowid ON CONFLICT(scan, path) DO UPDATE SET sha256 = excluded.sha256 "
                         "WHERE excluded.sha256 <> sha256"_qs);
    if (!feeds)
        return feeds.error();
    auto checks = run(db, u"INSERT INTO check_results (scan, org, family, check_id, target, outcome, reason, at) "
                          "SELECT sm.dst, r.org, r.family, r.check_id, r.target, r.outcome, r.reason, r.at "
                          "FROM src.check_results r CROSS JOIN merge_smap sm ON sm.src = r.scan WHERE true "
                          "ORDER BY r.id ON CONFLICT(scan, org, check_id, target) DO UPDATE SET "
                          "family = excluded.family, outcome = excluded.outcome, reason = excluded.reason, "
                          "at = excluded.at WHERE excluded.at > at"_qs);
    if (!checks)
        return checks.error();
    *results = *checks;
    return *tasks + *feeds;
}

// merge_fmap: input finding id -> OUT finding id, and what the input brings: 1 a new finding, 2 a later
// sighting (severity, title, last_seen, evidence), 0 nothing newer than OUT has.
constexpr int kNew = 1;
constexpr int kNewer = 2;

Status mapFindings(QSqlDatabase &db, MergeCounts &counts)
{
    for (const char *sql :
         {"CREATE TEMP TABLE IF NOT EXISTS merge_fmap (src INTEGER PRIMARY KEY, dst INTEGER, state INTEGER NOT NULL)",
          "DELETE FROM merge_fmap",
          "INSERT INTO merge_fmap (src, dst, state) SELECT s.id, f.id, CASE WHEN f.id IS NULL THEN 1 "
          "WHEN s.last_seen > f.last_seen THEN 2 ELSE 0 END FROM src.findings s LEFT JOIN findings f "
          "ON f.org = s.org AND f.check_id = s.check_id AND f.target = s.target ORDER BY s.id"})
        if (auto r = run(db, QLatin1String(sql)); !r)
            return r.error();
    auto added =
        run(db, u"INSERT INTO findings (org, family, check_id, severity, status, target, title, title_template, "
                "title_params, first_seen, last_seen, last_scan) SELECT s.org, s.family, s.check_id, "
                "s.severity, s.status, s.target, s.title, s.title_template, s.title_params, s.first_seen, "
                "s.last_seen, COALESCE(sm.dst, 0) FROM merge_fmap m "
                "JOIN src.findings s ON s.id = m.src LEFT JOIN merge_smap sm ON sm.src = s.last_scan "
                "WHERE m.state = 1 ORDER BY m.src"_qs);
    if (!added)
        return added.error();
    counts.findingsAdded = *added;
    if (auto r = run(db, u"UPDATE merge_fmap SET dst = (SELECT f.id FROM src.findings s JOIN findings f "
                         "ON f.org = s.org AND f.check_id = s.check_id AND f.target = s.target "
                         "WHERE s.id = merge_fmap.src) WHERE state = 1"_qs);
        !r)
        return r.error();
    auto newer = run(db, u"UPDATE findings SET severity = x.severity, title = x.title, family = x.family, "
                         "title_template = x.title_template, title_params = x.title_params, last_seen = x.last_seen, "
                         "last_scan = CASE WHEN x.scan >= 0 THEN x.scan ELSE last_scan END "
                         "FROM (SELECT m.dst AS dst, s.severity AS severity, s.title AS title, s.family AS family, "
                         "s.title_template AS title_template, s.title_params AS title_params, "
                         "s.last_seen AS last_seen, COALESCE(sm.dst, -1) AS scan FROM merge_fmap m "
                         "JOIN src.findings s ON s.id = m.src LEFT JOIN merge_smap sm ON sm.src = s.last_scan "
                         "WHERE m.state = 2) AS x WHERE findings.id = x.dst"_qs);
    if (!newer)
        return newer.error();
    counts.findingsUpdated = *newer;
    auto earlier =
        run(db, u"UPDATE findings SET first_seen = x.first_seen FROM (SELECT m.dst AS dst, "
                "s.first_seen AS first_seen FROM merge_fmap m JOIN src.findings s ON s.id = m.src "
                "WHERE m.state <> 1) AS x WHERE findings.id = x.dst AND x.first_seen < findings.first_seen"_qs);
    if (!earlier)
        return earlier.error();
    return Done{};
}

// Histories united; the status is that of the latest change, whichever case made it.
Status mergeHistoryAndNotes(QSqlDatabase &db, MergeCounts &counts)
{
    auto history = run(db, u"INSERT INTO finding_status_history (finding, at, status, who, why) "
                           "SELECT m.dst, h.at, h.status, h.who, h.why FROM src.finding_status_history h "
                           "JOIN merge_fmap m ON m.src = h.finding WHERE NOT EXISTS (SELECT 1 FROM "
                           "finding_status_history o WHERE o.finding = m.dst AND o.at = h.at AND o.status = h.status "
                           "AND o.who = h.who AND o.why = h.why) ORDER BY h.id"_qs);
    if (!history)
        return history.error();
    counts.statusChanges = *history;
    auto status = run(db, u"UPDATE findings SET status = x.status FROM (SELECT m.dst AS dst, (SELECT h.status FROM "
                          "finding_status_history h WHERE h.finding = m.dst ORDER BY h.at DESC, h.id DESC LIMIT 1) "
                          "AS status FROM merge_fmap m) AS x WHERE findings.id = x.dst AND x.status IS NOT NULL "
                          "AND x.status <> findings.status"_qs);
    if (!status)
        return status.error();
    auto notes = run(db, u"INSERT INTO triage_notes (finding, at, who, note) SELECT m.dst, n.at, n.who, n.note "
                         "FROM src.triage_notes n JOIN merge_fmap m ON m.src = n.finding WHERE NOT EXISTS (SELECT 1 "
                         "FROM triage_notes o WHERE o.finding = m.dst AND o.at = n.at AND o.who = n.who "
                         "AND o.note = n.note) ORDER BY n.id"_qs);
    if (!notes)
        return notes.error();
    counts.notes = *notes;
    return Done{};
}

// Evidence follows the latest sighting, as FindingRepository::record() replaces it; blobs are stored once.
Status mergeEvidence(QSqlDatabase &db, MergeCounts &counts)
{
    if (auto r = run(db, u"DELETE FROM evidence WHERE finding IN (SELECT dst FROM merge_fmap WHERE state = 2)"_qs); !r)
        return r.error();
    auto evidence = run(db, u"INSERT INTO evidence (finding, kind, summary, summary_template, summary_params, blob, "
                            "mime, at) SELECT m.dst, e.kind, e.summary, e.summary_template, e.summary_params, e.blob, "
                            "e.mime, e.at FROM src.evidence e JOIN merge_fmap m "
                            "ON m.src = e.finding WHERE m.state IN (1, 2) ORDER BY e.id"_qs);
    if (!evidence)
        return evidence.error();
    counts.evidence = *evidence;
    auto blobs = run(db, u"INSERT INTO blobs (sha256, size, data) SELECT b.sha256, b.size, b.data FROM src.blobs b "
                         "WHERE NOT EXISTS (SELECT 1 FROM blobs o WHERE o.sha256 = b.sha256) ORDER BY b.rowid"_qs);
    if (!blobs)
        return blobs.error();
    counts.blobs = *blobs;
    return Done{};
}

// Both search indexes follow the title, target and evidence of every finding added or seen later, as
// FindingRepository::record() keeps them: an entry whose text did not change is left alone.
Status refreshSearchIndexes(QSqlDatabase &db)
{
    struct Texts
    {
        qint64 id;
        QStringList texts;
    };
    QList<Texts> changed;
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(u"SELECT f.id, f.title, f.target, (SELECT group_concat(summary, char(10)) FROM (SELECT summary "
                    "FROM evidence WHERE finding = f.id ORDER BY id)) FROM merge_fmap m JOIN findings f "
                    "ON f.id = m.dst WHERE m.state IN (1, 2) ORDER BY f.id"_qs))
            return makeError(q.lastError().text());
        while (q.next())
            changed.append(
                {q.value(0).toLongLong(), {q.value(1).toString(), q.value(2).toString(), q.value(3).toString()}});
    }
    QSqlQuery old(db);
    old.prepare(u"SELECT c0, c1, c2 FROM findings_fts_content WHERE id = ?"_qs);
    for (const Texts &t : std::as_const(changed)) {
        old.bindValue(0, t.id);
        if (!old.exec())
            return makeError(old.lastError().text());
        if (old.next()) {
            const QStringList oldTexts{old.value(0).toString(), old.value(1).toString(), old.value(2).toString()};
            old.finish();
            if (oldTexts == t.texts)
                continue;
            if (Status s = FindingSearchIndex::remove(db, t.id, oldTexts); !s)
                return s;
            if (Status s = exec(db, u"DELETE FROM findings_fts WHERE rowid = ?"_qs, {t.id}); !s)
                return s;
        }
        old.finish();
        if (Status s = exec(db, u"INSERT INTO findings_fts (rowid, title, target, evidence) VALUES (?,?,?,?)"_qs,
                            {t.id, t.texts[0], t.texts[1], t.texts[2]});
            !s)
            return s;
        if (Status s = FindingSearchIndex::add(db, t.id, t.texts); !s)
            return s;
    }
    return Done{};
}

} // namespace

Result<MergeCounts> CaseMergeInput::run(QSqlDatabase &db)
{
    MergeCounts counts;
    auto catalogues = mergeCatalogues(db);
    if (!catalogues)
        return catalogues.error();
    auto orgs = mergeOrgs(db);
    if (!orgs)
        return orgs.error();
    counts.orgs = *orgs;
    auto assets = mergeAssets(db);
    if (!assets)
        return assets.error();
    counts.assets = *assets + *catalogues;
    auto scans = mergeScans(db);
    if (!scans)
        return scans.error();
    counts.scans = *scans;
    auto tasks = mergeScanRows(db, &counts.checkResults);
    if (!tasks)
        return tasks.error();
    counts.tasks = *tasks;
    for (auto step : {&mapFindings, &mergeHistoryAndNotes, &mergeEvidence})
        if (Status s = step(db, counts); !s)
            return s.error();
    if (Status s = CaseMergeObservations::merge(db); !s)
        return s.error();
    if (Status s = refreshSearchIndexes(db); !s)
        return s.error();
    return counts;
}

} // namespace Govscope::Models
