// Rules of the counterfeit family without the network: listing matches, name normalisation,
// look-alike name generation, page similarity and badge markers.
#include "assets.h"
#include "candidates.h"
#include "conacmarkers.h"
#include "domainpermutations.h"
#include "impostornames.h"
#include "listingrules.h"
#include "namenormalise.h"
#include "orgrepository.h"
#include "pagesimilarity.h"
#include "sitefacts.h"
#include "testcontext.h"

#include <QTest>

using namespace Govscope;
using namespace Govscope::Counterfeit;

namespace {

Models::Organization province()
{
    Models::Organization o = Testing::makeOrg(u"P1"_qs, Models::OrgKind::PartyGov, Models::OrgLevel::Province,
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

    void permutationsCoverEveryMethodWithinTheCap()
    {
        const QList<DomainCandidate> all = domainPermutations(u"www.sl.gov.cn"_qs, 1000);
        QHash<QString, QString> byHost;
        for (const DomainCandidate &c : all)
            byHost.insert(c.host, c.method);
        QCOMPARE(byHost.size(), all.size()); // no duplicates
        QVERIFY(!byHost.contains(u"www.sl.gov.cn"_qs));
        QCOMPARE(byHost.value(u"www.s1.gov.cn"_qs), u"homoglyph"_qs);
        QCOMPARE(byHost.value(u"www.sl-gov-cn.com"_qs), u"gov-form"_qs);
        QCOMPARE(byHost.value(u"www.slgovcn.cn"_qs), u"gov-form"_qs);
        QCOMPARE(byHost.value(u"www.sl.gov.cn.com"_qs), u"gov-form"_qs);
        QCOMPARE(byHost.value(u"www.s.gov.cn"_qs), u"omission"_qs);
        QCOMPARE(byHost.value(u"www.ssl.gov.cn"_qs), u"repetition"_qs);
        QCOMPARE(byHost.value(u"www.ls.gov.cn"_qs), u"transposition"_qs);
        QCOMPARE(byHost.value(u"www.sk.gov.cn"_qs), u"replacement"_qs);
        QCOMPARE(byHost.value(u"www.s-l.gov.cn"_qs), u"hyphenation"_qs);
        QCOMPARE(byHost.value(u"www.sl.com.cn"_qs), u"tld-swap"_qs);
        QCOMPARE(byHost.value(u"www.sl.xn--zfr164b"_qs), u"zhengwu"_qs);
        QCOMPARE(byHost.value(u"www.sl.xn--55qw42g"_qs), u"gongyi"_qs);
        QVERIFY(byHost.values().contains(u"bitsquatting"_qs));
        QVERIFY(byHost.values().contains(u"insertion"_qs));
        // rn/m and vowel swaps on a longer name; every label stays a valid LDH label
        const QList<DomainCandidate> longer = domainPermutations(u"www.minzheng.com.cn"_qs, 1000);
        QStringList hosts;
        for (const DomainCandidate &c : longer)
            hosts << c.host;
        QVERIFY(hosts.contains(u"www.rninzheng.com.cn"_qs));
        QVERIFY(hosts.contains(u"www.manzheng.com.cn"_qs));
        QVERIFY(hosts.contains(u"www.minzheng.gov.cn"_qs)); // a non-government name moved under gov.cn
        for (const QString &h : hosts)
            QVERIFY2(!h.contains(u"..") && !h.contains(u".-") && !h.contains(u"-."), qPrintable(h));
        QCOMPARE(domainPermutations(u"www.minzheng.com.cn"_qs, 25).size(), 25);
        QVERIFY(domainPermutations(u"gov.cn"_qs).isEmpty()); // a public suffix has no label to vary
    }

    void candidatesSkipOwnedNamesAndOtherOrgsLeads()
    {
        Sdk::CaseSnapshot snapshot;
        Models::Organization p = province();
        Models::Organization other = Testing::makeOrg(u"Q1"_qs, Models::OrgKind::PartyGov, Models::OrgLevel::City,
                                                      Models::OrgRole::Government, {u"www.pp.gov.cn"_qs});
        snapshot.orgs = {p, other};
        snapshot.assets.insert(p.id, Models::declaredAssets(p));
        snapshot.assets.insert(other.id, Models::declaredAssets(other));
        snapshot.leads = {Models::Lead{u"https://www.p-copy.com/index.html"_qs, u"P1"_qs, u"tip"_qs, {}},
                          Models::Lead{u"https://www.q-copy.com/"_qs, u"Q1"_qs, u"tip"_qs, {}},
                          Models::Lead{u"www.any-copy.com"_qs, {}, u"ct"_qs, {}}};
        const QList<SiteCandidate> c = Candidates::gather(p, {u"www.p.gov.cn"_qs}, snapshot, 50);
        QStringList hosts;
        for (const SiteCandidate &x : c)
            hosts << x.host;
        QCOMPARE(c.first().host, u"www.p-copy.com"_qs);
        QVERIFY(c.first().lead);
        QCOMPARE(c.first().url.path(), u"/index.html"_qs);
        QVERIFY(hosts.contains(u"www.any-copy.com"_qs));
        QVERIFY(!hosts.contains(u"www.q-copy.com"_qs));
        QVERIFY(!hosts.contains(u"www.pp.gov.cn"_qs)); // a permutation that is another org's real site
        QVERIFY(hosts.contains(u"www.o.gov.cn"_qs));
        // the cap counts generated names, the owned one included; each also comes in its other www. form
        auto generated = [](const QList<SiteCandidate> &list) {
            return std::count_if(list.cbegin(), list.cend(),
                                 [](const SiteCandidate &x) { return !x.lead && !x.origin.endsWith(u" form"_qs); });
        };
        QCOMPARE(generated(c), domainPermutations(u"www.p.gov.cn"_qs, 50).size() - 1);
        QCOMPARE(generated(Candidates::gather(p, {u"www.p.gov.cn"_qs}, snapshot, 10)), 10); // suffix forms first
        QVERIFY(hosts.contains(u"o.gov.cn"_qs));   // the bare form of www.o.gov.cn
        QVERIFY(!hosts.contains(u"pp.gov.cn"_qs)); // not derived from another org's real site
        for (const SiteCandidate &x : c)
            if (!x.lead && !x.origin.endsWith(u" form"_qs))
                QVERIFY2(hosts.contains(Candidates::otherWwwForm(x.host)) || Candidates::otherWwwForm(x.host).isEmpty(),
                         qPrintable(x.host));
    }

    void linksOfOwnPagesToLookalikesAreCandidates()
    {
        Sdk::CaseSnapshot snapshot;
        Models::Organization p = province();
        Models::Organization other = Testing::makeOrg(u"Q1"_qs, Models::OrgKind::PartyGov, Models::OrgLevel::City,
                                                      Models::OrgRole::Government, {u"www.pp.gov.cn"_qs});
        snapshot.orgs = {p, other};
        snapshot.assets.insert(p.id, Models::declaredAssets(p));
        snapshot.assets.insert(other.id, Models::declaredAssets(other));
        Candidates::CrawledPage page{QUrl(u"https://www.p.gov.cn/news/1.html"_qs),
                                     {{u"https://p-gov-cn.com/login"_qs, u"办事"_qs},         // bare gov-form
                                      {u"//portal.p.gov.cn.example-cdn.net/"_qs, u"门户"_qs}, // inner labels
                                      {u"https://www.pp.gov.cn/"_qs, u"兄弟单位"_qs},         // another org's site
                                      {u"/about.html"_qs, u"关于"_qs},                        // own site
                                      {u"https://www.weather-example.com/"_qs, u"天气"_qs},   // unrelated
                                      {u"mailto:x@p.gov.cn"_qs, u"信箱"_qs},
                                      {u"https://www.p-copy.com/"_qs, u"已有"_qs}}}; // already a lead
        QSet<QString> seen{u"www.p-copy.com"_qs};
        const QList<SiteCandidate> c = Candidates::fromLinks({page}, {u"www.p.gov.cn"_qs}, snapshot, seen);
        QStringList hosts;
        for (const SiteCandidate &x : c)
            hosts << x.host;
        QCOMPARE(hosts, (QStringList{u"p-gov-cn.com"_qs, u"portal.p.gov.cn.example-cdn.net"_qs}));
        QCOMPARE(c[0].url.path(), u"/login"_qs);
        QVERIFY2(c[1].origin.contains(u"p.gov.cn as inner labels"_qs), qPrintable(c[1].origin));
        QVERIFY(c[0].origin.contains(u"https://www.p.gov.cn/news/1.html"_qs));
        QVERIFY(seen.contains(u"p-gov-cn.com"_qs));
        QVERIFY(Candidates::fromLinks({page}, {u"www.p.gov.cn"_qs}, snapshot, seen).isEmpty()); // once only
    }

    void otherWwwFormBothWays()
    {
        QCOMPARE(Candidates::otherWwwForm(u"www.sl-gov-cn.com"_qs), u"sl-gov-cn.com"_qs);
        QCOMPARE(Candidates::otherWwwForm(u"sl-gov-cn.com"_qs), u"www.sl-gov-cn.com"_qs);
        QCOMPARE(Candidates::otherWwwForm(u"zwfw.s1.gov.cn"_qs), u"www.zwfw.s1.gov.cn"_qs);
        QVERIFY(Candidates::otherWwwForm(u"www.gov.cn"_qs).isEmpty()); // gov.cn is a public suffix
        QVERIFY(Candidates::otherWwwForm(u"com.cn"_qs).isEmpty());
    }

    void innerGovernmentLabelsAreImpostorMarkers()
    {
        const QStringList own{u"sl.gov.cn"_qs};
        QCOMPARE(innerGovernmentName(u"portal.gov.cn.other-example.com"_qs, own), u"gov.cn"_qs);
        QCOMPARE(innerGovernmentName(u"www.sl.gov.cn.login-example.net"_qs, own), u"sl.gov.cn"_qs);
        QCOMPARE(innerGovernmentName(u"SL.GOV.CN.example.com"_qs, own), u"sl.gov.cn"_qs);
        QCOMPARE(innerGovernmentName(u"www.示例.政务.example.com"_qs, {}), u"政务"_qs);
        // negatives: the government name as the real owner, a look-alike spelling, a label that only
        // contains the letters, the org's own sub-sites
        QVERIFY(innerGovernmentName(u"www.sl.gov.cn"_qs, own).isEmpty());
        QVERIFY(innerGovernmentName(u"zwfw.sl.gov.cn"_qs, own).isEmpty());
        QVERIFY(innerGovernmentName(u"www.sl-gov-cn.com"_qs, own).isEmpty());
        QVERIFY(innerGovernmentName(u"mygov.cnews.example.com"_qs, own).isEmpty());
        QVERIFY(innerGovernmentName(u"www.example.com"_qs, own).isEmpty());
        QVERIFY(innerGovernmentName(u"gov.cn"_qs, own).isEmpty());
    }

    void appNameWithAdditionsFires()
    {
        const QList<Models::App> apps{app(u"某省政务"_qs, u"cn.gov.p.app"_qs, SignerA, true, u"P1"_qs),
                                      app(u"某省政务（官方最新版）"_qs, u"com.fake.one"_qs, SignerB),
                                      app(u"某省政务 Pro"_qs, u"com.fake.two"_qs, {}),
                                      app(u"某省政务极速版"_qs, u"com.fake.three"_qs, {})};
        const auto hits = ListingRules::impersonatingApps(province(), apps);
        QCOMPARE(hits.size(), 3);
        for (const AppImpersonation &h : hits) {
            QVERIFY2(h.matchedBy.join(u' ').startsWith(u"name with additions"_qs), qPrintable(h.listing.name));
            QVERIFY(h.differs.contains(u"package"_qs));
        }
        QCOMPARE(ListingRules::withoutAppAdditions(u"示例通 HD-官方版"_qs), u"示例通"_qs);
        // negatives: another app whose name merely starts with the official one's, and a bare addition
        QCOMPARE(ListingRules::withoutAppAdditions(u"某省政务服务"_qs), u"某省政务服务"_qs);
        QCOMPARE(ListingRules::withoutAppAdditions(u"Pro"_qs), u"pro"_qs);
        const QList<Models::App> others{app(u"某省政务"_qs, u"cn.gov.p.app"_qs, SignerA, true, u"P1"_qs),
                                        app(u"某省政务服务"_qs, u"com.other"_qs, SignerB),
                                        app(u"某省政务通知助手"_qs, u"com.other2"_qs, SignerB)};
        QVERIFY(ListingRules::impersonatingApps(province(), others).isEmpty());
    }

    void appWithOfficialPackageOrNameButOtherDeveloperFires()
    {
        Models::App official = app(u"某省政务"_qs, u"cn.gov.p.app"_qs, SignerA, true, u"P1"_qs);
        official.developer = u"某省大数据中心"_qs;
        Models::App fake = app(u"某省政务"_qs, u"cn.gov.p.app"_qs, SignerA);
        fake.developer = u"个人开发者"_qs;
        Models::App mirror = app(u"某省政务"_qs, u"cn.gov.p.app"_qs, SignerA);
        mirror.developer = u"某省 大数据中心"_qs; // the same developer, spaced differently
        const auto hits = ListingRules::impersonatingApps(province(), {official, fake, mirror});
        QCOMPARE(hits.size(), 1);
        QCOMPARE(hits[0].listing.developer, u"个人开发者"_qs);
        QCOMPARE(hits[0].differs, QStringList{u"developer"_qs});
        // matched by package alone (another name), signed by someone else: a repackaged app
        const auto repack =
            ListingRules::impersonatingApps(province(), {official, app(u"政务助手"_qs, u"cn.gov.p.app"_qs, SignerB)});
        QCOMPARE(repack.size(), 1);
        QVERIFY(repack[0].matchedBy.contains(u"package"_qs));
        QCOMPARE(repack[0].differs, QStringList{u"signer"_qs});
    }

    void accountNearlyEqualOrContainingFires()
    {
        Models::Organization p = province();
        p.accounts = {u"某省政务发布"_qs};
        const QList<Models::Account> accounts{
            account(u"某省政务发部"_qs, u"gh_1"_qs),     // one character changed
            account(u"某省政务发布厅"_qs, u"gh_2"_qs),   // official name plus one
            account(u"某省政务发布平台"_qs, u"gh_3"_qs), // contains the official name
            account(u"某省人民政付"_qs, u"gh_4"_qs)};    // the org's name, one character off
        const auto hits = ListingRules::impersonatingAccounts(p, accounts);
        QCOMPARE(hits.size(), 4);
        QCOMPARE(hits[0].matchedBy, u"official account name, one character off"_qs);
        QCOMPARE(hits[1].matchedBy, u"official account name, with additions"_qs);
        QCOMPARE(hits[2].matchedBy, u"official account name, with additions"_qs);
        QCOMPARE(hits[3].matchedBy, u"org name, one character off"_qs);
        QCOMPARE(ListingRules::editDistance(u"某省政务发部"_qs, u"某省政务发布"_qs), 1);
        QCOMPARE(ListingRules::editDistance(u"abc"_qs, u"yabd"_qs), 2);
        // negatives: short names are too close to everything, two edits is another name, and the
        // official account itself re-listed
        Models::Organization q = province();
        q.accounts = {u"某省发布"_qs, u"省发布"_qs};
        const QList<Models::Account> fine{account(u"某市发布"_qs, u"gh_5"_qs), // another level: another government
                                          account(u"省发"_qs, u"gh_6"_qs),     // one off 省发布, but short
                                          account(u"某市新闻"_qs, u"gh_7"_qs)};
        QVERIFY(ListingRules::impersonatingAccounts(q, fine).isEmpty());
        QVERIFY(!ListingRules::nearlyEqual(u"某省发布"_qs, u"某市发布"_qs));
        QVERIFY(ListingRules::nearlyEqual(u"某省发布"_qs, u"某省发部"_qs));
    }

    void similarityScoresCopiesHighAndStrangersLow()
    {
        const QString html = u"<html><head><title>某省人民政府</title></head><body><div><ul><li><a>要闻</a></li>"
                             "<li><a>通知</a></li></ul><p>某省人民政府门户网站 欢迎访问 政务公开 政务服务</p></div>"
                             "</body></html>"_qs;
        PageFacts a{u"某省人民政府"_qs, u"某省人民政府门户网站 欢迎访问 政务公开 政务服务 互动交流"_qs, html,
                    QString(64, u'1')};
        PageFacts copy = a;
        const SimilarityScores same = PageSimilarity::compare(a, copy, u"某省人民政府"_qs);
        QVERIFY(same.similar());
        QCOMPARE(same.title, 1.0);
        QVERIFY(same.faviconEqual && same.orgNamed);
        PageFacts stranger{u"Online casino"_qs, u"best odds bonus jackpot roulette"_qs,
                           u"<html><body><table><tr><td>x</td></tr></table></body></html>"_qs, QString(64, u'2')};
        const SimilarityScores other = PageSimilarity::compare(a, stranger, u"某省人民政府"_qs);
        QVERIFY(!other.similar());
        QCOMPARE(other.title, 0.0);
        QVERIFY(!other.faviconEqual && !other.orgNamed);
        QVERIFY(other.summary().contains(u"threshold 0.70"_qs));
        QCOMPARE(PageSimilarity::titleSimilarity(u"abc"_qs, u""_qs), 0.0);
        QVERIFY(PageSimilarity::textJaccard(u"政务服务网上办事大厅"_qs, u"政务服务网上办事"_qs) > 0.5);
        QCOMPARE(PageSimilarity::structureSimilarity(html, html), 1.0);
        QCOMPARE(PageSimilarity::tlshDistance(u"short"_qs, u"short"_qs), -1); // too short to hash
    }

    void faviconUrlFollowsTheLinkTag()
    {
        const QUrl page(u"https://www.p.gov.cn/index.html"_qs);
        QCOMPARE(faviconUrl(u"<link rel=\"shortcut icon\" href=\"/img/fav.png\">"_qs, page),
                 QUrl(u"https://www.p.gov.cn/img/fav.png"_qs));
        QCOMPARE(faviconUrl(u"<link href='i.ico' rel='icon'>"_qs, page), QUrl(u"https://www.p.gov.cn/i.ico"_qs));
        QCOMPARE(faviconUrl(u"<link rel=\"stylesheet\" href=\"/s.css\">"_qs, page),
                 QUrl(u"https://www.p.gov.cn/favicon.ico"_qs));
    }

    void conacMarkersInEveryForm()
    {
        using Sdk::ConacMarkers::find;
        QCOMPARE(find(u"<span id=\"_ideConac\"></span>"_qs).form, u"_ideConac span"_qs);
        QCOMPARE(find(u"<a href=\"https://bszs.conac.cn/sitename?method=show&id=0123\">"_qs).form,
                 u"bszs.conac.cn link"_qs);
        QCOMPARE(find(u"<img src=\"https://dcs.conac.cn/image/red.png\">"_qs).form, u"dcs.conac.cn image"_qs);
        QCOMPARE(find(u"<script src=\"//dcs.conac.cn/js/99/000/0000/00000000/CA990000000000000000.js\">"_qs).form,
                 u"dcs.conac.cn script"_qs);
        QVERIFY(find(u"document.write(unescape(\"%3Cimg%20src%3D%22https%3A//dcs.conac.cn/image/blue.png%22%3E\"))"_qs)
                    .present);
        QVERIFY(!find(u"<p>中央编办 conac</p><img src=\"/images/red.png\">"_qs).present);
    }
};

QTEST_GUILESS_MAIN(TestCounterfeitRules)
#include "tst_counterfeitrules.moc"
