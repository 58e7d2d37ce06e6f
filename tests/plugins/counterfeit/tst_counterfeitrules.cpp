// Rules of the counterfeit family without the network: listing matches, name normalisation.
#include "listingrules.h"
#include "namenormalise.h"
#include "testcontext.h"

#include <QTest>

using namespace Govscope;
using namespace Govscope::Counterfeit;

namespace {

Models::Organization province()
{
    Models::Organization o = Sdk::Testing::makeOrg(u"P1"_qs, Models::OrgKind::PartyGov, Models::OrgLevel::Province,
                                                   Models::OrgRole::Government, {u"www.p.gov.cn"_qs});
    o.name = u"某省人民政府"_qs;
    o.apps = {u"cn.gov.p.app"_qs};
    o.accounts = {u"某省发布"_qs};
    return o;
}

Models::App app(const QString &name, const QString &package, const QString &signer, bool official = false,
                const QString &org = {}, const QString &icon = {})
{
    Models::App a;
    a.store = u"store"_qs;
    a.name = name;
    a.package = package;
    a.signerSha256 = signer;
    a.official = official;
    a.org = org;
    a.icon = icon;
    return a;
}

Models::Account account(const QString &name, const QString &id, bool official = false, const QString &org = {})
{
    Models::Account a;
    a.platform = u"wechat_mp"_qs;
    a.name = name;
    a.accountId = id;
    a.official = official;
    a.org = org;
    return a;
}

const QString SignerA = QString(64, u'a');
const QString SignerB = QString(64, u'b');

} // namespace

class TestCounterfeitRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void normalisesWidthCaseAndSpaces()
    {
        QCOMPARE(normaliseName(u"某省 政务ＡＰＰ"_qs), normaliseName(u"某省政务app"_qs));
        QCOMPARE(normaliseName(u"某省\u3000政务"_qs), u"某省政务"_qs);
        QVERIFY(normaliseName(u"某省政务"_qs) != normaliseName(u"某市政务"_qs));
    }

    void appWithOfficialNameAndOtherPackageFires()
    {
        const QList<Models::App> apps{app(u"某省政务"_qs, u"cn.gov.p.app"_qs, SignerA, true, u"P1"_qs),
                                      app(u"某省 政务"_qs, u"com.fake.app"_qs, SignerB)};
        const auto hits = ListingRules::impersonatingApps(province(), apps);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits[0].listing.package, u"com.fake.app"_qs);
        QCOMPARE(hits[0].matchedBy, QStringList{u"name"_qs});
        QCOMPARE(hits[0].differs, (QStringList{u"package"_qs, u"signer"_qs}));
    }

    void appWithOfficialPackageButOtherSignerFires()
    {
        const QList<Models::App> apps{app(u"某省政务"_qs, u"cn.gov.p.app"_qs, SignerA, true, u"P1"_qs),
                                      app(u"某省政务"_qs, u"cn.gov.p.app"_qs, SignerB)};
        const auto hits = ListingRules::impersonatingApps(province(), apps);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits[0].differs, QStringList{u"signer"_qs});
    }

    void appMatchedByIconOnlyFires()
    {
        const QString icon = QString(64, u'c');
        const QList<Models::App> apps{app(u"某省政务"_qs, u"cn.gov.p.app"_qs, SignerA, true, u"P1"_qs, icon),
                                      app(u"掌上办事"_qs, u"com.other"_qs, {}, false, {}, icon)};
        const auto hits = ListingRules::impersonatingApps(province(), apps);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits[0].matchedBy, QStringList{u"icon"_qs});
    }

    void mirrorsAndUnrelatedAppsDoNotFire()
    {
        const QList<Models::App> apps{app(u"某省政务"_qs, u"cn.gov.p.app"_qs, SignerA, true, u"P1"_qs),
                                      app(u"某省政务"_qs, u"cn.gov.p.app"_qs, SignerA), // same app elsewhere
                                      app(u"某省政务"_qs, u"cn.gov.p.app"_qs, {}),      // signer unknown
                                      app(u"天气预报"_qs, u"com.weather"_qs, SignerB),  // other name
                                      app(u"某省政务"_qs, u"cn.gov.q.app"_qs, SignerB, true, u"Q1"_qs)}; // other org's
        QVERIFY(ListingRules::impersonatingApps(province(), apps).isEmpty());
    }

    void officialAppsIncludeTheOrgColumn()
    {
        const auto officials = ListingRules::officialApps(province(), {});
        QCOMPARE(officials.size(), 1);
        QCOMPARE(officials[0].package, u"cn.gov.p.app"_qs);
        QVERIFY(officials[0].name.isEmpty()); // no name: the column alone cannot match by name
    }

    void accountCarryingOrgNameFires()
    {
        const QList<Models::Account> accounts{account(u"某省发布"_qs, u"gh_1"_qs, true, u"P1"_qs),
                                              account(u"某省人民政府 发布"_qs, u"gh_666"_qs)};
        const auto hits = ListingRules::impersonatingAccounts(province(), accounts);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits[0].listing.accountId, u"gh_666"_qs);
        QCOMPARE(hits[0].matchedBy, u"org name"_qs);
    }

    void accountCarryingOfficialNameFires()
    {
        const QList<Models::Account> accounts{account(u"某省 发布"_qs, u"gh_777"_qs)};
        const auto hits = ListingRules::impersonatingAccounts(province(), accounts);
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits[0].matchedBy, u"official account name"_qs);
    }

    void officialAndUnrelatedAccountsDoNotFire()
    {
        const QList<Models::Account> accounts{account(u"某省发布"_qs, u"gh_1"_qs, true, u"P1"_qs),
                                              account(u"某省发布"_qs, u"gh_1"_qs), // the official one, re-listed
                                              account(u"某市发布"_qs, u"gh_2"_qs),
                                              account(u"某省人民政府"_qs, u"gh_3"_qs, true, u"Q1"_qs)};
        QVERIFY(ListingRules::impersonatingAccounts(province(), accounts).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCounterfeitRules)
#include "tst_counterfeitrules.moc"
