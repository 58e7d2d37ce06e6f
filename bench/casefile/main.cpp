// bench_casefile — see RESULTS.md for the figures and how to reproduce them.
//
//   bench_casefile [--case FILE] [--findings N] [--orgs N]
//
// Generates FILE (default ./bench-casefile.govcase) in a child process when it does not exist, so the
// peak memory reported is that of opening and querying a big case, not of building it.

#include "casefile.h"
#include "casegenerator.h"
#include "casewriter.h"
#include "findingrepository.h"
#include "listimporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#if __has_include("itemmodels/findingtablemodel.h")
#include "itemmodels/findingtablemodel.h"
#define BENCH_HAS_TABLE_MODEL 1
#endif

#include <sys/resource.h>

#include <cstdio>
#include <ctime>

using namespace Govscope;
using namespace Govscope::Models;

namespace {

struct Target
{
    const char *name;
    double limitMs;
};

int g_missed = 0;

void report(const char *what, double ms, double limitMs, const QString &detail = {})
{
    const bool ok = limitMs <= 0 || ms < limitMs;
    if (!ok)
        ++g_missed;
    std::printf("%-58s %9.1f ms  %s%s\n", what, ms, limitMs > 0 ? (ok ? "ok  " : "MISS") : "    ",
                (detail.isEmpty() ? QString() : u"  "_qs + detail).toUtf8().constData());
    std::fflush(stdout);
}

double msSince(const QElapsedTimer &t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

void die(const QString &message)
{
    std::fprintf(stderr, "bench_casefile: %s\n", qPrintable(message));
    std::exit(2);
}

void measureQuery(QSqlDatabase &db, const char *label, const FindingFilter &filter, double limitMs)
{
    QElapsedTimer t;
    t.start();
    const auto page = FindingRepository::find(db, filter, 0, 200);
    if (!page)
        die(page.errorMessage());
    const double pageMs = msSince(t);
    t.restart();
    const auto count = FindingRepository::count(db, filter);
    if (!count)
        die(count.errorMessage());
    const double countMs = msSince(t);
    report((QString::fromUtf8(label) + u": first 200"_qs).toUtf8().constData(), pageMs, limitMs,
           u"%1 rows"_qs.arg(page->size()));
    report((QString::fromUtf8(label) + u": count"_qs).toUtf8().constData(), countMs, limitMs,
           u"%1 matches"_qs.arg(*count));
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption caseOption(u"case"_qs, u"Case file to use (generated when missing)."_qs, u"FILE"_qs,
                                        u"bench-casefile.govcase"_qs);
    const QCommandLineOption findingsOption(u"findings"_qs, u"Findings to generate."_qs, u"N"_qs, u"1000000"_qs);
    const QCommandLineOption orgsOption(u"orgs"_qs, u"Orgs to generate and to import."_qs, u"N"_qs, u"10000"_qs);
    const QCommandLineOption generateOption(u"generate-only"_qs, u"Generate the case and exit (internal)."_qs);
    parser.addOptions({caseOption, findingsOption, orgsOption, generateOption});
    parser.process(app);
    const QString path = QFileInfo(parser.value(caseOption)).absoluteFilePath();
    Bench::CaseGenerator generator{parser.value(orgsOption).toInt(), parser.value(findingsOption).toInt()};

    if (parser.isSet(generateOption)) {
        const Status s = generator.generate(path);
        if (!s)
            die(s.errorMessage());
        return 0;
    }
    if (!QFile::exists(path)) {
        std::printf("generating %s: %d findings over %d orgs\n", path.toUtf8().constData(), generator.findings,
                    generator.orgs);
        std::fflush(stdout);
        QElapsedTimer t;
        t.start();
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    {u"--generate-only"_qs, u"--case"_qs, path, u"--findings"_qs, QString::number(generator.findings),
                     u"--orgs"_qs, QString::number(generator.orgs)});
        if (!child.waitForFinished(-1) || child.exitCode() != 0)
            die(u"generating the case failed"_qs);
        report("generate (not a target)", msSince(t), 0, u"%1 MB"_qs.arg(QFileInfo(path).size() / (1024 * 1024)));
    }

    // 1. Open to first page, as the GUI does: validate, connect, first page of the default order.
    {
        QElapsedTimer t;
        t.start();
        if (Status s = CaseFile::open(path); !s)
            die(s.errorMessage());
        const double openMs = msSince(t);
        Connection conn(path, true);
        if (!conn.ok())
            die(conn.error());
        const auto page = FindingRepository::find(conn.db(), {}, 0, 200);
        if (!page || page->size() != 200)
            die(u"first page failed: "_qs + page.errorMessage());
        report("open (validate, no migration)", openMs, 0);
        report("open to first page (200 findings)", msSince(t), 1000);
        t.restart();
        const auto total = FindingRepository::count(conn.db(), {});
        report("count of all findings", msSince(t), 0, u"%1"_qs.arg(total ? *total : -1));
    }
#ifdef BENCH_HAS_TABLE_MODEL
    {
        QElapsedTimer t;
        t.start();
        FindingTableModel model;
        QEventLoop loop; // a benchmark, not the GUI thread: waiting here is the measurement
        QObject::connect(&model, &FindingTableModel::refreshed, &loop, &QEventLoop::quit);
        QObject::connect(&model, &FindingTableModel::loadFailed, &loop, [&](const QString &m) { die(m); });
        model.setCasePath(path);
        if (model.rowCount() == 0)
            loop.exec();
        report("FindingTableModel first fetch", msSince(t), 1000, u"%1 rows"_qs.arg(model.rowCount()));
    }
#endif

    // 2. Search and filters on a reader connection.
    {
        Connection conn(path, true);
        QSqlDatabase &db = conn.db();
        measureQuery(db, "search 3 Chinese chars, common (仿冒示)", {.text = u"仿冒示"_qs}, 300);
        measureQuery(db, "search 3+ Chinese chars, rare (第4242县)", {.text = u"第4242县"_qs}, 300);
        measureQuery(db, "search English, common (DMARC)", {.text = u"DMARC"_qs}, 300);
        measureQuery(db, "search English, rare (county4242.gov)", {.text = u"county4242.gov"_qs}, 300);
        measureQuery(db, "search 2 Chinese chars, common (仿冒)", {.text = u"仿冒"_qs}, 300);
        measureQuery(db, "search 2 Chinese chars, common (泄露)", {.text = u"泄露"_qs}, 300);
        measureQuery(db, "search 1 Chinese char (冒)", {.text = u"冒"_qs}, 300);
        measureQuery(db, "search 2 ASCII chars, any case (mA)", {.text = u"mA"_qs}, 300);
        measureQuery(db, "search mixed ASCII + Chinese, any case (N后)", {.text = u"N后"_qs}, 300);
        measureQuery(db, "search 1 ASCII char (x)", {.text = u"x"_qs}, 300);
        measureQuery(db, "search 泄露 + no false positives (GUI default)",
                     {.excludeFalsePositives = true, .text = u"泄露"_qs}, 300);
        measureQuery(db, "search DMARC + family=mail, severity>=high",
                     {.family = u"mail"_qs, .minSeverity = Severity::High, .text = u"DMARC"_qs}, 300);
        measureQuery(db, "search 仿冒 sorted by title (no index on title)",
                     {.text = u"仿冒"_qs, .sortKey = FindingFilter::SortKey::Title, .descending = true}, 0);
        {
            QElapsedTimer t;
            t.start();
            const auto deep = FindingRepository::find(db, {.text = u"仿冒"_qs}, 20000, 200);
            if (!deep)
                die(deep.errorMessage());
            report("search 仿冒: page at offset 20,000", msSince(t), 300, u"%1 rows"_qs.arg(deep->size()));
        }
        measureQuery(db, "filter family=mail, severity>=high", {.family = u"mail"_qs, .minSeverity = Severity::High},
                     300);
        measureQuery(db, "filter family=vuln, severity>=info", {.family = u"vuln"_qs, .minSeverity = Severity::Info},
                     300);
        measureQuery(db, "filter org=B04242", {.org = u"B04242"_qs}, 300);
        measureQuery(db, "filter severity>=critical, no false positives",
                     {.minSeverity = Severity::Critical, .excludeFalsePositives = true}, 300);
    }

    // 3. The scan's hot path: FindingRepository::record into a fresh case, new findings then the same
    //    findings seen again with a new title (the update path re-indexes the text).
    {
        QTemporaryDir dir;
        const QString fresh = dir.filePath(u"record.govcase"_qs);
        if (Status s = CaseFile::open(fresh, CaseFile::Mode::CreateIfMissing); !s)
            die(s.errorMessage());
        Connection conn(fresh);
        constexpr int kRecords = 20000;
        constexpr int kBatch = 500; // CaseWriter commits jobs in batches of this order
        int passIndex = 0;
        for (const char *pass : {"record 20,000 new findings (scan hot path)", "re-record them with a new title",
                                 "re-record them unchanged (a re-scan)"}) {
            const int scan = ++passIndex;
            const bool update = scan > 1; // the Chinese title from pass 2 on: changed once, then unchanged
            QElapsedTimer t;
            t.start();
            const std::clock_t cpuStart = std::clock(); // the machine is shared: CPU time is the steadier figure
            conn.db().transaction();
            for (int i = 0; i < kRecords; ++i) {
                NewFinding f{u"B%1"_qs.arg(i % 100),
                             u"mail"_qs,
                             u"mail.no_dmarc"_qs,
                             u"mail%1.county%2.gov.cn"_qs.arg(i).arg(i % 100),
                             update ? u"邮件域名%1未配置DMARC记录"_qs.arg(i) : u"Mail domain %1 has no DMARC"_qs.arg(i),
                             Severity::Medium,
                             {{u"dns"_qs, u"_dmarc 无 TXT 记录"_qs, {}, {}}}};
                if (auto id = FindingRepository::record(conn.db(), scan, f); !id)
                    die(id.errorMessage());
                if (i % kBatch == kBatch - 1) {
                    conn.db().commit();
                    conn.db().transaction();
                }
            }
            conn.db().commit();
            const double ms = msSince(t);
            const double cpuMs = double(std::clock() - cpuStart) * 1000.0 / CLOCKS_PER_SEC;
            report(pass, ms, 0,
                   u"%1 µs per finding, CPU %2 ms"_qs.arg(ms * 1000 / kRecords, 0, 'f', 0).arg(cpuMs, 0, 'f', 0));
        }
    }

    // 4. Import of the org list through ListImporter and the writer, into a fresh case.
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(u"orgs.csv"_qs);
        QFile out(csv);
        if (!out.open(QIODevice::WriteOnly))
            die(u"cannot write "_qs + csv);
        out.write(Bench::CaseGenerator::orgsCsv(generator.orgs));
        out.close();
        const QString fresh = dir.filePath(u"import.govcase"_qs);
        if (Status s = CaseFile::open(fresh, CaseFile::Mode::CreateIfMissing); !s)
            die(s.errorMessage());
        QElapsedTimer t;
        t.start();
        CaseWriter writer(fresh);
        const auto summary = ListImporter::importFile(csv, ListKind::Orgs, writer);
        if (!summary)
            die(summary.errorMessage());
        report("import 10,000 orgs (CSV, ListImporter)", msSince(t), 3000,
               u"%1 inserted, %2 row errors"_qs.arg(summary->inserted).arg(summary->parsed.errors.size()));
        t.restart();
        const auto again = ListImporter::importFile(csv, ListKind::Orgs, writer);
        report("re-import the same 10,000 orgs (updates)", msSince(t), 3000,
               u"%1 updated"_qs.arg(again ? again->updated : -1));
    }

    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const double peakMb = double(usage.ru_maxrss) / 1024.0;
    std::printf("%-58s %9.1f MB  %s\n", "peak RSS (ru_maxrss)", peakMb, peakMb < 400 ? "ok" : "MISS");
    if (peakMb >= 400)
        ++g_missed;
    std::printf("%s\n", g_missed == 0 ? "all targets met" : qPrintable(u"%1 target(s) missed"_qs.arg(g_missed)));
    return g_missed == 0 ? 0 : 1;
}
