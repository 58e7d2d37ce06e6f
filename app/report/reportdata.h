#pragma once

#include "reportoptions.h"
#include "result.h"
#include "types.h"

#include <QDateTime>
#include <QHash>
#include <QList>

namespace Govscope::Report {

/// One feed file a scan used, as recorded in scan_feeds.
struct FeedUse
{
    QString path;
    QString sha256;
    QList<qint64> scans;
};

/// New, fixed and reopened findings attributed to one scan (from finding_status_history).
struct ScanTrend
{
    qint64 scan = 0;
    QDateTime startedAt;
    int opened = 0;
    int fixed = 0;
    int reopened = 0;
};

/// One organisation in scope with its assets and the findings the report shows.
struct OrgSection
{
    Models::Organization org;
    QList<Models::Asset> assets;
    QList<Models::Finding> findings; ///< without false positives, with evidence, most severe first
    int falsePositives = 0;
};

/// Everything a report shows, read from the case in one pass on the thread that builds the report.
/// Text that came from outside (titles, targets, evidence summaries) is already masked here.
struct ReportData
{
    QString casePath;
    QString caseName; ///< the file name
    QDateTime generatedAt;
    QString auditor;
    QList<Models::Scan> scans;
    QList<FeedUse> feeds;
    QList<ScanTrend> trend;
    QList<OrgSection> orgs;
    int falsePositives = 0; ///< left out of the report, counted on the cover and in the summary

    int findingCount() const;
    QDateTime periodStart() const;
    QDateTime periodEnd() const;
};

/// Reads a ReportData from a case with its own read-only connection (any thread).
class ReportDataLoader final
{
public:
    /// @p orgs empty means every org; an unknown id is an error naming it.
    /// Finding titles and evidence are rendered in @p language ("zh_CN", "en"; empty: the application's).
    static Result<ReportData> load(const QString &casePath, const QStringList &orgs, const QString &auditor,
                                   const QString &language = {});
};

} // namespace Govscope::Report
