#pragma once

#include "chartrenderer.h"
#include "reportdata.h"
#include "reportoptions.h"
#include "result.h"
#include "signingidentity.h"

#include <functional>
#include <optional>

namespace Govscope::Report {

/// What a finished report run produced.
struct BundleSummary
{
    QString path;
    int organisations = 0;
    int findings = 0;
    int falsePositives = 0;
    int pages = 0;
    int evidenceFiles = 0;
    qint64 bytes = 0;
    QString signer; ///< empty when unsigned
};

/// Produces a report bundle in three steps, so the workbench can run the slow ones in the background and
/// the charts (which need the GUI thread) in between; run() does all three on the calling thread.
class ReportGenerator final
{
public:
    /// (stage, done, total) after each unit of work; return false to cancel.
    using Progress = std::function<bool(const QString &stage, qint64 done, qint64 total)>;

    /// Any thread: reads the case.
    static Result<ReportData> loadData(const ReportOptions &options);
    /// The QApplication's thread.
    static Result<ChartImages> drawCharts(const ReportData &data, Language language);
    /// Any thread: builds the HTML, paints the PDF, writes and signs the bundle.
    static Result<BundleSummary> writeBundle(const ReportOptions &options, const ReportData &data,
                                             const ChartImages &charts, const std::optional<SigningIdentity> &identity,
                                             const Progress &progress = {});
    /// The signing identity of @p options, nullopt when none is set; fails on a wrong passphrase.
    static Result<std::optional<SigningIdentity>> loadIdentity(const ReportOptions &options);

    /// All of it on the calling thread (the CLI). The identity is loaded first, so a wrong passphrase fails
    /// before any work is done.
    static Result<BundleSummary> run(const ReportOptions &options, const Progress &progress = {});
};

} // namespace Govscope::Report
