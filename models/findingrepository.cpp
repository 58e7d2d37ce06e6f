#include "findingrepository.h"

#include "blobstore.h"
#include "casefile.h"
#include "findingsearchindex.h"
#include "findingtext.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace Govscope::Models {

namespace {

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

Error sqlError(const QSqlQuery &q)
{
    return makeError(q.lastError().text());
}

// A text search as an FTS5 query: one or two characters go to the pair index, longer text to the
// trigram index as a phrase (a substring of three characters or more).
struct TextMatch
{
    QString table;
    QString expression;
};

std::optional<TextMatch> textMatchOf(const FindingFilter &f)
{
    const QString text = f.text.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    if (auto shortTerm = FindingSearchIndex::matchFor(text))
        return TextMatch{u"findings_bigram"_qs, *shortTerm};
    QString phrase = text;
    phrase.replace(u'"', u"\"\""_qs);
    return TextMatch{u"findings_fts"_qs, QString(u'"' + phrase + u'"')};
}

// How a text search meets the other filters and the order:
// - ByHits: the matching ids drive (each fetched from findings, then sorted) — best for a few thousand.
// - ByOrder: the matching ids become a lookup set and findings are walked in an index's order (or by
//   another filter's index), stopping at the page — best for common terms: "DMARC" matches 100k
//   findings, of which the first page needs 200. The unary + keeps SQLite from driving by the ids.
enum class Drive { ByHits, ByOrder };

// Builds the WHERE clause of a filter; values are bound, never spliced.
QString whereClause(const FindingFilter &f, QVariantList &values, Drive drive = Drive::ByHits)
{
    QStringList terms;
    if (!f.family.isEmpty()) {
        terms << u"family = ?"_qs;
        values << f.family;
    }
    if (!f.org.isEmpty()) {
        terms << u"org = ?"_qs;
        values << f.org;
    }
    if (!f.check.isEmpty()) {
        terms << u"check_id = ?"_qs;
        values << f.check;
    }
    if (f.minSeverity) {
        terms << u"severity >= ?"_qs;
        values << int(*f.minSeverity);
    }
    if (f.status) {
        terms << u"status = ?"_qs;
        values << toId(*f.status);
    }
    if (f.excludeFalsePositives)
        terms << u"status <> 'false_positive'"_qs;
    if (const auto match = textMatchOf(f)) {
        terms << (drive == Drive::ByOrder ? u"+id"_qs : u"id"_qs) +
                     u" IN (SELECT rowid FROM %1 WHERE %1 MATCH ?)"_qs.arg(match->table);
        values << match->expression;
    }
    const QString where = terms.join(u" AND "_qs);
    return where.isEmpty() ? QString() : u" WHERE "_qs + where;
}

// Above this many matches a search walks the findings in order instead of sorting every match
// (bench/casefile: 20k matches sorted cost ~50 ms; 100k cost 300-500 ms).
constexpr int kManyHits = 20000;

// Whether @p match has at least kManyHits rows; reads at most that many postings.
Result<bool> manyHits(QSqlDatabase &db, const TextMatch &match)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(
        u"SELECT count(*) FROM (SELECT rowid FROM %1 WHERE %1 MATCH ? LIMIT %2)"_qs.arg(match.table).arg(kManyHits));
    q.addBindValue(match.expression);
    if (!q.exec() || !q.next())
        return sqlError(q);
    return q.value(0).toInt() >= kManyHits;
}

// Orders SQLite can read from an index (findings_severity, findings_status, the primary key) without
// sorting; only these gain from Drive::ByOrder.
bool orderHasIndex(const FindingFilter &f)
{
    using Key = FindingFilter::SortKey;
    return f.sortKey == Key::Default || f.sortKey == Key::Id || f.sortKey == Key::Severity || f.sortKey == Key::Status;
}

