// The whole ten-family scan of the demo province, several times over, through the real executable inside
// the test world: every run exits 0 with no sanitizer report or Qt threading warning on stderr, and every
// run finds the same things. CI runs it with GOVSCOPE_SCAN_BINARY pointing at the ASan+UBSan build (the
// crash of issue 9 showed up in 2 of 3 runs of such a scan).

#include "fullscan.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

using namespace FullScan;

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
        for (int i = 1; i <= runs; ++i) {
            const QString casePath = dir.filePath(u"run%1.govcase"_qs.arg(i));
            const QString imported = importDemo(casePath);
            QVERIFY2(imported.isEmpty(), qPrintable(imported));
            QElapsedTimer clock;
            clock.start();
            const Run scan = run(binary(), scanArgs(casePath, profile), 1'200'000);
            qInfo() << "run" << i << "exit" << scan.exitCode << "in" << clock.elapsed() / 1000 << "s";
            const QStringList alarms = alarmingLines(scan.err);
            QVERIFY2(scan.exitCode == 0, qPrintable(u"run %1: exit %2\n%3"_qs.arg(i).arg(scan.exitCode).arg(scan.err.right(6000))));
            QVERIFY2(alarms.isEmpty(), qPrintable(u"run %1:\n%2"_qs.arg(i).arg(alarms.join(u'\n'))));
            QString error;
            const QStringList keys = findingKeys(casePath, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY(!keys.isEmpty());
            if (i == 1)
                first = keys;
            else
                QCOMPARE(keys, first);
        }
    }
};

QTEST_GUILESS_MAIN(TestFullScanWorld)
#include "tst_fullscan_world.moc"
