#pragma once

#include "httpprobe.h"

#include <QCoroTask>

namespace Govscope::Sdk {
class CheckContext;
}

namespace Govscope::Vuln {

/// vuln.no_waf: a harmless baseline query against the same page with attack-shaped queries (SQL
/// injection, script, path traversal strings). Nothing is exploited: the strings only look like
/// attacks, so a filter in front of the site refuses them and an unfiltered site ignores them.
namespace WafProbe {

enum class Verdict {
    Filtered,   ///< at least one probe was refused or blocked (403/406/429/…, block page, reset)
    Unfiltered, ///< every probe got the baseline's status and a body of the same size class
    Different,  ///< probes answered differently without a sign of blocking
    NoBaseline, ///< the baseline got no answer
};

/// The attack-shaped queries, as sent (the query part only).
QStringList probeQueries();
/// Whether @p probe reads as a refusal by a filter: a refusal status, a reset, or block-page
/// wording that the @p baseline page does not contain.
bool looksBlocked(const Sdk::HttpResult &probe, const Sdk::HttpResult &baseline);
/// Bodies of the same size class: within 10 % (and 256 bytes) of each other.
bool sameSizeClass(qsizetype a, qsizetype b);
Verdict judge(const Sdk::HttpResult &baseline, const QList<Sdk::HttpResult> &probes);

/// Runs the probes on @p base (the home page URL, no query) and reports the verdict for @p host.
QCoro::Task<void> check(Sdk::CheckContext &ctx, const QString &host, const QUrl &base);

} // namespace WafProbe

} // namespace Govscope::Vuln
