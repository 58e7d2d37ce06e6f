#pragma once

#include "dnsprobe.h"
#include "httpprobe.h"
#include "scanprofile.h"
#include "tcpprobe.h"
#include "tlsprobe.h"

#include <memory>

class QNetworkAccessManager;

namespace Govscope::Sdk {

class HostLimiter;

/// The probes of one scan, built on the thread that runs the checks (the network thread): it owns
/// the QNetworkAccessManagers (a direct one and, when the profile names one, one through the
/// overseas SOCKS5 vantage) and the per-host limit shared by HTTP, TLS and TCP probes.
class ProbeSet final
{
public:
    explicit ProbeSet(const ScanProfile &profile);
    ~ProbeSet();
    Q_DISABLE_COPY_MOVE(ProbeSet)

    DnsProbe &dns() { return *m_dns; }
    HttpProbe &http() { return *m_http; }
    TlsProbe &tls() { return *m_tls; }
    TcpProbe &tcp() { return *m_tcp; }
    HostLimiter &limiter() { return *m_limiter; }
    const ScanProfile &profile() const { return m_profile; }

private:
    ScanProfile m_profile;
    std::unique_ptr<HostLimiter> m_limiter;
    std::unique_ptr<QNetworkAccessManager> m_direct;
    std::unique_ptr<QNetworkAccessManager> m_overseas;
    std::unique_ptr<DnsProbe> m_dns;
    std::unique_ptr<HttpProbe> m_http;
    std::unique_ptr<TlsProbe> m_tls;
    std::unique_ptr<TcpProbe> m_tcp;
};

} // namespace Govscope::Sdk
