// The domain rules on in-memory orgs and DNS answers: a positive and a negative case per check.
#include "assets.h"
#include "dnsrules.h"
#include "findingtext.h"
#include "orgrepository.h"
#include "suffixrules.h"
#include "testcontext.h"

#include <QTest>

using namespace Govscope;
using namespace Govscope::Domain;
using Models::OrgKind;
using Models::OrgLevel;
using Models::OrgRole;
using Testing::makeOrg;

namespace {

DomainHosts hostsOf(const Models::Organization &o)
{
    return DomainHosts::of(Models::declaredAssets(o));
}

QStringList firedTargets(const QList<RuleOutcome> &outcomes)
{
    QStringList out;
    for (const RuleOutcome &r : outcomes)
        if (r.fired)
            out << r.target;
    return out;
}

Sdk::HostResolution resolution(QStringList chain, Sdk::DnsStatus status, QStringList addresses = {})
{
    Sdk::HostResolution r;
    r.host = chain.first();
    r.chain = chain;
    r.status = status;
    r.addresses = addresses;
    return r;
}

} // namespace

class TestDomainRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void nonGovUsesGovSuffix()
    {
        const auto enterprise = makeOrg(u"E1"_qs, OrgKind::Enterprise, OrgLevel::Province, OrgRole::Unknown,
                                        {u"jttz.sl.gov.cn"_qs, u"www.jttz.com"_qs});
        QCOMPARE(firedTargets(SuffixRules::nonGovUsesGovSuffix(enterprise, hostsOf(enterprise))),
                 QStringList{u"jttz.sl.gov.cn"_qs});
        // an institution's mail domain under .gov.cn counts too; 政务 as well
        const auto institution = makeOrg(u"I1"_qs, OrgKind::Institution, OrgLevel::Province, OrgRole::Department,
                                         {u"https://www.示例.政务/"_qs}, {u"dsjzx.sl.gov.cn"_qs});
        QCOMPARE(firedTargets(SuffixRules::nonGovUsesGovSuffix(institution, hostsOf(institution))),
                 (QStringList{u"www.xn--fsq092h.xn--zfr164b"_qs, u"dsjzx.sl.gov.cn"_qs}));
        const auto gov =
            makeOrg(u"G1"_qs, OrgKind::PartyGov, OrgLevel::Province, OrgRole::Government, {u"www.sl.gov.cn"_qs});
        QVERIFY(SuffixRules::nonGovUsesGovSuffix(gov, hostsOf(gov)).isEmpty()); // does not apply
        const auto clean =
            makeOrg(u"E2"_qs, OrgKind::Enterprise, OrgLevel::Province, OrgRole::Unknown, {u"www.slny-group.com"_qs});
        QVERIFY(firedTargets(SuffixRules::nonGovUsesGovSuffix(clean, hostsOf(clean))).isEmpty());
    }

    void govMissingGovSuffix()
    {
        const auto gov = makeOrg(u"G1"_qs, OrgKind::PartyGov, OrgLevel::Province, OrgRole::Department,
                                 {u"www.sljrj.com.cn"_qs, u"jrj.sl.gov.cn"_qs, u"www.示例.政务"_qs});
        const auto outcomes = SuffixRules::govMissingGovSuffix(gov, hostsOf(gov));
        QCOMPARE(firedTargets(outcomes), QStringList{u"www.sljrj.com.cn"_qs});
        QCOMPARE(outcomes.size(), 3);
        QVERIFY(Models::FindingText::render(outcomes.first().reasoning, u"en"_qs).contains(u"com.cn"_qs));
        const auto enterprise =
            makeOrg(u"E1"_qs, OrgKind::Enterprise, OrgLevel::Province, OrgRole::Unknown, {u"www.x.com"_qs});
        QVERIFY(SuffixRules::govMissingGovSuffix(enterprise, hostsOf(enterprise)).isEmpty());
    }

    void institutionBadSuffix()
    {
        const auto inst = makeOrg(u"I1"_qs, OrgKind::Institution, OrgLevel::Province, OrgRole::Department,
                                  {u"www.slyy1.com"_qs, u"www.slu.edu.cn"_qs, u"www.sldag.org.cn"_qs,
                                   u"www.示例医院.公益"_qs, u"www.slyy.net"_qs});
        QCOMPARE(firedTargets(SuffixRules::institutionBadSuffix(inst, hostsOf(inst))),
                 (QStringList{u"www.slyy1.com"_qs, u"www.slyy.net"_qs}));
        const auto gov =
            makeOrg(u"G1"_qs, OrgKind::PartyGov, OrgLevel::Province, OrgRole::Department, {u"www.slyy1.com"_qs});
        QVERIFY(SuffixRules::institutionBadSuffix(gov, hostsOf(gov)).isEmpty());
    }

    void multipleDomains()
    {
        const auto two = makeOrg(u"G1"_qs, OrgKind::PartyGov, OrgLevel::Province, OrgRole::Department,
                                 {u"wlt.sl.gov.cn"_qs, u"www.slwlt.gov.cn"_qs});
        const auto fired = SuffixRules::multipleDomains(two, hostsOf(two));
        QCOMPARE(fired.size(), 1);
        QVERIFY(fired.first().fired);
        QCOMPARE(fired.first().target, u"sl.gov.cn, slwlt.gov.cn"_qs);
        QVERIFY(Models::FindingText::render(fired.first().reasoning, u"en"_qs).contains(u"public suffix"_qs));
        // one English and one Chinese registrable domain is what 国办函〔2018〕55号 allows
        const auto pair = makeOrg(u"G2"_qs, OrgKind::PartyGov, OrgLevel::Province, OrgRole::Department,
                                  {u"wlt.sl.gov.cn"_qs, u"zt.wlt.sl.gov.cn"_qs, u"www.示例文旅.政务"_qs});
        QVERIFY(!SuffixRules::multipleDomains(pair, hostsOf(pair)).first().fired);
        const auto twoChinese = makeOrg(u"G3"_qs, OrgKind::PartyGov, OrgLevel::Province, OrgRole::Department,
                                        {u"www.示例文旅.政务"_qs, u"www.示例旅游.政务"_qs});
        QVERIFY(SuffixRules::multipleDomains(twoChinese, hostsOf(twoChinese)).first().fired);
        const auto inst = makeOrg(u"I1"_qs, OrgKind::Institution, OrgLevel::Province, OrgRole::Department,
                                  {u"www.a.cn"_qs, u"www.b.cn"_qs});
        QVERIFY(SuffixRules::multipleDomains(inst, hostsOf(inst)).isEmpty());
    }

    void danglingCname()
    {
        using Sdk::DnsStatus;
        QCOMPARE(
            DnsRules::danglingCname(resolution({u"zt.a.gov.cn"_qs, u"gone.example.com"_qs}, DnsStatus::NxDomain)).kind,
            DnsVerdict::Fire);
        QCOMPARE(DnsRules::danglingCname(
                     resolution({u"www.a.edu.cn"_qs, u"cdn.example.cn"_qs}, DnsStatus::Ok, {u"127.0.60.10"_qs}))
                     .kind,
                 DnsVerdict::Pass);
        QCOMPARE(DnsRules::danglingCname(resolution({u"www.a.gov.cn"_qs}, DnsStatus::NxDomain)).kind, DnsVerdict::Pass);
        QCOMPARE(
            DnsRules::danglingCname(resolution({u"zt.a.gov.cn"_qs, u"slow.example.com"_qs}, DnsStatus::Timeout)).kind,
            DnsVerdict::Inconclusive);
    }

    void websiteResolvable()
    {
        using Sdk::DnsStatus;
        QCOMPARE(DnsRules::websiteResolvable(resolution({u"www.a.gov.cn"_qs}, DnsStatus::NxDomain)).kind,
                 DnsVerdict::Fire);
        QCOMPARE(DnsRules::websiteResolvable(resolution({u"www.a.gov.cn"_qs}, DnsStatus::NoRecords)).kind,
                 DnsVerdict::Fire);
        QCOMPARE(DnsRules::websiteResolvable(resolution({u"www.a.gov.cn"_qs}, DnsStatus::Ok, {u"127.0.0.1"_qs})).kind,
                 DnsVerdict::Pass);
        QCOMPARE(DnsRules::websiteResolvable(resolution({u"www.a.gov.cn"_qs}, DnsStatus::Timeout)).kind,
                 DnsVerdict::Inconclusive);
    }

    void mailDomainResolvable()
    {
        using Sdk::DnsStatus;
        Sdk::DnsAnswer mx;
        mx.name = u"a.gov.cn"_qs;
        mx.type = QDnsLookup::MX;
        mx.status = DnsStatus::Ok;
        mx.values = {u"10 mail.a.gov.cn"_qs};
        QCOMPARE(DnsRules::mailDomainResolvable(mx, {}).kind, DnsVerdict::Pass);
        mx.status = DnsStatus::NoRecords;
        mx.values.clear();
        QCOMPARE(
            DnsRules::mailDomainResolvable(mx, resolution({u"a.gov.cn"_qs}, DnsStatus::Ok, {u"127.0.0.1"_qs})).kind,
            DnsVerdict::Pass);
        QCOMPARE(DnsRules::mailDomainResolvable(mx, resolution({u"a.gov.cn"_qs}, DnsStatus::NoRecords)).kind,
                 DnsVerdict::Fire);
        mx.status = DnsStatus::NxDomain;
        QCOMPARE(DnsRules::mailDomainResolvable(mx, resolution({u"a.gov.cn"_qs}, DnsStatus::NxDomain)).kind,
                 DnsVerdict::Fire);
        mx.status = DnsStatus::Timeout;
        QCOMPARE(DnsRules::mailDomainResolvable(mx, resolution({u"a.gov.cn"_qs}, DnsStatus::Timeout)).kind,
                 DnsVerdict::Inconclusive);
    }
};

QTEST_GUILESS_MAIN(TestDomainRules)
#include "tst_domainrules.moc"
