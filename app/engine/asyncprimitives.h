#pragma once

// Two awaitables the engine needs and QCoro 0.8 lacks: a counting semaphore (the global concurrency limit)
// and a one-shot outcome that whichever comes first — the family finishing, cancel, a watchdog — settles.
// Waiters are resumed through the event loop of the poster object, never inside release()/settle(), so a
// resumed coroutine never runs on top of the stack of the one that woke it.

#include <QObject>
#include <QPointer>
#include <QString>

#include <coroutine>
#include <deque>

namespace Govscope::Engine {

/// Posts the resumption of @p handle to @p poster's thread; drops it when the poster is gone.
void resumeLater(QObject *poster, std::coroutine_handle<> handle);

/// A counting semaphore for coroutines on one thread. `co_await sem.acquire()` yields true once a permit is
/// held, false when the semaphore was closed (cancel) before one became free.
class AsyncSemaphore final
{
    Q_DISABLE_COPY_MOVE(AsyncSemaphore)

public:
    AsyncSemaphore(int permits, QObject *poster);

    class Acquire
    {
    public:
        explicit Acquire(AsyncSemaphore &sem)
            : m_sem(sem)
        {}
        bool await_ready();
        void await_suspend(std::coroutine_handle<> handle);
        bool await_resume() const { return m_acquired; }

    private:
        friend class AsyncSemaphore;
        AsyncSemaphore &m_sem;
        std::coroutine_handle<> m_handle;
        bool m_acquired = false;
    };

    Acquire acquire() { return Acquire(*this); }
    void release();
    /// Wakes every waiter with false; later acquires fail at once.
    void close();
    int available() const { return m_available; }

private:
    int m_available;
    bool m_closed = false;
    QPointer<QObject> m_poster;
    std::deque<Acquire *> m_waiters;
};

/// How a task attempt ended.
enum class AttemptEnd { Completed, Failed, TimedOut, Cancelled };

/// Settled once, by the first of several parties; one coroutine may await it.
class OneShot final
{
    Q_DISABLE_COPY_MOVE(OneShot)

public:
    explicit OneShot(QObject *poster)
        : m_poster(poster)
    {}

    /// Returns false when it was already settled (the later party lost the race).
    bool settle(AttemptEnd end, const QString &detail = {});
    bool isSettled() const { return m_settled; }
    AttemptEnd end() const { return m_end; }
    QString detail() const { return m_detail; }

    class Wait
    {
    public:
        explicit Wait(OneShot &shot)
            : m_shot(shot)
        {}
        bool await_ready() const { return m_shot.m_settled; }
        void await_suspend(std::coroutine_handle<> handle) { m_shot.m_waiter = handle; }
        AttemptEnd await_resume() const { return m_shot.m_end; }

    private:
        OneShot &m_shot;
    };
    /// `co_await shot.wait()` yields how it was settled.
    Wait wait() { return Wait(*this); }

private:
    QPointer<QObject> m_poster;
    std::coroutine_handle<> m_waiter;
    bool m_settled = false;
    AttemptEnd m_end = AttemptEnd::Completed;
    QString m_detail;
};

} // namespace Govscope::Engine
