#pragma once

#include "scantypes.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace Govscope::Models {
class CaseWriter;
}
namespace Govscope::Sdk {
class CheckFamily;
}

namespace Govscope::Engine {

class ScanRunner;

/// Runs one scan of a case in the background: a network thread with its own event loop carries every task
/// as a coroutine (see ScanRunner); results go through @p writer as they arrive. Signals are delivered on
/// the thread that owns the engine. Never blocks its owner: start() and cancel() only post.
class ScanEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanEngine)

public:
    /// @p families: the families available (FamilyRegistry::builtin() in the application, fakes in tests).
    ScanEngine(Models::CaseWriter *writer, QList<Sdk::CheckFamily *> families, QObject *parent = nullptr);
    /// Stops the network thread; call after finished() (a running scan is cancelled first, which may take a
    /// few milliseconds of the owner's time).
    ~ScanEngine() override;

    void start(const ScanRequest &request);
    /// Thread-safe. The scan stops within a second: running families are abandoned, what they reported
    /// before stays committed, their tasks stay undone for a later resume.
    void cancel();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void started(qint64 scanId, bool resumed, int tasks);
    void progress(const Govscope::Engine::FamilyProgress &family, const QString &detail);
    void finished(const Govscope::Engine::ScanSummary &summary);

private:
    Models::CaseWriter *m_writer;
    QList<Sdk::CheckFamily *> m_families;
    QThread *m_thread = nullptr;
    ScanRunner *m_runner = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    bool m_running = false;
};

} // namespace Govscope::Engine
