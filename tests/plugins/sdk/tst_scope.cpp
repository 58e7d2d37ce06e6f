// Sdk::Scope, the one rule of what is an org's own, and the address classes active tests refuse.
#include "assets.h"
#include "scanprofile.h"
#include "scope.h"
#include "testcontext.h"

#include <QTest>

using namespace Govscope;
using Sdk::AddressKind;
using Sdk::Scope;

namespace {

Models::Organization portalOrg()
{
    Models::Organization o;
    o.id = u"A01"_qs;
    o.name = u"示例单位"_qs;
    o.websites = {u"https://www.Example.gov.cn/"_qs, u"10.1.2.3"_qs, u"www.示例.政务"_qs};
    o.mailDomains = {u"mail-example.cn"_qs};
    o.webmail = {u"https://webmail.example.gov.cn/"_qs};
    return o;
}

} // namespace

class TestScope : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void judge_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("own");
        QTest::addColumn<int>("reason");
        const int declared = int(Scope::Reason::Declared), under = int(Scope::Reason::UnderOrgDomain),
                  outside = int(Scope::Reason::Outside), other = int(Scope::Reason::OtherOrg),
                  invalid = int(Scope::Reason::Invalid);
        QTest::addRow("declared website") << u"www.example.gov.cn"_qs << true << declared;
        QTest::addRow("declared, other case and dot") << u"WWW.EXAMPLE.GOV.CN."_qs << true << declared;
        QTest::addRow("declared as URL") << u"https://www.example.gov.cn/a?b=c"_qs << true << declared;
        QTest::addRow("declared webmail") << u"webmail.example.gov.cn"_qs << true << declared;
        QTest::addRow("declared IDN, Unicode") << u"www.示例.政务"_qs << true << declared;
        QTest::addRow("declared IDN, punycode") << u"www.xn--fsq092h.xn--zfr164b"_qs << true << declared;
        QTest::addRow("declared address") << u"10.1.2.3"_qs << true << declared;
        QTest::addRow("under registrable domain") << u"zt.example.gov.cn"_qs << true << under;
        QTest::addRow("registrable domain itself") << u"example.gov.cn"_qs << true << under;
        QTest::addRow("under the mail domain") << u"mx.mail-example.cn"_qs << true << under;
        QTest::addRow("under the IDN domain") << u"bs.示例.政务"_qs << true << under;
        QTest::addRow("host:port") << u"zt.example.gov.cn:8443"_qs << true << under;
        QTest::addRow("another org's declared host") << u"www.other.example.gov.cn"_qs << false << other;
        // gov.cn is a public suffix: sharing it proves nothing
        QTest::addRow("sibling under gov.cn") << u"www.another.gov.cn"_qs << false << outside;
        QTest::addRow("look-alike suffix") << u"www.example.gov.cn.evil.com"_qs << false << outside;
        QTest::addRow("look-alike prefix") << u"wwwexample.gov.cn"_qs << false << outside;
        QTest::addRow("CDN name") << u"example-gov.cdn.shared-cloud.com"_qs << false << outside;
        QTest::addRow("undeclared address") << u"10.1.2.4"_qs << false << outside;
        QTest::addRow("public suffix") << u"gov.cn"_qs << false << outside;
        QTest::addRow("empty") << QString() << false << invalid;
    }

    void judge()
    {
        QFETCH(QString, host);
        QFETCH(bool, own);
        QFETCH(int, reason);
        const Models::Organization org = portalOrg();
        const QSet<QString> others{u"www.other.example.gov.cn"_qs};
        const Scope scope(org, Models::declaredAssets(org), others);
        const Scope::Verdict v = scope.judge(host);
        QVERIFY2(v.own == own, qPrintable(v.explanation));
        QCOMPARE(int(v.reason), reason);
        QVERIFY(!v.explanation.isEmpty());
    }

    // The engine indexes the scan's snapshot (CaseSnapshot::index(), for cost linear in the orgs); Scope::of,
    // org() and ownersOfHost() must judge every host as the unindexed walk does.
    void indexedSnapshotJudgesAsTheWalk_data() { judge_data(); }
    void indexedSnapshotJudgesAsTheWalk()
    {
        QFETCH(QString, host);
        QFETCH(bool, own);
        QFETCH(int, reason);
        Models::Organization other;
        other.id = u"B02"_qs;
        other.name = u"另一单位"_qs;
        other.websites = {u"https://www.other.example.gov.cn/"_qs};
        for (const bool indexed : {false, true}) {
            Testing::TestContext ctx(portalOrg());
            ctx.mutableSnapshot().orgs << other;
            ctx.mutableSnapshot().assets.insert(other.id, Models::declaredAssets(other));
            if (indexed)
                ctx.mutableSnapshot().index();
            QCOMPARE(ctx.snapshot().indexed(), indexed);
            const Scope::Verdict v = Scope::of(ctx).judge(host);
            QVERIFY2(v.own == own, qPrintable(u"indexed %1: "_qs.arg(indexed) + v.explanation));
            QCOMPARE(int(v.reason), reason);
            QCOMPARE(ctx.snapshot().org(u"B02"_qs)->name, other.name);
            QVERIFY(!ctx.snapshot().org(u"C03"_qs));
            QCOMPARE(ctx.snapshot().ownersOfHost(u"WWW.other.example.gov.cn"_qs), QStringList{u"B02"_qs});
            QCOMPARE(ctx.snapshot().ownersOfHost(u"www.example.gov.cn"_qs), QStringList{u"A01"_qs});
        }
    }

    void registrableDomains()
    {
        const Models::Organization org = portalOrg();
        const Scope scope(org, Models::declaredAssets(org));
        QCOMPARE(scope.registrableDomains(),
                 (QStringList{u"example.gov.cn"_qs, u"mail-example.cn"_qs, u"xn--fsq092h.xn--zfr164b"_qs}));
        QVERIFY(scope.declaredHosts().contains(u"10.1.2.3"_qs));
    }

    void discoveredElsewhereIsNotOwn()
    {
        // a CNAME target stored as discovered by an older scan proves nothing by itself
        Models::Organization org = portalOrg();
        QList<Models::Asset> assets = Models::declaredAssets(org);
        assets << Models::Asset{0, org.id, Models::AssetType::Host, u"example.cdn.shared-cloud.com"_qs,
                                Models::AssetSource::Discovered};
        assets << Models::Asset{0, org.id, Models::AssetType::Website, u"https://new.example.gov.cn/"_qs,
                                Models::AssetSource::Discovered};
        const Scope scope(org, assets);
        QVERIFY(!scope.isOwn(u"example.cdn.shared-cloud.com"_qs));
        QVERIFY(scope.isOwn(u"new.example.gov.cn"_qs));
    }

    void ownHostOfBothOrgs()
    {
        // a host the org declares itself stays its own even when another org declares it too
        const Models::Organization org = portalOrg();
        const QSet<QString> others{u"www.example.gov.cn"_qs};
        const Scope scope(org, Models::declaredAssets(org), others);
        QVERIFY(scope.isOwn(u"www.example.gov.cn"_qs));
    }

    void addressKinds_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("kind");
        const auto row = [](const char *a, AddressKind k) {
            QTest::addRow("%s", a) << QString::fromLatin1(a) << int(k);
        };
        row("8.8.8.8", AddressKind::Public);
        row("1.1.1.1", AddressKind::Public);
        row("172.32.0.1", AddressKind::Public);
        row("100.128.0.1", AddressKind::Public);
        row("0.0.0.0", AddressKind::Unspecified);
        row("127.0.0.1", AddressKind::Loopback);
        row("127.0.1.12", AddressKind::Loopback);
        row("10.0.0.1", AddressKind::Private);
        row("172.16.5.4", AddressKind::Private);
        row("172.31.255.255", AddressKind::Private);
        row("192.168.1.1", AddressKind::Private);
        row("100.64.0.1", AddressKind::Private);
        row("169.254.169.254", AddressKind::LinkLocal);
        row("224.0.0.251", AddressKind::Multicast);
        row("239.255.255.250", AddressKind::Multicast);
        row("0.1.2.3", AddressKind::Reserved);
        row("192.0.2.10", AddressKind::Reserved);
        row("198.18.0.1", AddressKind::Reserved);
        row("198.51.100.7", AddressKind::Reserved);
        row("203.0.113.9", AddressKind::Reserved);
        row("240.0.0.1", AddressKind::Reserved);
        row("255.255.255.255", AddressKind::Reserved);
        row("2400:3200::1", AddressKind::Public);
        row("2001:4860:4860::8888", AddressKind::Public);
        row("::", AddressKind::Unspecified);
        row("::1", AddressKind::Loopback);
        row("fc00::1", AddressKind::Private);
        row("fd12:3456::1", AddressKind::Private);
        row("fec0::1", AddressKind::Private);
        row("fe80::1", AddressKind::LinkLocal);
        row("ff02::1", AddressKind::Multicast);
        row("2001:db8::1", AddressKind::Reserved);
        row("100::1", AddressKind::Reserved);
        row("::ffff:127.0.0.1", AddressKind::Loopback);
        row("::ffff:10.0.0.1", AddressKind::Private);
        row("::ffff:8.8.8.8", AddressKind::Public);
        row("::10.0.0.1", AddressKind::Reserved);
    }

    void addressKinds()
    {
        QFETCH(QString, address);
        QFETCH(int, kind);
        const QHostAddress a(address);
        QVERIFY(!a.isNull());
        QCOMPARE(int(Sdk::addressKind(a)), kind);
        QCOMPARE(Sdk::isNonPublicAddress(a), AddressKind(kind) != AddressKind::Public);
    }

    void refusal()
    {
        const QStringList world{u"127.0.1.12"_qs};
        const QStringList mixed{u"8.8.8.8"_qs, u"192.168.0.1"_qs};
        const QStringList pub{u"8.8.8.8"_qs, u"2400:3200::1"_qs};
        QVERIFY(Sdk::refuseAddresses(u"a.example.cn"_qs, world, false).contains(u"loopback"_qs));
        QVERIFY(Sdk::refuseAddresses(u"a.example.cn"_qs, mixed, false).contains(u"192.168.0.1"_qs));
        QVERIFY(Sdk::refuseAddresses(u"a.example.cn"_qs, pub, false).isEmpty());
        QVERIFY(Sdk::refuseAddresses(u"a.example.cn"_qs, world, true).isEmpty());
    }

    void profileSwitch()
    {
        auto off = Sdk::ScanProfile::fromJson(R"({"allow_private": false})", u"p.json"_qs);
        QVERIFY(off);
        QVERIFY(!off->allowPrivate);
        auto on = Sdk::ScanProfile::fromJson(R"({"allow_private": true})", u"p.json"_qs);
        QVERIFY(on && on->allowPrivate);
        auto bad = Sdk::ScanProfile::fromJson(R"({"allow_private": "yes"})", u"p.json"_qs);
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(u"allow_private"_qs));
        auto round = Sdk::ScanProfile::fromJson(off->toJson(), u"again"_qs);
        QVERIFY(round && !round->allowPrivate);
    }

    void recordedProfileKeepsNoProxyCredentials()
    {
        // scans.profile stores toJson(): the vantage's password must not reach the case.
        auto p = Sdk::ScanProfile::fromJson(R"({"vantage": {"overseas": "socks5://scan:s3cret-pw@198.51.100.7:1080"}})",
                                            u"p.json"_qs);
        QVERIFY2(p, p ? "" : qPrintable(p.error().message));
        QCOMPARE(p->overseasProxy.password(), u"s3cret-pw"_qs); // still used to connect
        const QByteArray recorded = p->toJson();
        QVERIFY2(!recorded.contains("s3cret-pw") && !recorded.contains("scan:"), recorded.constData());
        QVERIFY2(recorded.contains("socks5://198.51.100.7:1080"), recorded.constData());
    }
};

QTEST_GUILESS_MAIN(TestScope)
#include "tst_scope.moc"
