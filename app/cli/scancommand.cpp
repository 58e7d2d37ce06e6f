// `govscope scan`: the engine without windows. Progress on stderr (a bar on a terminal, plain lines in a
// log); SIGINT/SIGTERM cancel the scan cleanly — what was found is committed, the unfinished tasks stay in
// the case — and the command exits 1 with a hint, because the work asked for was not completed. Running
// the same command again resumes the interrupted scan.

#include "arguments.h"
#include "casefile.h"
#include "casewriter.h"
#include "cli.h"
#include "command.h"
#include "console.h"
#include "familyregistry.h"
#include "scanengine.h"
#include "scanscope.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSocketNotifier>

#include <csignal>
#include <fcntl.h>
#include <unistd.h>

namespace Govscope::Cli {

namespace {

const QString kUsage = u"govscope scan CASE [--family F[,F…]] [--org ID[,ID…]] [--profile FILE] [--feeds DIR] "
                       "[--jobs N] [--allow-private] [--shard K/N]"_qs;

int g_signalPipe[2] = {-1, -1};

extern "C" void onStopSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] auto n = ::write(g_signalPipe[1], &byte, 1);
    // A second Ctrl-C kills at once: the default action is back after the first.
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
}

/// Turns SIGINT/SIGTERM into a call on the event loop (self-pipe): a signal handler may only write().
class StopSignals final
{
    Q_DISABLE_COPY_MOVE(StopSignals)

public:
    template<typename F> explicit StopSignals(F onStop)
    {
        if (::pipe2(g_signalPipe, O_CLOEXEC | O_NONBLOCK) != 0)
            return;
        m_notifier = std::make_unique<QSocketNotifier>(g_signalPipe[0], QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, m_notifier.get(), [onStop] {
            char buffer[16];
            while (::read(g_signalPipe[0], buffer, sizeof buffer) > 0) {
            }
            onStop();
        });
        struct sigaction action = {};
        action.sa_handler = onStopSignal;
        sigemptyset(&action.sa_mask);
        ::sigaction(SIGINT, &action, nullptr);
        ::sigaction(SIGTERM, &action, nullptr);
    }
    ~StopSignals()
    {
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
        m_notifier.reset();
        for (int &fd : g_signalPipe)
            if (fd >= 0)
                ::close(std::exchange(fd, -1));
    }

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
};

/// Progress on stderr: a bar redrawn in place on a terminal; otherwise a line every 5 % or 10 s.
class ProgressPrinter final
{
public:
    void start(int tasks) { m_total = tasks, m_clock.start(); }

    void update(const Engine::FamilyProgress &p)
    {
        m_families[p.family] = p;
        int done = 0, findings = 0;
        for (const auto &f : std::as_const(m_families))
            done += f.done, findings += f.findings;
        QStringList parts;
        for (const auto &f : std::as_const(m_families))
            parts << u"%1 %2/%3"_qs.arg(f.family).arg(f.done).arg(f.total);
        const QString counts =
            u"%1/%2 tasks (%3), %4 findings"_qs.arg(done).arg(m_total).arg(parts.join(u", "_qs)).arg(findings);
        if (m_tty) {
            const int width = 24;
            const int filled = m_total > 0 ? width * done / m_total : width;
            err(u"\r\x1b[K["_qs + QString(filled, u'#') + QString(width - filled, u'-') + u"] "_qs + counts);
            m_drawn = true;
            return;
        }
        const int bucket = m_total > 0 ? 20 * done / m_total : 20;
        if (bucket != m_lastBucket || m_clock.hasExpired(m_lastLineAt + 10'000)) {
            m_lastBucket = bucket;
            m_lastLineAt = m_clock.elapsed();
            err(u"govscope: scan: "_qs + counts + u'\n');
        }
    }

    void endLine()
    {
        if (m_drawn)
            err(u"\n"_qs);
        m_drawn = false;
    }

private:
    bool m_tty = stderrIsTty();
    bool m_drawn = false;
    int m_total = 0;
    int m_lastBucket = -1;
    qint64 m_lastLineAt = 0;
    QElapsedTimer m_clock;
    QMap<QString, Engine::FamilyProgress> m_families;
};

QStringList splitList(const QStringList &values)
{
    QStringList items;
    for (const QString &v : values)
        for (const QString &item : v.split(u',', Qt::SkipEmptyParts))
            items << item.trimmed();
    return items;
}

} // namespace

