// The entity family on every org of the demo province, inside the test world: each check fires on
// the org planted for it (tests/world/README.md) and nowhere else, clean twins included.
#include "entityfamily.h"
#include "familyworld.h"

#include <QTcpServer>
#include <QTest>

using namespace Govscope;
using Testing::TestContext;
using Testing::worldProfile;

namespace {

constexpr auto runFamily = Testing::runNewFamily<Entity::EntityFamily>;

} // namespace

class TestEntityFamilyWorld : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firesExactlyWherePlanted()
    {
        Testing::expectFiresExactlyWherePlanted(u"entity"_qs, worldProfile(), runFamily, 2);
    }

    void targetsAndEvidence()
    {
        const auto orgs = Testing::demoOrgs();
        TestContext stale(orgs.value(u"SL04"_qs), std::nullopt, worldProfile());
        runFamily(stale);
        const Models::NewFinding *f = stale.findingOf(u"entity.stale_site"_qs, u"slt.sl.gov.cn"_qs);
        QVERIFY(f);
        QCOMPARE(f->evidence.first().kind, u"text"_qs);
        QVERIFY2(f->title.contains(u"60 days"_qs), qPrintable(f->title));
        QCOMPARE(f->evidence.at(1).kind, u"http"_qs);

        TestContext portals(orgs.value(u"SL05"_qs), std::nullopt, worldProfile());
        runFamily(portals);
        QVERIFY(portals.findingOf(u"entity.multiple_portals"_qs, u"wlt.sl.gov.cn, www.slwlt.gov.cn"_qs));

        TestContext county(orgs.value(u"SL23"_qs), std::nullopt, worldProfile());
        runFamily(county);
        QVERIFY(county.findingOf(u"entity.county_department_site"_qs, u"jyj.ceshi.gov.cn"_qs));

        // a fresh home page passes; a site without a site passes the own-site check
        TestContext fresh(orgs.value(u"SL02"_qs), std::nullopt, worldProfile());
        runFamily(fresh);
        QVERIFY(fresh.hasOutcome(u"entity.stale_site"_qs, Models::Outcome::Pass, u"jyt.sl.gov.cn"_qs));
        TestContext noSite(orgs.value(u"SL25"_qs), std::nullopt, worldProfile());
        runFamily(noSite);
        QVERIFY(noSite.hasOutcome(u"entity.county_department_site"_qs, Models::Outcome::Pass));
    }

    void onePortalUnderTwoNamesIsOnePortal()
    {
        // wlt.sl.gov.cn also reached as 文旅厅.政务 (302 to it) and 示例省文化和旅游厅.政务 (a CNAME alias serving
        // the same page): one portal, not three
        auto org = Testing::demoOrgs().value(u"SL05"_qs);
        org.websites = {u"wlt.sl.gov.cn"_qs, u"文旅厅.政务"_qs, u"示例省文化和旅游厅.政务"_qs};
        TestContext one(org, std::nullopt, worldProfile());
        runFamily(one);
        QVERIFY2(!one.fired(u"entity.multiple_portals"_qs), qPrintable(one.findings.value(0).title));
        const QList<Models::CheckResult> pass = one.resultsOf(u"entity.multiple_portals"_qs);
        QCOMPARE(pass.size(), 1);
        QCOMPARE(pass.first().outcome, Models::Outcome::Pass);
        QVERIFY2(pass.first().reason.contains(u"wlt.sl.gov.cn (also reached as"_qs), qPrintable(pass.first().reason));

        // the alias beside a real second portal: still two portals, the alias counted with its site
        org.websites = {u"示例省文化和旅游厅.政务"_qs, u"wlt.sl.gov.cn"_qs, u"www.slwlt.gov.cn"_qs, u"文旅厅.政务"_qs};
        TestContext two(org, std::nullopt, worldProfile());
        runFamily(two);
        const Models::NewFinding *f =
            two.findingOf(u"entity.multiple_portals"_qs, u"wlt.sl.gov.cn, www.slwlt.gov.cn"_qs);
        QVERIFY2(f, qPrintable(two.findings.value(0).target));
        QVERIFY2(f->title.startsWith(u"2 portals"_qs), qPrintable(f->title));
    }

    void unreachableIsInconclusive()
    {
        // SL09 declares www.tyjrswt.sl.gov.cn, which does not exist: no page, no verdict on it
        TestContext ctx(Testing::demoOrgs().value(u"SL09"_qs), std::nullopt, worldProfile());
        runFamily(ctx);
        QVERIFY(ctx.hasOutcome(u"entity.stale_site"_qs, Models::Outcome::Inconclusive, u"www.tyjrswt.sl.gov.cn"_qs));
        QVERIFY(ctx.hasOutcome(u"entity.stale_site"_qs, Models::Outcome::Pass, u"tyjrswt.sl.gov.cn"_qs));
    }

    void townshipSiteThatTimesOutIsInconclusive()
    {
        QTcpServer silent; // accepts and never answers, like an overloaded server
        QVERIFY(silent.listen(QHostAddress(u"127.0.9.90"_qs), 443));
        auto org = Testing::demoOrgs().value(u"SL26"_qs);
        org.websites = {u"127.0.9.90"_qs};
        TestContext ctx(org, std::nullopt, worldProfile(700));
        runFamily(ctx);
        QVERIFY(ctx.findings.isEmpty());
        QVERIFY(ctx.hasOutcome(u"entity.township_site"_qs, Models::Outcome::Inconclusive, u"127.0.9.90"_qs));
    }
};

QTEST_GUILESS_MAIN(TestEntityFamilyWorld)
#include "tst_entityfamily_world.moc"
