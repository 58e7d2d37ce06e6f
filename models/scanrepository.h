#pragma once

#include "result.h"
#include "types.h"

#include <QPair>
#include <QSqlDatabase>

#include <optional>

namespace Govscope::Models {

/// One unit of resumable scan work: the checks of one family for one organisation.
struct ScanTask
{
    QString org;
    QString family;
    bool done = false;
    QString familyVersion;
};

/// A feed file a scan matched against, by its path inside the feeds directory and its SHA-256.
struct ScanFeed
{
    QString path;
    QString sha256;
};

/// Scans, their org x family tasks, per-check results and the feeds they used (tables scans, scan_tasks,
/// check_results, scan_feeds). Writes are meant to run as CaseWriter jobs; reads use a per-thread connection.
class ScanRepository final
{
public:
    /// Inserts a `running` scan over @p families x @p orgs with one undone task per pair; returns its id.
    static Result<qint64> create(QSqlDatabase &db, const QStringList &families, const QStringList &orgs,
                                 const QByteArray &profileJson, const QString &toolVersion);
    /// Marks @p scanId running again (a resumed scan) and clears its finish time.
    static Status resume(QSqlDatabase &db, qint64 scanId);
    /// Sets the final status: `finished`, `cancelled` or `interrupted`.
    static Status finish(QSqlDatabase &db, qint64 scanId, const QString &status);

    /// Records the version of the family that ran a task (kept even when the task is not done yet).
    static Status startTask(QSqlDatabase &db, qint64 scanId, const QString &org, const QString &family,
                            const QString &familyVersion);
    static Status markTaskDone(QSqlDatabase &db, qint64 scanId, const QString &org, const QString &family);
    /// A task ran to its end: findings of @p org and @p family whose check was `inconclusive` in this scan
    /// (same target, or target "*" for the whole check) are kept as they are — not seeing something because
    /// of a timeout is not a fix — then the other unseen ones become `fixed` and the task is marked done.
    static Status completeTask(QSqlDatabase &db, qint64 scanId, const QString &org, const QString &family);

    /// Stores one check's outcome; a later result for the same scan, org, check and target replaces it
    /// (a retried or resumed task overwrites what its first attempt saw).
    static Status recordResult(QSqlDatabase &db, qint64 scanId, const CheckResult &result);
    /// Remembers the feed files a scan used; recording the same path again keeps the newest hash.
    static Status recordFeeds(QSqlDatabase &db, qint64 scanId, const QList<ScanFeed> &feeds);

    static Result<Scan> byId(QSqlDatabase &db, qint64 scanId);
    /// All scans, newest first.
    static Result<QList<Scan>> all(QSqlDatabase &db);
    /// The newest scan when it is not `finished` and still has undone tasks; nullopt otherwise.
    static Result<std::optional<Scan>> latestUnfinished(QSqlDatabase &db);
    static Result<QList<ScanTask>> tasks(QSqlDatabase &db, qint64 scanId);
    static Result<QList<CheckResult>> results(QSqlDatabase &db, qint64 scanId);
    static Result<QList<ScanFeed>> feeds(QSqlDatabase &db, qint64 scanId);
    /// Every (scan, feed) pair of the case, ordered by path, hash and scan: which scans used each feed version.
    static Result<QList<QPair<qint64, ScanFeed>>> feedUses(QSqlDatabase &db);

    /// Deletes the results of @p org x @p family in @p scanId before a new attempt of that task, except those
    /// of the checks in @p keepChecks (results the engine itself recorded, e.g. authorised-only checks).
    static Status clearTaskResults(QSqlDatabase &db, qint64 scanId, const QString &org, const QString &family,
                                   const QStringList &keepChecks);
};

} // namespace Govscope::Models
