// The cloud family on every org of the demo province, inside the test world with the world's feeds:
// each check fires on the org planted for it (tests/world/README.md) and nowhere else.
#include "cloudfamily.h"
#include "familyworld.h"

#include <QTest>

using namespace Govscope;
using Testing::TestContext;

using Testing::runFamily;
using Testing::worldFeeds;

class TestCloudFamilyWorld : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firesExactlyWherePlanted()
    {
        Cloud::CloudFamily family; // one instance for every org, as in a scan
        family.setToday(QDate(2026, 11, 25));
        Testing::expectFiresExactlyWherePlanted(
            u"cloud"_qs, {},
            [&family](TestContext &ctx) {
                ctx.m_feeds = worldFeeds();
                runFamily(family, ctx);
            },
            3);
    }

    void targetsAndEvidence()
    {
        const auto orgs = Testing::demoOrgs();
        Cloud::CloudFamily family;
        TestContext us(orgs.value(u"SL20"_qs));
        us.m_feeds = worldFeeds();
        runFamily(family, us);
        const Models::NewFinding *f = us.findingOf(u"cloud.overseas_hosting"_qs, u"jttz.sl.gov.cn"_qs);
        QVERIFY(f);
        QVERIFY2(QString::fromUtf8(f->evidence.first().content).contains(u"arin|US|ipv4|127.0.50.0|256"_qs),
                 qPrintable(QString::fromUtf8(f->evidence.first().content)));

        TestContext cdc(orgs.value(u"SL17"_qs));
        cdc.m_feeds = worldFeeds();
        runFamily(family, cdc);
        f = cdc.findingOf(u"cloud.unassessed_platform"_qs, u"www.slcdc.cn"_qs);
        QVERIFY(f);
        QVERIFY2(f->title.contains(u"某某云"_qs), qPrintable(f->title));
        QVERIFY(cdc.hasOutcome(u"cloud.overseas_hosting"_qs, Models::Outcome::Pass, u"www.slcdc.cn"_qs));

        // the clean twin behind a CNAME on the assessed 示例云 passes; after valid_until it would not
        TestContext uni(orgs.value(u"SL16"_qs));
        uni.m_feeds = worldFeeds();
        runFamily(family, uni);
        QVERIFY(uni.hasOutcome(u"cloud.unassessed_platform"_qs, Models::Outcome::Pass, u"www.slu.edu.cn"_qs));
        Cloud::CloudFamily later;
        later.setToday(QDate(2100, 1, 1));
        TestContext expired(orgs.value(u"SL16"_qs));
        expired.m_feeds = worldFeeds();
        runFamily(later, expired);
        f = expired.findingOf(u"cloud.unassessed_platform"_qs, u"www.slu.edu.cn"_qs);
        QVERIFY(f);
        QVERIFY2(f->title.contains(u"2099-12-31"_qs), qPrintable(f->title));
    }

    void inconclusiveWithoutFeedsOrAddress()
    {
        const auto orgs = Testing::demoOrgs();
        Cloud::CloudFamily family;
        TestContext noFeeds(orgs.value(u"SL20"_qs)); // no feeds at all
        runFamily(family, noFeeds);
        QVERIFY(noFeeds.findings.isEmpty());
        QVERIFY(noFeeds.hasOutcome(u"cloud.overseas_hosting"_qs, Models::Outcome::Inconclusive, u"jttz.sl.gov.cn"_qs));
        QVERIFY(noFeeds.hasOutcome(u"cloud.unassessed_platform"_qs, Models::Outcome::Inconclusive));

        TestContext nx(orgs.value(u"SL09"_qs)); // www.tyjrswt.sl.gov.cn does not resolve
        nx.m_feeds = worldFeeds();
        runFamily(family, nx);
        QVERIFY(
            nx.hasOutcome(u"cloud.overseas_hosting"_qs, Models::Outcome::Inconclusive, u"www.tyjrswt.sl.gov.cn"_qs));
        QVERIFY(nx.hasOutcome(u"cloud.overseas_hosting"_qs, Models::Outcome::Pass, u"tyjrswt.sl.gov.cn"_qs));
    }
};

QTEST_GUILESS_MAIN(TestCloudFamilyWorld)
#include "tst_cloudfamily_world.moc"
