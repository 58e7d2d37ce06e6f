#include "signalwait.h"

#include <QMetaObject>
#include <QTimer>

namespace Govscope::Sdk::Detail {

struct SignalAwaiter::State
{
    std::coroutine_handle<> handle;
    bool done = false;
    bool signalled = false;

    void finish(bool viaSignal)
    {
        if (done)
            return; // a late second path, or the awaiter is gone
        done = true;
        signalled = viaSignal;
        if (auto h = std::exchange(handle, {}))
            h.resume();
    }
};

SignalAwaiter::SignalAwaiter(QObject *sender, Connect connect, std::chrono::milliseconds timeout)
    : m_sender(sender)
    , m_connect(std::move(connect))
    , m_timeout(timeout)
{}

SignalAwaiter::SignalAwaiter(SignalAwaiter &&other) noexcept
    : m_sender(std::exchange(other.m_sender, nullptr))
    , m_connect(std::exchange(other.m_connect, nullptr))
    , m_timeout(other.m_timeout)
{
    Q_ASSERT(!other.m_receiver); // only moved before it is awaited
}

SignalAwaiter::~SignalAwaiter()
{
    if (m_state)
        m_state->done = true; // whatever is still queued for the receiver finds nothing to resume
    m_state.reset();
    QObject::disconnect(std::exchange(m_signal, {}));
    QObject::disconnect(std::exchange(m_destroyed, {}));
    if (QTimer *timer = std::exchange(m_timer, nullptr))
        timer->stop();
    if (QObject *receiver = std::exchange(m_receiver, nullptr))
        receiver->deleteLater(); // we may be running inside one of its own events
    m_sender.clear();
    m_connect = nullptr;
}

void SignalAwaiter::await_suspend(std::coroutine_handle<> handle)
{
    m_state = std::make_shared<State>();
    m_state->handle = handle;
    m_receiver = new QObject;
    QObject *receiver = m_receiver;
    // Every path posts to the receiver, so the coroutine never resumes on top of the emitter's stack
    // (a socket's readyRead, a sender's destructor).
    const auto post = [receiver, weak = std::weak_ptr<State>(m_state)](bool viaSignal) {
        QMetaObject::invokeMethod(
            receiver,
            [weak, viaSignal] {
                if (auto state = weak.lock())
                    state->finish(viaSignal);
            },
            Qt::QueuedConnection);
    };
    m_signal = m_connect(receiver, [post] { post(true); });
    m_destroyed = QObject::connect(
        m_sender.data(), &QObject::destroyed, receiver, [post] { post(false); }, Qt::DirectConnection);
    if (m_timeout.count() >= 0) {
        m_timer = new QTimer(receiver);
        m_timer->setSingleShot(true);
        QObject::connect(m_timer, &QTimer::timeout, receiver, [post] { post(false); });
        m_timer->start(m_timeout);
    }
}

bool SignalAwaiter::await_resume() const noexcept
{
    return m_state && m_state->signalled;
}

} // namespace Govscope::Sdk::Detail

#include <QAbstractSocket>
#include <QElapsedTimer>

namespace Govscope::Sdk {

QCoro::Task<void> settleConnect(QAbstractSocket &socket, std::chrono::milliseconds timeout)
{
    QElapsedTimer clock;
    clock.start();
    while (socket.state() != QAbstractSocket::ConnectedState && socket.state() != QAbstractSocket::UnconnectedState) {
        const std::chrono::milliseconds left = timeout - std::chrono::milliseconds(clock.elapsed());
        if (left.count() <= 0)
            break;
        co_await waitForSignal(&socket, &QAbstractSocket::stateChanged, left);
    }
}

QCoro::Task<bool> waitReadable(QAbstractSocket &socket, std::chrono::milliseconds timeout)
{
    SignalFunnel funnel;
    QObject::connect(&socket, &QIODevice::readyRead, &funnel, &SignalFunnel::changed);
    QObject::connect(&socket, &QAbstractSocket::stateChanged, &funnel, &SignalFunnel::changed);
    QElapsedTimer clock;
    clock.start();
    while (socket.bytesAvailable() == 0 && socket.state() == QAbstractSocket::ConnectedState) {
        const std::chrono::milliseconds left = timeout - std::chrono::milliseconds(clock.elapsed());
        if (left.count() <= 0)
            break;
        co_await waitForSignal(&funnel, &SignalFunnel::changed, left);
    }
    co_return socket.bytesAvailable() > 0;
}

} // namespace Govscope::Sdk
