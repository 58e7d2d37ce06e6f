#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <coroutine>
#include <deque>
#include <memory>

namespace Govscope::Sdk {

class HostLimiter;

/// A held slot of a HostLimiter; gives it back when destroyed (a no-op once the limiter is gone, so a
/// coroutine that outlives the probes cannot touch freed memory). Move-only.
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
    QPointer<HostLimiter> m_limiter;
    QString m_host;
};

/// An asynchronous counting semaphore per host: at most N probes talk to one host at a time
/// (politeness, the profile's per_host). A coroutine awaits acquire(); a waiter is resumed from
/// the event loop when a slot frees up, in arrival order. Single-threaded: lives on the network
/// thread with the probes.
///
/// A waiting coroutine may be destroyed instead of resumed (its owner gave up on it): its awaiter
/// then leaves the queue, or, when a slot was already handed to it and its resumption is queued,
/// passes that slot on; the queued resumption finds it gone and does nothing.
class HostLimiter final : public QObject
{
    Q_OBJECT
public:
    explicit HostLimiter(int perHost, QObject *parent = nullptr);
    Q_DISABLE_COPY_MOVE(HostLimiter)

    struct Waiter
    {
        std::coroutine_handle<> handle;
        bool granted = false; ///< a slot was passed to it; its resumption is queued
    };

    class Awaiter
    {
    public:
        Awaiter(HostLimiter *limiter, QString host);
        Awaiter(Awaiter &&other) noexcept;
        Awaiter(const Awaiter &) = delete;
        Awaiter &operator=(const Awaiter &) = delete;
        Awaiter &operator=(Awaiter &&) = delete;
        ~Awaiter();

        bool await_ready();
        void await_suspend(std::coroutine_handle<> handle);
        HostSlot await_resume();

    private:
        QPointer<HostLimiter> m_limiter;
        QString m_host;
        std::shared_ptr<Waiter> m_waiter; ///< set while suspended
    };

    /// `HostSlot slot = co_await limiter.acquire(host);`
    Awaiter acquire(const QString &host) { return Awaiter(this, host.toLower()); }

    int perHost() const { return m_perHost; }
    int inUse(const QString &host) const { return m_hosts.value(host.toLower()).inUse; }
    int waiting(const QString &host) const { return int(m_hosts.value(host.toLower()).waiters.size()); }
    int peakInUse() const { return m_peak; } ///< highest per-host count seen (tests)

private:
    friend class HostSlot;
    struct PerHost
    {
        int inUse = 0;
        std::deque<std::shared_ptr<Waiter>> waiters;
    };
    void release(const QString &host);
    void forget(const QString &host, const std::shared_ptr<Waiter> &waiter);

    int m_perHost;
    int m_peak = 0;
    QHash<QString, PerHost> m_hosts;
};

} // namespace Govscope::Sdk
