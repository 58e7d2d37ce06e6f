#pragma once

#include "componentfeeds.h"

namespace Govscope::Sdk {
class CheckContext;
}

namespace Govscope::Vuln {

/// A detected platform and the feed vulnerabilities its version falls in.
struct PlatformVulnerabilities
{
    Sdk::TechDetection platform;
    QList<Sdk::CveRecord> cves;
    QList<Sdk::CnvdRecord> cnvd; ///< CNVD entries not already covered by one of cves
    QStringList knownExploited;  ///< CVE ids (of either source) that are in the KEV catalogue
};

/// vuln.known_vulnerability: platform (server, CMS, OA, language) and version → NVD CPE ranges
/// and CNVD product lines.
namespace KnownVulnerabilities {

/// Matches every versioned detection against @p feeds (NVD needs the rule's CPE, CNVD its name).
QList<PlatformVulnerabilities> match(const QList<Sdk::TechDetection> &detections, const Sdk::VulnFeeds &feeds);

/// Reports the verdict for @p host from the home page @p page and what was detected on it: one
/// finding listing every matched CVE (critical when one is known exploited), else a pass.
void report(Sdk::CheckContext &ctx, const QString &host, const Sdk::HttpResult &page,
            const QList<Sdk::TechDetection> &detections, const Sdk::VulnFeeds &feeds);

} // namespace KnownVulnerabilities

} // namespace Govscope::Vuln
