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
///
/// The engine shares ownership of the writer: its tasks keep it alive until the last of them has ended, so
/// the workbench may close the case (dropping its own reference) while a cancelled scan winds down.
class ScanEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanEngine)

public:
    /// @p families: the families available (FamilyRegistry::builtin() in the application, fakes in tests).
    ScanEngine(std::shared_ptr<Models::CaseWriter> writer, QList<Sdk::CheckFamily *> families,
               QObject *parent = nullptr);
    /// For a caller whose writer outlives every scan thread it starts (the CLI, tests that wait for
    /// ScanEngine::waitForRetiredScans()). Prefer the shared overload.
    ScanEngine(Models::CaseWriter *writer, QList<Sdk::CheckFamily *> families, QObject *parent = nullptr);
    /// Never blocks: a running scan is cancelled; when family coroutines abandoned by the cancel are still
    /// waiting on a probe (each probe is bounded by the profile's timeout), the network thread is left to
    /// finish them and cleans itself up, holding the writer until then.
    ~ScanEngine() override;

    /// Waits up to @p timeoutMs for the network threads of destroyed engines to finish their abandoned
    /// coroutines; true when none is left. Runs at application exit by itself; tests call it directly.
    /// Blocks the caller: never call it on the GUI thread of a running workbench.
    static bool waitForRetiredScans(int timeoutMs);

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
    std::shared_ptr<Models::CaseWriter> m_writer;
    QList<Sdk::CheckFamily *> m_families;
    /// The runner deletes itself on its thread when drained; cancel() reaches it only through this handle.
    struct RunnerHandle;
    QThread *m_thread = nullptr;
    std::shared_ptr<RunnerHandle> m_runner;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    bool m_running = false;
};

} // namespace Govscope::Engine
