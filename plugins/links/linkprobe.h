#pragma once

#include "dnsprobe.h"
#include "httpprobe.h"

#include <QCoroTask>
#include <QUrl>

#include <optional>

namespace Govscope::Sdk {
class ProbeSet;
}

namespace Govscope::Links {

/// Whether a link works for a visitor, with the exchange that shows it.
struct LinkStatus
{
    enum Verdict { Alive, Dead, Unknown };
    Verdict verdict = Unknown;
    QString reason;                         ///< "HTTP 404 Not Found", "NXDOMAIN", "connection refused", …
    Sdk::HttpResult exchange;               ///< the request that decided (GET when HEAD was not enough)
    std::optional<Sdk::HostResolution> dns; ///< asked when the host could not be found
    bool timedOut = false;                  ///< no answer in time (twice): dead by checks.md §9, content unknown
};

/// Checks one link: HEAD first (cheap), GET when HEAD fails or is refused (servers that answer HEAD
/// with 403/405/501), the DNS asked directly when the host is not found — so NXDOMAIN is told apart
/// from a resolver that did not answer. A link that does not answer in time is asked once more (GET)
/// before it counts as dead: under load the first request may time out on a live site. Requests go
/// through the ProbeSet's per-host limit.
class LinkProbe final
{
public:
    static QCoro::Task<LinkStatus> check(Sdk::ProbeSet &probes, const QUrl &url);
    /// The verdict an HTTP answer (or its failure) gives on its own, DNS not consulted.
    static LinkStatus judge(const Sdk::HttpResult &result);
};

} // namespace Govscope::Links
