// The cloud family on every org of the demo province, inside the test world with the world's feeds:
// each check fires on the org planted for it (tests/world/README.md) and nowhere else.
#include "cloudfamily.h"
#include "testcontext.h"

#include <QTest>

using namespace Govscope;
using Sdk::Testing::TestContext;

namespace {

Sdk::Feeds worldFeeds()
{
    auto feeds = Sdk::Feeds::load({QStringLiteral(GOVSCOPE_SOURCE_DIR "/tests/world/feeds")});
    return feeds ? *feeds : Sdk::Feeds{};
}

void runFamily(TestContext &ctx, Cloud::CloudFamily &family)
{
    QCoro::waitFor(family.run(ctx)); // tests may block on their own loop; the app never does
}

} // namespace

class TestCloudFamilyWorld : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firesExactlyWherePlanted()
    {
        const QHash<QString, Models::Organization> orgs = Sdk::Testing::demoOrgs();
        QVERIFY(orgs.size() >= 20);
        const QHash<QString, QStringList> expected{
            {u"SL17"_qs, {u"cloud.unassessed_platform"_qs}},
            {u"SL20"_qs, {u"cloud.overseas_hosting"_qs}},
        };
        Cloud::CloudFamily family; // one instance for every org, as in a scan
        family.setToday(QDate(2026, 11, 25));
        for (const Models::Organization &org : orgs) {
            TestContext ctx(org);
            ctx.m_feeds = worldFeeds();
            runFamily(ctx, family);
            QCOMPARE(ctx.firedChecks(), expected.value(org.id));
            for (const Models::NewFinding &f : ctx.findings)
                QVERIFY2(f.evidence.size() >= 3, qPrintable(f.check));
        }
    }

    void targetsAndEvidence()
    {
        const auto orgs = Sdk::Testing::demoOrgs();
        Cloud::CloudFamily family;
        TestContext us(orgs.value(u"SL20"_qs));
        us.m_feeds = worldFeeds();
        runFamily(us, family);
        const Models::NewFinding *f = us.findingOf(u"cloud.overseas_hosting"_qs, u"jttz.sl.gov.cn"_qs);
        QVERIFY(f);
        QVERIFY2(QString::fromUtf8(f->evidence.first().content).contains(u"arin|US|ipv4|127.0.50.0|256"_qs),
                 qPrintable(QString::fromUtf8(f->evidence.first().content)));

        TestContext cdc(orgs.value(u"SL17"_qs));
        cdc.m_feeds = worldFeeds();
        runFamily(cdc, family);
        f = cdc.findingOf(u"cloud.unassessed_platform"_qs, u"www.slcdc.cn"_qs);
        QVERIFY(f);
        QVERIFY2(f->title.contains(u"某某云"_qs), qPrintable(f->title));
        QVERIFY(cdc.hasOutcome(u"cloud.overseas_hosting"_qs, Models::Outcome::Pass, u"www.slcdc.cn"_qs));

        // the clean twin behind a CNAME on the assessed 示例云 passes; after valid_until it would not
        TestContext uni(orgs.value(u"SL16"_qs));
        uni.m_feeds = worldFeeds();
        runFamily(uni, family);
        QVERIFY(uni.hasOutcome(u"cloud.unassessed_platform"_qs, Models::Outcome::Pass, u"www.slu.edu.cn"_qs));
        Cloud::CloudFamily later;
        later.setToday(QDate(2100, 1, 1));
        TestContext expired(orgs.value(u"SL16"_qs));
        expired.m_feeds = worldFeeds();
        runFamily(expired, later);
        f = expired.findingOf(u"cloud.unassessed_platform"_qs, u"www.slu.edu.cn"_qs);
        QVERIFY(f);
        QVERIFY2(f->title.contains(u"2099-12-31"_qs), qPrintable(f->title));
    }

    void inconclusiveWithoutFeedsOrAddress()
    {
        const auto orgs = Sdk::Testing::demoOrgs();
        Cloud::CloudFamily family;
        TestContext noFeeds(orgs.value(u"SL20"_qs)); // no feeds at all
        runFamily(noFeeds, family);
        QVERIFY(noFeeds.findings.isEmpty());
        QVERIFY(noFeeds.hasOutcome(u"cloud.overseas_hosting"_qs, Models::Outcome::Inconclusive, u"jttz.sl.gov.cn"_qs));
        QVERIFY(noFeeds.hasOutcome(u"cloud.unassessed_platform"_qs, Models::Outcome::Inconclusive));

        TestContext nx(orgs.value(u"SL09"_qs)); // www.tyjrswt.sl.gov.cn does not resolve
        nx.m_feeds = worldFeeds();
        runFamily(nx, family);
        QVERIFY(
            nx.hasOutcome(u"cloud.overseas_hosting"_qs, Models::Outcome::Inconclusive, u"www.tyjrswt.sl.gov.cn"_qs));
        QVERIFY(nx.hasOutcome(u"cloud.overseas_hosting"_qs, Models::Outcome::Pass, u"tyjrswt.sl.gov.cn"_qs));
    }
};

QTEST_GUILESS_MAIN(TestCloudFamilyWorld)
#include "tst_cloudfamily_world.moc"
