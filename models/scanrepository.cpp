#include "scanrepository.h"

#include "casefile.h"
#include "findingrepository.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
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
    return makeError(QObject::tr("Case file query failed: %1").arg(q.lastError().text()));
}

QString jsonList(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList listFromJson(const QString &json)
{
    QStringList list;
    for (const auto &v : QJsonDocument::fromJson(json.toUtf8()).array())
        list.append(v.toString());
    return list;
}

// Times are written with milliseconds; a case merged from an older build may hold them without.
QDateTime timeFrom(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t;
}

constexpr auto kScanColumns = "id, started_at, finished_at, status, families, orgs";

Scan scanFrom(const QSqlQuery &q)
{
    Scan s;
    s.id = q.value(0).toLongLong();
    s.startedAt = timeFrom(q.value(1).toString());
    s.finishedAt = timeFrom(q.value(2).toString());
    s.status = q.value(3).toString();
    s.families = listFromJson(q.value(4).toString());
    s.orgs = listFromJson(q.value(5).toString());
    return s;
}

} // namespace

Result<qint64> ScanRepository::create(QSqlDatabase &db, const QStringList &families, const QStringList &orgs,
                                      const QByteArray &profileJson, const QString &toolVersion)
{
    QSqlQuery insert(db);
    insert.prepare(u"INSERT INTO scans (started_at, status, families, orgs, profile, tool_version) "
                   "VALUES (?, 'running', ?, ?, ?, ?)"_qs);
    for (const QVariant &v :
         QVariantList{nowIso(), jsonList(families), jsonList(orgs), QString::fromUtf8(profileJson), toolVersion})
        insert.addBindValue(v);
    if (!insert.exec())
        return sqlError(insert);
    const qint64 id = insert.lastInsertId().toLongLong();

    QSqlQuery task(db);
    task.prepare(u"INSERT INTO scan_tasks (scan, org, family) VALUES (?, ?, ?)"_qs);
    for (const QString &org : orgs) {
        for (const QString &family : families) {
            task.bindValue(0, id);
            task.bindValue(1, org);
            task.bindValue(2, family);
            if (!task.exec())
                return sqlError(task);
        }
    }
    return id;
}

Status ScanRepository::resume(QSqlDatabase &db, qint64 scanId)
{
    return exec(db, u"UPDATE scans SET status = 'running', finished_at = NULL WHERE id = ?"_qs, {scanId});
}

Status ScanRepository::finish(QSqlDatabase &db, qint64 scanId, const QString &status)
{
    return exec(db, u"UPDATE scans SET status = ?, finished_at = ? WHERE id = ?"_qs, {status, nowIso(), scanId});
}

Status ScanRepository::startTask(QSqlDatabase &db, qint64 scanId, const QString &org, const QString &family,
                                 const QString &familyVersion)
{
    return exec(db, u"UPDATE scan_tasks SET family_version = ? WHERE scan = ? AND org = ? AND family = ?"_qs,
                {familyVersion, scanId, org, family});
}

Status ScanRepository::markTaskDone(QSqlDatabase &db, qint64 scanId, const QString &org, const QString &family)
{
    return exec(db, u"UPDATE scan_tasks SET done = 1 WHERE scan = ? AND org = ? AND family = ?"_qs,
                {scanId, org, family});
}

Status ScanRepository::completeTask(QSqlDatabase &db, qint64 scanId, const QString &org, const QString &family)
{
    if (Status s = exec(db,
                        u"UPDATE findings SET last_scan = ? WHERE org = ? AND family = ? AND last_scan < ? "
                        "AND status IN ('open', 'confirmed', 'reopened') AND EXISTS (SELECT 1 FROM check_results r "
                        "WHERE r.scan = ? AND r.org = findings.org AND r.check_id = findings.check_id "
                        "AND r.outcome = 'inconclusive' AND (r.target = findings.target OR r.target = '*'))"_qs,
                        {scanId, org, family, scanId, scanId});
        !s)
        return s;
    if (Status s = FindingRepository::markUnseenFixed(db, scanId, {org}, {family}); !s)
        return s;
    return markTaskDone(db, scanId, org, family);
}

Status ScanRepository::recordResult(QSqlDatabase &db, qint64 scanId, const CheckResult &r)
{
    return exec(db,
                u"INSERT OR REPLACE INTO check_results (scan, org, family, check_id, target, outcome, reason, at) "
                "VALUES (?,?,?,?,?,?,?,?)"_qs,
                {scanId, r.org, r.family, r.check, r.target, toId(r.outcome), r.reason, nowIso()});
}

