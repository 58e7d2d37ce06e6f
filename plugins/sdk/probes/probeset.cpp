#include "probeset.h"

#include "hostlimiter.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>

namespace Govscope::Sdk {

namespace {

std::unique_ptr<QNetworkAccessManager> makeManager(const QNetworkProxy &proxy)
{
    auto nam = std::make_unique<QNetworkAccessManager>();
    // environment proxies must not change what the auditor's vantage point is
    nam->setProxy(proxy);
    nam->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    nam->setStrictTransportSecurityEnabled(false); // we want to see what plain HTTP does
    return nam;
}

} // namespace

ProbeSet::ProbeSet(const ScanProfile &profile)
    : m_profile(profile)
    , m_limiter(std::make_unique<HostLimiter>(profile.perHost))
    , m_direct(makeManager(QNetworkProxy(QNetworkProxy::NoProxy)))
{
    const std::chrono::milliseconds timeout(profile.timeoutMs);
    if (!profile.overseasProxy.isEmpty()) {
        // remote DNS through the proxy (socks5h semantics): the vantage resolves as it would abroad
        QNetworkProxy socks(QNetworkProxy::Socks5Proxy, profile.overseasProxy.host(),
                            quint16(profile.overseasProxy.port()));
        socks.setCapabilities(socks.capabilities() | QNetworkProxy::HostNameLookupCapability);
        m_overseas = makeManager(socks);
    }
    m_dns = std::make_unique<DnsProbe>(timeout);
    m_http = std::make_unique<HttpProbe>(m_direct.get(), m_overseas.get(), m_limiter.get(), timeout, profile.userAgent);
    m_tls = std::make_unique<TlsProbe>(m_limiter.get(), timeout);
    m_tcp = std::make_unique<TcpProbe>(m_limiter.get(), timeout);
}

ProbeSet::~ProbeSet() = default;

} // namespace Govscope::Sdk
