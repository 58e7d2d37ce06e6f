// Rules of the vuln family without a network: version order, fingerprints (webappanalyzer schema),
// NVD CPE ranges and KEV, the WAF verdict, management-interface markers, credentials and ports.
#include "cnvdfeed.h"
#include "exposedadmin.h"
#include "feeds.h"
#include "highriskports.h"
#include "knownvulns.h"
#include "redisauth.h"
#include "techfingerprints.h"
#include "versions.h"
#include "vulnfeeds.h"
#include "wafprobe.h"
#include "weakpassword.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Govscope;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

Sdk::TechFingerprints shippedAndWorld()
{
    auto feeds = Sdk::Feeds::load({QStringLiteral(GOVSCOPE_SOURCE_DIR "/resources/feeds"),
                                   QStringLiteral(GOVSCOPE_SOURCE_DIR "/tests/world/feeds")});
    if (!feeds)
        qFatal("%s", qPrintable(feeds.error().message));
    auto fp = Sdk::TechFingerprints::fromFeeds(*feeds);
    if (!fp)
        qFatal("%s", qPrintable(fp.error().message));
    return *fp;
}

Sdk::HttpHop hop(int status, Sdk::HttpHeaders headers, const QByteArray &body)
{
    Sdk::HttpHop h;
    h.url = QUrl(u"https://www.example.gov.cn/"_qs);
    h.status = status;
    h.responseHeaders = std::move(headers);
    h.body = body;
    return h;
}

Sdk::HttpResult result(int status, qsizetype bodySize, const QByteArray &fill = "x")
{
    Sdk::HttpResult r;
    r.hops << hop(status, {}, fill.repeated(bodySize / std::max<qsizetype>(fill.size(), 1)));
    return r;
}

const Sdk::TechDetection *find(const QList<Sdk::TechDetection> &list, const QString &name)
{
    for (const Sdk::TechDetection &d : list)
        if (d.name == name)
            return &d;
    return nullptr;
}

} // namespace

class TestVulnRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void versionOrder()
    {
        using Sdk::Versions::compare;
        QVERIFY(compare(u"2.2.15"_qs, u"2.2.35"_qs) < 0);
        QVERIFY(compare(u"2.10"_qs, u"2.9.9"_qs) > 0);
        QCOMPARE(compare(u"2.2"_qs, u"2.2.0"_qs), 0);
        QVERIFY(compare(u"1.0.0-beta"_qs, u"1.0.0"_qs) < 0);
        QVERIFY(compare(u"1.0.0-rc10"_qs, u"1.0.0-rc9"_qs) > 0);
        QVERIFY(Sdk::Versions::inCycle(u"2.2.15"_qs, u"2.2"_qs));
        QVERIFY(Sdk::Versions::inCycle(u"1.8.3"_qs, u"1"_qs));
        QVERIFY(!Sdk::Versions::inCycle(u"2.20.1"_qs, u"2.2"_qs));
    }

    void fingerprintsDetectWithVersions()
    {
        const Sdk::TechFingerprints fp = shippedAndWorld();
        QVERIFY(fp.size() >= 15);
        // the neglected site: Apache and PHP with versions, from headers
        const Sdk::HttpHop legacy =
            hop(200, {{"Server", "Apache/2.2.15 (CentOS)"}, {"X-Powered-By", "PHP/5.3.3"}}, "<html></html>");
        const QList<Sdk::TechDetection> found = fp.detect(Sdk::PageFacts::fromHop(legacy, u"<html></html>"_qs));
        const Sdk::TechDetection *apache = find(found, u"Apache HTTP Server"_qs);
        QVERIFY(apache);
        QCOMPARE(apache->version, u"2.2.15"_qs);
        QCOMPARE(apache->cpeProduct(), u"http_server"_qs);
        QVERIFY(apache->matched.join(u' ').contains(u"Apache/2.2.15"_qs));
        QCOMPARE(find(found, u"PHP"_qs)->version, u"5.3.3"_qs);
        QVERIFY(!find(found, u"Apache Tomcat"_qs)); // Apache ≠ Apache-Coyote

        // the world's SLCMS from its meta generator alone; bare nginx has no version
        const QString html = u"<html><head><meta content=\"SLCMS 3.2.1\" name=\"generator\"></head></html>"_qs;
        const QList<Sdk::TechDetection> cms =
            fp.detect(Sdk::PageFacts::fromHop(hop(200, {{"Server", "nginx"}}, {}), html));
        QCOMPARE(find(cms, u"SLCMS"_qs)->version, u"3.2.1"_qs);
        QVERIFY(find(cms, u"Nginx"_qs) && find(cms, u"Nginx"_qs)->version.isEmpty());

        // Chinese platforms by their markers; implied technologies are added without a version
        const QString oa = u"<script src=\"/seeyon/common/js/jquery-1.11.3.min.js\"></script>"
                           "<link href=\"/seeyon/common/skin.css\"><a href=\"/seeyon/main.do\">登录</a>"_qs;
        const QList<Sdk::TechDetection> seeyon = fp.detect(Sdk::PageFacts::fromHop(hop(200, {}, {}), oa));
        QVERIFY(find(seeyon, u"Seeyon OA"_qs));
        QCOMPARE(find(seeyon, u"jQuery"_qs)->version, u"1.11.3"_qs);
        QVERIFY(find(seeyon, u"Java"_qs) && find(seeyon, u"Java"_qs)->implied);

        // a plain page matches nothing (the national 纠错 script is not 开普云's CMS)
        const QString plain = u"<script src='https://pucha.kaipuyun.cn/exposure/jiucuo.js'></script><p>要闻</p>"_qs;
        QVERIFY(fp.detect(Sdk::PageFacts::fromHop(hop(200, {}, {}), plain)).isEmpty());
    }

    void chinesePlatformMarkers()
    {
        const Sdk::TechFingerprints fp = shippedAndWorld();
        const QList<std::pair<QString, QString>> cases = {
            {u"TRS WCM"_qs, u"<!--TRS_APPENDIX--><a href=\"/wcm/file/a.doc\">附件</a>"_qs},
            {u"Hanweb JCMS"_qs, u"<img src=\"/jcms_files/jcms1/web1/site/images/logo.png\">"_qs},
            {u"Ucap (开普云)"_qs, u"<script src=\"/ucap/js/site.js\"></script>"_qs},
            {u"Coremail"_qs, u"<link href=\"/coremail/common/index.css\"><span>Coremail XT 5.0</span>"_qs},
            {u"Weaver e-cology"_qs, u"<script src=\"/wui/common/js/base.js\"></script>"_qs},
            {u"Seeyon OA"_qs, u"<form action=\"/seeyon/main.do?method=login\">"_qs},
            {u"Tongda OA"_qs, u"<title>通达OA网络智能办公系统</title>"_qs},
            {u"Landray EKP"_qs, u"<script src=\"/sys/ui/js/boot.js\"></script>"_qs},
        };
        for (const auto &[name, html] : cases) {
            const QList<Sdk::TechDetection> found = fp.detect(Sdk::PageFacts::fromHop(hop(200, {}, {}), html));
            QVERIFY2(find(found, name), qPrintable(name));
        }
        QCOMPARE(
            find(fp.detect(Sdk::PageFacts::fromHop(hop(200, {}, {}), cases.at(3).second)), u"Coremail"_qs)->version,
            u"5.0"_qs);
        // a government portal that merely links to its mail system or mentions OA is none of them
        const QString portal = u"<a href=\"https://mail.sl.gov.cn/\">邮箱</a><p>协同办公（OA）系统升级通知</p>"_qs;
        QVERIFY(fp.detect(Sdk::PageFacts::fromHop(hop(200, {}, {}), portal)).isEmpty());
    }

    void requiresAndExcludes()
    {
        const QByteArray json = "{\"Base\": {\"html\": \"base-marker\"},"
                                " \"Plugin\": {\"html\": \"plugin-marker\", \"requires\": \"Base\"},"
                                " \"Generic\": {\"html\": \"-marker\"},"
                                " \"Specific\": {\"html\": \"special-marker\", \"excludes\": \"Generic\"}}";
        auto fp = Sdk::TechFingerprints::parse(json, u"t.json"_qs);
        QVERIFY(fp);
        const auto names = [&](const QString &html) {
            QStringList out;
            for (const Sdk::TechDetection &d : fp->detect(Sdk::PageFacts::fromHop(hop(200, {}, {}), html)))
                out << d.name;
            out.sort();
            return out;
        };
        QCOMPARE(names(u"plugin-marker"_qs), QStringList{u"Generic"_qs}); // Plugin needs Base
        QCOMPARE(names(u"plugin-marker base-marker"_qs), (QStringList{u"Base"_qs, u"Generic"_qs, u"Plugin"_qs}));
        QCOMPARE(names(u"special-marker"_qs), QStringList{u"Specific"_qs}); // Specific rules Generic out
    }

    void fingerprintErrorsNameTheTechnology()
    {
        const auto bad = Sdk::TechFingerprints::parse("{\"Broken\": {\"html\": [\"a(b\"]}}", u"x.json"_qs);
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(u"x.json"_qs) && bad.error().message.contains(u"Broken"_qs),
                 qPrintable(bad.error().message));
        QVERIFY(!Sdk::TechFingerprints::parse("[1,2]", u"y.json"_qs));
    }

    void nvdRangesAndKev()
    {
        const QString dir = QStringLiteral(GOVSCOPE_SOURCE_DIR "/tests/world/feeds/vuln/");
        auto records = Sdk::VulnFeeds::parseNvd(readFile(dir + u"world-nvd.json"_qs), u"world-nvd.json"_qs);
        QVERIFY2(records, records ? "" : qPrintable(records.error().message));
        QCOMPARE(records->size(), 2);
        Sdk::VulnFeeds feeds;
        feeds.add(*records);
        auto kev = Sdk::VulnFeeds::parseKev(readFile(dir + u"kev.json"_qs), u"kev.json"_qs);
        QVERIFY(kev);
        feeds.addKnownExploited(*kev);

        QCOMPARE(feeds.match(u"apache"_qs, u"http_server"_qs, u"2.2.15"_qs).size(), 1);
        QCOMPARE(feeds.match(u"apache"_qs, u"http_server"_qs, u"2.2.35"_qs).size(), 0); // end excluded
        QCOMPARE(feeds.match(u"apache"_qs, u"http_server"_qs, u"2.1.9"_qs).size(), 0);  // before start
        QCOMPARE(feeds.match(u"apache"_qs, u"http_server"_qs, u"2.4.62"_qs).size(), 0);
        QCOMPARE(feeds.match(u"apache"_qs, u"http_server"_qs, QString()).size(), 0); // unknown version
        const QList<Sdk::CveRecord> slcms = feeds.match(u"slcms-example"_qs, u"slcms"_qs, u"3.2.1"_qs);
        QCOMPARE(slcms.size(), 1);
        QCOMPARE(slcms.first().baseSeverity, u"CRITICAL"_qs);
        QVERIFY(feeds.knownExploited(u"CVE-2099-0001"_qs));
        QVERIFY(!feeds.knownExploited(u"CVE-2099-0002"_qs));
        QVERIFY(feeds.match(u"slcms-example"_qs, u"slcms"_qs, u"3.3.0"_qs).isEmpty());

        Sdk::TechDetection d;
        d.name = u"SLCMS"_qs;
        d.version = u"3.2.1"_qs;
        d.cpe = u"cpe:2.3:a:slcms-example:slcms:*:*:*:*:*:*:*:*"_qs;
        const QList<Vuln::PlatformVulnerabilities> m = Vuln::KnownVulnerabilities::match({d}, feeds);
        QCOMPARE(m.size(), 1);
        QCOMPARE(m.first().knownExploited, QStringList{u"CVE-2099-0001"_qs});
        d.version.clear();
        QVERIFY(Vuln::KnownVulnerabilities::match({d}, feeds).isEmpty());

        QVERIFY(!Sdk::VulnFeeds::parseNvd("{\"x\":1}", u"bad.json"_qs));
        const auto malformed = Sdk::VulnFeeds::parseNvd(
            "{\"vulnerabilities\":[{\"cve\":{\"id\":\"CVE-1\",\"configurations\":[{\"nodes\":[{\"cpeMatch\":"
            "[{\"vulnerable\":true,\"criteria\":\"nope\"}]}]}]}}]}",
            u"m.json"_qs);
        QVERIFY(!malformed);
        QVERIFY(malformed.error().message.contains(u"CVE-1"_qs));
    }

    void cnvdProducts()
    {
        using Sdk::CnvdFeed::productAffects;
        const QString httpd = u"Apache HTTP Server"_qs;
        QVERIFY(productAffects(u"Apache HTTP Server >=2.2.0，<2.2.35"_qs, httpd, u"2.2.15"_qs));
        QVERIFY(!productAffects(u"Apache HTTP Server >=2.2.0，<2.2.35"_qs, httpd, u"2.2.35"_qs));
        QVERIFY(productAffects(u"Apache HTTP Server 2.2.x"_qs, httpd, u"2.2.15"_qs));
        QVERIFY(!productAffects(u"Apache HTTP Server 2.4.x"_qs, httpd, u"2.2.15"_qs));
        QVERIFY(productAffects(u"Apache HTTP Server 2.2.15 (CentOS 6)"_qs, httpd, u"2.2.15"_qs));
        QVERIFY(!productAffects(u"Apache HTTP Server 2.2.16"_qs, httpd, u"2.2.15"_qs));
        QVERIFY(productAffects(u"Apache Tomcat 7"_qs, u"Apache Tomcat"_qs, u"7.0.81"_qs)); // a release line
        QVERIFY(!productAffects(u"Apache HTTP Server"_qs, httpd, u"2.2.15"_qs));           // no version named
        QVERIFY(!productAffects(u"PHPCMS 9.6.0"_qs, u"PHP"_qs, u"9.6.0"_qs));              // whole words only
        QVERIFY(productAffects(u"PHP <=5.3.29"_qs, u"PHP"_qs, u"5.3.3"_qs));

        const QByteArray xml =
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<vulnerabilitys>\n"
            "<vulnerability><number>CNVD-2099-00001</number><title>SLCMS 远程代码执行漏洞</title>"
            "<serverity>高</serverity><products><product>SLCMS &lt;3.3.0</product></products>"
            "<cves><cve><cveNumber>CVE-2099-0001</cveNumber></cve></cves></vulnerability>\n"
            "<vulnerability><number>CNVD-2099-00002</number><title>PHP 信息泄露漏洞</title>"
            "<serverity>中</serverity><products><product>PHP 5.3.x</product></products></vulnerability>\n"
            "</vulnerabilitys>\n";
        auto records = Sdk::CnvdFeed::parse(xml, u"cnvd.xml"_qs);
        QVERIFY2(records, records ? "" : qPrintable(records.error().message));
        QCOMPARE(records->size(), 2);
        QCOMPARE(records->first().cves, QStringList{u"CVE-2099-0001"_qs});
        QVERIFY(records->first().highOrCritical() && !records->last().highOrCritical());
        const auto broken = Sdk::CnvdFeed::parse("<vulnerabilitys><vulnerability><number>x</vuln", u"b.xml"_qs);
        QVERIFY(!broken);
        QVERIFY(broken.error().message.startsWith(u"b.xml line 1"_qs));

        // CNVD alone (no CPE needed), KEV by the CVE it lists; a CNVD entry repeating an NVD CVE adds nothing
        Sdk::VulnFeeds feeds;
        feeds.addCnvd(*records);
        feeds.addKnownExploited({u"CVE-2099-0001"_qs});
        Sdk::TechDetection slcms;
        slcms.name = u"SLCMS"_qs;
        slcms.version = u"3.2.1"_qs;
        QList<Vuln::PlatformVulnerabilities> m = Vuln::KnownVulnerabilities::match({slcms}, feeds);
        QCOMPARE(m.size(), 1);
        QCOMPARE(m.first().cnvd.size(), 1);
        QCOMPARE(m.first().knownExploited, QStringList{u"CVE-2099-0001"_qs});
        const QString dir = QStringLiteral(GOVSCOPE_SOURCE_DIR "/tests/world/feeds/vuln/");
        feeds.add(*Sdk::VulnFeeds::parseNvd(readFile(dir + u"world-nvd.json"_qs), u"world-nvd.json"_qs));
        slcms.cpe = u"cpe:2.3:a:slcms-example:slcms:*:*:*:*:*:*:*:*"_qs;
        m = Vuln::KnownVulnerabilities::match({slcms}, feeds);
        QCOMPARE(m.first().cves.size(), 1);
        QVERIFY(m.first().cnvd.isEmpty());
    }

    void wafVerdict()
    {
        using namespace Vuln::WafProbe;
        const Sdk::HttpResult baseline = result(200, 10000);
        QCOMPARE(judge(baseline, {result(200, 10000), result(200, 10100)}), Verdict::Unfiltered);
        QCOMPARE(judge(baseline, {result(200, 10000), result(403, 500)}), Verdict::Filtered);
        QCOMPARE(judge(baseline, {result(406, 10000)}), Verdict::Filtered);
        QCOMPARE(judge(baseline, {result(200, 10000, "请求已被网站防火墙拦截")}), Verdict::Filtered);
        QCOMPARE(judge(baseline, {result(500, 300)}), Verdict::Different);
        QCOMPARE(judge(baseline, {result(200, 2000)}), Verdict::Different); // size class differs
        QCOMPARE(judge(Sdk::HttpResult{}, {result(200, 10000)}), Verdict::NoBaseline);
        // wording the normal page has too (news about 安全防护) is not a block page
        const Sdk::HttpResult news = result(200, 10000, "网络安全防护");
        QCOMPARE(judge(news, {result(200, 10000, "网络安全防护")}), Verdict::Unfiltered);
        QVERIFY(sameSizeClass(100, 300));
        QVERIFY(!sameSizeClass(1000, 3000));
    }

    void adminMarkers()
    {
        using namespace Vuln;
        const QList<AdminInterface> all = ExposedAdmin::interfaces();
        QCOMPARE(all.size(), 8);
        const AdminInterface actuator = all.at(2), druid = all.at(1), pma = all.at(4);
        QCOMPARE(actuator.path, u"/actuator"_qs);
        QVERIFY(ExposedAdmin::isOpen(
            actuator, 200,
            u"{\"_links\":{\"self\":{\"href\":\"/actuator\"},\"health\":{\"href\":\"/actuator/health\"}}}"_qs));
        QVERIFY(!ExposedAdmin::isOpen(actuator, 404, u"{\"_links\":{\"x\":\"/actuator/\"}}"_qs));
        QVERIFY(!ExposedAdmin::isOpen(actuator, 200, u"<h2>404 页面不存在</h2>"_qs)); // soft-404
        QVERIFY(ExposedAdmin::isOpen(druid, 200, u"<title>Druid Stat Index</title><a>DataSource</a>"_qs));
        QVERIFY(!ExposedAdmin::isOpen(druid, 200, u"<title>Druid</title><input type=\"password\">DataSource"_qs));
        QVERIFY(!ExposedAdmin::isOpen(pma, 200, u"phpMyAdmin <input name=\"pma_password\">"_qs)); // login page
        Sdk::HttpHop locked = hop(401, {{"WWW-Authenticate", "Basic realm=\"Tomcat Manager Application\""}}, {});
        QVERIFY(ExposedAdmin::asksBasicAuth(locked));
        locked.responseHeaders = {{"WWW-Authenticate", "Bearer"}};
        QVERIFY(!ExposedAdmin::asksBasicAuth(locked));
    }

    void redisAuthReplies()
    {
        using Vuln::RedisAuth::classify;
        using Vuln::RedisAuth::Reply;
        QCOMPARE(classify("+OK\r\n"), Reply::Accepted);
        QCOMPARE(classify("-WRONGPASS invalid username-password pair or user is disabled.\r\n"), Reply::Refused);
        QCOMPARE(classify("-ERR invalid password\r\n"), Reply::Refused);
        QCOMPARE(classify("-ERR AUTH <password> called without any password configured for the default user.\r\n"),
                 Reply::NoPassword);
        QCOMPARE(classify("-ERR Client sent AUTH, but no password is set\r\n"), Reply::NoPassword);
        QCOMPARE(classify(""), Reply::Unknown);
    }

    void portsAndCredentials()
    {
        QList<quint16> ports;
        for (const Vuln::RiskyPort &p : Vuln::HighRiskPorts::ports())
            ports << p.port;
        for (quint16 p :
             {21, 23, 135, 139, 445, 873, 1433, 1521, 2375, 3306, 3389, 5432, 5900, 6379, 9200, 11211, 27017})
            QVERIFY2(ports.contains(p), qPrintable(QString::number(p)));
        for (quint16 mail : {25, 110, 143, 993, 995, 80, 443})
            QVERIFY(!ports.contains(mail));

        const QByteArray csv = readFile(QStringLiteral(GOVSCOPE_SOURCE_DIR "/tests/world/feeds/credentials/world.csv"));
        auto creds = Vuln::WeakPassword::parseCsv(csv, u"world.csv"_qs);
        QVERIFY(creds);
        QCOMPARE(creds->size(), 3);
        QCOMPARE(creds->first().username, u"anonymous"_qs);
        QCOMPARE(creds->last().password, u"redis"_qs);
        const auto bad = Vuln::WeakPassword::parseCsv("product,username,password\nftp;anonymous\n", u"c.csv"_qs);
        QVERIFY(!bad);
        QVERIFY2(bad.error().message.contains(u"c.csv line 2"_qs), qPrintable(bad.error().message));
        QCOMPARE(Vuln::WeakPassword::masked(u"ftp"_qs), u"f***"_qs);
        QVERIFY(!Vuln::WeakPassword::masked(u"World-Secret"_qs).contains(u"Secret"_qs));
    }

    void shippedDefaultCredentials()
    {
        // issue 9: without a credentials file in --feeds the shipped list still gives FTP, Redis and
        // Tomcat defaults, each within the attempt bound; its comment lines above the header are no credentials
        auto shipped = Sdk::Feeds::load({QStringLiteral(GOVSCOPE_SOURCE_DIR "/resources/feeds")});
        QVERIFY(shipped);
        QVERIFY(shipped->contains(QString::fromLatin1(Vuln::WeakPassword::DefaultsFile)));
        const auto all = Vuln::WeakPassword::fromFeeds(*shipped);
        QVERIFY2(all, qPrintable(all ? QString() : all.error().message));
        for (const Vuln::Credential &c : *all)
            QVERIFY2(c.product != u"product"_qs, "the header is not a credential");
        const auto ftp = Vuln::WeakPassword::forProducts(*all, {u"ftp"_qs});
        QVERIFY(!ftp.isEmpty() && ftp.size() <= Vuln::WeakPassword::MaxAttempts);
        QCOMPARE(ftp.first().username, u"anonymous"_qs);
        QVERIFY(!Vuln::WeakPassword::forProducts(*all, {u"redis"_qs}).isEmpty());
        QVERIFY(!Vuln::WeakPassword::forProducts(*all, {u"tomcat"_qs}).isEmpty());

        // the feeds' own file is an addition, tried first; a pair in both lists is tried once
        QTemporaryDir extra;
        QVERIFY(QDir(extra.path()).mkpath(u"credentials"_qs));
        QFile site(extra.filePath(u"credentials/site.csv"_qs));
        QVERIFY(site.open(QIODevice::WriteOnly));
        site.write("product,username,password\nftp,audit,Site-Ftp-2099\nftp,ftp,ftp\n");
        site.close();
        auto both = Sdk::Feeds::load({QStringLiteral(GOVSCOPE_SOURCE_DIR "/resources/feeds"), extra.path()});
        QVERIFY(both);
        const auto merged = Vuln::WeakPassword::fromFeeds(*both);
        QVERIFY(merged);
        const auto ftp2 = Vuln::WeakPassword::forProducts(*merged, {u"ftp"_qs});
        QCOMPARE(ftp2.first().username, u"audit"_qs);
        QCOMPARE(std::count_if(ftp2.cbegin(), ftp2.cend(),
                               [](const Vuln::Credential &c) { return c.username == u"ftp"_qs; }),
                 1);
        QVERIFY(std::any_of(ftp2.cbegin(), ftp2.cend(),
                            [](const Vuln::Credential &c) { return c.username == u"anonymous"_qs; }));

        // a feeds file at the shipped path replaces the shipped list (the feeds overlay rule)
        QTemporaryDir replacing;
        QVERIFY(QDir(replacing.path()).mkpath(u"credentials"_qs));
        QFile own(replacing.filePath(u"credentials/default.csv"_qs));
        QVERIFY(own.open(QIODevice::WriteOnly));
        own.write("# only this\nproduct,username,password\nftp,only,one\n");
        own.close();
        auto replaced = Sdk::Feeds::load({QStringLiteral(GOVSCOPE_SOURCE_DIR "/resources/feeds"), replacing.path()});
        QVERIFY(replaced);
        const auto only = Vuln::WeakPassword::fromFeeds(*replaced);
        QVERIFY(only);
        QCOMPARE(only->size(), 1);
        QCOMPARE(only->first().username, u"only"_qs);
    }
};

QTEST_GUILESS_MAIN(TestVulnRules)
#include "tst_vulnrules.moc"
