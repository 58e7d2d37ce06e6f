// The main window, offscreen: create a case, import an organisation list (the demo list when shipped),
// browse the tree, the assets and the findings, triage a finding, watch live findings arrive, and save
// screenshots into <build>/screenshots.

#include "casewriter.h"
#include "findingdetailpane.h"
#include "findingfilterbar.h"
#include "findingrepository.h"
#include "importdialog.h"
#include "itemmodels/findingtablemodel.h"
#include "itemmodels/orgtreemodel.h"
#include "jobspanel.h"
#include "language.h"
#include "mainwindow.h"
#include "orgrepository.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace Govscope;
using namespace Govscope::Models;

namespace {

constexpr int kOpenTimeoutMs = 15000;

QByteArray screenshotPng()
{
    QImage image(800, 500, QImage::Format_RGB32);
    image.fill(QColor(0xf4, 0xf6, 0xf8));
    QPainter p(&image);
    p.fillRect(0, 0, 800, 70, QColor(0xb7, 0x1c, 0x1c));
    p.setPen(Qt::white);
    QFont font = p.font();
    font.setPixelSize(30);
    p.setFont(font);
    p.drawText(QRect(0, 0, 800, 70), Qt::AlignCenter, u"示例省人民政府（仿冒）"_qs);
    p.setPen(Qt::black);
    font.setPixelSize(20);
    p.setFont(font);
    p.drawText(QRect(40, 120, 720, 300), Qt::AlignLeft | Qt::TextWordWrap,
               u"这是一个合成的仿冒政务网站截图，用于测试证据图片的显示。"_qs);
    p.end();
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

NewFinding finding(const QString &org, const QString &family, const QString &check, Severity severity,
                   const QString &target, const QString &title)
{
    NewFinding f;
    f.org = org;
    f.family = family;
    f.check = check;
    f.severity = severity;
    f.target = target;
    f.title = title;
    f.evidence << NewEvidence{u"dns"_qs, u"%1 解析到 127.0.1.10"_qs.arg(target), {}, {}};
    return f;
}

QString screenshotDir()
{
    const QString dir = QStringLiteral(GOVSCOPE_BUILD_DIR) + u"/screenshots"_qs;
    QDir().mkpath(dir);
    return dir;
}

} // namespace

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensCaseImportsAndBrowses();
    void reportsBadCaseInStatusBar();
    void sharedWriterOutlivesTheClosedCase();

private:
    void importList(Ui::MainWindow &window, const QString &file);
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // settings (recent cases, language) in a test location
    QVERIFY(m_dir.isValid());
    qputenv("GOVSCOPE_LANGUAGE", "zh_CN"); // the users' language, for the screenshots
    Ui::Language::install();
}

void TestMainWindow::importList(Ui::MainWindow &window, const QString &file)
{
    Ui::ImportDialog *dialog = window.showImportDialog();
    QVERIFY(dialog);
    QSignalSpy imported(dialog, &Ui::ImportDialog::imported);
    QSignalSpy failed(dialog, &Ui::ImportDialog::failed);
    dialog->startImport(file);
    QVERIFY(dialog->isRunning());
    QTRY_VERIFY_WITH_TIMEOUT(imported.size() + failed.size() == 1, kOpenTimeoutMs);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
}

