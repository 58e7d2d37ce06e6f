// The identifier family on every org of the demo province, inside the test world: each check fires
// on the org planted for it (tests/world/README.md) and nowhere else, clean twins included.
#include "identifierfamily.h"
#include "testcontext.h"

#include <QTcpServer>
#include <QTest>

using namespace Govscope;
using Sdk::Testing::TestContext;

namespace {

void runFamily(TestContext &ctx)
{
    Identifier::IdentifierFamily family;
    QCoro::waitFor(family.run(ctx)); // tests may block on their own loop; the app never does
}

Sdk::ScanProfile profile(int timeoutMs = 4000)
{
    Sdk::ScanProfile p;
    p.timeoutMs = timeoutMs;
    return p;
}

} // namespace

class TestIdentifierFamilyWorld : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firesExactlyWherePlanted()
    {
        const QHash<QString, Models::Organization> orgs = Sdk::Testing::demoOrgs();
        QVERIFY(orgs.size() >= 20);
        const QHash<QString, QStringList> expected{
            {u"SL11"_qs, {u"identifier.site_code_missing"_qs}},
            {u"SL12"_qs, {u"identifier.icp_missing"_qs, u"identifier.missing"_qs, u"identifier.site_code_missing"_qs}},
            {u"SL17"_qs, {u"identifier.kind_mismatch"_qs}},
            {u"SL21"_qs, {u"identifier.misused"_qs}},
            {u"SL29"_qs, {u"identifier.kind_mismatch"_qs, u"identifier.site_code_missing"_qs}},
        };
        for (const Models::Organization &org : orgs) {
            TestContext ctx(org, std::nullopt, profile());
            runFamily(ctx);
            QCOMPARE(ctx.firedChecks(), expected.value(org.id));
            for (const Models::NewFinding &f : ctx.findings) {
                QCOMPARE(f.family, u"identifier"_qs);
                QVERIFY2(f.evidence.size() >= 3, qPrintable(f.check));
            }
        }
    }

    void targetsAndEvidence()
    {
        const auto orgs = Sdk::Testing::demoOrgs();
        TestContext region(orgs.value(u"SL11"_qs), std::nullopt, profile());
        runFamily(region);
        const Models::NewFinding *code = region.findingOf(u"identifier.site_code_missing"_qs, u"scjgj.sl.gov.cn"_qs);
        QVERIFY(code);
        QVERIFY2(code->title.contains(u"990200"_qs), qPrintable(code->title));

        TestContext split(orgs.value(u"SL29"_qs), std::nullopt, profile());
        runFamily(split);
        code = split.findingOf(u"identifier.site_code_missing"_qs, u"tyj.sl.gov.cn"_qs);
        QVERIFY(code);
        QVERIFY2(code->title.contains(u"9900000092"_qs), qPrintable(code->title));
        const Models::NewFinding *blue = split.findingOf(u"identifier.kind_mismatch"_qs, u"tyj.sl.gov.cn"_qs);
        QVERIFY(blue);
        QVERIFY(QString::fromUtf8(blue->evidence.first().content).contains(u"blue.png"_qs));

        TestContext misused(orgs.value(u"SL21"_qs), std::nullopt, profile());
        runFamily(misused);
        QVERIFY(misused.findingOf(u"identifier.misused"_qs, u"www.slszkj.com"_qs));

        // the provincial portal's badge is the dynamic script: its colour comes from the script
        TestContext portal(orgs.value(u"SL01"_qs), std::nullopt, profile());
        runFamily(portal);
        QVERIFY(portal.hasOutcome(u"identifier.kind_mismatch"_qs, Models::Outcome::Pass, u"www.sl.gov.cn"_qs));
        QVERIFY(portal.hasOutcome(u"identifier.missing"_qs, Models::Outcome::Pass, u"www.sl.gov.cn"_qs));
        // clean twins pass every check that applies to them
        TestContext uni(orgs.value(u"SL16"_qs), std::nullopt, profile());
        runFamily(uni);
        QVERIFY(uni.hasOutcome(u"identifier.kind_mismatch"_qs, Models::Outcome::Pass, u"www.slu.edu.cn"_qs));
        QVERIFY(uni.resultsOf(u"identifier.site_code_missing"_qs).isEmpty()); // institutions have no site code
        TestContext enterprise(orgs.value(u"SL27"_qs), std::nullopt, profile());
        runFamily(enterprise);
        QVERIFY(enterprise.hasOutcome(u"identifier.misused"_qs, Models::Outcome::Pass, u"www.slny-group.com"_qs));
    }

    void unreachableIsInconclusive()
    {
        TestContext ctx(Sdk::Testing::demoOrgs().value(u"SL09"_qs), std::nullopt, profile());
        runFamily(ctx);
        QVERIFY(ctx.hasOutcome(u"identifier.missing"_qs, Models::Outcome::Inconclusive, u"www.tyjrswt.sl.gov.cn"_qs));

        QTcpServer silent; // accepts and never answers
        QVERIFY(silent.listen(QHostAddress(u"127.0.9.91"_qs), 443));
        auto org = Sdk::Testing::demoOrgs().value(u"SL02"_qs);
        org.websites = {u"127.0.9.91"_qs};
        TestContext slow(org, std::nullopt, profile(700));
        runFamily(slow);
        QVERIFY(slow.findings.isEmpty());
        QVERIFY(slow.hasOutcome(u"identifier.icp_missing"_qs, Models::Outcome::Inconclusive, u"127.0.9.91"_qs));
    }
};

QTEST_GUILESS_MAIN(TestIdentifierFamilyWorld)
#include "tst_identifierfamily_world.moc"
