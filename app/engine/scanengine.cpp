#include "scanengine.h"

#include "scanrunner.h"

#include <QThread>

namespace Govscope::Engine {

ScanEngine::ScanEngine(Models::CaseWriter *writer, QList<Sdk::CheckFamily *> families, QObject *parent)
    : QObject(parent)
    , m_writer(writer)
    , m_families(std::move(families))
{}

ScanEngine::~ScanEngine()
{
    if (!m_thread)
        return;
    cancel();
    // The runner is deleted on its own thread as the thread ends (it owns the probes' sockets). Quitting does
    // not wait for abandoned family coroutines: they stay suspended and their memory is released with the
    // process. An idle thread ends at once, so this wait is a join, not a stall.
    connect(m_thread, &QThread::finished, m_runner, &QObject::deleteLater);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
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
    m_thread->start();
    QMetaObject::invokeMethod(m_runner, &ScanRunner::start, Qt::QueuedConnection);
}

void ScanEngine::cancel()
{
    if (!m_runner)
        return;
    m_cancelFlag->store(true); // seen at once by every CheckContext::cancelled()
    QMetaObject::invokeMethod(m_runner, &ScanRunner::cancel, Qt::QueuedConnection);
}

} // namespace Govscope::Engine
