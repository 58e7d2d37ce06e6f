#include "asyncprimitives.h"

#include <QMetaObject>

namespace Govscope::Engine {

void resumeLater(QObject *poster, std::coroutine_handle<> handle)
{
    if (!poster || !handle)
        return;
    QMetaObject::invokeMethod(
        poster, [handle] { handle.resume(); }, Qt::QueuedConnection);
}

AsyncSemaphore::AsyncSemaphore(int permits, QObject *poster)
    : m_available(qMax(1, permits))
    , m_poster(poster)
{}

bool AsyncSemaphore::Acquire::await_ready()
{
    if (m_sem.m_closed)
        return true; // m_acquired stays false
    if (m_sem.m_available > 0 && m_sem.m_waiters.empty()) {
        --m_sem.m_available;
        m_acquired = true;
        return true;
    }
    return false;
}

void AsyncSemaphore::Acquire::await_suspend(std::coroutine_handle<> handle)
{
    m_handle = handle;
    m_sem.m_waiters.push_back(this);
}

void AsyncSemaphore::release()
{
    if (!m_waiters.empty() && !m_closed) {
        // Hand the permit straight to the first waiter so a newcomer cannot overtake it.
        Acquire *next = m_waiters.front();
        m_waiters.pop_front();
        next->m_acquired = true;
        resumeLater(m_poster, next->m_handle);
        return;
    }
    ++m_available;
}

void AsyncSemaphore::close()
{
    m_closed = true;
    while (!m_waiters.empty()) {
        Acquire *waiter = m_waiters.front();
        m_waiters.pop_front();
        resumeLater(m_poster, waiter->m_handle);
    }
}

bool OneShot::settle(AttemptEnd end, const QString &detail)
{
    if (m_settled)
        return false;
    m_settled = true;
    m_end = end;
    m_detail = detail;
    if (m_waiter)
        resumeLater(m_poster, std::exchange(m_waiter, {}));
    return true;
}

} // namespace Govscope::Engine
