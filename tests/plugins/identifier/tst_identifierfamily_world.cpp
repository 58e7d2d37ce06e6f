// The identifier family on every org of the demo province, inside the test world: each check fires
// on the org planted for it (tests/world/README.md) and nowhere else, clean twins included.
#include "familyworld.h"
#include "identifierfamily.h"

#include <QTcpServer>
#include <QTest>

using namespace Govscope;
using Testing::TestContext;
using Testing::worldProfile;

namespace {

constexpr auto runFamily = Testing::runNewFamily<Identifier::IdentifierFamily>;

} // namespace

class TestIdentifierFamilyWorld : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firesExactlyWherePlanted()
    {
        Testing::expectFiresExactlyWherePlanted(u"identifier"_qs, worldProfile(), runFamily, 3);
    }

    void targetsAndEvidence()
    {
        const auto orgs = Testing::demoOrgs();
        TestContext region(orgs.value(u"SL11"_qs), std::nullopt, worldProfile());
        runFamily(region);
        const Models::NewFinding *code = region.findingOf(u"identifier.site_code_missing"_qs, u"scjgj.sl.gov.cn"_qs);
        QVERIFY(code);
        QVERIFY2(code->title.contains(u"990200"_qs), qPrintable(code->title));

        TestContext split(orgs.value(u"SL29"_qs), std::nullopt, worldProfile());
        runFamily(split);
        code = split.findingOf(u"identifier.site_code_missing"_qs, u"tyj.sl.gov.cn"_qs);
        QVERIFY(code);
        QVERIFY2(code->title.contains(u"9900000092"_qs), qPrintable(code->title));
        const Models::NewFinding *blue = split.findingOf(u"identifier.kind_mismatch"_qs, u"tyj.sl.gov.cn"_qs);
        QVERIFY(blue);
        QVERIFY(QString::fromUtf8(blue->evidence.first().content).contains(u"blue.png"_qs));

        TestContext misused(orgs.value(u"SL21"_qs), std::nullopt, worldProfile());
        runFamily(misused);
        QVERIFY(misused.findingOf(u"identifier.misused"_qs, u"www.slszkj.com"_qs));

        // the provincial portal's badge is the dynamic script: its colour comes from the script
        TestContext portal(orgs.value(u"SL01"_qs), std::nullopt, worldProfile());
        runFamily(portal);
        QVERIFY(portal.hasOutcome(u"identifier.kind_mismatch"_qs, Models::Outcome::Pass, u"www.sl.gov.cn"_qs));
        QVERIFY(portal.hasOutcome(u"identifier.missing"_qs, Models::Outcome::Pass, u"www.sl.gov.cn"_qs));
        // clean twins pass every check that applies to them
        TestContext uni(orgs.value(u"SL16"_qs), std::nullopt, worldProfile());
        runFamily(uni);
        QVERIFY(uni.hasOutcome(u"identifier.kind_mismatch"_qs, Models::Outcome::Pass, u"www.slu.edu.cn"_qs));
        QVERIFY(uni.resultsOf(u"identifier.site_code_missing"_qs).isEmpty()); // institutions have no site code
        TestContext enterprise(orgs.value(u"SL27"_qs), std::nullopt, worldProfile());
        runFamily(enterprise);
        QVERIFY(enterprise.hasOutcome(u"identifier.misused"_qs, Models::Outcome::Pass, u"www.slny-group.com"_qs));
    }

    void unreachableIsInconclusive()
    {
        TestContext ctx(Testing::demoOrgs().value(u"SL09"_qs), std::nullopt, worldProfile());
        runFamily(ctx);
        QVERIFY(ctx.hasOutcome(u"identifier.missing"_qs, Models::Outcome::Inconclusive, u"www.tyjrswt.sl.gov.cn"_qs));

        QTcpServer silent; // accepts and never answers
        QVERIFY(silent.listen(QHostAddress(u"127.0.9.91"_qs), 443));
        auto org = Testing::demoOrgs().value(u"SL02"_qs);
        org.websites = {u"127.0.9.91"_qs};
        TestContext slow(org, std::nullopt, worldProfile(700));
        runFamily(slow);
        QVERIFY(slow.findings.isEmpty());
        QVERIFY(slow.hasOutcome(u"identifier.icp_missing"_qs, Models::Outcome::Inconclusive, u"127.0.9.91"_qs));
    }
};

QTEST_GUILESS_MAIN(TestIdentifierFamilyWorld)
#include "tst_identifierfamily_world.moc"
