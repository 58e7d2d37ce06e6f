// waitForSignal(): one resumption whichever of the signal, the deadline and the sender's end comes first,
// and nothing delivered late into a finished wait. The race case is the one that crashed whole scans with
// QCoro 0.8's qCoro(obj, &Signal, timeout): an emission queued while the deadline also expires.

#include "signalwait.h"

#include <QElapsedTimer>
#include <QTest>
#include <QThread>

using namespace Govscope::Sdk;
using namespace std::chrono_literals;

namespace {

class Emitter final : public QObject
{
    Q_OBJECT
Q_SIGNALS:
    void ping(const QString &payload);
};

struct Outcome
{
    int resumed = 0;
    bool signalled = false;
};

QCoro::Task<void> waitOnce(Emitter *emitter, std::chrono::milliseconds timeout, Outcome *out)
{
    const bool signalled = co_await waitForSignal(emitter, &Emitter::ping, timeout);
    out->signalled = signalled;
    ++out->resumed;
}

// Waits on the same sender again and again, as a socket loop does; each round resumes once.
QCoro::Task<void> waitRounds(Emitter *emitter, int rounds, Outcome *out)
{
    for (int i = 0; i < rounds; ++i) {
        co_await waitForSignal(emitter, &Emitter::ping, 1ms);
        ++out->resumed;
    }
}

void spin(std::chrono::milliseconds forAtLeast)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < forAtLeast.count())
        QThread::usleep(200); // blocks the event loop on purpose: the deadline passes unserved
}

} // namespace

class TestSignalWait : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void signalBeforeDeadline()
    {
        Emitter e;
        Outcome out;
        waitOnce(&e, 5s, &out);
        QCOMPARE(out.resumed, 0);
        Q_EMIT e.ping(u"x"_qs);
        QCOMPARE(out.resumed, 0); // never inside the emission
        QTRY_COMPARE(out.resumed, 1);
        QVERIFY(out.signalled);
    }

    void deadlineWithoutSignal()
    {
        Emitter e;
        Outcome out;
        waitOnce(&e, 20ms, &out);
        QTRY_COMPARE(out.resumed, 1);
        QVERIFY(!out.signalled);
    }

    void senderDestroyedWhileWaiting()
    {
        auto *e = new Emitter;
        Outcome out;
        waitOnce(e, -1ms, &out); // no deadline: only the sender's end can release it
        delete e;
        QTRY_COMPARE(out.resumed, 1);
        QVERIFY(!out.signalled);
    }

    void emissionAndDeadlineInOneLoopTurnResumeOnce()
    {
        for (int i = 0; i < 200; ++i) {
            Emitter e;
            Outcome out;
            waitOnce(&e, 2ms, &out);
            Q_EMIT e.ping(u"late"_qs);
            spin(4ms); // the deadline expires while the emission's resumption is queued
            QTRY_COMPARE(out.resumed, 1);
            Q_EMIT e.ping(u"after"_qs); // nobody waits any more
            QCoreApplication::processEvents();
            QTest::qWait(3);
            QCOMPARE(out.resumed, 1);
        }
    }

    void repeatedWaitsOnOneSenderWithStaleEmissions()
    {
        Emitter e;
        Outcome out;
        waitRounds(&e, 100, &out);
        for (int i = 0; i < 400 && out.resumed < 100; ++i) {
            Q_EMIT e.ping(u"burst"_qs);
            Q_EMIT e.ping(u"burst"_qs);
            spin(1ms);
            QCoreApplication::processEvents();
        }
        QTRY_COMPARE(out.resumed, 100);
    }
};

QTEST_GUILESS_MAIN(TestSignalWait)
#include "tst_signalwait.moc"
