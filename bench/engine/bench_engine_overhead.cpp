// Engine overhead without probes: N generated orgs x 2 families whose run() reports one pass and one finding
// and touches no network. CPU time per org is then the engine's own cost (planning, coroutines, semaphore,
// contexts, CaseWriter jobs, markUnseenFixed). Usage: bench_engine_overhead [ORGS] [CONCURRENCY]

#include "casefile.h"
#include "casewriter.h"
#include "checkcontext.h"
#include "checkfamily.h"
#include "orgrepository.h"
#include "scanengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTimer>

#include <sys/resource.h>

using namespace Govscope;

namespace {

class NullFamily final : public Sdk::CheckFamily
{
public:
    explicit NullFamily(QString id)
        : m_id(std::move(id))
    {}
    QString id() const override { return m_id; }
    QString name() const override { return m_id; }
    QString version() const override { return u"1"_qs; }
    QList<Sdk::CheckInfo> checks() const override
    {
        return {{m_id + u".a"_qs, Models::Severity::Low, u"A"_qs, {}, {}, false}};
    }
    QCoro::Task<void> run(Sdk::CheckContext &ctx) override
    {
        const QString org = ctx.org().id;
        ctx.pass(m_id + u".a"_qs, u"www."_qs + org + u".gov.cn"_qs);
        if (org.back().digitValue() % 3 == 0)
            ctx.finding({org,
                         m_id,
                         m_id + u".a"_qs,
                         u"mail."_qs + org + u".gov.cn"_qs,
                         u"A"_qs,
                         Models::Severity::Low,
                         {{u"text"_qs, u"seen"_qs, {}, {}}}});
        co_return;
    }

private:
    QString m_id;
};

double cpuSeconds()
{
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int orgs = argc > 1 ? atoi(argv[1]) : 1000;
    const int concurrency = argc > 2 ? atoi(argv[2]) : 64;
    QTemporaryDir dir;
    const QString casePath = dir.filePath(u"bench.govcase"_qs);
    if (!Models::CaseFile::open(casePath, Models::CaseFile::Mode::CreateIfMissing))
        return 1;
    Models::CaseWriter writer(casePath);
    for (int i = 0; i < orgs; ++i) {
        Models::Organization o;
        o.id = u"B%1"_qs.arg(i, 4, 10, QLatin1Char('0'));
        o.name = u"机构"_qs + o.id;
        o.websites = {u"https://www.%1.gov.cn"_qs.arg(o.id)};
        writer.submit([o](QSqlDatabase &db) { return Models::OrgRepository::upsert(db, o); });
    }
    writer.flushAndWait();

    NullFamily domain(u"domain"_qs), entity(u"entity"_qs);
    Engine::ScanRequest request;
    request.casePath = casePath;
    request.profile.concurrency = concurrency;
    double cpuBefore = 0;
    QElapsedTimer wall;
    int code = 0;
    for (int pass = 1; pass <= 2; ++pass) { // the second pass also exercises "seen again" and markUnseenFixed
        Engine::ScanEngine engine(&writer, {&domain, &entity});
        QObject::connect(&engine, &Engine::ScanEngine::finished, &app, [&](const Engine::ScanSummary &s) {
            writer.flushAndWait();
            const double cpu = cpuSeconds() - cpuBefore;
            printf("pass %d: %d orgs x 2 families, %d tasks, %d findings: wall %.2f s, CPU %.2f s = %.3f ms CPU per "
                   "org%s\n",
                   pass, orgs, s.tasksDone, s.findings, wall.elapsed() / 1000.0, cpu, 1000.0 * cpu / orgs,
                   s.error.isEmpty() ? "" : qPrintable(u" ERROR "_qs + s.error));
            code = s.error.isEmpty() ? 0 : 1;
            app.quit();
        });
        cpuBefore = cpuSeconds();
        wall.start();
        engine.start(request);
        app.exec();
    }
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    printf("peak RSS %.1f MB\n", u.ru_maxrss / 1024.0);
    return code;
}