// Filters other than text that an index answers (family, org, severity, status).
bool hasIndexedFilter(const FindingFilter &f)
{
    return !f.family.isEmpty() || !f.org.isEmpty() || f.minSeverity || f.status;
}

bool hasOtherFilter(const FindingFilter &f)
{
    return hasIndexedFilter(f) || !f.check.isEmpty() || f.excludeFalsePositives;
}

// Column names come from this fixed table, never from the caller, so nothing user-typed reaches the SQL.
QString orderClause(const FindingFilter &f)
{
    using Key = FindingFilter::SortKey;
    if (f.sortKey == Key::Default)
        return u" ORDER BY severity DESC, id DESC"_qs;
    static const QHash<Key, QString> columns{{Key::Id, u"id"_qs},
                                             {Key::Severity, u"severity"_qs},
                                             {Key::Status, u"status"_qs},
                                             {Key::Org, u"org"_qs},
                                             {Key::Family, u"family"_qs},
                                             {Key::Check, u"check_id"_qs},
                                             {Key::Target, u"target"_qs},
                                             {Key::Title, u"title"_qs},
                                             {Key::FirstSeen, u"first_seen"_qs},
                                             {Key::LastSeen, u"last_seen"_qs}};
    const QString dir = f.descending ? u" DESC"_qs : u" ASC"_qs;
    const QString column = columns.value(f.sortKey, u"id"_qs);
    if (column == u"id"_qs)
        return u" ORDER BY id"_qs + dir;
    return u" ORDER BY "_qs + column + dir + u", id"_qs + dir;
}

Finding findingFrom(const QSqlQuery &q)
{
    Finding f;
    f.id = q.value(0).toLongLong();
    f.org = q.value(1).toString();
    f.family = q.value(2).toString();
    f.check = q.value(3).toString();
    f.severity = Severity(qBound(0, q.value(4).toInt(), 4));
    f.status = findingStatusFrom(q.value(5).toString()).value_or(FindingStatus::Open);
    f.target = q.value(6).toString();
    f.title = q.value(7).toString();
    f.firstSeen = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    f.lastSeen = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
    f.titleText = Message::fromStored(q.value(10).toString(), q.value(11).toString());
    return f;
}

// Both search indexes follow the finding's current title, target and evidence. A finding seen before is
// first removed from the pair index with the text it was indexed with, which findings_fts still holds;
// when that text has not changed (the usual re-scan) neither index is touched.
Status refreshSearchIndex(QSqlDatabase &db, qint64 id, const NewFinding &f, bool seenBefore)
{
    // Every language's rendering, so a search in either language finds the finding.
    QStringList summaries;
    for (const NewEvidence &e : f.evidence)
        summaries << FindingText::searchText(e.summaryText, e.summary);
    const QStringList texts{FindingText::searchText(f.titleText, f.title), f.target, summaries.join(u'\n')};
    if (seenBefore) {
        QSqlQuery old(db);
        old.prepare(u"SELECT c0, c1, c2 FROM findings_fts_content WHERE id = ?"_qs);
        old.addBindValue(id);
        if (!old.exec())
            return sqlError(old);
        if (old.next()) {
            const QStringList oldTexts{old.value(0).toString(), old.value(1).toString(), old.value(2).toString()};
            if (oldTexts == texts)
                return Done{};
            if (Status s = FindingSearchIndex::remove(db, id, oldTexts); !s)
                return s;
        }
        if (Status s = exec(db, u"DELETE FROM findings_fts WHERE rowid = ?"_qs, {id}); !s)
            return s;
    }
    if (Status s = exec(db, u"INSERT INTO findings_fts (rowid, title, target, evidence) VALUES (?,?,?,?)"_qs,
                        {id, texts[0], texts[1], texts[2]});
        !s)
        return s;
    return FindingSearchIndex::add(db, id, texts);
}

