// The scan dialog: private addresses stay off unless the auditor turns them on (issue 12.2).
#include "scandialog.h"

#include <QCheckBox>
#include <QListWidget>
#include <QTest>

using namespace Govscope;

class TestScanDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void privateAddressesAreOffUntilChosen()
    {
        Models::Organization org;
        org.id = u"A001"_qs;
        org.name = u"示例市人民政府"_qs;
        Ui::ScanDialog dialog({{u"domain"_qs, u"域名"_qs}}, {org}, std::nullopt);
        QVERIFY(dialog.allowPrivateBox());
        QVERIFY(!dialog.allowPrivateBox()->isChecked());
        QVERIFY(!dialog.choice().allowPrivate);
        dialog.allowPrivateBox()->setChecked(true);
        QVERIFY(dialog.choice().allowPrivate);
        // A resumed scan keeps the switch too: the resume must not fall back to refusing the lab's addresses.
        Ui::ScanDialog resume({{u"domain"_qs, u"域名"_qs}}, {org}, Ui::ScanResumeOffer{7, u"scan 7"_qs});
        resume.allowPrivateBox()->setChecked(true);
        QVERIFY(resume.resumeBox() && resume.resumeBox()->isChecked());
        QCOMPARE(resume.choice().resumeScan, 7);
        QVERIFY(resume.choice().allowPrivate);
    }
};

QTEST_MAIN(TestScanDialog)
#include "tst_scandialog.moc"
