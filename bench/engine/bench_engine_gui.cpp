// GUI-thread stall while scanning: the workbench window (offscreen) opens CASE, the ScanController runs the
// engine over every org with FAMILIES, and a 10 ms heartbeat timer records the longest gap between ticks.
// Usage: QT_QPA_PLATFORM=offscreen bench_engine_gui CASE FAMILIES [FEEDS_DIR]

#include "familyregistry.h"
#include "mainwindow.h"
#include "scancontroller.h"
#include "scanscope.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QThread>
#include <QTimer>

#include <sys/resource.h>
#include <time.h>

using namespace Govscope;

namespace {

// With GOVSCOPE_BENCH_TRACE=1, every event the GUI thread handles for longer than 8 ms is printed with its
// receiver (and the receiver's parent), which names the slot or model that stalls.
qint64 threadCpuUs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000 + ts.tv_nsec / 1000;
}

class TracingApplication final : public QApplication
{
public:
    using QApplication::QApplication;
    bool notify(QObject *receiver, QEvent *event) override
    {
        if (!m_trace || QThread::currentThread() != thread())
            return QApplication::notify(receiver, event);
        QElapsedTimer t;
        t.start();
        const int type = int(event->type());
        // Names first: a DeferredDelete event deletes its receiver.
        const char *className = receiver->metaObject()->className();
        const QString objectName = receiver->objectName();
        const QObject *parent = receiver->parent();
        const char *parentClass = parent ? parent->metaObject()->className() : "-";
        const qint64 cpuBefore = threadCpuUs();
        const bool result = QApplication::notify(receiver, event);
        if (const qint64 ms = t.elapsed(); ms >= 8) {
            const qint64 cpuMs = (threadCpuUs() - cpuBefore) / 1000;
            fprintf(stderr, "%lld ms: slow event %d: %lld ms (%lld ms CPU) on %s '%s' (parent %s)\n", m_clock.elapsed(),
                    type, ms, cpuMs, className, qPrintable(objectName), parentClass);
        }
        return result;
    }

private:
    const bool m_trace = qEnvironmentVariableIntValue("GOVSCOPE_BENCH_TRACE") == 1;
    QElapsedTimer m_clock = [] {
        QElapsedTimer t;
        t.start();
        return t;
    }();
};

} // namespace

int main(int argc, char *argv[])
{
    constexpr int kTailMs = 1000;
    TracingApplication app(argc, argv);
    if (argc < 3) {
        fprintf(stderr, "usage: bench_engine_gui CASE FAMILIES [FEEDS_DIR]\n");
        return 2;
    }
    const QString casePath = QString::fromLocal8Bit(argv[1]);
    Ui::MainWindow window;
    ScanController scans(&window);
    window.show();

    QElapsedTimer beat, wall;
    qint64 longest = 0, ticks = 0;
    QTimer heartbeat;
    heartbeat.setInterval(10);
    QObject::connect(&heartbeat, &QTimer::timeout, [&] {
        longest = qMax(longest, beat.restart());
        ++ticks;
    });

    QObject::connect(&window, &Ui::MainWindow::caseOpened, &app, [&] {
        Engine::ScanRequest request;
        request.casePath = casePath;
        request.families = QString::fromLocal8Bit(argv[2]).split(u',');
        request.feedDirs = *Engine::ScanPlanning::feedDirs(argc > 3 ? QString::fromLocal8Bit(argv[3]) : QString());
        beat.start();
        wall.start();
        heartbeat.start();
        scans.startScan(request);
    });
    QObject::connect(&scans, &ScanController::scanFinished, &app, [&](const Engine::ScanSummary &s) {
        const double wallS = wall.elapsed() / 1000.0;
        const qint64 duringScan = longest;
        // The heartbeat runs on for a while: the engine is deleted and its thread torn down after the scan
        // reports, and the last findings refresh lands then too; a stall there is felt all the same.
        QTimer::singleShot(kTailMs, &app, [&, s, wallS, duringScan] {
            rusage u{};
            getrusage(RUSAGE_SELF, &u);
            printf("GUI scan %lld: %d tasks, %d findings, wall %.2f s, longest GUI-thread stall %lld ms over %lld "
                   "heartbeats (%lld ms during the scan, the rest in the %d ms after it), peak RSS %.1f MB%s\n",
                   s.scanId, s.tasksDone, s.findings, wallS, longest, ticks, duringScan, kTailMs, u.ru_maxrss / 1024.0,
                   s.error.isEmpty() ? "" : qPrintable(u" ERROR "_qs + s.error));
            QApplication::quit();
        });
    });
    window.openCase(casePath);
    return app.exec();
}