int runScan(const QStringList &args)
{
    QCommandLineParser parser;
    parser.addOption({u"family"_qs, u"Only these families (comma-separated; default: all)."_qs, u"F"_qs});
    parser.addOption({u"org"_qs, u"Only these organisation ids (comma-separated; default: all)."_qs, u"ID"_qs});
    parser.addOption({u"profile"_qs, u"A JSON scan profile (spec/interfaces.md)."_qs, u"FILE"_qs});
    parser.addOption({u"feeds"_qs, u"Feeds directory added over the shipped feeds."_qs, u"DIR"_qs});
    parser.addOption({u"jobs"_qs, u"Tasks run at once (overrides the profile's concurrency)."_qs, u"N"_qs});
    parser.addOption({u"allow-private"_qs,
                      u"Let active tests reach loopback, private and link-local addresses (a lab or test world)."_qs});
    parser.addOption({u"shard"_qs,
                      u"Only shard K of N of the organisations (a stable hash of the org id; docs/scale.md)."_qs,
                      u"K/N"_qs});
    parser.addPositionalArgument(u"CASE"_qs, u"The case file."_qs);
    if (auto code = parseArguments(parser, args, kUsage, 1))
        return *code;
    std::optional<Engine::Shard> shard;
    if (parser.isSet(u"shard"_qs)) {
        auto parsed = Engine::Shard::parse(parser.value(u"shard"_qs));
        if (!parsed)
            return usageError(parsed.errorMessage(), kUsage);
        shard = *parsed;
    }
    const QString casePath = parser.positionalArguments().at(0);

    Engine::ScanRequest request;
    request.casePath = casePath;
    if (parser.isSet(u"profile"_qs)) {
        auto profile = Sdk::ScanProfile::load(parser.value(u"profile"_qs));
        if (!profile)
            return fail(profile.errorMessage());
        request.profile = *profile;
    }
    if (parser.isSet(u"allow-private"_qs))
        request.profile.allowPrivate = true;
    if (parser.isSet(u"jobs"_qs)) {
        bool ok = false;
        const int jobs = parser.value(u"jobs"_qs).toInt(&ok);
        if (!ok || jobs < 1 || jobs > 4096)
            return usageError(u"--jobs must be a number from 1 to 4096, not '%1'."_qs.arg(parser.value(u"jobs"_qs)),
                              kUsage);
        request.profile.concurrency = jobs;
    }
    auto feedDirs = Engine::ScanPlanning::feedDirs(parser.value(u"feeds"_qs));
    if (!feedDirs)
        return usageError(feedDirs.errorMessage(), kUsage);
    request.feedDirs = *feedDirs;

    if (!openExistingCase(casePath))
        return Failure;
    const QList<Sdk::CheckFamily *> families = Engine::FamilyRegistry::builtin();
    auto scope = Engine::ScanPlanning::resolve(casePath, families, splitList(parser.values(u"family"_qs)),
                                               splitList(parser.values(u"org"_qs)));
    if (!scope)
        return usageError(scope.errorMessage(), kUsage);
    if (scope->families.isEmpty())
        return fail(u"this build of govscope has no check families."_qs);
    if (scope->orgs.isEmpty())
        return fail(u"%1 has no organisations; import a list first: govscope import %1 ORGS.csv"_qs.arg(casePath));
    if (shard) {
        // The shard narrows the scope before the resume check, so re-running the same shard resumes it.
        scope->orgs = shard->filter(scope->orgs);
        if (scope->orgs.isEmpty()) {
            err(u"govscope: shard %1/%2 of %3 has no organisations; nothing to scan.\n"_qs.arg(shard->index)
                    .arg(shard->count)
                    .arg(casePath));
            return Success;
        }
    }
    request.families = scope->families;
    request.orgs = scope->orgs;

    auto resumable = Engine::ScanPlanning::resumable(casePath);
    if (!resumable)
        return fail(resumable.errorMessage());
    if (*resumable && Engine::ScanPlanning::sameScope((*resumable)->scan, *scope)) {
        const auto &r = **resumable;
        request.resumeScan = r.scan.id;
        err(u"govscope: resuming scan %1 (%2 on %3): %4 of %5 tasks left\n"_qs.arg(r.scan.id)
                .arg(r.scan.status == u"running"_qs ? u"interrupted"_qs : r.scan.status)
                .arg(r.scan.startedAt.toLocalTime().toString(Qt::ISODate))
                .arg(r.undoneTasks)
                .arg(r.totalTasks));
    }

    Models::CaseWriter writer(casePath);
    Engine::ScanEngine engine(&writer, families);
    ProgressPrinter printer;
    int exitCode = Success;
    bool interrupted = false;
    StopSignals stop([&] {
        if (!interrupted)
            err(u"\ngovscope: stopping the scan…\n"_qs);
        interrupted = true;
        engine.cancel();
    });
    QObject::connect(&engine, &Engine::ScanEngine::started, &engine, [&](qint64 id, bool, int tasks) {
        printer.start(tasks);
        if (!stderrIsTty())
            err(u"govscope: scan %1: %2 tasks (%3 × %4 orgs)\n"_qs.arg(id)
                    .arg(tasks)
                    .arg(request.families.join(u','))
                    .arg(request.orgs.size()));
    });
    QObject::connect(&engine, &Engine::ScanEngine::progress, &engine,
                     [&](const Engine::FamilyProgress &p, const QString &) { printer.update(p); });
    QObject::connect(&engine, &Engine::ScanEngine::finished, &engine, [&](const Engine::ScanSummary &s) {
        printer.endLine();
        if (!s.error.isEmpty()) {
            exitCode = fail(s.error);
        } else if (s.cancelled) {
            exitCode =
                fail(u"scan %1 interrupted after %2 of %3 tasks; run the same command again to resume."_qs.arg(s.scanId)
                         .arg(s.tasksDone)
                         .arg(s.tasksTotal));
        } else if (s.writeErrors > 0) {
            exitCode = fail(u"scan %1: %2 results could not be written to %3 (see the messages above)."_qs.arg(s.scanId)
                                .arg(s.writeErrors)
                                .arg(casePath));
        } else {
            err(u"govscope: scan %1 finished: %2 tasks, %3 findings, %4 passes, %5 inconclusive%6\n"_qs.arg(s.scanId)
                    .arg(s.tasksDone)
                    .arg(s.findings)
                    .arg(s.passes)
                    .arg(s.inconclusive)
                    .arg(s.tasksFailed ? u" (%1 tasks gave up after a retry)"_qs.arg(s.tasksFailed) : QString()));
        }
        QCoreApplication::exit(exitCode);
    });
    QObject::connect(&writer, &Models::CaseWriter::jobFailed, &engine,
                     [&](const QString &message) { err(u"govscope: %1: %2\n"_qs.arg(casePath, message)); });
    engine.start(request);
    QCoreApplication::exec();
    return exitCode;
}

} // namespace Govscope::Cli
