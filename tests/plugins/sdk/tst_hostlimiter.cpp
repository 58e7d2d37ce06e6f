// HostLimiter when a coroutine waiting for a slot is destroyed instead of resumed (an engine giving up on
// a family): the slot must neither leak nor be handed to the dead frame, whether the frame dies while
// queued or after a slot was passed to it but before its queued resumption ran.

#include "hostlimiter.h"

#include <QTest>

#include <coroutine>
#include <exception>

using namespace Govscope::Sdk;

namespace {

// A bare coroutine whose frame the test owns and may destroy while it is suspended.
struct Frame
{
    struct promise_type
    {
        Frame get_return_object() { return Frame{std::coroutine_handle<promise_type>::from_promise(*this)}; }
        std::suspend_never initial_suspend() noexcept { return {}; }
        std::suspend_always final_suspend() noexcept { return {}; }
        void return_void() {}
        void unhandled_exception() { std::terminate(); }
    };
    std::coroutine_handle<promise_type> handle;
};

Frame takeSlot(HostLimiter &limiter, const QString &host, bool &gotSlot, HostSlot &kept)
{
    HostSlot slot = co_await limiter.acquire(host);
    gotSlot = true;
    kept = std::move(slot);
}

} // namespace

class TestHostLimiter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void destroyedWhileQueuedLeavesTheQueue()
    {
        HostLimiter limiter(1);
        bool firstGot = false, secondGot = false, thirdGot = false;
        HostSlot first, second, third;
        Frame a = takeSlot(limiter, u"a.example"_qs, firstGot, first);
        QVERIFY(firstGot);
        Frame b = takeSlot(limiter, u"a.example"_qs, secondGot, second);
        Frame c = takeSlot(limiter, u"a.example"_qs, thirdGot, third);
        QCOMPARE(limiter.waiting(u"a.example"_qs), 2);
        b.handle.destroy(); // given up while queued
        QCOMPARE(limiter.waiting(u"a.example"_qs), 1);
        first = HostSlot(); // frees the slot: it must go to c, the live waiter
        QTRY_VERIFY(thirdGot);
        QVERIFY(!secondGot);
        third = HostSlot();
        QCOMPARE(limiter.inUse(u"a.example"_qs), 0);
        a.handle.destroy();
        c.handle.destroy();
    }

    void destroyedAfterBeingHandedASlotPassesItOn()
    {
        HostLimiter limiter(1);
        bool firstGot = false, secondGot = false, thirdGot = false;
        HostSlot first, second, third;
        Frame a = takeSlot(limiter, u"b.example"_qs, firstGot, first);
        Frame b = takeSlot(limiter, u"b.example"_qs, secondGot, second);
        Frame c = takeSlot(limiter, u"b.example"_qs, thirdGot, third);
        first = HostSlot(); // the slot is passed to b; b's resumption is queued
        b.handle.destroy(); // ... but b dies before the event loop resumes it
        QTRY_VERIFY(thirdGot);
        QVERIFY(!secondGot);
        third = HostSlot();
        QCOMPARE(limiter.inUse(u"b.example"_qs), 0);
        a.handle.destroy();
        c.handle.destroy();
    }

    void slotOutlivingTheLimiterIsHarmless()
    {
        bool got = false;
        HostSlot slot;
        Frame a;
        {
            HostLimiter limiter(1);
            a = takeSlot(limiter, u"c.example"_qs, got, slot);
            QVERIFY(got);
        }
        slot = HostSlot(); // its limiter is gone: releasing must not touch it
        a.handle.destroy();
    }
};

QTEST_GUILESS_MAIN(TestHostLimiter)
#include "tst_hostlimiter.moc"
