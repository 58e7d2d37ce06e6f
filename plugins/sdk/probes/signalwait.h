#pragma once

#include <QCoroTask>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <coroutine>
#include <functional>
#include <memory>

class QTimer;

namespace Govscope::Sdk {

namespace Detail {

/// The awaitable behind waitForSignal(). Every way it can end — the signal, the deadline, the sender going
/// away — goes through one shared state that resumes the coroutine at most once, and what Qt may still
/// deliver late (a queued emission, a timer) reaches a receiver object of its own that outlives the awaiter
/// only as a `deleteLater()`, never a pointer into the awaiter or the coroutine frame.
class SignalAwaiter final
{
public:
    /// @p connect connects the awaited signal of the sender to @p fire with @p context as the receiver.
    using Connect = std::function<QMetaObject::Connection(QObject *context, std::function<void()> fire)>;

    SignalAwaiter(QObject *sender, Connect connect, std::chrono::milliseconds timeout);
    /// Movable until it is awaited (QCoro hands awaitables on by value); nothing is set up before then.
    SignalAwaiter(SignalAwaiter &&other) noexcept;
    SignalAwaiter(const SignalAwaiter &) = delete;
    SignalAwaiter &operator=(const SignalAwaiter &) = delete;
    SignalAwaiter &operator=(SignalAwaiter &&) = delete;
    /// Leaves every member empty, so that a second run (GCC 12 may destroy a co_await temporary twice) is
    /// harmless.
    ~SignalAwaiter();

    bool await_ready() const noexcept { return m_sender.isNull(); }
    void await_suspend(std::coroutine_handle<> handle);
    bool await_resume() const noexcept;

private:
    struct State;
    QPointer<QObject> m_sender;
    Connect m_connect;
    std::chrono::milliseconds m_timeout;
    std::shared_ptr<State> m_state;
    QObject *m_receiver = nullptr;
    QTimer *m_timer = nullptr;
    QMetaObject::Connection m_signal;
    QMetaObject::Connection m_destroyed;
};

} // namespace Detail

/// Waits until @p sender emits @p signal, at most @p timeout (negative: no deadline). Yields true when the
/// signal came, false on the deadline or when the sender was destroyed. The coroutine resumes from the event
/// loop, never inside the emission.
///
/// Use this, not QCoro 0.8's `qCoro(obj, &Signal, timeout)` nor the QCoro socket/reply waits that take a
/// timeout: in the QCoro of Debian 12 a queued emission that is still pending when the timeout wins (or when
/// the awaitable is gone) is later delivered into the destroyed awaitable and resumes a dead coroutine —
/// the `QObject::killTimer: Timers cannot be stopped from another thread` warning followed by a SIGSEGV
/// that a long scan hits sooner or later (fixed upstream in QCoro 0.9).
template<typename Sender, typename Signal>
QCoro::Task<bool> waitForSignal(Sender *sender, Signal signal, std::chrono::milliseconds timeout)
{
    Detail::SignalAwaiter awaiter(
        sender,
        [sender, signal](QObject *context, std::function<void()> fire) {
            // Direct, so no argument has to be copied into an event; fire() only posts the resumption.
            return QObject::connect(
                sender, signal, context, [fire = std::move(fire)](auto &&...) { fire(); }, Qt::DirectConnection);
        },
        timeout);
    const bool signalled = co_await std::move(awaiter);
    co_return signalled;
}

/// Funnels several signals into one, so a coroutine can wait for "something happened" and re-test its
/// condition (a socket that connects, fails, reads or encrypts).
class SignalFunnel final : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
Q_SIGNALS:
    void changed();
};

} // namespace Govscope::Sdk

class QAbstractSocket;

namespace Govscope::Sdk {

/// Waits until a socket that was told to connect is connected or has failed, at most @p timeout; ends at
/// once on a refusal (unlike QCoro 0.8's connectToHost(), which waits for `connected` only). The socket's
/// state tells the outcome; still connecting means the deadline passed.
QCoro::Task<void> settleConnect(QAbstractSocket &socket, std::chrono::milliseconds timeout);

/// Waits until @p socket has bytes to read or is no longer connected, at most @p timeout. True when there
/// is something to read.
QCoro::Task<bool> waitReadable(QAbstractSocket &socket, std::chrono::milliseconds timeout);

} // namespace Govscope::Sdk
