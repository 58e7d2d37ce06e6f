#pragma once

#include "componentfeeds.h"

namespace Govscope::Sdk {
class CheckContext;
}

namespace Govscope::Supplychain {

/// A component past its end of life.
struct EolComponent
{
    QString label;   ///< "Apache HTTP Server 2.2.15"
    QString product; ///< endoflife.date product slug
    Sdk::ReleaseCycle cycle;
};

/// A JavaScript library version with high or critical vulnerabilities.
struct VulnerableComponent
{
    QString label; ///< "jquery 1.8.3"
    QString how;   ///< where it was seen
    QStringList vulnerabilities;
};

/// supplychain.vulnerable_component and supplychain.eol_component over what a site loads.
namespace ComponentChecks {

/// Libraries with a high or critical retire.js entry, and JS libraries/frameworks detected by
/// fingerprint whose NVD match is HIGH or CRITICAL.
QList<VulnerableComponent> vulnerable(const Sdk::SiteComponents &site, const Sdk::ComponentFeeds &feeds);
/// Versioned components (server, language, CMS, libraries) in an end-of-life cycle.
QList<EolComponent> endOfLife(const Sdk::SiteComponents &site, const Sdk::EndOfLife &eol);

void report(Sdk::CheckContext &ctx, const QString &host, const Sdk::HttpResult &home, const Sdk::SiteComponents &site,
            const Sdk::ComponentFeeds &feeds);

} // namespace ComponentChecks

} // namespace Govscope::Supplychain
