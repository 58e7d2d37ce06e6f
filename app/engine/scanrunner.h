#pragma once

#include "asyncprimitives.h"
#include "checkfamily.h"
#include "scantypes.h"
#include "taskcontext.h"

#include <QHash>
#include <QObject>
#include <QSet>

#include <memory>

namespace Govscope::Engine {

/// One org x family unit of work.
struct PlannedTask
{
    QString org;
    QString family;
};

/// The scan itself, living on the engine's network thread: plans (or resumes) the tasks, runs them as
/// coroutines under one AsyncSemaphore of profile.concurrency permits and reports through signals
/// (delivered queued to the engine on its own thread).
///
/// Retry rule: an attempt is *transient* when the family threw, overran the task watchdog, or reported
/// nothing but `inconclusive` results (all its probes timed out or were refused — the usual face of a
/// network hiccup). Such a task is run once more; when the second attempt is transient too, its checks are
/// recorded `inconclusive` (target "*") with the reason, the task is marked done, and no finding of it is
/// marked fixed.
class ScanRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanRunner)

public:
    ScanRunner(std::shared_ptr<Models::CaseWriter> writer, QList<Sdk::CheckFamily *> families, ScanRequest request,
               std::shared_ptr<std::atomic_bool> cancelFlag);
    ~ScanRunner() override;

    /// Both run on the runner's thread (the engine invokes them queued).
    void start();
    void cancel();

Q_SIGNALS:
    void started(qint64 scanId, bool resumed, int tasks);
    void progress(const Govscope::Engine::FamilyProgress &family, const QString &detail);
    void finished(const Govscope::Engine::ScanSummary &summary);
    /// After finished(): every family coroutine has returned, including those a cancel or watchdog
    /// abandoned; the thread may stop. Emitted on the runner's thread.
    void drained();

private:
    struct Plan;
    QCoro::Task<void> run();
    QCoro::Task<Result<Plan>> prepare();
    QCoro::Task<void> runTask(PlannedTask task);
    QCoro::Task<std::pair<AttemptEnd, QString>> attempt(Sdk::CheckFamily *family, std::shared_ptr<TaskContext> ctx);
    QCoro::Task<void> drive(Sdk::CheckFamily *family, std::shared_ptr<TaskContext> ctx, std::shared_ptr<OneShot> shot);
    void clearEarlierAttempts(const PlannedTask &task, const QSet<QString> &gated);
    void emitFinished();
    void driveEnded();
    /// The job recording @p outcome for every one of @p checks (target "*") of @p task; counts them.
    Models::CaseWriter::Job resultsOfWholeFamily(const PlannedTask &task, const QList<Sdk::CheckInfo> &checks,
                                                 Models::Outcome outcome, const QString &reason);
    void recordWholeFamily(const PlannedTask &task, const QList<Sdk::CheckInfo> &checks, Models::Outcome outcome,
                           const QString &reason);
    void taskEnded();
    void fail(const QString &message);

    std::shared_ptr<Models::CaseWriter> m_writer;
    QHash<QString, Sdk::CheckFamily *> m_families;
    ScanRequest m_request;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
    std::shared_ptr<ScanEnvironment> m_env;
    std::unique_ptr<AsyncSemaphore> m_permits;
    QHash<OneShot *, std::shared_ptr<OneShot>> m_attempts; ///< running attempts, settled `Cancelled` on cancel
    OneShot m_drained{this};
    int m_inFlight = 0;
    int m_liveDrives = 0; ///< family coroutines not yet returned, abandoned ones included
    bool m_finishedEmitted = false;
    bool m_dispatching = false;
    bool m_cancelled = false;
    QHash<QString, FamilyProgress> m_progress;
    ScanSummary m_summary;
};

} // namespace Govscope::Engine
