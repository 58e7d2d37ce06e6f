#pragma once

#include "dnsprobe.h"
#include "message.h"

namespace Govscope::Domain {

/// A verdict on DNS answers already obtained; the family turns it into a result.
struct DnsVerdict
{
    enum Kind { Pass, Fire, Inconclusive } kind = Inconclusive;
    QString text;            ///< the pass note or the reason it is inconclusive
    Models::Message finding = {}; ///< the finding's title (Fire), rendered in the reader's language
};

/// The DNS rules of spec/checks.md §1, as pure functions of the answers (testable without DNS).
class DnsRules final
{
public:
    /// domain.dangling_cname: the host's CNAME chain ends in a name that does not exist (NXDOMAIN).
    static DnsVerdict danglingCname(const Sdk::HostResolution &r);
    /// domain.unresolvable for a website host: NXDOMAIN or no A/AAAA; a timeout is inconclusive.
    static DnsVerdict websiteResolvable(const Sdk::HostResolution &r);
    /// domain.unresolvable for a mail domain: neither MX nor A/AAAA.
    static DnsVerdict mailDomainResolvable(const Sdk::DnsAnswer &mx, const Sdk::HostResolution &address);
};

} // namespace Govscope::Domain
