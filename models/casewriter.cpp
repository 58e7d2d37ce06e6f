#include "casewriter.h"

#include "casefile.h"

#include <QAtomicInteger>
#include <QLoggingCategory>
#include <QPromise>
#include <QSqlError>
#include <QThread>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <variant>

namespace Govscope::Models {

Q_LOGGING_CATEGORY(lcWriter, "govscope.case.writer")

namespace {
// Large enough that a scan's stream of results costs a handful of fsyncs a second,
// small enough that a transaction stays well under the GUI's patience for a reader.
constexpr int kMaxBatch = 2000;
// How long the worker lets jobs gather before committing what it has.
constexpr int kGatherMs = 30;
} // namespace

using FlushMarker = std::shared_ptr<QPromise<void>>;
using Item = std::variant<CaseWriter::Job, FlushMarker>;

class CaseWriter::Worker final : public QThread
{
public:
    Worker(CaseWriter *owner, QString path)
        : m_owner(owner)
        , m_path(std::move(path))
    {}

    void enqueue(Item item)
    {
        std::lock_guard lock(m_mutex);
        if (std::holds_alternative<FlushMarker>(item))
            m_flushQueued = true;
        m_queue.push_back(std::move(item));
        m_wake.notify_one();
    }

    void stop()
    {
        {
            std::lock_guard lock(m_mutex);
            m_stopping = true;
            m_wake.notify_one();
        }
        wait();
    }

    QAtomicInteger<qint64> committed = 0;
    QAtomicInteger<qint64> failed = 0;
    QAtomicInteger<qint64> transactions = 0;

protected:
    void run() override
    {
        Connection conn(m_path);
        if (!conn.ok())
            qCCritical(lcWriter) << conn.error();
        for (;;) {
            std::deque<Item> batch;
            {
                std::unique_lock lock(m_mutex);
                m_wake.wait(lock, [this] { return !m_queue.empty() || m_stopping; });
                if (m_queue.empty() && m_stopping)
                    return;
                // Let a burst gather into one transaction, unless someone waits on a flush or we stop.
                m_wake.wait_for(lock, std::chrono::milliseconds(kGatherMs),
                                [this] { return m_stopping || m_queue.size() >= kMaxBatch || m_flushQueued; });
                while (!m_queue.empty() && batch.size() < kMaxBatch) {
                    batch.push_back(std::move(m_queue.front()));
                    m_queue.pop_front();
                }
                if (m_queue.empty())
                    m_flushQueued = false;
            }
            runBatch(conn, batch);
        }
    }

private:
    void runBatch(Connection &conn, std::deque<Item> &batch)
    {
        QList<FlushMarker> markers;
        int jobs = 0;
        const bool usable = conn.ok() && conn.db().transaction();
        for (Item &item : batch) {
            if (auto *marker = std::get_if<FlushMarker>(&item)) {
                markers.append(*marker);
                continue;
            }
            auto &job = std::get<Job>(item);
            if (!usable) {
                ++failed;
                Q_EMIT m_owner->jobFailed(conn.ok() ? conn.db().lastError().text() : conn.error());
                continue;
            }
            (void)Models::exec(conn.db(), u"SAVEPOINT job"_qs);
            Status s = job(conn.db());
            if (s) {
                (void)Models::exec(conn.db(), u"RELEASE job"_qs);
                ++jobs;
            } else {
                (void)Models::exec(conn.db(), u"ROLLBACK TO job"_qs);
                (void)Models::exec(conn.db(), u"RELEASE job"_qs);
                ++failed;
                qCWarning(lcWriter) << "job failed:" << s.errorMessage();
                Q_EMIT m_owner->jobFailed(s.errorMessage());
            }
        }
        if (usable) {
            if (conn.db().commit()) {
                committed += jobs;
                ++transactions;
                if (jobs > 0)
                    Q_EMIT m_owner->committed(jobs);
            } else {
                failed += jobs;
                qCCritical(lcWriter) << "commit failed:" << conn.db().lastError().text();
                Q_EMIT m_owner->jobFailed(conn.db().lastError().text());
                conn.db().rollback();
            }
        }
        for (const FlushMarker &marker : markers)
            marker->finish();
    }

    CaseWriter *m_owner;
    QString m_path;
    // std:: rather than QMutex/QWaitCondition: ThreadSanitizer sees through pthread, not through Debian's
    // uninstrumented Qt, so with Qt's primitives every job handed to this thread showed as a data race.
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::deque<Item> m_queue;
    bool m_stopping = false;
    bool m_flushQueued = false;
};

CaseWriter::CaseWriter(const QString &path, QObject *parent)
    : QObject(parent)
    , m_worker(std::make_unique<Worker>(this, path))
{
    m_worker->setObjectName(u"case-writer"_qs);
    m_worker->start();
}

CaseWriter::~CaseWriter()
{
    m_worker->stop();
}

void CaseWriter::submit(Job job)
{
    m_worker->enqueue(std::move(job));
}

QFuture<void> CaseWriter::flush()
{
    auto promise = std::make_shared<QPromise<void>>();
    promise->start();
    QFuture<void> future = promise->future();
    m_worker->enqueue(promise);
    return future;
}

void CaseWriter::flushAndWait()
{
    flush().waitForFinished();
}

qint64 CaseWriter::committedJobs() const
{
    return m_worker->committed.loadRelaxed();
}
qint64 CaseWriter::failedJobs() const
{
    return m_worker->failed.loadRelaxed();
}
qint64 CaseWriter::transactions() const
{
    return m_worker->transactions.loadRelaxed();
}

} // namespace Govscope::Models
