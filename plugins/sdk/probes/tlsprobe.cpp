#include "tlsprobe.h"

#include "hostlimiter.h"
#include "probelimits.h"
#include "sdklogging.h"
#include "tlshandshake.h"

#include <QCoroFuture>
#include <QtConcurrent>

namespace Govscope::Sdk {

bool TlsResult::accepts(const QString &version) const
{
    for (const TlsVersionSupport &v : versions)
        if (v.version == version)
            return v.outcome == TlsVersionSupport::Accepted;
    return false;
}

TlsProbe::TlsProbe(HostLimiter *limiter, std::chrono::milliseconds timeout)
    : m_limiter(limiter)
    , m_timeout(timeout)
{
    // blocking handshakes wait on the network, not the CPU: a few more threads than cores
    m_pool.setMaxThreadCount(8);
    m_pool.setObjectName(u"govscope-tls"_qs);
}

TlsProbe::~TlsProbe()
{
    m_pool.waitForDone(); // bounded: each probe has a total deadline (ProbeLimits::TlsProbeDeadlineFactor)
}

QCoro::Task<TlsResult> TlsProbe::probe(const QString &host, quint16 port, QStringList versions)
{
    if (versions.isEmpty())
        versions = allVersions();
    const HostSlot slot = co_await m_limiter->acquire(host);
    const int timeoutMs = int(m_timeout.count());
    const int totalMs = timeoutMs * ProbeLimits::TlsProbeDeadlineFactor;
    const QString name = host.toLower();
    // The future is a named local on purpose: GCC 12 destroys a lambda temporary inside a co_await
    // expression twice (found with valgrind), so no temporaries with captures go into co_await.
    QFuture<TlsResult> future =
        QtConcurrent::run(&m_pool, &Detail::runTlsHandshakes, name, port, versions, timeoutMs, totalMs);
    TlsResult result = co_await future;
    qCDebug(lcSdk) << "tls" << name << port << "reachable" << result.reachable;
    co_return result;
}

} // namespace Govscope::Sdk
