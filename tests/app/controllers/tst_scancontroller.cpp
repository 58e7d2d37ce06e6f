// The workbench's scan controller inside the test world: a case made and filled through the window (a tiny
// org list of two demo orgs, in a temporary folder), scanned through the controller as the scan dialog would
// start it. The case then holds the domain findings tests/world/demo_findings.tsv plants on those orgs, the
// jobs panel and the status bar say how the scan ended, and a cancelled scan is left for resuming. Without a
// case, or with a scan running, a scan request is refused with a message.

#include "casefile.h"
#include "demofindings.h"
#include "findingrepository.h"
#include "importdialog.h"
#include "itemmodels/findingtablemodel.h"
#include "jobspanel.h"
#include "mainwindow.h"
#include "scancontroller.h"
#include "scanscope.h"

#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Govscope;

namespace {

constexpr int kOpenTimeoutMs = 15'000;
constexpr int kScanTimeoutMs = 600'000;

// SL07 (a dangling CNAME: two domain findings) and SL16 (its clean twin), as in resources/demo/orgs.csv but
// without their parents, which this list does not hold.
const char *kTinyList = "id,name,kind,level,role,region,parent,websites,mail_domains,webmail,apps,accounts,authorized\n"
                        "SL07,示例省农业农村厅,党政机关,省级,部门,990000,,nynct.sl.gov.cn;zt.nynct.sl.gov.cn,,,,,否\n"
                        "SL16,示例大学,事业单位,省级,部门,990000,,www.slu.edu.cn,,,,,否\n";

Engine::ScanRequest request(const QString &casePath, const QStringList &families)
{
    Engine::ScanRequest r;
    r.casePath = casePath;
    r.families = families;
    r.profile.timeoutMs = 4000;
    r.profile.allowPrivate = true; // the world lives on 127.x
    if (auto feeds = Engine::ScanPlanning::feedDirs(qEnvironmentVariable("GOVSCOPE_WORLD_FEEDS")))
        r.feedDirs = *feeds;
    return r;
}

// The jobFinished() arguments (id, ok, message) of the scan's jobs ("Scan: <family>"), not of the import's.
QList<QList<QVariant>> scanJobsFinished(const QSignalSpy &started, const QSignalSpy &finished)
{
    QList<int> ids;
    for (const QList<QVariant> &job : started)
        if (job.at(1).toString().startsWith(u"Scan: "_qs))
            ids << job.at(0).toInt();
    QList<QList<QVariant>> out;
    for (const QList<QVariant> &job : finished)
        if (ids.contains(job.at(0).toInt()))
            out << job;
    return out;
}

// A window with its scan controller, and the spies on how a scan ends.
struct Workbench
{
    Ui::MainWindow window;
    ScanController scans{&window};
    QSignalSpy finished{&scans, &ScanController::scanFinished};
    QSignalSpy jobsStarted{window.jobs(), &Ui::JobsPanel::jobStarted};
    QSignalSpy jobsEnded{window.jobs(), &Ui::JobsPanel::jobFinished};
};

} // namespace

