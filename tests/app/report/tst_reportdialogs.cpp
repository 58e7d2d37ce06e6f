// The report, verify and signing-identity dialogs: what they hand to the controller, and what they refuse.

#include "reportdialog.h"
#include "signingidentitydialog.h"
#include "verifydialog.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTest>

using namespace Govscope;
using namespace Govscope::Ui;

class TestReportDialogs : public QObject
{
    Q_OBJECT

private:
    static QList<Models::Organization> orgs()
    {
        Models::Organization a;
        a.id = u"A001"_qs;
        a.name = u"示例省大数据管理局"_qs;
        Models::Organization b;
        b.id = u"A002"_qs;
        b.name = u"示例市第一人民医院"_qs;
        return {a, b};
    }

private Q_SLOTS:
    void reportDialogDefaultsToTheWholeCaseUnsigned()
    {
        ReportDialog dialog(orgs(), u"/tmp/x-report.zip"_qs);
        const ReportChoice c = dialog.choice();
        QVERIFY(c.orgs.isEmpty());
        QCOMPARE(c.language, u"zh_CN"_qs);
        QCOMPARE(c.outPath, u"/tmp/x-report.zip"_qs);
        QVERIFY(c.keyPem.isEmpty() && c.pkcs12.isEmpty() && c.passphrase.isEmpty());
        dialog.show();
        QDir().mkpath(QStringLiteral(GOVSCOPE_BUILD_DIR) + u"/screenshots"_qs);
        dialog.grab().save(QStringLiteral(GOVSCOPE_BUILD_DIR) + u"/screenshots/reportdialog.png"_qs);
    }

    void chosenOrgsAndIdentity()
    {
        ReportDialog dialog(orgs(), u"/tmp/x.zip"_qs);
        auto radios = dialog.findChildren<QRadioButton *>();
        QCOMPARE(radios.size(), 2);
        radios.at(1)->setChecked(true);
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        dialog.accept(); // nothing ticked: refused, said in the dialog
        QCOMPARE(accepted.count(), 0);
        auto *list = dialog.findChild<QListWidget *>();
        list->item(1)->setCheckState(Qt::Checked);
        dialog.useIdentity(u"/k.pem"_qs, u"/c.pem"_qs);
        const ReportChoice c = dialog.choice();
        QCOMPARE(c.orgs, QStringList{u"A002"_qs});
        QCOMPARE(c.keyPem, u"/k.pem"_qs);
        QCOMPARE(c.certPem, u"/c.pem"_qs);
        dialog.accept();
        QCOMPARE(accepted.count(), 1);
    }

    void identityDialogBuildsTheSubjectAndChecksThePassphrase()
    {
        SigningIdentityDialog dialog;
        QSignalSpy requested(&dialog, &SigningIdentityDialog::createRequested);
        auto edits = dialog.findChildren<QLineEdit *>();
        // name, organisation, passphrase, repeat, key, cert — in creation order
        edits.at(0)->setText(u"张三, 审计"_qs);
        edits.at(1)->setText(u"示例省网信办"_qs);
        edits.at(2)->setText(u"long-enough-1"_qs);
        edits.at(3)->setText(u"different-2"_qs);
        auto buttons = dialog.findChildren<QPushButton *>();
        QPushButton *create = nullptr;
        for (QPushButton *b : buttons)
            if (b->text() == QObject::tr("Create"))
                create = b;
        QVERIFY(create);
        create->click();
        QCOMPARE(requested.count(), 0); // passphrases differ
        edits.at(3)->setText(u"long-enough-1"_qs);
        create->click();
        QCOMPARE(requested.count(), 1);
        const IdentityRequest r = dialog.request();
        QCOMPARE(r.subject, u"CN=张三  审计,O=示例省网信办,C=CN"_qs);
        QCOMPARE(r.passphrase, QByteArray("long-enough-1"));
        QSignalSpy created(&dialog, &SigningIdentityDialog::created);
        dialog.showResult(true, u"ok"_qs);
        QCOMPARE(created.count(), 1);
    }

    void verifyDialogShowsTheOutcome()
    {
        VerifyDialog dialog;
        dialog.showResult(false, true, {u"report.pdf: contents changed"_qs});
        QVERIFY(dialog.findChild<QPlainTextEdit *>()->toPlainText().contains(u"report.pdf"_qs));
        const auto verdictText = [&dialog] {
            QString all;
            for (const QLabel *label : dialog.findChildren<QLabel *>())
                all += label->text();
            return all;
        };
        QVERIFY(verdictText().contains(u"Not intact"_qs));
        dialog.showResult(true, false, {u"Signed by CN=someone, not checked against a CA."_qs});
        QVERIFY2(verdictText().contains(u"signer not verified"_qs), qPrintable(verdictText()));
        dialog.showResult(true, true, {});
        QVERIFY(verdictText().contains(u"chains to the CA"_qs));
    }
};

QTEST_MAIN(TestReportDialogs)
#include "tst_reportdialogs.moc"
