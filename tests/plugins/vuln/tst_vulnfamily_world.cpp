// The vuln family on every org of the demo province, inside the test world with the shipped and the
// world's feeds: each check fires on the org planted for it (tests/world/README.md) and nowhere else.
#include "testcontext.h"
#include "vulnfamily.h"

#include <QTcpServer>
#include <QTest>

using namespace Govscope;
using Sdk::Testing::TestContext;

namespace {

Sdk::Feeds feeds()
{
    auto f = Sdk::Feeds::load({QStringLiteral(GOVSCOPE_SOURCE_DIR "/resources/feeds"),
                               QStringLiteral(GOVSCOPE_SOURCE_DIR "/tests/world/feeds")});
    return f ? *f : Sdk::Feeds{};
}

Sdk::ScanProfile profile(int timeoutMs = 4000)
{
    Sdk::ScanProfile p;
    p.timeoutMs = timeoutMs;
    return p;
}

void runFamily(TestContext &ctx)
{
    Vuln::VulnFamily family;
    ctx.m_feeds = feeds();
    QCoro::waitFor(family.run(ctx)); // tests may block on their own loop; the app never does
}

QStringList targetsOf(const TestContext &ctx, const QString &check)
{
    QStringList out;
    for (const Models::NewFinding &f : ctx.findings)
        if (f.check == check)
            out << f.target;
    out.sort();
    return out;
}

} // namespace

class TestVulnFamilyWorld : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firesExactlyWherePlanted()
    {
        const QHash<QString, Models::Organization> orgs = Sdk::Testing::demoOrgs();
        QVERIFY(orgs.size() >= 20);
        const QHash<QString, QStringList> expected{
            {u"SL03"_qs, {u"vuln.high_risk_port"_qs, u"vuln.no_waf"_qs, u"vuln.weak_password"_qs}},
            {u"SL06"_qs, {u"vuln.known_vulnerability"_qs}},
            {u"SL09"_qs, {u"vuln.exposed_admin"_qs}},
            {u"SL12"_qs, {u"vuln.known_vulnerability"_qs, u"vuln.no_waf"_qs}},
            {u"SL15"_qs, {u"vuln.high_risk_port"_qs}},
            {u"SL19"_qs, {u"vuln.high_risk_port"_qs}},
        };
        for (const Models::Organization &org : orgs) {
            TestContext ctx(org, std::nullopt, profile());
            runFamily(ctx);
            QCOMPARE(ctx.firedChecks(), expected.value(org.id));
            for (const Models::NewFinding &f : ctx.findings) {
                QCOMPARE(f.family, u"vuln"_qs);
                QVERIFY2(f.evidence.size() >= 2, qPrintable(f.check));
            }
            // the authorised-only check runs only for authorised orgs
            if (!org.authorized)
                QVERIFY(ctx.resultsOf(u"vuln.weak_password"_qs).isEmpty());
        }
    }

    void targetsSeverityAndEvidence()
    {
        const auto orgs = Sdk::Testing::demoOrgs();
        TestContext zjt(orgs.value(u"SL03"_qs), std::nullopt, profile());
        runFamily(zjt);
        QCOMPARE(targetsOf(zjt, u"vuln.high_risk_port"_qs),
                 (QStringList{u"zjt.sl.gov.cn:21"_qs, u"zjt.sl.gov.cn:23"_qs}));
        QVERIFY(zjt.findingOf(u"vuln.high_risk_port"_qs, u"zjt.sl.gov.cn:21"_qs)->title.contains(u"vsFTPd"_qs));
        const Models::NewFinding *ftp = zjt.findingOf(u"vuln.weak_password"_qs, u"zjt.sl.gov.cn:21"_qs);
        QVERIFY(ftp);
        const QString transcript = QString::fromUtf8(ftp->evidence.first().content);
        QVERIFY2(transcript.contains(u"230 Login successful"_qs), qPrintable(transcript));
        QVERIFY(!transcript.contains(u"anonymous@example.com"_qs)); // password masked
        QVERIFY(zjt.fired(u"vuln.no_waf"_qs, u"zjt.sl.gov.cn"_qs));

        TestContext cms(orgs.value(u"SL06"_qs), std::nullopt, profile());
        runFamily(cms);
        const Models::NewFinding *kev = cms.findingOf(u"vuln.known_vulnerability"_qs, u"www.sljrj.com.cn"_qs);
        QVERIFY(kev);
        QCOMPARE(kev->severity, Models::Severity::Critical);
        QVERIFY2(kev->title.contains(u"SLCMS 3.2.1"_qs) && kev->title.contains(u"CVE-2099-0001"_qs),
                 qPrintable(kev->title));

        TestContext old(orgs.value(u"SL12"_qs), std::nullopt, profile());
        runFamily(old);
        const Models::NewFinding *httpd = old.findingOf(u"vuln.known_vulnerability"_qs, u"jgswglj.sl.gov.cn"_qs);
        QVERIFY(httpd);
        QCOMPARE(httpd->severity, Models::Severity::High);
        QVERIFY2(httpd->title.contains(u"Apache HTTP Server 2.2.15"_qs) && httpd->title.contains(u"CVE-2099-0002"_qs),
                 qPrintable(httpd->title));

        TestContext admin(orgs.value(u"SL09"_qs), std::nullopt, profile());
        runFamily(admin);
        const Models::NewFinding *exposed = admin.findingOf(u"vuln.exposed_admin"_qs, u"tyjrswt.sl.gov.cn"_qs);
        QVERIFY(exposed);
        QVERIFY2(exposed->title.contains(u"/actuator"_qs) && exposed->title.contains(u"/druid/index.html"_qs),
                 qPrintable(exposed->title));
        QVERIFY(!exposed->title.contains(u"swagger"_qs));
        // the declared site that does not resolve is inconclusive, never a finding
        QVERIFY(admin.hasOutcome(u"vuln.exposed_admin"_qs, Models::Outcome::Inconclusive, u"www.tyjrswt.sl.gov.cn"_qs));
        QVERIFY(
            admin.hasOutcome(u"vuln.high_risk_port"_qs, Models::Outcome::Inconclusive, u"www.tyjrswt.sl.gov.cn"_qs));

        // a clean twin: WAF present, nothing open, platform without version
        TestContext clean(orgs.value(u"SL10"_qs), std::nullopt, profile());
        runFamily(clean);
        QVERIFY(clean.findings.isEmpty());
        for (const QString &check :
             {u"vuln.no_waf"_qs, u"vuln.exposed_admin"_qs, u"vuln.high_risk_port"_qs, u"vuln.known_vulnerability"_qs})
            QVERIFY2(clean.hasOutcome(check, Models::Outcome::Pass, u"www.fanli.gov.cn"_qs), qPrintable(check));
    }

    void silentSiteIsInconclusive()
    {
        QTcpServer silent; // accepts and never answers
        QVERIFY(silent.listen(QHostAddress(u"127.0.9.93"_qs), 443));
        auto org = Sdk::Testing::demoOrgs().value(u"SL02"_qs);
        org.websites = {u"127.0.9.93"_qs};
        org.mailDomains.clear();
        TestContext slow(org, std::nullopt, profile(700));
        runFamily(slow);
        QVERIFY(slow.findings.isEmpty());
        QVERIFY(slow.hasOutcome(u"vuln.no_waf"_qs, Models::Outcome::Inconclusive, u"127.0.9.93"_qs));
    }
};

QTEST_GUILESS_MAIN(TestVulnFamilyWorld)
#include "tst_vulnfamily_world.moc"
