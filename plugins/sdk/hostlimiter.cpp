#include "hostlimiter.h"

#include <QMetaObject>

#include <algorithm>

namespace Govscope::Sdk {

HostSlot::HostSlot(HostLimiter *limiter, QString host)
    : m_limiter(limiter)
    , m_host(std::move(host))
{}

HostSlot::HostSlot(HostSlot &&other) noexcept
    : m_limiter(std::exchange(other.m_limiter, nullptr))
    , m_host(std::move(other.m_host))
{}

HostSlot &HostSlot::operator=(HostSlot &&other) noexcept
{
    if (this != &other) {
        if (m_limiter)
            m_limiter->release(m_host);
        m_limiter = std::exchange(other.m_limiter, nullptr);
        m_host = std::move(other.m_host);
    }
    return *this;
}

HostSlot::~HostSlot()
{
    if (m_limiter)
        m_limiter->release(m_host);
}

HostLimiter::HostLimiter(int perHost, QObject *parent)
    : QObject(parent)
    , m_perHost(std::max(1, perHost))
{}

bool HostLimiter::Awaiter::await_ready()
{
    PerHost &h = limiter->m_hosts[host];
    if (h.inUse >= limiter->m_perHost)
        return false;
    ++h.inUse;
    limiter->m_peak = std::max(limiter->m_peak, h.inUse);
    return true;
}

void HostLimiter::Awaiter::await_suspend(std::coroutine_handle<> handle)
{
    limiter->m_hosts[host].waiters.push_back(handle);
}

void HostLimiter::release(const QString &host)
{
    auto it = m_hosts.find(host);
    if (it == m_hosts.end())
        return;
    if (it->waiters.empty()) {
        if (--it->inUse == 0)
            m_hosts.erase(it);
        return;
    }
    // The slot passes straight to the next waiter (inUse unchanged). It is resumed from the event
    // loop, not from inside this call, so a finishing probe never runs another one on its stack.
    const std::coroutine_handle<> next = it->waiters.front();
    it->waiters.pop_front();
    QMetaObject::invokeMethod(
        this, [next] { next.resume(); }, Qt::QueuedConnection);
}

} // namespace Govscope::Sdk
