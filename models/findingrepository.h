#pragma once

#include "newfinding.h"
#include "result.h"
#include "types.h"

#include <QSqlDatabase>

#include <optional>

namespace Govscope::Models {

/// What the findings table, the CLI and reports filter on. Empty fields do not filter.
struct FindingFilter
{
    QString family;
    QString org;
    QString check;
    std::optional<Severity> minSeverity;
    std::optional<FindingStatus> status;
    bool excludeFalsePositives = false;
    QString text; ///< full-text search over title, target and evidence summaries (FTS5)
    /// Order of find(): Default is severity (highest first), then newest first; any other key sorts on
    /// that column in SQL (ties broken by id) so a table of a million findings pages without sorting in memory.
    enum class SortKey { Default, Id, Severity, Status, Org, Family, Check, Target, Title, FirstSeen, LastSeen };
    SortKey sortKey = SortKey::Default;
    bool descending = false; ///< for a sortKey other than Default
};

class FindingRepository final
{
public:
    /// Records that @p f was seen in scan @p scanId: a new finding is `open`; one seen before keeps
    /// its id and gets `last_seen` updated; one that was `fixed` becomes `reopened`. Its evidence is
    /// replaced by this scan's. Returns the finding id. Run as a CaseWriter job.
    static Result<qint64> record(QSqlDatabase &db, qint64 scanId, const NewFinding &f);

    /// After a scan over @p orgs x @p families: open findings not seen in it become `fixed`.
    static Status markUnseenFixed(QSqlDatabase &db, qint64 scanId, const QStringList &orgs,
                                  const QStringList &families);

    /// Triage: a status change with who and why, kept in the history.
    static Status setStatus(QSqlDatabase &db, qint64 id, FindingStatus status, const QString &who, const QString &why);
    static Status addNote(QSqlDatabase &db, qint64 id, const QString &who, const QString &note);

    /// Findings ordered by severity (highest first), then newest first.
    static Result<QList<Finding>> find(QSqlDatabase &db, const FindingFilter &filter, int offset = 0, int limit = -1,
                                       bool withEvidence = false);
    static Result<qint64> count(QSqlDatabase &db, const FindingFilter &filter);
    static Result<Finding> byId(QSqlDatabase &db, qint64 id);
    static Result<QList<Evidence>> evidence(QSqlDatabase &db, qint64 findingId);
    static Result<QList<StatusChange>> history(QSqlDatabase &db, qint64 findingId);
    static Result<QList<TriageNote>> notes(QSqlDatabase &db, qint64 findingId);
    /// Every open / fixed / reopened status the scanner gave any finding (triage changes excluded), unordered.
    static Result<QList<ScannerTransition>> scannerTransitions(QSqlDatabase &db);
};

} // namespace Govscope::Models
