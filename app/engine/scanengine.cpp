#include "scanengine.h"

#include "casewriter.h"
#include "enginelog.h"
#include "scanrunner.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QMutex>
#include <QSet>
#include <QThread>

namespace Govscope::Engine {

namespace {

// Network threads of destroyed engines that still finish abandoned family coroutines. Each removes itself
// when it ends; the application waits for the rest as it exits, so no thread outlives the QCoreApplication.
QMutex g_retiredMutex;
QSet<QThread *> g_retired;

void waitAtExit()
{
    // A second for abandoned coroutines to return (most do once their probe answers); then, as the process
    // is ending anyway, stop their event loops so no thread runs into the static destructors. What is still
    // suspended then is released with the process.
    if (ScanEngine::waitForRetiredScans(1000))
        return;
    QMutexLocker lock(&g_retiredMutex);
    const QSet<QThread *> left = g_retired;
    lock.unlock();
    qCInfo(lcEngine) << left.size() << "cancelled scan thread(s) still waiting on probes at exit; stopping them";
    for (QThread *thread : left) {
        thread->quit();
        thread->wait();
    }
}

void retire(QThread *thread)
{
    QMutexLocker lock(&g_retiredMutex);
    static const bool registered = [] {
        qAddPostRoutine(waitAtExit);
        return true;
    }();
    Q_UNUSED(registered)
    g_retired.insert(thread);
    QObject::connect(
        thread, &QThread::finished, thread,
        [thread] {
            QMutexLocker lock(&g_retiredMutex);
            g_retired.remove(thread);
        },
        Qt::DirectConnection);
    // Deleted by the event loop of the thread that owns the QThread object, after its run has ended.
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
}

} // namespace

ScanEngine::ScanEngine(std::shared_ptr<Models::CaseWriter> writer, QList<Sdk::CheckFamily *> families, QObject *parent)
    : QObject(parent)
    , m_writer(std::move(writer))
    , m_families(std::move(families))
{}

ScanEngine::ScanEngine(Models::CaseWriter *writer, QList<Sdk::CheckFamily *> families, QObject *parent)
    : ScanEngine(std::shared_ptr<Models::CaseWriter>(writer, [](Models::CaseWriter *) {}), std::move(families), parent)
{}

ScanEngine::~ScanEngine()
{
    if (!m_thread)
        return;
    cancel();
    // The runner is deleted on its own thread as the thread ends (it owns the probes' sockets); the thread
    // ends once the runner has drained, i.e. every family coroutine returned.
    if (m_thread->isFinished()) {
        m_thread->wait(); // a join of an ended thread: no stall
        delete m_thread;
        return;
    }
    // The runner's connections to this engine go with it; the runner itself may be gone any moment now.
    retire(m_thread);
    if (m_thread->isFinished() && m_thread->wait(0)) {
        // It ended between the checks above; its finished() may already have been emitted before retire().
        {
            QMutexLocker lock(&g_retiredMutex);
            g_retired.remove(m_thread);
        }
        delete m_thread;
    }
}

bool ScanEngine::waitForRetiredScans(int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        QThread *thread = nullptr;
        {
            QMutexLocker lock(&g_retiredMutex);
            if (g_retired.isEmpty())
                return true;
            thread = *g_retired.cbegin();
        }
        if (!thread->wait(deadline))
            return false;
        QMutexLocker lock(&g_retiredMutex);
        g_retired.remove(thread); // also done by its finished(); the QThread object is deleted later
    }
}

void ScanEngine::start(const ScanRequest &request)
{
    Q_ASSERT(!m_thread); // one scan per engine
    m_running = true;
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_thread = new QThread;
    m_thread->setObjectName(u"govscope-scan"_qs);
    m_runner = new ScanRunner(m_writer, m_families, request, m_cancelFlag);
    m_runner->moveToThread(m_thread);
    connect(m_runner, &ScanRunner::started, this, &ScanEngine::started);
    connect(m_runner, &ScanRunner::progress, this, &ScanEngine::progress);
    connect(m_runner, &ScanRunner::finished, this, [this](const ScanSummary &summary) {
        m_running = false;
        Q_EMIT finished(summary);
    });
    // Quit from the runner's own thread: its event loop ends, then the runner is deleted there.
    connect(m_runner, &ScanRunner::drained, m_thread, &QThread::quit, Qt::DirectConnection);
    connect(m_thread, &QThread::finished, m_runner, &QObject::deleteLater);
    m_thread->start();
    QMetaObject::invokeMethod(m_runner, &ScanRunner::start, Qt::QueuedConnection);
}

void ScanEngine::cancel()
{
    if (!m_runner || !m_running)
        return;
    m_cancelFlag->store(true); // seen at once by every CheckContext::cancelled()
    QMetaObject::invokeMethod(m_runner, &ScanRunner::cancel, Qt::QueuedConnection);
}

} // namespace Govscope::Engine
