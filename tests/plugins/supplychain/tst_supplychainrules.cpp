// Rules of the supplychain family without a network: forced-client signs, third-party-only login,
// service-page links, retire.js extractors and ranges, endoflife.date cycles (both forms).
#include "clientrules.h"
#include "componentchecks.h"
#include "endoflife.h"
#include "feeds.h"
#include "retirejs.h"
#include "servicepages.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Govscope;
using namespace Govscope::Supplychain;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Sdk::ComponentFeeds worldFeeds()
{
    auto feeds = Sdk::Feeds::load({QStringLiteral(GOVSCOPE_SOURCE_DIR "/resources/feeds"),
                                   QStringLiteral(GOVSCOPE_SOURCE_DIR "/tests/world/feeds")});
    if (!feeds)
        qFatal("%s", qPrintable(feeds.error().message));
    auto parsed = Sdk::ComponentFeeds::of(*feeds);
    if (!parsed)
        qFatal("%s", qPrintable(parsed.error().message));
    return **parsed;
}

Sdk::HttpResult answered(int status, const QString &url)
{
    Sdk::HttpResult r;
    Sdk::HttpHop h;
    h.url = QUrl(url);
    h.status = status;
    r.hops << h;
    return r;
}

/// ComponentFeeds::load run to completion (tests may block on their own loop; families await).
std::pair<std::shared_ptr<const Sdk::ComponentFeeds>, QString> loadNow(const Sdk::Feeds &feeds)
{
    std::pair<std::shared_ptr<const Sdk::ComponentFeeds>, QString> out;
    QCoro::waitFor([&]() -> QCoro::Task<void> {
        const auto r = co_await Sdk::ComponentFeeds::load(feeds);
        if (r)
            out.first = *r;
        else
            out.second = r.error().message;
    }());
    return out;
}

} // namespace

class TestSupplychainRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void forcedClientSigns()
    {
        const QString ie = u"<div class=\"ie\">提示：为保证正常使用，请使用IE浏览器（IE8及以上版本）访问本站</div>"_qs;
        QVERIFY(ClientRules::forcedClientSigns(ie).join(u' ').contains(u"请使用IE浏览器"_qs));
        const QString only = u"<p>本系统仅支持360安全浏览器兼容模式</p>"_qs;
        QCOMPARE(ClientRules::forcedClientSigns(only).size(), 1);
        const QString activeX = u"<p>在线查档需要安装控件。</p><object id=\"A\" "
                                "classid=\"clsid:9F6A3C2E-0000-4E2B-9999-20990000ABCD\"></object>"_qs;
        const QStringList signs = ClientRules::forcedClientSigns(activeX);
        QCOMPARE(signs.size(), 2);
        QVERIFY(signs.join(u' ').contains(u"clsid:9F6A3C2E-0000-4E2B-9999-20990000ABCD"_qs));
        // a clean page, and an <object> that is not ActiveX (a plain embed)
        QVERIFY(
            ClientRules::forcedClientSigns(
                u"<p>统一身份认证：支持账号密码登录。</p><object data=\"/a.svg\" type=\"image/svg+xml\"></object>"_qs)
                .isEmpty());
        QVERIFY(ClientRules::forcedClientSigns(u"<p>推荐使用主流浏览器访问</p>"_qs).isEmpty());
    }

    void mainstreamRefused()
    {
        const Sdk::HttpResult ok = answered(200, u"https://a.gov.cn/"_qs);
        QVERIFY(!ClientRules::mainstreamRefused(ok, ok));
        QVERIFY(ClientRules::mainstreamRefused(answered(403, u"https://a.gov.cn/"_qs), ok));
        QVERIFY(ClientRules::mainstreamRefused(answered(200, u"https://a.gov.cn/browser.html"_qs), ok));
        QVERIFY(!ClientRules::mainstreamRefused(answered(403, u"https://a.gov.cn/"_qs),
                                                answered(403, u"https://a.gov.cn/"_qs)));
        QVERIFY(!ClientRules::mainstreamRefused(Sdk::HttpResult{}, ok));
    }

    void thirdPartyOnlyLogin()
    {
        const QString wechat =
            u"<h2>用户登录</h2><p>本系统仅支持微信扫码登录，请使用微信“扫一扫”扫描下方二维码完成登录。</p>"
            "<img src=\"/images/wechat-qr.png\"><p>暂不支持其他登录方式。</p>"_qs;
        QVERIFY(ClientRules::onlyThirdPartyLogin(wechat).contains(u"微信扫码登录"_qs));
        QVERIFY(!ClientRules::onlyThirdPartyLogin(u"<p>支付宝扫码登录</p>"_qs).isEmpty());
        // the same scan login beside an own channel is fine
        QVERIFY(ClientRules::onlyThirdPartyLogin(wechat + u"<input type=\"password\" name=\"pw\">"_qs).isEmpty());
        QVERIFY(ClientRules::onlyThirdPartyLogin(wechat + u"<a>统一身份认证登录</a>"_qs).isEmpty());
        // a link that mentions scanning is not a login page
        QVERIFY(ClientRules::onlyThirdPartyLogin(u"<a href=\"/zwfw/login.html\">网上办事登录（微信扫码）</a>"_qs)
                    .isEmpty());
        QVERIFY(ClientRules::onlyThirdPartyLogin(u"<p>统一身份认证：支持账号密码、短信验证码等多种方式登录。</p>"_qs)
                    .isEmpty());
    }

    void serviceLinks()
    {
        QVERIFY(ServicePages::looksLikeService(u"/zwfw/"_qs, u"政务服务"_qs));
        QVERIFY(ServicePages::looksLikeService(u"/zwfw/login.html"_qs, u"网上办事登录"_qs));
        QVERIFY(ServicePages::looksLikeService(u"/sso/index"_qs, QString()));
        QVERIFY(!ServicePages::looksLikeService(u"/zwgk/"_qs, u"政务公开"_qs));
        QVERIFY(!ServicePages::looksLikeService(u"/news/user-guide-2019.html"_qs, u"要闻"_qs));
    }

    void retireJs()
    {
        const QByteArray json =
            readFile(QStringLiteral(GOVSCOPE_SOURCE_DIR "/tests/world/feeds/jslibs/world-jsrepository.json"));
        auto repo = Sdk::RetireRepository::parse(json, u"world-jsrepository.json"_qs);
        QVERIFY2(repo, repo ? "" : qPrintable(repo.error().message));
        const QList<Sdk::JsLibrary> byName = repo->fromUrl(u"https://www.slcdc.cn/js/jquery-1.8.3.min.js"_qs);
        QCOMPARE(byName.size(), 1);
        QCOMPARE(byName.first().version, u"1.8.3"_qs);
        QCOMPARE(repo->fromUrl(u"https://cdn.example.com/jquery/3.7.1/jquery.min.js"_qs).first().version, u"3.7.1"_qs);
        QVERIFY(repo->fromUrl(u"https://www.slcdc.cn/js/app.js"_qs).isEmpty());
        const QList<Sdk::JsLibrary> byContent =
            repo->fromContent("/*! jQuery v1.8.3 jquery.com | jquery.org/license */\n(function(){})", u"app.js"_qs);
        QCOMPARE(byContent.size(), 1);
        QCOMPARE(byContent.first().version, u"1.8.3"_qs);
        const QList<Sdk::JsVulnerability> v = repo->vulnerabilities(u"jquery"_qs, u"1.8.3"_qs);
        QCOMPARE(v.size(), 1);
        QVERIFY(v.first().highOrCritical());
        QCOMPARE(v.first().cves, QStringList{u"CVE-2099-0003"_qs});
        QVERIFY(repo->vulnerabilities(u"jquery"_qs, u"1.9.0"_qs).isEmpty());
        QVERIFY(repo->vulnerabilities(u"jquery"_qs, u"3.7.1"_qs).isEmpty());
        const auto bad = Sdk::RetireRepository::parse("{\"x\":{\"extractors\":{\"uri\":[\"(a\"]}}}", u"r.json"_qs);
        QVERIFY(!bad);
        QVERIFY(bad.error().message.contains(u"r.json: x"_qs));
    }

    void endOfLifeForms()
    {
        const QDate today(2026, 11, 25);
        auto php = Sdk::EndOfLife::parse(
            readFile(QStringLiteral(GOVSCOPE_SOURCE_DIR "/tests/world/feeds/eol/php.json")), u"php.json"_qs, today);
        QVERIFY(php);
        Sdk::EndOfLife eol;
        eol.addProduct(u"php"_qs, *php);
        QVERIFY(eol.cycleOf(u"php"_qs, u"5.3.3"_qs)->eol);
        QVERIFY(!eol.cycleOf(u"php"_qs, u"8.3.14"_qs)->eol); // eol date 2027-12-31 not reached
        QVERIFY(!eol.cycleOf(u"php"_qs, u"7.4.1"_qs));       // unknown cycle: no verdict
        const QByteArray v1 =
            "{\"schema_version\":\"1.0.0\",\"result\":{\"name\":\"nginx\",\"releases\":["
            "{\"name\":\"1.26\",\"isEol\":false,\"eolFrom\":null,\"latest\":{\"name\":\"1.26.2\"}},"
            "{\"name\":\"1.18\",\"isEol\":true,\"eolFrom\":\"2021-04-20\",\"latest\":{\"name\":\"1.18.0\"}}]}}";
        auto nginx = Sdk::EndOfLife::parse(v1, u"nginx.json"_qs, today);
        QVERIFY2(nginx, nginx ? "" : qPrintable(nginx.error().message));
        QCOMPARE(nginx->size(), 2);
        QCOMPARE(nginx->at(1).latest, u"1.18.0"_qs);
        QVERIFY(nginx->at(1).eol && !nginx->at(0).eol);
        QVERIFY(!Sdk::EndOfLife::parse("{\"x\":1}", u"bad.json"_qs, today));
        QCOMPARE(Sdk::EndOfLife::slug(u"Apache HTTP Server"_qs), u"apache-http-server"_qs);
        QCOMPARE(Sdk::EndOfLife::slug(u"jQuery"_qs), u"jquery"_qs);
    }

    void feedsParsedOncePerFileSet()
    {
        auto feeds = Sdk::Feeds::load({QStringLiteral(GOVSCOPE_SOURCE_DIR "/resources/feeds"),
                                       QStringLiteral(GOVSCOPE_SOURCE_DIR "/tests/world/feeds")});
        QVERIFY(feeds);
        auto first = Sdk::ComponentFeeds::of(*feeds);
        QVERIFY(first);
        const auto again = loadNow(*feeds);
        QVERIFY(again.first);
        QCOMPARE(again.first.get(), first->get());

        // another file set is parsed anew, and a broken file is named in the error
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(u"eol"_qs));
        QFile bad(dir.filePath(u"eol/php.json"_qs));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("{\"not\": \"endoflife\"}");
        bad.close();
        auto withBad = Sdk::Feeds::load({dir.path()});
        QVERIFY(withBad);
        const auto broken = loadNow(*withBad);
        QVERIFY(!broken.first);
        QVERIFY2(broken.second.contains(u"eol/php.json"_qs), qPrintable(broken.second));
    }

    void componentVerdicts()
    {
        const Sdk::ComponentFeeds feeds = worldFeeds();
        Sdk::SiteComponents old;
        old.jsLibraries << Sdk::JsLibrary{u"jquery"_qs, u"1.8.3"_qs, u"script URL /js/jquery-1.8.3.min.js"_qs};
        Sdk::TechDetection jq;
        jq.name = u"jQuery"_qs;
        jq.version = u"1.8.3"_qs;
        jq.categories = {59};
        old.technologies << jq;
        QCOMPARE(ComponentChecks::vulnerable(old, feeds).size(), 1);
        const QList<EolComponent> eol = ComponentChecks::endOfLife(old, feeds.endOfLife);
        QCOMPARE(eol.size(), 1); // seen twice, reported once
        QCOMPARE(eol.first().cycle.cycle, u"1"_qs);

        Sdk::SiteComponents current;
        current.jsLibraries << Sdk::JsLibrary{u"jquery"_qs, u"3.7.1"_qs, {}};
        Sdk::TechDetection nginx;
        nginx.name = u"Nginx"_qs; // no version: nothing to judge
        current.technologies << nginx;
        QVERIFY(ComponentChecks::vulnerable(current, feeds).isEmpty());
        QVERIFY(ComponentChecks::endOfLife(current, feeds.endOfLife).isEmpty());

        Sdk::SiteComponents server;
        Sdk::TechDetection httpd;
        httpd.name = u"Apache HTTP Server"_qs;
        httpd.version = u"2.2.15"_qs;
        httpd.cpe = u"cpe:2.3:a:apache:http_server:*:*:*:*:*:*:*:*"_qs;
        server.technologies << httpd;
        QCOMPARE(ComponentChecks::endOfLife(server, feeds.endOfLife).size(), 1);
        QVERIFY(ComponentChecks::vulnerable(server, feeds).isEmpty()); // a server is vuln.known_vulnerability's
        httpd.version = u"2.4.62"_qs;
        server.technologies = {httpd};
        QVERIFY(ComponentChecks::endOfLife(server, feeds.endOfLife).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSupplychainRules)
#include "tst_supplychainrules.moc"
