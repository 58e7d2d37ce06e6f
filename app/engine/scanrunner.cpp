#include "scanrunner.h"

#include "casefile.h"
#include "casewriter.h"
#include "enginelog.h"
#include "feeds.h"
#include "import/catalogrepository.h"
#include "orgrepository.h"
#include "probeset.h"
#include "scanrepository.h"
#include "threadpriority.h"

#include <QCoroFuture>
#include <QTimer>

#include <algorithm>
#include <chrono>

namespace Govscope::Engine {

Q_LOGGING_CATEGORY(lcEngine, "govscope.engine")

struct ScanRunner::Plan
{
    qint64 scanId = 0;
    bool resumed = false;
    QList<PlannedTask> tasks;
};

namespace {

// A family that has not returned after this long is abandoned for the attempt: probes are bounded by
// profile.timeoutMs each, so this only trips on a family that loops or waits on something unbounded.
// Authorised active tests wait on purpose (the mail session idles profile.mailIdleSeconds; each wrong
// login may be answered only after the server's growing delay, up to ~30 s), so a task that runs them
// gets that time on top.
std::chrono::milliseconds taskWatchdog(const Sdk::ScanProfile &profile, bool runsAuthorisedTests)
{
    qint64 ms = qMax(120'000, 15 * profile.timeoutMs);
    if (runsAuthorisedTests)
        ms += qint64(profile.mailIdleSeconds) * 1000 + qint64(profile.mailLockoutAttempts + 1) * 30'000;
    return std::chrono::milliseconds(ms);
}

bool hasAuthorisedChecks(const Sdk::CheckFamily *family)
{
    const auto checks = family->checks();
    return std::any_of(checks.cbegin(), checks.cend(), [](const Sdk::CheckInfo &c) { return c.authorisedOnly; });
}

} // namespace

// Detached: the attempt stops waiting for it on cancel or watchdog, but the runner (and with it the thread,
// the probes and the writer) stays until every drive has returned, so no coroutine frame is left suspended.
QCoro::Task<void> ScanRunner::drive(Sdk::CheckFamily *family, std::shared_ptr<TaskContext> ctx,
                                    std::shared_ptr<OneShot> shot)
{
    ++m_liveDrives;
    try {
        co_await family->run(*ctx);
        shot->settle(AttemptEnd::Completed);
    } catch (const std::exception &e) {
        shot->settle(AttemptEnd::Failed, QString::fromLocal8Bit(e.what()));
    } catch (...) {
        shot->settle(AttemptEnd::Failed, QObject::tr("unknown exception"));
    }
    ctx.reset(); // the context holds the environment: release it before the runner may go
    driveEnded();
}

void ScanRunner::driveEnded()
{
    if (--m_liveDrives == 0 && m_finishedEmitted)
        Q_EMIT drained();
}

void ScanRunner::emitFinished()
{
    m_finishedEmitted = true;
    Q_EMIT finished(m_summary);
    if (m_liveDrives == 0)
        Q_EMIT drained();
    else
        qCInfo(lcEngine) << "scan" << m_summary.scanId << "reported; waiting for" << m_liveDrives
                         << "abandoned family coroutine(s) to return";
}

ScanRunner::ScanRunner(std::shared_ptr<Models::CaseWriter> writer, QList<Sdk::CheckFamily *> families,
                       ScanRequest request, std::shared_ptr<std::atomic_bool> cancelFlag)
    : m_writer(std::move(writer))
    , m_request(std::move(request))
    , m_cancelFlag(std::move(cancelFlag))
{
    for (Sdk::CheckFamily *f : families)
        m_families.insert(f->id(), f);
}

ScanRunner::~ScanRunner() = default;

void ScanRunner::start()
{
    if (m_request.yieldToGui) {
        // Before the probes exist, so the threads they start (HTTP, TLS pool) inherit the lower priority.
        lowerCurrentThreadPriority();
        m_writer->submit([](QSqlDatabase &) {
            lowerCurrentThreadPriority(); // runs on the writer's own thread
            return Status(Done{});
        });
    }
    run(); // detached: it reports through finished()
}

void ScanRunner::cancel()
{
    if (m_cancelled)
        return;
    m_cancelled = true;
    m_cancelFlag->store(true);
    if (m_permits)
        m_permits->close();
    // Abandon the running families: their coroutines may still be awaiting a probe; they keep the
    // environment alive through their context and return into a closed context whenever they finish.
    const auto attempts = m_attempts;
    for (const auto &shot : attempts)
        shot->settle(AttemptEnd::Cancelled);
}

void ScanRunner::fail(const QString &message)
{
    m_summary.error = message;
    emitFinished();
}

QCoro::Task<Result<ScanRunner::Plan>> ScanRunner::prepare()
{
    Models::Connection conn(m_request.casePath, true);
    if (!conn.ok())
        co_return makeError(conn.error());
    auto orgs = Models::OrgRepository::all(conn.db());
    if (!orgs)
        co_return orgs.error();

    auto snapshot = std::make_shared<Sdk::CaseSnapshot>();
    snapshot->orgs = *orgs;
    for (const Models::Organization &o : *orgs) {
        auto assets = Models::OrgRepository::assets(conn.db(), o.id);
        if (!assets)
            co_return assets.error();
        snapshot->assets.insert(o.id, *assets);
    }
    // The imported listings: counterfeit checks compare them with the orgs' official apps and accounts.
    auto apps = Models::CatalogRepository::apps(conn.db());
    if (!apps)
        co_return apps.error();
    auto accounts = Models::CatalogRepository::accounts(conn.db());
    if (!accounts)
        co_return accounts.error();
    auto leads = Models::CatalogRepository::leads(conn.db());
    if (!leads)
        co_return leads.error();
    snapshot->apps = *apps;
    snapshot->accounts = *accounts;
    snapshot->leads = *leads;
    snapshot->index(); // O(1) lookups of orgs and hosts for every check: a scan's cost stays linear in its orgs

    Plan plan;
    QStringList families = m_request.families;
    QStringList orgIds = m_request.orgs;
    if (m_request.resumeScan > 0) {
        auto tasks = Models::ScanRepository::tasks(conn.db(), m_request.resumeScan);
        if (!tasks)
            co_return tasks.error();
        for (const Models::ScanTask &t : *tasks) {
            if (t.done)
                continue;
            if (!m_families.contains(t.family))
                co_return makeError(tr("Scan %1 has tasks of family '%2', which this build of Govscope does not "
                                       "have; start a new scan instead.")
                                        .arg(m_request.resumeScan)
                                        .arg(t.family));
            if (!snapshot->org(t.org))
                co_return makeError(tr("Scan %1 has tasks for org '%2', which is no longer in the case; start a "
                                       "new scan instead.")
                                        .arg(m_request.resumeScan)
                                        .arg(t.org));
            plan.tasks.append({t.org, t.family});
        }
        plan.scanId = m_request.resumeScan;
        plan.resumed = true;
    } else {
        if (families.isEmpty())
            for (Sdk::CheckFamily *f : std::as_const(m_families))
                families << f->id();
        families.sort();
        for (const QString &f : std::as_const(families))
            if (!m_families.contains(f))
                co_return makeError(tr("Unknown check family '%1'; known families: %2.")
                                        .arg(f, QStringList(m_families.keys()).join(u", "_qs)));
        if (orgIds.isEmpty())
            for (const Models::Organization &o : *orgs)
                orgIds << o.id;
        for (const QString &id : std::as_const(orgIds))
            if (!snapshot->org(id))
                co_return makeError(tr("No organisation with id '%1' in %2.").arg(id, m_request.casePath));
        // Org-major order: a scan killed half-way leaves whole organisations done.
        for (const QString &org : std::as_const(orgIds))
            for (const QString &f : std::as_const(families))
                plan.tasks.append({org, f});
    }

    auto feeds = Sdk::Feeds::load(m_request.feedDirs);
    if (!feeds)
        co_return feeds.error();

    auto env = std::make_shared<ScanEnvironment>();
    env->writer = m_writer;
    env->profile = m_request.profile;
    env->snapshot = snapshot;
    env->feeds = std::make_shared<const Sdk::Feeds>(std::move(*feeds));
    env->cancelled = m_cancelFlag;

    // The scan row is written through the writer like everything else; its id comes back through the job.
    auto scanId = std::make_shared<qint64>(plan.scanId);
    auto jobError = std::make_shared<QString>();
    if (plan.resumed) {
        m_writer->submit([id = plan.scanId](QSqlDatabase &db) { return Models::ScanRepository::resume(db, id); });
    } else {
        const QByteArray profile = m_request.profile.toJson();
        m_writer->submit([=](QSqlDatabase &db) -> Status {
            auto id = Models::ScanRepository::create(db, families, orgIds, profile, QStringLiteral(GOVSCOPE_VERSION));
            if (!id) {
                *jobError = id.errorMessage();
                return id.error();
            }
            *scanId = *id;
            return Done{};
        });
    }
    co_await m_writer->flush();
    if (*scanId <= 0)
        co_return makeError(tr("Could not create the scan in %1: %2").arg(m_request.casePath, *jobError));
    plan.scanId = *scanId;
    env->scanId = plan.scanId;

    QList<Models::ScanFeed> used;
    for (const Sdk::FeedFile &f : env->feeds->files())
        used.append({f.relativePath, f.sha256});
    m_writer->submit(
        [id = plan.scanId, used](QSqlDatabase &db) { return Models::ScanRepository::recordFeeds(db, id, used); });

    // Probes are created here, on the thread that runs the checks: they own its sockets.
    env->probes = std::make_shared<Sdk::ProbeSet>(m_request.profile);
    m_env = env;
    co_return plan;
}

QCoro::Task<void> ScanRunner::run()
{
    auto prepared = co_await prepare();
    if (!prepared) {
        fail(prepared.errorMessage());
        co_return;
    }
    const Plan plan = std::move(*prepared);
    m_summary.scanId = plan.scanId;
    m_summary.resumed = plan.resumed;
    m_summary.tasksTotal = int(plan.tasks.size());
    for (const PlannedTask &t : plan.tasks) {
        FamilyProgress &p = m_progress[t.family];
        p.family = t.family;
        ++p.total;
    }
    Q_EMIT started(plan.scanId, plan.resumed, int(plan.tasks.size()));
    for (const FamilyProgress &p : std::as_const(m_progress))
        Q_EMIT progress(p, {});

    m_permits = std::make_unique<AsyncSemaphore>(m_request.profile.concurrency, this);
    if (m_cancelled)
        m_permits->close();
    m_dispatching = true;
    for (const PlannedTask &task : plan.tasks) {
        if (!co_await m_permits->acquire())
            break;
        if (m_cancelled) {
            m_permits->release();
            break;
        }
        ++m_inFlight;
        runTask(task); // detached; it releases its permit and calls taskEnded()
    }
    m_dispatching = false;
    if (m_inFlight > 0)
        co_await m_drained.wait();

    const QString status = m_cancelled ? u"cancelled"_qs : u"finished"_qs;
    m_writer->submit(
        [id = plan.scanId, status](QSqlDatabase &db) { return Models::ScanRepository::finish(db, id, status); });
    co_await m_writer->flush();
    m_summary.cancelled = m_cancelled;
    m_summary.writeErrors = m_writer->failedJobs();
    m_summary.families = m_progress.values();
    std::sort(m_summary.families.begin(), m_summary.families.end(),
              [](const FamilyProgress &a, const FamilyProgress &b) { return a.family < b.family; });
    emitFinished();
}

void ScanRunner::taskEnded()
{
    m_permits->release();
    if (--m_inFlight == 0 && !m_dispatching)
        m_drained.settle(AttemptEnd::Completed);
}

Models::CaseWriter::Job ScanRunner::resultsOfWholeFamily(const PlannedTask &task, const QList<Sdk::CheckInfo> &checks,
                                                         Models::Outcome outcome, const QString &reason)
{
    QList<Models::CheckResult> results;
    for (const Sdk::CheckInfo &c : checks)
        results.append({task.org, task.family, c.id, u"*"_qs, outcome, reason});
    m_summary.inconclusive += int(results.size());
    return [id = m_env->scanId, results](QSqlDatabase &db) -> Status {
        for (const Models::CheckResult &r : results)
            if (Status s = Models::ScanRepository::recordResult(db, id, r); !s)
                return s;
        return Done{};
    };
}

void ScanRunner::recordWholeFamily(const PlannedTask &task, const QList<Sdk::CheckInfo> &checks,
                                   Models::Outcome outcome, const QString &reason)
{
    if (!checks.isEmpty())
        m_writer->submit(resultsOfWholeFamily(task, checks, outcome, reason));
}

// recordResult() replaces a result only for the same check and target, so an attempt that reports fewer
// targets than an earlier one (a retry after timeouts, or a resumed task that ran half-way before a kill)
// would leave the earlier `inconclusive` rows standing, and completeTask() would then keep findings open
// because of them. Each attempt therefore starts from a clean slate for its task, except the authorised-only
// checks the engine itself recorded for this task.
void ScanRunner::clearEarlierAttempts(const PlannedTask &task, const QSet<QString> &gated)
{
    m_writer->submit(
        [scanId = m_env->scanId, task, gated = QStringList(gated.cbegin(), gated.cend())](QSqlDatabase &db) {
            return Models::ScanRepository::clearTaskResults(db, scanId, task.org, task.family, gated);
        });
}

QCoro::Task<std::pair<AttemptEnd, QString>> ScanRunner::attempt(Sdk::CheckFamily *family,
                                                                std::shared_ptr<TaskContext> ctx)
{
    auto shot = std::make_shared<OneShot>(this);
    m_attempts.insert(shot.get(), shot);
    const bool authorisedTests = ctx->org().authorized && hasAuthorisedChecks(family);
    QTimer::singleShot(taskWatchdog(m_request.profile, authorisedTests), this, [weak = std::weak_ptr<OneShot>(shot)] {
        if (auto s = weak.lock())
            s->settle(AttemptEnd::TimedOut);
    });
    drive(family, ctx, shot); // detached: on cancel or watchdog we stop waiting for it
    const AttemptEnd end = co_await shot->wait();
    m_attempts.remove(shot.get());
    if (end != AttemptEnd::Completed)
        ctx->close();
    co_return std::make_pair(end, shot->detail());
}

QCoro::Task<void> ScanRunner::runTask(PlannedTask task)
{
    Sdk::CheckFamily *family = m_families.value(task.family);
    const Models::Organization *org = m_env->snapshot->org(task.org);
    const QList<Sdk::CheckInfo> checks = family->checks();
    const qint64 scanId = m_env->scanId;
    m_writer->submit([scanId, task, version = family->version()](QSqlDatabase &db) {
        return Models::ScanRepository::startTask(db, scanId, task.org, task.family, version);
    });

    QSet<QString> gated;
    QList<Sdk::CheckInfo> gatedChecks;
    if (!org->authorized) {
        for (const Sdk::CheckInfo &c : checks) {
            if (c.authorisedOnly) {
                gated.insert(c.id);
                gatedChecks.append(c);
            }
        }
        recordWholeFamily(task, gatedChecks, Models::Outcome::Inconclusive,
                          tr("not authorised: org %1 is not marked for authorised active tests").arg(org->id));
    }

    bool succeeded = gated.size() == checks.size(); // nothing left to run is a finished task
    QString failure;
    // The writes of the attempt that counts (the last one run); an earlier attempt's are dropped.
    QList<Models::CaseWriter::Job> writes;
    for (int attemptNo = 1; attemptNo <= 2 && !succeeded; ++attemptNo) {
        clearEarlierAttempts(task, gated);
        auto ctx =
            std::make_shared<TaskContext>(m_env, *org, m_env->snapshot->assets.value(org->id), task.family, gated);
        const auto [end, detail] = co_await attempt(family, ctx);
        writes = ctx->takeWrites();
        if (end == AttemptEnd::Cancelled || m_cancelled) {
            taskEnded(); // not marked done: a resumed scan runs it again
            co_return;
        }
        const bool transient = end != AttemptEnd::Completed || ctx->onlyInconclusive();
        if (!transient) {
            m_summary.findings += ctx->findings();
            m_summary.passes += ctx->passes();
            m_summary.inconclusive += ctx->inconclusives();
            m_progress[task.family].findings += ctx->findings();
            succeeded = true;
            break;
        }
        failure = end == AttemptEnd::Failed     ? tr("the %1 checks failed: %2").arg(task.family, detail)
                  : end == AttemptEnd::TimedOut ? tr("the %1 checks did not finish in time").arg(task.family)
                                                : tr("every %1 check was inconclusive").arg(task.family);
        qCInfo(lcEngine) << "task" << task.org << task.family << "attempt" << attemptNo << "transient:" << failure;
        if (attemptNo == 2 && end == AttemptEnd::Completed) {
            // The second attempt's own inconclusive results stand; nothing more to record.
            m_summary.inconclusive += ctx->inconclusives();
            failure.clear();
        }
    }

    // One job, so one transaction: the attempt's findings, results and observations land with the task's
    // completion or not at all (a kill in between leaves the task to run again, from nothing).
    const bool completes = succeeded || failure.isEmpty();
    if (!completes) {
        ++m_summary.tasksFailed;
        // What the last attempt saw is kept (a finding it reported was seen); every check then says why
        // the task did not finish.
        writes += resultsOfWholeFamily(task, checks, Models::Outcome::Inconclusive, failure + tr(" (after one retry)"));
    }
    m_writer->submit([scanId, task, completes, writes = std::move(writes)](QSqlDatabase &db) -> Status {
        for (const auto &write : writes)
            if (Status s = write(db); !s)
                return s;
        return completes ? Models::ScanRepository::completeTask(db, scanId, task.org, task.family)
                         : Models::ScanRepository::markTaskDone(db, scanId, task.org, task.family);
    });
    ++m_summary.tasksDone;
    FamilyProgress &p = m_progress[task.family];
    ++p.done;
    Q_EMIT progress(p, org->id);
    taskEnded();
}

} // namespace Govscope::Engine
