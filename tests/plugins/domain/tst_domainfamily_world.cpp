// The domain family on every org of the demo province, inside the test world: each check fires on
// the org planted for it (tests/world/world.ini) and nowhere else, clean twins included.
#include "domainfamily.h"
#include "familyworld.h"
#include "lateresolver.h"

#include <QTest>
#include <QUdpSocket>

using namespace Govscope;
using Testing::TestContext;
using Testing::worldProfile;

namespace {

constexpr auto runFamily = Testing::runNewFamily<Domain::DomainFamily>;

} // namespace

class TestDomainFamilyWorld : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firesExactlyWherePlanted()
    {
        Testing::expectFiresExactlyWherePlanted(
            u"domain"_qs, worldProfile(), runFamily, 2, [](const Models::Organization &org, TestContext &ctx) {
                for (const Models::NewFinding &f : ctx.findings)
                    QVERIFY(!f.title.isEmpty());
                QVERIFY2(!ctx.hasOutcome(u"domain.unresolvable"_qs, Models::Outcome::Inconclusive), qPrintable(org.id));
            });
    }

    void evidenceCarriesChainAndOrgFacts()
    {
        const auto orgs = Testing::demoOrgs();
        TestContext ctx(orgs.value(u"SL07"_qs), std::nullopt, worldProfile());
        runFamily(ctx);
        const Models::NewFinding *f = ctx.findingOf(u"domain.dangling_cname"_qs, u"zt.nynct.sl.gov.cn"_qs);
        QVERIFY(f);
        QCOMPARE(f->severity, Models::Severity::High);
        QCOMPARE(f->evidence.first().kind, u"dns"_qs);
        const QString dig = QString::fromUtf8(f->evidence.first().content);
        QVERIFY2(dig.contains(u"IN\tCNAME\tnynct-zt.cdn-gone-example.com."_qs) && dig.contains(u"NXDOMAIN"_qs),
                 qPrintable(dig));
        QVERIFY(f->evidence.last().summary.contains(u"SL07"_qs));
        QVERIFY(ctx.hasOutcome(u"domain.dangling_cname"_qs, Models::Outcome::Pass, u"nynct.sl.gov.cn"_qs));

        TestContext twin(orgs.value(u"SL16"_qs), std::nullopt, worldProfile());
        runFamily(twin);
        QVERIFY(twin.findings.isEmpty());
        // the CDN node behind the CNAME is not under slu.edu.cn: evidence, not a host of the org (issue 12)
        QVERIFY(!twin.discoveries.contains({Models::AssetType::Host, u"slu-edu.cdn.slyun.cn"_qs}));
    }

    void cnameOntoSharedHostIsEvidenceNotAnOrgHost()
    {
        Models::Organization org = Testing::makeOrg(u"T02"_qs, Models::OrgKind::PartyGov, Models::OrgLevel::Province,
                                                    Models::OrgRole::Department, {u"www.cdnuser.gov.cn"_qs});
        TestContext ctx(org, std::nullopt, worldProfile());
        runFamily(ctx);
        QVERIFY(ctx.findings.isEmpty());
        QVERIFY2(ctx.discoveries.isEmpty(), qPrintable(ctx.discoveries.value(0).second));
        const auto results = ctx.resultsOf(u"domain.dangling_cname"_qs, u"www.cdnuser.gov.cn"_qs);
        QCOMPARE(results.size(), 1);
        QCOMPARE(results.first().outcome, Models::Outcome::Pass);
        QVERIFY2(results.first().reason.contains(u"shared.cdn-example.net"_qs) &&
                     results.first().reason.contains(u"evidence"_qs),
                 qPrintable(results.first().reason));
    }

    void dnsTimeoutIsInconclusive()
    {
        QUdpSocket hole; // a nameserver that never answers
        QVERIFY2(hole.bind(QHostAddress(u"127.0.9.54"_qs), 53), qPrintable(hole.errorString()));
        Sdk::ScanProfile p;
        p.timeoutMs = 800;
        TestContext ctx(Testing::demoOrgs().value(u"SL09"_qs), std::nullopt, p);
        ctx.probes().dns().setNameserver(QHostAddress(u"127.0.9.54"_qs));
        runFamily(ctx);
        QVERIFY(ctx.findings.isEmpty());
        QVERIFY(ctx.hasOutcome(u"domain.unresolvable"_qs, Models::Outcome::Inconclusive, u"www.tyjrswt.sl.gov.cn"_qs));
        QVERIFY(ctx.hasOutcome(u"domain.dangling_cname"_qs, Models::Outcome::Inconclusive));
    }

    void lateFirstAnswerIsAskedAgain()
    {
        // every first answer comes after the probe's timeout, as from a loaded resolver: asked again, the
        // verdicts are those of a prompt resolver (on main the NXDOMAIN host ended inconclusive)
        Testing::LateResolver late(1500);
        QVERIFY(late.listen(u"127.0.77.21"_qs));
        Sdk::ScanProfile p;
        p.timeoutMs = 700;
        TestContext ctx(Testing::demoOrgs().value(u"SL09"_qs), std::nullopt, p);
        ctx.probes().dns().setNameserver(QHostAddress(u"127.0.77.21"_qs));
        runFamily(ctx);
        QVERIFY(late.delayed > 0);
        QVERIFY2(ctx.fired(u"domain.unresolvable"_qs, u"www.tyjrswt.sl.gov.cn"_qs),
                 qPrintable(ctx.resultsOf(u"domain.unresolvable"_qs, u"www.tyjrswt.sl.gov.cn"_qs).value(0).reason));
        QVERIFY(ctx.hasOutcome(u"domain.unresolvable"_qs, Models::Outcome::Pass, u"tyjrswt.sl.gov.cn"_qs));
        QVERIFY(!ctx.hasOutcome(u"domain.dangling_cname"_qs, Models::Outcome::Inconclusive));
    }
};

QTEST_GUILESS_MAIN(TestDomainFamilyWorld)
#include "tst_domainfamily_world.moc"
