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
    const QSet<QThread *> left = std::exchange(g_retired, {});
    lock.unlock();
    qCInfo(lcEngine) << left.size() << "cancelled scan thread(s) still waiting on probes at exit; stopping them";
    for (QThread *thread : left) {
        thread->quit();
        thread->wait();
    }
}

// Threads that still run, so that a destroyed engine can tell whether its thread needs retiring.
QSet<QThread *> g_live;

void registerAtExit()
{
    static const bool registered = [] {
        qAddPostRoutine(waitAtExit);
        return true;
    }();
    Q_UNUSED(registered)
}

} // namespace

struct ScanEngine::RunnerHandle
{
    QMutex mutex;
    ScanRunner *runner = nullptr; ///< null once deleted on its thread
};

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
    // Never waits: the thread deletes its runner and ends by itself once every family coroutine has
    // returned (see start()); its QThread object is deleted by the event loop after that.
    QMutexLocker lock(&g_retiredMutex);
    if (g_live.contains(m_thread)) {
        registerAtExit();
        g_retired.insert(m_thread);
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
        g_retired.remove(thread); // normally done already as its runner went
    }
}

void ScanEngine::start(const ScanRequest &request)
{
    Q_ASSERT(!m_thread); // one scan per engine
    m_running = true;
    m_cancelFlag = std::make_shared<std::atomic_bool>(false);
    m_thread = new QThread;
    m_thread->setObjectName(u"govscope-scan"_qs);
    auto *runner = new ScanRunner(m_writer, m_families, request, m_cancelFlag);
    m_runner = std::make_shared<RunnerHandle>();
    m_runner->runner = runner;
    runner->moveToThread(m_thread);
    connect(runner, &ScanRunner::started, this, &ScanEngine::started);
    connect(runner, &ScanRunner::progress, this, &ScanEngine::progress);
    connect(runner, &ScanRunner::finished, this, [this](const ScanSummary &summary) {
        m_running = false;
        Q_EMIT finished(summary);
    });
    // Wind-down, all on the scan thread and none of it waited for by the owner: once drained, the runner is
    // deleted there (tearing down the probes, which may take a few hundred milliseconds while the TLS pool and
    // the network threads join), then the thread quits; its QThread object goes with the owner's event loop.
    // A destroyed engine's thread thus cleans up after itself.
    {
        QMutexLocker lock(&g_retiredMutex);
        g_live.insert(m_thread);
    }
    QThread *thread = m_thread;
    connect(runner, &ScanRunner::drained, runner, &QObject::deleteLater, Qt::DirectConnection);
    connect(
        runner, &QObject::destroyed, thread,
        [thread, handle = m_runner] {
            {
                QMutexLocker lock(&handle->mutex);
                handle->runner = nullptr;
            }
            {
                QMutexLocker lock(&g_retiredMutex);
                g_live.remove(thread);
                g_retired.remove(thread);
            }
            thread->quit();
        },
        Qt::DirectConnection);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_thread->start();
    QMetaObject::invokeMethod(runner, &ScanRunner::start, Qt::QueuedConnection);
}

void ScanEngine::cancel()
{
    if (!m_runner)
        return;
    m_cancelFlag->store(true); // seen at once by every CheckContext::cancelled()
    // Posted under the lock: the runner cannot be deleted meanwhile, and a posted call to an object deleted
    // later is dropped with it.
    QMutexLocker lock(&m_runner->mutex);
    if (m_runner->runner)
        QMetaObject::invokeMethod(m_runner->runner, &ScanRunner::cancel, Qt::QueuedConnection);
}

} // namespace Govscope::Engine