Status addHistory(QSqlDatabase &db, qint64 id, const QString &status, const QString &who, const QString &why)
{
    return exec(db, u"INSERT INTO finding_status_history (finding, at, status, who, why) VALUES (?,?,?,?,?)"_qs,
                {id, nowIso(), status, who, why});
}

} // namespace

Result<qint64> FindingRepository::record(QSqlDatabase &db, qint64 scanId, const NewFinding &finding)
{
    // Text as the case will hold it, so the search indexes see what a later read returns.
    NewFinding f = finding;
    // A templated title or summary is stored rendered in English too: the fallback older readers show.
    if (!f.titleText.isEmpty())
        f.title = FindingText::render(f.titleText, u"en"_qs);
    for (NewEvidence &e : f.evidence)
        if (!e.summaryText.isEmpty())
            e.summary = FindingText::render(e.summaryText, u"en"_qs);
    f.title = FindingSearchIndex::validUnicode(f.title);
    f.target = FindingSearchIndex::validUnicode(f.target);
    for (NewEvidence &e : f.evidence)
        e.summary = FindingSearchIndex::validUnicode(e.summary);
    const QString now = nowIso();
    QSqlQuery existing(db);
    existing.prepare(u"SELECT id, status FROM findings WHERE org = ? AND check_id = ? AND target = ?"_qs);
    existing.addBindValue(bindable(f.org));
    existing.addBindValue(bindable(f.check));
    existing.addBindValue(bindable(f.target));
    if (!existing.exec())
        return sqlError(existing);

    qint64 id = 0;
    const bool seenBefore = existing.next();
    if (seenBefore) {
        id = existing.value(0).toLongLong();
        const QString status = existing.value(1).toString();
        const bool reopened = status == u"fixed"_qs;
        if (Status s =
                exec(db,
                     u"UPDATE findings SET severity = ?, title = ?, title_template = ?, title_params = ?, family = ?, "
                     "last_seen = ?, last_scan = ?, status = ? WHERE id = ?"_qs,
                     {int(f.severity), f.title, f.titleText.source, f.titleText.paramsJson(), f.family, now, scanId,
                      reopened ? u"reopened"_qs : status, id});
            !s)
            return s.error();
        if (reopened)
            if (Status s = addHistory(db, id, u"reopened"_qs, u"govscope"_qs,
                                      QObject::tr("seen again in scan %1").arg(scanId));
                !s)
                return s.error();
        if (Status s = exec(db, u"DELETE FROM evidence WHERE finding = ?"_qs, {id}); !s)
            return s.error();
    } else {
        QSqlQuery insert(db);
        insert.prepare(u"INSERT INTO findings (org, family, check_id, severity, status, target, title, first_seen, "
                       "last_seen, last_scan, title_template, title_params) VALUES (?,?,?,?,'open',?,?,?,?,?,?,?)"_qs);
        for (const QVariant &v : QVariantList{f.org, f.family, f.check, int(f.severity), f.target, f.title, now, now,
                                              scanId, f.titleText.source, f.titleText.paramsJson()})
            insert.addBindValue(bindable(v));
        if (!insert.exec())
            return sqlError(insert);
        id = insert.lastInsertId().toLongLong();
        if (Status s = addHistory(db, id, u"open"_qs, u"govscope"_qs, QObject::tr("first seen in scan %1").arg(scanId));
            !s)
            return s.error();
    }

    for (const NewEvidence &e : f.evidence) {
        QString sha;
        if (!e.content.isEmpty()) {
            auto put = BlobStore::put(db, e.content);
            if (!put)
                return put.error();
            sha = *put;
        }
        if (Status s =
                exec(db,
                     u"INSERT INTO evidence (finding, kind, summary, blob, mime, at, summary_template, "
                     "summary_params) VALUES (?,?,?,?,?,?,?,?)"_qs,
                     {id, e.kind, e.summary, sha, e.mime, now, e.summaryText.source, e.summaryText.paramsJson()});
            !s)
            return s.error();
    }
    if (Status s = refreshSearchIndex(db, id, f, seenBefore); !s)
        return s.error();
    return id;
}