class TestScanController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // A new case in the temporary folder, open in @p window, holding the tiny list.
    QString openTinyCase(Ui::MainWindow &window, const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QSignalSpy opened(&window, &Ui::MainWindow::caseOpened);
        window.newCase(path);
        if (!QTest::qWaitFor([&] { return opened.size() == 1; }, kOpenTimeoutMs))
            return {};
        const QString list = m_dir.filePath(name + u".csv"_qs);
        QFile f(list);
        if (!f.open(QIODevice::WriteOnly) || f.write(kTinyList) < 0)
            return {};
        f.close();
        Ui::ImportDialog *dialog = window.showImportDialog();
        QSignalSpy imported(dialog, &Ui::ImportDialog::imported);
        QSignalSpy failed(dialog, &Ui::ImportDialog::failed);
        dialog->startImport(list);
        if (!QTest::qWaitFor([&] { return imported.size() + failed.size() == 1; }, kOpenTimeoutMs) || !failed.isEmpty())
            return {};
        dialog->close();
        return window.casePath();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // recent cases and layout in a test location
        qRegisterMetaType<Engine::ScanSummary>();
        QVERIFY(m_dir.isValid());
        QVERIFY2(!qEnvironmentVariableIsEmpty("GOVSCOPE_WORLD_FEEDS"), "run inside tests/world");
    }

    void refusesWithoutACase()
    {
        Ui::MainWindow window;
        ScanController scans(&window);
        Q_EMIT window.scanRequested();
        QCOMPARE(window.statusBar()->currentMessage(), u"Open or create a case before scanning."_qs);
        QVERIFY(!scans.isScanning());
    }

    void scanFindsWhatIsPlanted()
    {
        Workbench w;
        auto &[window, scans, finished, jobsStarted, jobsEnded] = w;
        const QString casePath = openTinyCase(window, u"tiny.govcase"_qs);
        QVERIFY(!casePath.isEmpty());

        scans.startScan(request(casePath, {u"domain"_qs}));
        QVERIFY(scans.isScanning());
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kScanTimeoutMs);
        QVERIFY(!scans.isScanning());

        const auto summary = finished.at(0).at(0).value<Engine::ScanSummary>();
        QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
        QVERIFY(!summary.cancelled);
        QCOMPARE(summary.families.size(), 1);
        QCOMPARE(summary.families.at(0).done, 2);

        // the case holds exactly the planted (org, check) pairs, about the planted targets
        QStringList planted, found;
        QHash<QString, QString> plantedTarget;
        for (const QString &row : Testing::demoFindingRows({u"domain"_qs})) {
            const QStringList cols = row.split(u'\t');
            if (cols[0] == u"SL07"_qs || cols[0] == u"SL16"_qs) {
                planted << cols[0] + u' ' + cols[1];
                plantedTarget.insert(cols[0] + u' ' + cols[1], cols[2]);
            }
        }
        QCOMPARE(planted.size(), 2); // SL07's dangling CNAME: domain.dangling_cname and domain.unresolvable
        {
            Models::Connection conn(casePath, true);
            QVERIFY2(conn.ok(), qPrintable(conn.error()));
            const auto findings = Models::FindingRepository::find(conn.db(), {});
            QVERIFY2(findings, qPrintable(findings.errorMessage()));
            for (const Models::Finding &f : *findings) {
                const QString pair = f.org + u' ' + f.check;
                found << pair;
                QVERIFY2(f.target.contains(plantedTarget.value(pair, u"(not planted)"_qs)), qPrintable(pair));
            }
        }
        planted.sort();
        found.sort();
        QCOMPARE(found, planted);
        QCOMPARE(summary.findings, int(planted.size()));

        // the jobs panel and the status bar tell how it ended, and the window shows the findings
        const auto jobsDone = scanJobsFinished(jobsStarted, jobsEnded);
        QCOMPARE(jobsDone.size(), 1);
        QCOMPARE(jobsDone.at(0).at(1).toBool(), true);
        QCOMPARE(jobsDone.at(0).at(2).toString(), u"2 organisations, 2 finding(s)"_qs);
        QCOMPARE(window.statusBar()->currentMessage(),
                 u"Scan %1 finished: 2 findings, %2 inconclusive"_qs.arg(summary.scanId).arg(summary.inconclusive));
        QTRY_COMPARE_WITH_TIMEOUT(window.findingModel()->rowCount(), 2, kOpenTimeoutMs);
    }

    void cancelledScanIsLeftToResume()
    {
        Workbench w;
        auto &[window, scans, finished, jobsStarted, jobsEnded] = w;
        const QString casePath = openTinyCase(window, u"cancelled.govcase"_qs);
        QVERIFY(!casePath.isEmpty());

        // cancelled as soon as its first job shows, as a person would from the jobs panel
        connect(window.jobs(), &Ui::JobsPanel::jobStarted, &scans, [&scans](int, const QString &title) {
            if (title.startsWith(u"Scan: "_qs))
                scans.cancel();
        });
        scans.startScan(request(casePath, {u"domain"_qs, u"links"_qs, u"datasec"_qs}));
        QVERIFY(scans.isScanning());
        Q_EMIT window.scanRequested(); // one scan at a time
        QCOMPARE(window.statusBar()->currentMessage(),
                 u"A scan is already running; cancel it in the jobs panel first."_qs);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kScanTimeoutMs);

        const auto summary = finished.at(0).at(0).value<Engine::ScanSummary>();
        QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
        QVERIFY(summary.cancelled);
        const auto jobsDone = scanJobsFinished(jobsStarted, jobsEnded);
        QVERIFY(!jobsDone.isEmpty());
        for (const QList<QVariant> &job : std::as_const(jobsDone)) {
            QCOMPARE(job.at(1).toBool(), false);
            QVERIFY2(job.at(2).toString().startsWith(u"Cancelled after"_qs), qPrintable(job.at(2).toString()));
        }
        const auto resumable = Engine::ScanPlanning::resumable(casePath);
        QVERIFY2(resumable, qPrintable(resumable.errorMessage()));
        QVERIFY(resumable->has_value());
        QCOMPARE((*resumable)->scan.id, summary.scanId);
        QVERIFY((*resumable)->undoneTasks > 0);
    }
};

QTEST_MAIN(TestScanController)
#include "tst_scancontroller.moc"