Status ScanRepository::recordFeeds(QSqlDatabase &db, qint64 scanId, const QList<ScanFeed> &feeds)
{
    for (const ScanFeed &f : feeds)
        if (Status s = exec(db, u"INSERT OR REPLACE INTO scan_feeds (scan, path, sha256) VALUES (?,?,?)"_qs,
                            {scanId, f.path, f.sha256});
            !s)
            return s;
    return Done{};
}

Result<Scan> ScanRepository::byId(QSqlDatabase &db, qint64 scanId)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT %1 FROM scans WHERE id = ?"_qs.arg(QLatin1String(kScanColumns)));
    q.addBindValue(scanId);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return makeError(QObject::tr("No scan with id %1 in the case.").arg(scanId));
    return scanFrom(q);
}

Result<QList<Scan>> ScanRepository::all(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT %1 FROM scans ORDER BY id DESC"_qs.arg(QLatin1String(kScanColumns))))
        return sqlError(q);
    QList<Scan> list;
    while (q.next())
        list.append(scanFrom(q));
    return list;
}

Result<std::optional<Scan>> ScanRepository::latestUnfinished(QSqlDatabase &db)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT %1 FROM scans ORDER BY id DESC LIMIT 1"_qs.arg(QLatin1String(kScanColumns))))
        return sqlError(q);
    if (!q.next())
        return std::optional<Scan>();
    Scan scan = scanFrom(q);
    if (scan.status == u"finished"_qs)
        return std::optional<Scan>();
    QSqlQuery undone(db);
    undone.prepare(u"SELECT count(*) FROM scan_tasks WHERE scan = ? AND done = 0"_qs);
    undone.addBindValue(scan.id);
    if (!undone.exec() || !undone.next())
        return sqlError(undone);
    if (undone.value(0).toLongLong() == 0)
        return std::optional<Scan>();
    return std::optional<Scan>(std::move(scan));
}

Result<QList<ScanTask>> ScanRepository::tasks(QSqlDatabase &db, qint64 scanId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT org, family, done, family_version FROM scan_tasks WHERE scan = ? ORDER BY rowid"_qs);
    q.addBindValue(scanId);
    if (!q.exec())
        return sqlError(q);
    QList<ScanTask> list;
    while (q.next())
        list.append(ScanTask{q.value(0).toString(), q.value(1).toString(), q.value(2).toBool(), q.value(3).toString()});
    return list;
}

Result<QList<CheckResult>> ScanRepository::results(QSqlDatabase &db, qint64 scanId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT org, family, check_id, target, outcome, reason FROM check_results WHERE scan = ? "
              "ORDER BY org, check_id, target"_qs);
    q.addBindValue(scanId);
    if (!q.exec())
        return sqlError(q);
    QList<CheckResult> list;
    while (q.next())
        list.append(
            CheckResult{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                        outcomeFrom(q.value(4).toString()).value_or(Outcome::Inconclusive), q.value(5).toString()});
    return list;
}

Result<QList<ScanFeed>> ScanRepository::feeds(QSqlDatabase &db, qint64 scanId)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT path, sha256 FROM scan_feeds WHERE scan = ? ORDER BY path"_qs);
    q.addBindValue(scanId);
    if (!q.exec())
        return sqlError(q);
    QList<ScanFeed> list;
    while (q.next())
        list.append(ScanFeed{q.value(0).toString(), q.value(1).toString()});
    return list;
}

Result<QList<QPair<qint64, ScanFeed>>> ScanRepository::feedUses(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT scan, path, sha256 FROM scan_feeds ORDER BY path, sha256, scan"_qs))
        return sqlError(q);
    QList<QPair<qint64, ScanFeed>> list;
    while (q.next())
        list.append({q.value(0).toLongLong(), ScanFeed{q.value(1).toString(), q.value(2).toString()}});
    return list;
}

Status ScanRepository::clearTaskResults(QSqlDatabase &db, qint64 scanId, const QString &org, const QString &family,
                                        const QStringList &keepChecks)
{
    QString sql = u"DELETE FROM check_results WHERE scan = ? AND org = ? AND family = ?"_qs;
    if (!keepChecks.isEmpty()) {
        const QStringList marks(keepChecks.size(), u"?"_qs);
        sql += u" AND check_id NOT IN (%1)"_qs.arg(marks.join(u',')); // ids are bound, not spliced
    }
    QSqlQuery q(db);
    q.prepare(sql);
    q.addBindValue(scanId);
    q.addBindValue(org);
    q.addBindValue(family);
    for (const QString &check : keepChecks)
        q.addBindValue(check);
    if (!q.exec())
        return makeError(QObject::tr("Could not clear the earlier results of %1 / %2 in scan %3: %4")
                             .arg(org, family)
                             .arg(scanId)
                             .arg(q.lastError().text()));
    return Done{};
}

} // namespace Govscope::Models
