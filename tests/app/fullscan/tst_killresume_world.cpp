// A ten-family scan of the demo province killed with SIGKILL at random moments, again and again (30 times by
// default, GOVSCOPE_KILLS to change, GOVSCOPE_KILL_SEED to replay), then run to its end: no task committed
// done is lost or done twice, no result row is duplicated, and the findings equal an uninterrupted scan's.

#include "fullscan.h"

#include "casefile.h"
#include "scanrepository.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace FullScan;
using namespace Govscope;

namespace {

// Done tasks of the case's unfinished scan, each with its results ("org family check target outcome").
struct Committed
{
    qint64 scanId = 0;
    QHash<QString, QSet<QString>> resultsOfDoneTask;
    int duplicates = 0;
};

Committed committed(const QString &casePath)
{
    Committed c;
    Models::Connection conn(casePath, true);
    if (!conn.ok())
        return c;
    auto latest = Models::ScanRepository::latestUnfinished(conn.db());
    if (!latest || !*latest)
        return c;
    c.scanId = (*latest)->id;
    auto tasks = Models::ScanRepository::tasks(conn.db(), c.scanId);
    auto results = Models::ScanRepository::results(conn.db(), c.scanId);
    if (!tasks || !results)
        return c;
    QSet<QString> done;
    for (const Models::ScanTask &t : *tasks)
        if (t.done)
            done.insert(t.org + u' ' + t.family);
    QSet<QString> seen;
    for (const Models::CheckResult &r : *results) {
        const QString key = r.org + u' ' + r.family + u' ' + r.check + u' ' + r.target;
        if (seen.contains(key))
            ++c.duplicates;
        seen.insert(key);
        const QString task = r.org + u' ' + r.family;
        if (done.contains(task))
            c.resultsOfDoneTask[task].insert(key + u' ' + QString::number(int(r.outcome)));
    }
    for (const QString &task : done)
        c.resultsOfDoneTask[task]; // a done task with no results still counts
    return c;
}

} // namespace

class TestKillResumeWorld : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedAtRandomMomentsResumesToTheSameFindings()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("GOVSCOPE_WORLD_FEEDS"), "run inside tests/world");
        const int kills =
            qEnvironmentVariableIntValue("GOVSCOPE_KILLS") > 0 ? qEnvironmentVariableIntValue("GOVSCOPE_KILLS") : 30;
        const quint32 seed = qEnvironmentVariableIsSet("GOVSCOPE_KILL_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("GOVSCOPE_KILL_SEED"))
                                 : QRandomGenerator::global()->generate();
        qInfo() << "kills" << kills << "seed" << seed << "(GOVSCOPE_KILL_SEED replays)";
        QRandomGenerator random(seed);

        QTemporaryDir dir;
        const QString profile = writeProfile(dir.path());
        const QString reference = dir.filePath(u"reference.govcase"_qs);
        QString error = importDemo(reference);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QElapsedTimer wholeClock;
        wholeClock.start();
        const Run whole = run(plainBinary(), scanArgs(reference, profile), 1'200'000);
        // Kills land anywhere within the time a whole scan takes on this machine.
        const int window = int(qMax<qint64>(500, wholeClock.elapsed() * 8 / 10));
        QVERIFY2(whole.exitCode == 0, qPrintable(whole.err.right(4000)));
        const QStringList expected = findingKeys(reference, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!expected.isEmpty());

        // Rounds of a fresh case each: once only quick tasks are left a resumed scan may finish before the next
        // kill, so the kills go on in a new case until there were enough; every round must end at `expected`.
        int killed = 0;
        for (int round = 1; killed < kills && round <= 40; ++round) {
            const QString casePath = dir.filePath(u"killed%1.govcase"_qs.arg(round));
            error = importDemo(casePath);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            Committed before;
            for (int attempt = 0; killed < kills && attempt < kills * 3; ++attempt) {
                QProcess scan;
                prepareScanProcess(scan);
                scan.start(plainBinary(), scanArgs(casePath, profile));
                QVERIFY(scan.waitForStarted());
                // Anywhere from start-up (planning, the writer's first transaction) to well into the tasks.
                const int delayMs = 50 + int(random.bounded(window));
                if (scan.waitForFinished(delayMs)) {
                    QVERIFY2(scan.exitCode() == 0, scan.readAllStandardError().right(4000).constData());
                    break; // it finished before this kill: the scan is complete
                }
                scan.kill(); // SIGKILL
                scan.waitForFinished();
                ++killed;
                const Committed now = committed(casePath);
                QCOMPARE(now.duplicates, 0);
                if (now.scanId == 0 && before.scanId != 0) {
                    // No unfinished scan any more: the kill landed after the last task and the scan's end were
                    // committed, while the process was exiting (Qt WebEngine's teardown takes a while). The scan
                    // is complete, as if it had exited by itself; another run would start a new scan.
                    qInfo() << "round" << round << "kill" << killed << "landed after the scan had finished";
                    break;
                }
                if (before.scanId != 0 && now.scanId != 0) {
                    QCOMPARE(now.scanId, before.scanId); // the kill never starts a second scan
                    for (auto it = before.resultsOfDoneTask.cbegin(); it != before.resultsOfDoneTask.cend(); ++it) {
                        QVERIFY2(now.resultsOfDoneTask.contains(it.key()), qPrintable(u"task lost: "_qs + it.key()));
                        QCOMPARE(now.resultsOfDoneTask.value(it.key()), it.value());
                    }
                }
                if (now.scanId != 0)
                    before = now;
                qInfo() << "round" << round << "kill" << killed << "after" << delayMs
                        << "ms:" << before.resultsOfDoneTask.size() << "tasks done";
            }
            const Run resumed = run(plainBinary(), scanArgs(casePath, profile), 1'200'000);
            QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err.right(4000)));
            QVERIFY2(alarmingLines(resumed.err).isEmpty(), qPrintable(alarmingLines(resumed.err).join(u'\n')));
            const QStringList actual = findingKeys(casePath, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            if (actual != expected) { // name the findings that differ, not only the counts
                const QSet<QString> a(actual.cbegin(), actual.cend()), e(expected.cbegin(), expected.cend());
                qWarning() << "only after kills:" << QSet<QString>(a).subtract(e).values();
                qWarning() << "only in the whole scan:" << QSet<QString>(e).subtract(a).values();
                dir.setAutoRemove(false); // the cases stay for a look
                qWarning() << "cases kept in" << dir.path();
            }
            QCOMPARE(actual, expected);
        }
        QVERIFY2(killed >= kills, "forty rounds ended before enough kills");
    }
};

QTEST_GUILESS_MAIN(TestKillResumeWorld)
#include "tst_killresume_world.moc"