Status FindingRepository::markUnseenFixed(QSqlDatabase &db, qint64 scanId, const QStringList &orgs,
                                          const QStringList &families)
{
    for (const QString &org : orgs) {
        for (const QString &family : families) {
            QSqlQuery q(db);
            q.prepare(u"SELECT id FROM findings WHERE org = ? AND family = ? AND last_scan < ? "
                      "AND status IN ('open', 'confirmed', 'reopened')"_qs);
            q.addBindValue(bindable(org));
            q.addBindValue(bindable(family));
            q.addBindValue(scanId);
            if (!q.exec())
                return sqlError(q);
            QList<qint64> ids;
            while (q.next())
                ids << q.value(0).toLongLong();
            for (qint64 id : ids) {
                if (Status s = exec(db, u"UPDATE findings SET status = 'fixed' WHERE id = ?"_qs, {id}); !s)
                    return s;
                if (Status s =
                        addHistory(db, id, u"fixed"_qs, u"govscope"_qs, QObject::tr("not seen in scan %1").arg(scanId));
                    !s)
                    return s;
            }
        }
    }
    return Done{};
}

Status FindingRepository::setStatus(QSqlDatabase &db, qint64 id, FindingStatus status, const QString &who,
                                    const QString &why)
{
    QSqlQuery q(db);
    q.prepare(u"UPDATE findings SET status = ? WHERE id = ?"_qs);
    q.addBindValue(toId(status));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q);
    if (q.numRowsAffected() == 0)
        return makeError(QObject::tr("No finding with id %1 in the case.").arg(id));
    return addHistory(db, id, toId(status), who, why);
}

Status FindingRepository::addNote(QSqlDatabase &db, qint64 id, const QString &who, const QString &note)
{
    return exec(db, u"INSERT INTO triage_notes (finding, at, who, note) VALUES (?,?,?,?)"_qs,
                {id, nowIso(), who, note});
}

Result<QList<Finding>> FindingRepository::find(QSqlDatabase &db, const FindingFilter &filter, int offset, int limit,
                                               bool withEvidence)
{
    Drive drive = Drive::ByHits;
    if (const auto match = textMatchOf(filter); match && orderHasIndex(filter)) {
        const auto many = manyHits(db, *match);
        if (!many)
            return many.error();
        drive = *many ? Drive::ByOrder : Drive::ByHits;
    }
    QVariantList values;
    const QString sql = u"SELECT id, org, family, check_id, severity, status, target, title, first_seen, last_seen, "
                        u"title_template, title_params "
                        "FROM findings"_qs +
                        whereClause(filter, values, drive) + orderClause(filter) + u" LIMIT ? OFFSET ?"_qs;
    values << limit << offset;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return sqlError(q);
    for (const QVariant &v : values)
        q.addBindValue(bindable(v));
    if (!q.exec())
        return sqlError(q);
    QList<Finding> list;
    while (q.next())
        list.append(findingFrom(q));
    if (withEvidence) {
        for (Finding &f : list) {
            auto ev = evidence(db, f.id);
            if (!ev)
                return ev.error();
            f.evidence = *ev;
        }
    }
    return list;
}

