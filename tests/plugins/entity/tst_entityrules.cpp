// Date extraction from news lists and the entity site rules, without network.
#include "newsdates.h"
#include "siterules.h"
#include "testcontext.h"

#include <QTest>

using namespace Govscope;
using namespace Govscope::Entity;
using Models::OrgKind;
using Models::OrgLevel;
using Models::OrgRole;

class TestEntityRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dates_data()
    {
        QTest::addColumn<QString>("item");
        QTest::addColumn<QDate>("expected");
        const QDate none;
        QTest::addRow("iso") << u"关于开展2026年度评审的通知 2026-11-20"_qs << QDate(2026, 11, 20);
        QTest::addRow("slashes") << u"通知公告 2026/11/2"_qs << QDate(2026, 11, 2);
        QTest::addRow("dots") << u"工作动态 2026.10.09"_qs << QDate(2026, 10, 9);
        QTest::addRow("chinese") << u"发布时间：2026年11月20日"_qs << QDate(2026, 11, 20);
        QTest::addRow("chinese spaced") << u"2026 年 9 月 3 日 更新"_qs << QDate(2026, 9, 3);
        QTest::addRow("bracket month-day") << u"全省水利工作会议召开 [11-20]"_qs << QDate(2026, 11, 20);
        QTest::addRow("paren month-day") << u"防汛通知 (10-01)"_qs << QDate(2026, 10, 1);
        QTest::addRow("trailing month-day") << u"防汛通知 10-01"_qs << QDate(2026, 10, 1);
        QTest::addRow("month-day chinese") << u"防汛通知 11月2日"_qs << QDate(2026, 11, 2);
        QTest::addRow("december seen in... future goes back a year") << u"年终总结 [12-30]"_qs << QDate(2025, 12, 30);
        QTest::addRow("no date") << u"联系我们"_qs << none;
        QTest::addRow("phone is no date") << u"电话 0991-12345678"_qs << none;
        QTest::addRow("invalid date") << u"2026-13-45 错误"_qs << none;
        QTest::addRow("far future ignored") << u"2030-01-01 规划"_qs << none;
        QTest::addRow("doc number is no date") << u"示政发〔2026〕12号"_qs << none;
    }
    void dates()
    {
        QFETCH(QString, item);
        QFETCH(QDate, expected);
        const QList<DatedItem> found = NewsDates::extract({item}, QDate(2026, 11, 25));
        if (!expected.isValid()) {
            QVERIFY2(found.isEmpty(), qPrintable(found.value(0).date.toString(Qt::ISODate)));
            return;
        }
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().date, expected);
    }

    void newestAndStaleness()
    {
        const QDate today(2026, 11, 25);
        const auto items =
            NewsDates::extract({u"a 2026-09-20"_qs, u"b 2026-09-26"_qs, u"c"_qs, u"d 2026-08-01"_qs}, today);
        QCOMPARE(items.size(), 3);
        QCOMPARE(NewsDates::newest(items).date, QDate(2026, 9, 26));
        QVERIFY(SiteRules::isStale(QDate(2026, 9, 26), today));
        QVERIFY(SiteRules::isStale(QDate(2026, 11, 10), today));  // 15 days
        QVERIFY(!SiteRules::isStale(QDate(2026, 11, 11), today)); // 14 days
        QVERIFY(!SiteRules::isStale(today, today));
        QVERIFY(!NewsDates::newest({}).date.isValid());
    }

    void ownSiteCheckByLevelAndRole()
    {
        using Testing::makeOrg;
        QCOMPARE(
            SiteRules::ownSiteCheck(makeOrg(u"a"_qs, OrgKind::PartyGov, OrgLevel::County, OrgRole::Department, {})),
            u"entity.county_department_site"_qs);
        QCOMPARE(
            SiteRules::ownSiteCheck(makeOrg(u"b"_qs, OrgKind::PartyGov, OrgLevel::Township, OrgRole::Government, {})),
            u"entity.township_site"_qs);
        QVERIFY(SiteRules::ownSiteCheck(makeOrg(u"c"_qs, OrgKind::PartyGov, OrgLevel::County, OrgRole::Government, {}))
                    .isEmpty()); // the county government itself runs the county portal
        QVERIFY(SiteRules::ownSiteCheck(makeOrg(u"d"_qs, OrgKind::PartyGov, OrgLevel::City, OrgRole::Department, {}))
                    .isEmpty());
    }

    void pageNamesOrg()
    {
        Models::Organization org;
        org.name = u"示例省文化和旅游厅"_qs;
        auto page = [](const QString &title, const QString &siteName) {
            return Sdk::HtmlDocument::parse(u"<html><head><title>%1</title><meta name=\"SiteName\" content=\"%2\">"
                                            "</head><body></body></html>"_qs.arg(title, siteName));
        };
        QVERIFY(SiteRules::namesOrg(page(u"示例省文化和旅游厅"_qs, QString()), org));
        QVERIFY(SiteRules::namesOrg(page(u"首页"_qs, u"示例省文化和旅游厅"_qs), org));
        QVERIFY(SiteRules::namesOrg(page(u"首页 - 示例省文化和旅游厅门户网站"_qs, QString()), org));
        QVERIFY(!SiteRules::namesOrg(page(u"示例省人民政府"_qs, u"示例省人民政府"_qs), org));
        QVERIFY(!SiteRules::namesOrg(page(u"旅游厅"_qs, u"旅游厅"_qs), org)); // too short to name it
    }

    void onePortalUnderTwoNamesHasOneFingerprint()
    {
        const QStringList names{u"wlt.sl.gov.cn"_qs, u"文旅厅.政务"_qs};
        auto home = [](const QString &ownName, const QString &today, const QString &news) {
            return Sdk::HtmlDocument::parse(
                u"<html><head><title>示例省文化和旅游厅</title><meta name=\"SiteName\" content=\"示例省文化和旅游厅\">"
                "</head><body><div>今天是%2 欢迎访问 %1</div><ul><li>%3 <span>2026-11-20</span></li>"
                "<li>全省文旅工作会议召开 "
                "<span>2026-11-18</span></li></ul><footer>主办单位：示例省文化和旅游厅</footer>"
                "</body></html>"_qs.arg(ownName, today, news));
        };
        const QByteArray gov = SiteRules::contentFingerprint(
            home(u"wlt.sl.gov.cn"_qs, u"2026年11月25日"_qs, u"文化惠民活动启动"_qs), names);
        QVERIFY(!gov.isEmpty());
        // the same site under its .政务 name (Unicode or punycode on the page), another day's date: the same
        QCOMPARE(
            SiteRules::contentFingerprint(home(u"文旅厅.政务"_qs, u"2026年11月26日"_qs, u"文化惠民活动启动"_qs), names),
            gov);
        QCOMPARE(SiteRules::contentFingerprint(
                     home(u"xn--imrx23blf.xn--zfr164b"_qs, u"2026年11月25日"_qs, u"文化惠民活动启动"_qs), names),
                 gov);
        // another site naming the same org (other news): another portal
        QVERIFY(SiteRules::contentFingerprint(home(u"文旅厅.政务"_qs, u"2026年11月25日"_qs, u"旅游景区评定公示"_qs),
                                              names) != gov);
        // a shell with almost no text tells nothing
        QVERIFY(SiteRules::contentFingerprint(Sdk::HtmlDocument::parse(u"<title>首页</title><p>加载中</p>"_qs), names)
                    .isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestEntityRules)
#include "tst_entityrules.moc"
