#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <coroutine>
#include <deque>

namespace Govscope::Sdk {

class HostLimiter;

/// A held slot of a HostLimiter; gives it back when destroyed. Move-only.
class HostSlot final
{
public:
    HostSlot() = default;
    HostSlot(HostLimiter *limiter, QString host);
    HostSlot(HostSlot &&other) noexcept;
    HostSlot &operator=(HostSlot &&other) noexcept;
    HostSlot(const HostSlot &) = delete;
    HostSlot &operator=(const HostSlot &) = delete;
    ~HostSlot();

private:
    HostLimiter *m_limiter = nullptr;
    QString m_host;
};

/// An asynchronous counting semaphore per host: at most N probes talk to one host at a time
/// (politeness, the profile's per_host). A coroutine awaits acquire(); a waiter is resumed from
/// the event loop when a slot frees up, in arrival order. Single-threaded: lives on the network
/// thread with the probes.
class HostLimiter final : public QObject
{
    Q_OBJECT
public:
    explicit HostLimiter(int perHost, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(HostLimiter)

    struct Awaiter
    {
        HostLimiter *limiter;
        QString host;
        bool await_ready();
        void await_suspend(std::coroutine_handle<> handle);
        HostSlot await_resume() { return HostSlot(limiter, host); }
    };

    /// `HostSlot slot = co_await limiter.acquire(host);`
    Awaiter acquire(const QString &host) { return Awaiter{this, host.toLower()}; }

    int perHost() const { return m_perHost; }
    int inUse(const QString &host) const { return m_hosts.value(host.toLower()).inUse; }
    int peakInUse() const { return m_peak; } ///< highest per-host count seen (tests)

private:
    friend class HostSlot;
    struct PerHost
    {
        int inUse = 0;
        std::deque<std::coroutine_handle<>> waiters;
    };
    void release(const QString &host);

    int m_perHost;
    int m_peak = 0;
    QHash<QString, PerHost> m_hosts;
};

} // namespace Govscope::Sdk