Result<qint64> FindingRepository::count(QSqlDatabase &db, const FindingFilter &filter)
{
    const auto match = textMatchOf(filter);
    QVariantList values;
    QString sql;
    FindingFilter others = filter;
    others.text.clear();
    others.excludeFalsePositives = false;
    if (match && !hasOtherFilter(others)) {
        // Every finding has exactly one row in each search index, so the index alone counts. "No false
        // positives" (the GUI's default) subtracts the few false positives among the hits, found by the
        // status index, rather than reading the status of every hit (100k rows: 140 ms warm, 3.7 s cold).
        sql = u"SELECT count(*) FROM %1 WHERE %1 MATCH ?"_qs.arg(match->table);
        values << match->expression;
        if (filter.excludeFalsePositives) {
            sql = u"SELECT (%1) - (SELECT count(*) FROM findings WHERE status = 'false_positive' AND +id IN "
                  "(SELECT rowid FROM %2 WHERE %2 MATCH ?))"_qs.arg(sql, match->table);
            values << match->expression;
        }
    } else {
        Drive drive = Drive::ByHits;
        if (match && hasIndexedFilter(filter)) {
            const auto many = manyHits(db, *match);
            if (!many)
                return many.error();
            drive = *many ? Drive::ByOrder : Drive::ByHits;
        }
        sql = u"SELECT count(*) FROM findings"_qs + whereClause(filter, values, drive);
    }
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return sqlError(q);
    for (const QVariant &v : values)
        q.addBindValue(bindable(v));
    if (!q.exec() || !q.next())
        return sqlError(q);
    return q.value(0).toLongLong();
}

Result<Finding> FindingRepository::byId(QSqlDatabase &db, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT id, org, family, check_id, severity, status, target, title, first_seen, last_seen, "
              u"title_template, title_params "
              "FROM findings WHERE id = ?"_qs);
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return makeError(QObject::tr("No finding with id %1 in the case.").arg(id));
    Finding f = findingFrom(q);
    auto ev = evidence(db, id);
    if (!ev)
        return ev.error();
    f.evidence = *ev;
    return f;
}

Result<QList<Evidence>> FindingRepository::evidence(QSqlDatabase &db, qint64 findingId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, kind, summary, blob, mime, summary_template, summary_params FROM evidence "
              "WHERE finding = ? ORDER BY id"_qs);
    q.addBindValue(findingId);
    if (!q.exec())
        return sqlError(q);
    QList<Evidence> list;
    while (q.next())
        list.append(Evidence{q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                             q.value(3).toString(), q.value(4).toString(),
                             Message::fromStored(q.value(5).toString(), q.value(6).toString())});
    return list;
}

Result<QList<StatusChange>> FindingRepository::history(QSqlDatabase &db, qint64 findingId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT at, status, who, why FROM finding_status_history WHERE finding = ? ORDER BY id"_qs);
    q.addBindValue(findingId);
    if (!q.exec())
        return sqlError(q);
    QList<StatusChange> list;
    while (q.next())
        list.append(StatusChange{QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs),
                                 findingStatusFrom(q.value(1).toString()).value_or(FindingStatus::Open),
                                 q.value(2).toString(), q.value(3).toString()});
    return list;
}

Result<QList<TriageNote>> FindingRepository::notes(QSqlDatabase &db, qint64 findingId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT at, who, note FROM triage_notes WHERE finding = ? ORDER BY id"_qs);
    q.addBindValue(findingId);
    if (!q.exec())
        return sqlError(q);
    QList<TriageNote> notes;
    while (q.next())
        notes.append(TriageNote{QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs), q.value(1).toString(),
                                q.value(2).toString()});
    return notes;
}

Result<QList<ScannerTransition>> FindingRepository::scannerTransitions(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT f.org, h.at, h.status FROM finding_status_history h JOIN findings f ON f.id = h.finding "
                "WHERE h.who = 'govscope' AND h.status IN ('open', 'fixed', 'reopened')"_qs))
        return sqlError(q);
    QList<ScannerTransition> list;
    while (q.next()) {
        // Written with milliseconds; a case merged from an older build may hold times without.
        const QString at = q.value(1).toString();
        QDateTime t = QDateTime::fromString(at, Qt::ISODateWithMs);
        if (!t.isValid())
            t = QDateTime::fromString(at, Qt::ISODate);
        list.append(ScannerTransition{q.value(0).toString(), t,
                                      findingStatusFrom(q.value(2).toString()).value_or(FindingStatus::Open)});
    }
    return list;
}

} // namespace Govscope::Models
