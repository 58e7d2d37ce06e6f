// The workbench's report controller on a real case (tests/app/report's fixture, in a temporary folder):
// asked through the window, it offers the report dialog, writes the chosen bundle as one job, signed with the
// identity chosen, and opens its folder; the bundle then verifies, also through the verify dialog, which
// names the file a tampered copy changed. A wrong passphrase fails the job and writes nothing; without a case
// a report is refused with a message.

#include "bundleverifier.h"
#include "jobspanel.h"
#include "mainwindow.h"
#include "reportcontroller.h"
#include "reportdialog.h"
#include "reportfixture.h"
#include "signingidentity.h"
#include "verifydialog.h"
#include "ziptools.h"

#include <QDesktopServices>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Govscope;

namespace {

constexpr int kTimeoutMs = 180'000;

} // namespace

/// Stands in for the desktop: records the folders the controller asks it to open.
class DesktopStandIn final : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> opened;
public Q_SLOTS:
    void open(const QUrl &url) { opened << url; }
};

class TestReportController : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_case, m_key, m_cert;
    DesktopStandIn m_desktop;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // Opens the fixture case in @p window, asks for a report and returns the dialog the controller opened.
    Ui::ReportDialog *reportDialog(Ui::MainWindow &window)
    {
        QSignalSpy opened(&window, &Ui::MainWindow::caseOpened);
        window.openCase(m_case);
        if (!QTest::qWaitFor([&] { return opened.size() == 1; }, kTimeoutMs))
            return nullptr;
        Q_EMIT window.reportRequested();
        if (!QTest::qWaitFor([&] { return window.findChild<Ui::ReportDialog *>() != nullptr; }, kTimeoutMs))
            return nullptr;
        return window.findChild<Ui::ReportDialog *>();
    }

    static void choosePassphrase(Ui::ReportDialog *dialog, const QString &passphrase)
    {
        for (QLineEdit *edit : dialog->findChildren<QLineEdit *>())
            if (edit->echoMode() == QLineEdit::Password)
                edit->setText(passphrase);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // recent cases and layout in a test location
        QVERIFY(m_dir.isValid());
        m_case = path(u"fixture.govcase"_qs);
        const QString made = Tests::ReportFixture::create(m_case);
        QVERIFY2(made.isEmpty(), qPrintable(made));
        Report::NewIdentity identity;
        identity.subject = u"CN=王审计,O=示例省网信办,C=CN"_qs;
        identity.keyType = Report::NewIdentity::KeyType::EcdsaP256;
        identity.passphrase = "controller-pass";
        m_key = path(u"auditor.key"_qs);
        m_cert = path(u"auditor.pem"_qs);
        const Status created = Report::createIdentity(identity, m_key, m_cert);
        QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
        QDesktopServices::setUrlHandler(u"file"_qs, &m_desktop, "open");
    }

    void cleanupTestCase() { QDesktopServices::unsetUrlHandler(u"file"_qs); }

    void refusesWithoutACase()
    {
        Ui::MainWindow window;
        ReportController reports(&window);
        Q_EMIT window.reportRequested();
        QCOMPARE(window.statusBar()->currentMessage(), u"Open a case first; a report is made from a case."_qs);
        QVERIFY(!window.findChild<Ui::ReportDialog *>());
    }

    void writesASignedBundleThatVerifies()
    {
        Ui::MainWindow window;
        ReportController reports(&window);
        Ui::ReportDialog *dialog = reportDialog(window);
        QVERIFY(dialog);
        const QString bundle = dialog->choice().outPath;
        QCOMPARE(bundle, path(u"fixture-report.zip"_qs)); // beside the case, named after it
        dialog->useIdentity(m_key, m_cert);
        choosePassphrase(dialog, u"controller-pass"_qs);
        QSignalSpy jobsDone(window.jobs(), &Ui::JobsPanel::jobFinished);
        m_desktop.opened.clear();
        dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(jobsDone.size(), 1, kTimeoutMs);
        const QString message = jobsDone.at(0).at(2).toString();
        QVERIFY2(jobsDone.at(0).at(1).toBool(), qPrintable(message));
        QVERIFY2(message.startsWith(bundle + u": "_qs) && message.contains(u"signed by"_qs), qPrintable(message));

        const Report::Verification v = Report::BundleVerifier::verify(bundle, m_cert);
        QVERIFY2(v.ok(), qPrintable(v.problems.join(u'\n')));
        QVERIFY(v.chainChecked);
        QVERIFY2(v.signer.contains(u"CN=王审计"_qs), qPrintable(v.signer));
        QCOMPARE(m_desktop.opened, QList<QUrl>{QUrl::fromLocalFile(m_dir.path())}); // the bundle's folder
    }

    void wrongPassphraseFailsTheJobAndWritesNothing()
    {
        Ui::MainWindow window;
        ReportController reports(&window);
        Ui::ReportDialog *dialog = reportDialog(window);
        QVERIFY(dialog);
        dialog->useIdentity(m_key, m_cert);
        choosePassphrase(dialog, u"not-the-passphrase"_qs);
        const QString bundle = path(u"refused.zip"_qs);
        for (QLineEdit *edit : dialog->findChildren<QLineEdit *>())
            if (edit->text() == dialog->choice().outPath)
                edit->setText(bundle);
        QCOMPARE(dialog->choice().outPath, bundle);
        QSignalSpy jobsDone(window.jobs(), &Ui::JobsPanel::jobFinished);
        dialog->accept();
        QTRY_COMPARE_WITH_TIMEOUT(jobsDone.size(), 1, kTimeoutMs);
        QCOMPARE(jobsDone.at(0).at(1).toBool(), false);
        QVERIFY(!jobsDone.at(0).at(2).toString().isEmpty());
        QVERIFY(!QFile::exists(bundle));
    }

    void verifyDialogShowsTheVerdict()
    {
        const QString bundle = path(u"fixture-report.zip"_qs);
        QVERIFY2(QFile::exists(bundle), "writesASignedBundleThatVerifies runs first");
        Testing::ZipEntries entries = Testing::readZip(bundle);
        QVERIFY(!entries.isEmpty());
        for (auto &[name, data] : entries)
            if (name == u"report.html"_qs)
                data += "<!-- changed -->";
        const QString tampered = path(u"tampered.zip"_qs);
        QVERIFY(Testing::writeZip(tampered, entries));

        Ui::MainWindow window;
        ReportController reports(&window);
        Q_EMIT window.verifyRequested();
        QTRY_VERIFY(window.findChild<Ui::VerifyDialog *>());
        auto *dialog = window.findChild<Ui::VerifyDialog *>();
        auto *details = dialog->findChild<QPlainTextEdit *>();
        QVERIFY(details);
        const auto verdict = [dialog] {
            QString all;
            for (const QLabel *label : dialog->findChildren<QLabel *>())
                all += label->text();
            return all;
        };

        Q_EMIT dialog->verifyRequested(bundle, m_cert);
        QTRY_VERIFY_WITH_TIMEOUT(details->toPlainText().contains(u"files listed in the manifest"_qs), kTimeoutMs);
        QVERIFY2(details->toPlainText().contains(u"Signed by"_qs) && details->toPlainText().contains(u"chains to"_qs),
                 qPrintable(details->toPlainText()));
        QVERIFY2(verdict().contains(u"the signer chains to the CA"_qs), qPrintable(verdict()));

        details->clear();
        Q_EMIT dialog->verifyRequested(tampered, m_cert);
        QTRY_VERIFY_WITH_TIMEOUT(details->toPlainText().contains(u"files listed in the manifest"_qs), kTimeoutMs);
        QVERIFY2(details->toPlainText().contains(u"report.html"_qs), qPrintable(details->toPlainText()));
        QVERIFY2(verdict().contains(u"Not intact."_qs), qPrintable(verdict()));
    }
};

QTEST_MAIN(TestReportController)
#include "tst_reportcontroller.moc"