void TestMainWindow::opensCaseImportsAndBrowses()
{
    Ui::MainWindow window;
    window.resize(1440, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    const QString path = m_dir.filePath(u"示例省.govcase"_qs);
    QSignalSpy opened(&window, &Ui::MainWindow::caseOpened);
    QSignalSpy orgsLoaded(&window, &Ui::MainWindow::organizationsLoaded);
    window.newCase(path);
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, kOpenTimeoutMs);
    QCOMPARE(window.casePath(), QFileInfo(path).absoluteFilePath());
    QVERIFY(window.writer());
    QVERIFY(window.windowTitle().contains(u"示例省"_qs));
    QCOMPARE(window.recentCases().value(0), window.casePath());

    // The demo list when it ships; otherwise a list of our own in Chinese.
    QString list = QStringLiteral(GOVSCOPE_SOURCE_DIR) + u"/resources/demo/orgs.csv"_qs;
    QString topId = u"SL01"_qs, topName = u"示例省人民政府"_qs, childId = u"SL02"_qs;
    if (!QFile::exists(list)) {
        list = m_dir.filePath(u"orgs.csv"_qs);
        QFile f(list);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("编号,名称,类型,层级,上级编号,网站,邮件域名\n"
                "SL01,示例省人民政府,党政机关,省级,,www.sl.gov.cn,sl.gov.cn\n"
                "SL02,示例省教育厅,党政机关,省级,SL01,jyt.sl.gov.cn,\n"
                "SL03,示例市人民政府,党政机关,市级,SL01,www.city.sl.gov.cn,\n");
    }
    importList(window, list);
    QTRY_VERIFY_WITH_TIMEOUT(window.orgModel()->organizationCount() >= 3, kOpenTimeoutMs);
    const QModelIndex top = window.orgModel()->indexOf(topId);
    QVERIFY(top.isValid());
    QCOMPARE(top.data().toString(), topName);
    QCOMPARE(window.orgModel()->indexOf(childId).parent(), top);
    QVERIFY(window.orgView()->isExpanded(top));

    // A list with a bad row: the dialog lists it with its line.
    const QString bad = m_dir.filePath(u"bad.csv"_qs);
    {
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("编号,名称,类型\nZZ01,示例县人民政府,党政机关\n,没有编号的单位,党政机关\n");
    }
    importList(window, bad);
    QTableWidget *errors = window.showImportDialog()->errorTable();
    QCOMPARE(errors->rowCount(), 1);
    QCOMPARE(errors->item(0, 0)->text(), u"3"_qs);
    QVERIFY(!errors->item(0, 1)->text().isEmpty());
    QTRY_VERIFY(window.orgModel()->indexOf(u"ZZ01"_qs).isValid());
    window.showImportDialog()->close();

    // Findings for the province, one with a screenshot, written as a scan would.
    const QByteArray png = screenshotPng();
    window.writer()->submit([&](QSqlDatabase &db) -> Status {
        NewFinding counterfeit = finding(topId, u"counterfeit"_qs, u"counterfeit.lookalike_site"_qs, Severity::Critical,
                                         u"www.sl-gov.cn.example.com"_qs, u"仿冒示例省人民政府门户网站"_qs);
        counterfeit.evidence << NewEvidence{u"screenshot"_qs, u"仿冒网站首页截图"_qs, png, u"image/png"_qs};
        const QList<NewFinding> all{counterfeit,
                                    finding(topId, u"mail"_qs, u"mail.plaintext_protocol"_qs, Severity::High,
                                            u"mail.sl.gov.cn"_qs, u"邮件服务器允许明文认证"_qs),
                                    finding(topId, u"domain"_qs, u"domain.dangling_cname"_qs, Severity::High,
                                            u"old.sl.gov.cn"_qs, u"悬空的 CNAME 记录"_qs),
                                    finding(topId, u"supplychain"_qs, u"supplychain.eol_component"_qs, Severity::Medium,
                                            u"www.sl.gov.cn"_qs, u"使用已停止维护的软件"_qs),
                                    finding(childId, u"links"_qs, u"links.no_exit_notice"_qs, Severity::Low,
                                            u"jyt.sl.gov.cn"_qs, u"外链缺少退出提示"_qs)};
        for (const NewFinding &f : all)
            if (auto id = FindingRepository::record(db, 1, f); !id)
                return id.error();
        return Done{};
    });
    // Live findings: the throttled refresh picks them up without anyone asking.
    QTRY_COMPARE_WITH_TIMEOUT(window.findingModel()->totalCount(), 5, kOpenTimeoutMs);

    // Select the province: its assets and only its findings.
    // (Looked up again: every reload of the orgs resets the tree model.)
    window.orgView()->setCurrentIndex(window.orgModel()->indexOf(topId));
    QTRY_VERIFY(window.assetView()->model()->rowCount() > 0);
    QTRY_COMPARE(window.findingModel()->totalCount(), 4);
    QTRY_VERIFY(!window.findingModel()->isLoading());
    QCOMPARE(window.findingModel()->findingAt(0)->severity, Severity::Critical);

    // Its details: evidence with the picture.
    QSignalSpy shown(&window, &Ui::MainWindow::findingShown);
    window.findingView()->setCurrentIndex(window.findingModel()->index(0, Models::FindingTableModel::TitleColumn));
    QTRY_VERIFY(!shown.isEmpty());
    Ui::FindingDetailPane *pane = window.detailPane();
    QCOMPARE(pane->evidenceList()->topLevelItemCount(), 2);
    QVERIFY(!pane->pictureLabel()->pixmap().isNull());
    QCOMPARE(pane->historyList()->topLevelItemCount(), 1);

    QDir().mkpath(screenshotDir());
    const QString shot = screenshotDir() + u"/mainwindow.png"_qs;
    QVERIFY(window.grab().save(shot));

    // Triage: confirm with who and why, then a note; both land in the history and the table.
    const qint64 id = pane->findingId();
    pane->whoBox()->setText(u"张审计"_qs);
    pane->whyBox()->setText(u"人工访问核实，页面仿冒省政府门户"_qs);
    QTest::mouseClick(pane->confirmButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(window.findingModel()->findingAt(window.findingModel()->rowOfId(id))->status,
                              FindingStatus::Confirmed, kOpenTimeoutMs);
    pane->noteBox()->setText(u"已通知网信部门"_qs);
    QTest::mouseClick(pane->addNoteButton(), Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(pane->historyList()->topLevelItemCount(), 3, kOpenTimeoutMs);
    QCOMPARE(pane->findingId(), id); // the selection survived the refreshes
    QTRY_COMPARE(window.jobs()->runningJobs(), 0);

    // Search through FTS, then the findings screenshot.
    window.filterBar()->searchBox()->setText(u"明文"_qs);
    QTRY_COMPARE(window.findingModel()->totalCount(), 1);
    QCOMPARE(window.findingModel()->findingAt(0)->check, u"mail.plaintext_protocol"_qs);
    window.filterBar()->searchBox()->clear();
    QTRY_COMPARE(window.findingModel()->totalCount(), 4);
    QTRY_VERIFY(!window.findingModel()->isLoading());
    window.findingView()->setCurrentIndex(window.findingModel()->index(0, 0));
    QTRY_COMPARE(pane->findingId(), window.findingModel()->findingAt(0)->id);
    QVERIFY(window.grab().save(screenshotDir() + u"/findings.png"_qs));
    qInfo("screenshots in %s", qPrintable(screenshotDir()));
}

void TestMainWindow::reportsBadCaseInStatusBar()
{
    Ui::MainWindow window;
    window.show();
    const QString notACase = m_dir.filePath(u"not-a-case.govcase"_qs);
    {
        QFile f(notACase);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not an SQLite file, just text\n");
    }
    QSignalSpy finished(window.jobs(), &Ui::JobsPanel::jobFinished);
    window.openCase(notACase);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, kOpenTimeoutMs);
    QCOMPARE(finished.at(0).at(1).toBool(), false);
    QVERIFY(window.casePath().isEmpty());
    QVERIFY(window.statusBar()->currentMessage().contains(u"not-a-case.govcase"_qs));
}

// A scan holds the case's writer by shared pointer: closing the case (or opening another) during the scan
// must leave it working for the tasks still winding down, and delete it once they let go.
void TestMainWindow::sharedWriterOutlivesTheClosedCase()
{
    Ui::MainWindow window;
    QSignalSpy opened(&window, &Ui::MainWindow::caseOpened);
    window.newCase(m_dir.filePath(u"shared-writer.govcase"_qs));
    QTRY_COMPARE_WITH_TIMEOUT(opened.size(), 1, kOpenTimeoutMs);
    std::shared_ptr<Models::CaseWriter> held = window.sharedWriter();
    QVERIFY(held);
    QCOMPARE(held.get(), window.writer());
    const QPointer<Models::CaseWriter> watch(held.get());

    window.closeCase();
    QVERIFY(!window.writer());
    QCoreApplication::processEvents();
    QVERIFY(watch); // still ours

    Models::Organization org;
    org.id = u"X1"_qs;
    org.name = u"测试机构"_qs;
    QSignalSpy failed(held.get(), &Models::CaseWriter::jobFailed);
    held->submit([org](QSqlDatabase &db) { return Models::OrgRepository::upsert(db, org); });
    QFutureWatcher<void> flushed;
    QSignalSpy done(&flushed, &QFutureWatcher<void>::finished);
    flushed.setFuture(held->flush());
    QTRY_COMPARE_WITH_TIMEOUT(done.size(), 1, kOpenTimeoutMs);
    QVERIFY(failed.isEmpty());

    held.reset(); // the last holder lets go: deleted on the GUI thread's event loop
    QTRY_VERIFY(watch.isNull());
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
