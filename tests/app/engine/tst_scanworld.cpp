// The real `govscope scan` inside the test world, on the demo case: the domain and entity findings equal the
// contract table of tests/world/README.md, and a scan killed with SIGKILL then run again loses and
// duplicates nothing compared with an uninterrupted one.

#include "casefile.h"
#include "demofindings.h"
#include "scanrepository.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Govscope;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

QString govscope()
{
    return QStringLiteral(GOVSCOPE_BUILD_DIR "/bin/govscope");
}

Run run(const QStringList &args, int timeoutMs = 240'000)
{
    QProcess p;
    p.start(govscope(), args);
    if (!p.waitForFinished(timeoutMs))
        p.kill(), p.waitForFinished();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

// (org, check, target) of every finding, sorted; also checks that no id repeats.
QStringList findingKeys(const QString &casePath)
{
    const Run r = run({u"findings"_qs, casePath, u"--format"_qs, u"json"_qs});
    if (r.exitCode != 0)
        qFatal("govscope findings failed: %s", qPrintable(r.err));
    QStringList keys;
    QSet<qint64> ids;
    for (const auto &v : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
        const QJsonObject f = v.toObject();
        if (ids.contains(f[u"id"].toInteger()))
            qFatal("finding id %lld listed twice", f[u"id"].toInteger());
        ids.insert(f[u"id"].toInteger());
        keys << f[u"org"].toString() + u'\t' + f[u"check"].toString() + u'\t' + f[u"target"].toString();
    }
    keys.sort();
    return keys;
}

QStringList scanArgs(const QString &casePath)
{
    QStringList args{u"scan"_qs, casePath, u"--family"_qs, u"domain,entity"_qs, u"--allow-private"_qs};
    const QString feeds = qEnvironmentVariable("GOVSCOPE_WORLD_FEEDS");
    if (!feeds.isEmpty())
        args << u"--feeds"_qs << feeds;
    return args;
}

} // namespace

class TestScanWorld : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString importDemo(const QString &name)
    {
        const QString casePath = m_dir.filePath(name);
        const Run r = run({u"import"_qs, casePath, QStringLiteral(GOVSCOPE_SOURCE_DIR "/resources/demo/orgs.csv")});
        if (r.exitCode != 0)
            qFatal("import failed: %s", qPrintable(r.err));
        return casePath;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const Run help = run({u"scan"_qs, m_dir.filePath(u"none.govcase"_qs), u"--family"_qs, u"domain,entity"_qs});
        if (help.err.contains(u"unknown check family"_qs))
            QSKIP("this build lacks the domain or entity family");
    }

    void demoFindingsMatchTheWorldTable()
    {
        const QString casePath = importDemo(u"demo.govcase"_qs);
        const Run scan = run(scanArgs(casePath));
        QVERIFY2(scan.exitCode == 0, qPrintable(scan.err));

        // tests/world/demo_findings.tsv: "-" where the row names several targets
        QSet<QString> expectedPairs;
        QHash<QString, QString> expectedTarget;
        for (const QString &row : Testing::demoFindingRows({u"domain"_qs, u"entity"_qs})) {
            const QStringList cols = row.split(u'\t');
            expectedPairs.insert(cols[0] + u' ' + cols[1]);
            if (cols[2] != u"-"_qs)
                expectedTarget.insert(cols[0] + u' ' + cols[1], cols[2]);
        }
        QSet<QString> actualPairs;
        for (const QString &key : findingKeys(casePath)) {
            const QStringList cols = key.split(u'\t');
            const QString pair = cols[0] + u' ' + cols[1];
            actualPairs.insert(pair);
            if (expectedTarget.contains(pair))
                QVERIFY2(cols[2].contains(expectedTarget[pair]), qPrintable(key));
        }
        QStringList missing(expectedPairs.cbegin(), expectedPairs.cend());
        QStringList extra;
        for (const QString &p : std::as_const(actualPairs)) {
            missing.removeAll(p);
            if (!expectedPairs.contains(p))
                extra << p;
        }
        QVERIFY2(missing.isEmpty() && extra.isEmpty(),
                 qPrintable(u"missing: %1; unexpected: %2"_qs.arg(missing.join(u", "_qs), extra.join(u", "_qs))));
    }

    void killedScanResumesWithoutLossOrDuplicates()
    {
        const QString reference = importDemo(u"reference.govcase"_qs);
        QVERIFY(run(scanArgs(reference)).exitCode == 0);
        const QStringList expected = findingKeys(reference);
        QVERIFY(!expected.isEmpty());

        const QString casePath = importDemo(u"killed.govcase"_qs);
        QProcess scan;
        scan.start(govscope(), scanArgs(casePath) << u"--jobs"_qs << u"2"_qs);
        QVERIFY(scan.waitForStarted());
        // Kill once some tasks are committed and some are not.
        int done = 0;
        for (int i = 0; i < 6000 && scan.state() == QProcess::Running; ++i) {
            {
                Models::Connection conn(casePath, true);
                auto latest = conn.ok() ? Models::ScanRepository::latestUnfinished(conn.db())
                                        : Result<std::optional<Models::Scan>>(Error{});
                if (latest && *latest) {
                    done = 0;
                    for (const auto &t : *Models::ScanRepository::tasks(conn.db(), (*latest)->id))
                        done += t.done ? 1 : 0;
                }
            }
            if (done >= 4)
                break;
            QTest::qSleep(5);
        }
        if (scan.state() != QProcess::Running)
            QSKIP("the scan finished before it could be killed");
        scan.kill(); // SIGKILL
        scan.waitForFinished();
        qInfo() << "killed after" << done << "tasks done";

        const Run resumed = run(scanArgs(casePath));
        QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err));
        QVERIFY2(resumed.err.contains(u"resuming scan"_qs), qPrintable(resumed.err));
        QCOMPARE(findingKeys(casePath), expected);
    }
};

QTEST_GUILESS_MAIN(TestScanWorld)
#include "tst_scanworld.moc"
