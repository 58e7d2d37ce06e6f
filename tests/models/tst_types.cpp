// The English ids of spec/checks.md and interfaces.md, and the Chinese labels accepted on import.

#include "types.h"

#include <QTest>

using namespace Govscope::Models;

class TestTypes final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void severity_data()
    {
        QTest::addColumn<Severity>("value");
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("chinese");
        QTest::addRow("info") << Severity::Info << u"info"_qs << u"提示"_qs;
        QTest::addRow("low") << Severity::Low << u"low"_qs << u"低危"_qs;
        QTest::addRow("medium") << Severity::Medium << u"medium"_qs << u"中危"_qs;
        QTest::addRow("high") << Severity::High << u"high"_qs << u"高危"_qs;
        QTest::addRow("critical") << Severity::Critical << u"critical"_qs << u"严重"_qs;
    }

    void severity()
    {
        QFETCH(Severity, value);
        QFETCH(QString, id);
        QFETCH(QString, chinese);
        QCOMPARE(toId(value), id);
        QCOMPARE(chineseLabel(value), chinese);
        QCOMPARE(severityFrom(id), value);
        QCOMPARE(severityFrom(chinese), value);
        QCOMPARE(severityFrom(u"  "_qs + id.toUpper() + u" "_qs), value);
    }

    void severityOrderComparesByRisk()
    {
        QVERIFY(Severity::Critical > Severity::High);
        QVERIFY(Severity::High > Severity::Medium);
        QVERIFY(Severity::Low > Severity::Info);
        QCOMPARE(int(Severity::Info), 0);
        QCOMPARE(int(Severity::Critical), 4);
    }

    void orgKind_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<OrgKind>("value");
        QTest::addRow("party_gov") << u"party_gov"_qs << OrgKind::PartyGov;
        QTest::addRow("党政机关") << u"党政机关"_qs << OrgKind::PartyGov;
        QTest::addRow("党政") << u"党政"_qs << OrgKind::PartyGov;
        QTest::addRow("事业单位") << u"事业单位"_qs << OrgKind::Institution;
        QTest::addRow("enterprise") << u"Enterprise"_qs << OrgKind::Enterprise;
        QTest::addRow("企业") << u"企业"_qs << OrgKind::Enterprise;
        QTest::addRow("其他") << u"其他"_qs << OrgKind::Other;
    }

    void orgKind()
    {
        QFETCH(QString, text);
        QFETCH(OrgKind, value);
        QCOMPARE(orgKindFrom(text), value);
        QCOMPARE(orgKindFrom(toId(value)), value);
    }

    void orgLevel_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<OrgLevel>("value");
        QTest::addRow("中央") << u"中央"_qs << OrgLevel::National;
        QTest::addRow("省级") << u"省级"_qs << OrgLevel::Province;
        QTest::addRow("市级") << u"市级"_qs << OrgLevel::City;
        QTest::addRow("地市级") << u"地市级"_qs << OrgLevel::City;
        QTest::addRow("县级") << u"县级"_qs << OrgLevel::County;
        QTest::addRow("区县级") << u"区县级"_qs << OrgLevel::County;
        QTest::addRow("乡镇") << u"乡镇"_qs << OrgLevel::Township;
        QTest::addRow("街道") << u"街道"_qs << OrgLevel::Township;
        QTest::addRow("province") << u"province"_qs << OrgLevel::Province;
        QTest::addRow("empty") << u""_qs << OrgLevel::Unknown;
    }

    void orgLevel()
    {
        QFETCH(QString, text);
        QFETCH(OrgLevel, value);
        QCOMPARE(orgLevelFrom(text), value);
        QCOMPARE(orgLevelFrom(toId(value)), value);
    }

    void chineseLabels()
    {
        QCOMPARE(chineseLabel(OrgKind::PartyGov), u"党政机关"_qs);
        QCOMPARE(chineseLabel(OrgKind::Institution), u"事业单位"_qs);
        QCOMPARE(chineseLabel(OrgLevel::Province), u"省级"_qs);
        QCOMPARE(chineseLabel(OrgLevel::Unknown), u"未知"_qs);
        QCOMPARE(chineseLabel(OrgRole::Government), u"政府"_qs);
        QCOMPARE(chineseLabel(OrgRole::Department), u"部门"_qs);
        QCOMPARE(orgRoleFrom(u"党委"_qs), OrgRole::Government);
    }

    void idsOfSpec()
    {
        // The strings of interfaces.md; changing one breaks every consumer of `findings --format json`.
        QCOMPARE(toId(FindingStatus::Open), u"open"_qs);
        QCOMPARE(toId(FindingStatus::Confirmed), u"confirmed"_qs);
        QCOMPARE(toId(FindingStatus::FalsePositive), u"false_positive"_qs);
        QCOMPARE(toId(FindingStatus::Fixed), u"fixed"_qs);
        QCOMPARE(toId(FindingStatus::Reopened), u"reopened"_qs);
        QCOMPARE(toId(Outcome::Inconclusive), u"inconclusive"_qs);
        QCOMPARE(toId(AssetType::MailDomain), u"mail_domain"_qs);
        QCOMPARE(toId(AssetType::MailHost), u"mail_host"_qs);
        QCOMPARE(toId(AssetSource::Declared), u"declared"_qs);
        QCOMPARE(toId(AssetSource::Discovered), u"discovered"_qs);
        QCOMPARE(toId(OrgKind::PartyGov), u"party_gov"_qs);
        for (auto s : {FindingStatus::Open, FindingStatus::Confirmed, FindingStatus::FalsePositive,
                       FindingStatus::Fixed, FindingStatus::Reopened})
            QCOMPARE(findingStatusFrom(toId(s)), s);
        for (auto t : {AssetType::Website, AssetType::Host, AssetType::MailDomain, AssetType::MailHost, AssetType::App,
                       AssetType::Account})
            QCOMPARE(assetTypeFrom(toId(t)), t);
        for (auto o : {Outcome::Pass, Outcome::Finding, Outcome::Inconclusive})
            QCOMPARE(outcomeFrom(toId(o)), o);
    }

    void unknownTextIsRejected_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addRow("typo") << u"hihg"_qs;
        QTest::addRow("other language") << u"高"_qs;
        QTest::addRow("number") << u"3"_qs;
    }

    void unknownTextIsRejected()
    {
        QFETCH(QString, text);
        QVERIFY(!severityFrom(text));
        QVERIFY(!orgKindFrom(text));
        QVERIFY(!findingStatusFrom(text));
        QVERIFY(!assetTypeFrom(text));
        QVERIFY(!outcomeFrom(text));
    }
};

QTEST_GUILESS_MAIN(TestTypes)
#include "tst_types.moc"
