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

HostLimiter::Awaiter::Awaiter(HostLimiter *limiter, QString host)
    : m_limiter(limiter)
    , m_host(std::move(host))
{}

HostLimiter::Awaiter::Awaiter(Awaiter &&other) noexcept
    : m_limiter(other.m_limiter)
    , m_host(other.m_host)
    , m_waiter(std::move(other.m_waiter))
{}

HostLimiter::Awaiter::~Awaiter()
{
    // Only set here when the coroutine was destroyed while suspended in this co_await.
    if (m_waiter && m_limiter)
        m_limiter->forget(m_host, m_waiter);
}

bool HostLimiter::Awaiter::await_ready()
{
    if (!m_limiter)
        return true; // no limiter left to wait for (the probes are being torn down)
    PerHost &h = m_limiter->m_hosts[m_host];
    if (h.inUse >= m_limiter->m_perHost)
        return false;
    ++h.inUse;
    m_limiter->m_peak = std::max(m_limiter->m_peak, h.inUse);
    return true;
}

void HostLimiter::Awaiter::await_suspend(std::coroutine_handle<> handle)
{
    m_waiter = std::make_shared<Waiter>();
    m_waiter->handle = handle;
    m_limiter->m_hosts[m_host].waiters.push_back(m_waiter);
}

HostSlot HostLimiter::Awaiter::await_resume()
{
    m_waiter.reset(); // resumed normally: the slot is ours now, the destructor must not give it back
    return HostSlot(m_limiter, m_host);
}

HostLimiter::HostLimiter(int perHost, QObject *parent)
    : QObject(parent)
    , m_perHost(std::max(1, perHost))
{}

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
    const std::shared_ptr<Waiter> next = it->waiters.front();
    it->waiters.pop_front();
    next->granted = true;
    QMetaObject::invokeMethod(
        this,
        [weak = std::weak_ptr<Waiter>(next)] {
            // Gone: its coroutine was destroyed and its awaiter passed the slot on already.
            if (const auto waiter = weak.lock())
                waiter->handle.resume();
        },
        Qt::QueuedConnection);
}

void HostLimiter::forget(const QString &host, const std::shared_ptr<Waiter> &waiter)
{
    if (waiter->granted) {
        release(host); // handed a slot it will never use
        return;
    }
    auto it = m_hosts.find(host);
    if (it == m_hosts.end())
        return;
    auto &queue = it->waiters;
    queue.erase(std::remove(queue.begin(), queue.end(), waiter), queue.end());
}

} // namespace Govscope::Sdk
