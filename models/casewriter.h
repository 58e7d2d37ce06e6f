#pragma once

#include "result.h"

#include <QFuture>
#include <QObject>
#include <QSqlDatabase>

#include <functional>
#include <memory>

namespace Govscope::Models {

/// The one writer of a case file. Every write — import, scan results, triage — is a Job submitted
/// here; a worker thread with its own connection runs queued jobs in batches, one transaction per
/// batch and a savepoint per job, so a failing job is undone alone and a killed process loses only
/// the batch in flight. (The shape of qBittorrent's DBResumeDataStorage::Worker.)
class CaseWriter final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaseWriter)

public:
    using Job = std::function<Status(QSqlDatabase &)>;

    /// Starts the worker on @p path (which CaseFile::open() has validated).
    explicit CaseWriter(const QString &path, QObject *parent = nullptr);
    /// Commits what is queued, then stops the worker.
    ~CaseWriter() override;

    /// Thread-safe and non-blocking.
    void submit(Job job);

    /// Resolves once everything submitted before it is committed (or has failed).
    QFuture<void> flush();
    /// Blocks until flush() resolves. Never call on the GUI thread.
    void flushAndWait();

    /// Jobs committed so far and jobs that failed; for progress and tests.
    qint64 committedJobs() const;
    qint64 failedJobs() const;
    /// Transactions committed so far (fewer than jobs: they are batched).
    qint64 transactions() const;

Q_SIGNALS:
    /// Emitted from the worker thread after each transaction.
    void committed(int jobs);
    /// A job failed; its savepoint was rolled back. @p message names what failed.
    void jobFailed(const QString &message);

private:
    class Worker;
    std::unique_ptr<Worker> m_worker;
};

} // namespace Govscope::Models
