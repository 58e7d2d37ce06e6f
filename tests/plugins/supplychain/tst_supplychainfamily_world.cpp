// The supplychain family on every org of the demo province, inside the test world with the shipped
// and the world's feeds: each check fires on the org planted for it (tests/world/README.md) and
// nowhere else.
#include "familyworld.h"
#include "supplychainfamily.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Govscope;
using Testing::TestContext;
using Testing::worldProfile;

namespace {

void runFamily(TestContext &ctx)
{
    Supplychain::SupplychainFamily family;
    ctx.m_feeds = Testing::shippedAndWorldFeeds();
    Testing::runFamily(family, ctx);
}

/// A one-site web server on a free world address: answers each request with the page for its path.
class TinySite final : public QObject
{
public:
    explicit TinySite(QHash<QByteArray, QByteArray> pages)
        : m_pages(std::move(pages))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    if (!s->canReadLine())
                        return;
                    QByteArray path = s->readLine().split(' ').value(1);
                    // optional per-agent pages: "/ MSIE" is served to Internet Explorer instead of "/"
                    const QByteArray rest = s->readAll();
                    if (rest.contains("MSIE") && m_pages.contains(path + " MSIE"))
                        path += " MSIE";
                    const bool found = m_pages.contains(path);
                    const QByteArray body = m_pages.value(path, "not found");
                    requests << path;
                    s->write("HTTP/1.1 " + QByteArray(found ? "200 OK" : "404 Not Found") +
                             "\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " +
                             QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                    s->disconnectFromHost();
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    bool listen(const QString &address) { return m_server.listen(QHostAddress(address), 80); }
    QList<QByteArray> requests;

private:
    QTcpServer m_server;
    QHash<QByteArray, QByteArray> m_pages;
};

} // namespace

class TestSupplychainFamilyWorld : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firesExactlyWherePlanted()
    {
        Testing::expectFiresExactlyWherePlanted(u"supplychain"_qs, worldProfile(), runFamily, 2);
    }

    void targetsAndEvidence()
    {
        const auto orgs = Testing::demoOrgs();
        TestContext legacy(orgs.value(u"SL12"_qs), std::nullopt, worldProfile());
        runFamily(legacy);
        const Models::NewFinding *eol = legacy.findingOf(u"supplychain.eol_component"_qs, u"jgswglj.sl.gov.cn"_qs);
        QVERIFY(eol);
        QVERIFY2(eol->title.contains(u"Apache HTTP Server 2.2.15"_qs) && eol->title.contains(u"PHP 5.3.3"_qs),
                 qPrintable(eol->title));

        TestContext cdc(orgs.value(u"SL17"_qs), std::nullopt, worldProfile());
        runFamily(cdc);
        const Models::NewFinding *js = cdc.findingOf(u"supplychain.vulnerable_component"_qs, u"www.slcdc.cn"_qs);
        QVERIFY(js);
        QVERIFY2(js->title.contains(u"jquery 1.8.3"_qs) && js->title.contains(u"CVE-2099-0003"_qs),
                 qPrintable(js->title));
        QVERIFY(cdc.findingOf(u"supplychain.eol_component"_qs, u"www.slcdc.cn"_qs)->title.contains(u"cycle 1"_qs));

        TestContext archive(orgs.value(u"SL18"_qs), std::nullopt, worldProfile());
        runFamily(archive);
        const Models::NewFinding *ie = archive.findingOf(u"supplychain.forced_client"_qs, u"www.sldag.org.cn"_qs);
        QVERIFY(ie);
        QVERIFY2(ie->title.contains(u"请使用IE浏览器"_qs) && ie->title.contains(u"classid"_qs), qPrintable(ie->title));

        TestContext county(orgs.value(u"SL22"_qs), std::nullopt, worldProfile());
        runFamily(county);
        const Models::NewFinding *scan = county.findingOf(u"supplychain.single_platform"_qs, u"www.ceshi.gov.cn"_qs);
        QVERIFY(scan);
        QVERIFY2(scan->title.contains(u"/zwfw/login.html"_qs), qPrintable(scan->title));

        // the clean twin passes every check
        TestContext clean(orgs.value(u"SL10"_qs), std::nullopt, worldProfile());
        runFamily(clean);
        QVERIFY(clean.findings.isEmpty());
        for (const QString &check : {u"supplychain.forced_client"_qs, u"supplychain.single_platform"_qs,
                                     u"supplychain.vulnerable_component"_qs, u"supplychain.eol_component"_qs})
            QVERIFY2(clean.hasOutcome(check, Models::Outcome::Pass, u"www.fanli.gov.cn"_qs), qPrintable(check));
    }

    void scriptBannerIsRead()
    {
        // a library whose URL names no version is read for its banner comment
        TinySite site({{"/", "<html><head><title>t</title><script src=\"/static/app.js\"></script></head>"
                             "<body><p>统一身份认证</p></body></html>"},
                       {"/static/app.js", "/*! jQuery v1.8.3 jquery.com | jquery.org/license */\n(function(){})();"}});
        QVERIFY(site.listen(u"127.0.9.95"_qs));
        auto org = Testing::demoOrgs().value(u"SL02"_qs);
        org.websites = {u"127.0.9.95"_qs};
        TestContext ctx(org, std::nullopt, worldProfile(2000));
        runFamily(ctx);
        QVERIFY(site.requests.contains("/static/app.js"));
        const Models::NewFinding *js = ctx.findingOf(u"supplychain.vulnerable_component"_qs, u"127.0.9.95"_qs);
        QVERIFY(js);
        QVERIFY2(js->title.contains(u"jquery 1.8.3"_qs), qPrintable(js->title));
        QVERIFY(
            QString::fromUtf8(js->evidence.first().content).contains(u"content of http://127.0.9.95/static/app.js"_qs));
        QVERIFY(ctx.fired(u"supplychain.eol_component"_qs, u"127.0.9.95"_qs));
        QVERIFY(!ctx.fired(u"supplychain.forced_client"_qs));
    }

    void mainstreamBrowserRefused()
    {
        // Chrome gets "not found" where Internet Explorer gets the portal: forced_client from the agents alone
        TinySite site({{"/ MSIE", "<html><head><title>门户</title></head><body><p>欢迎</p></body></html>"}});
        QVERIFY(site.listen(u"127.0.9.97"_qs));
        auto org = Testing::demoOrgs().value(u"SL02"_qs);
        org.websites = {u"127.0.9.97"_qs};
        TestContext ctx(org, std::nullopt, worldProfile(2000));
        runFamily(ctx);
        const Models::NewFinding *refused = ctx.findingOf(u"supplychain.forced_client"_qs, u"127.0.9.97"_qs);
        QVERIFY(refused);
        QVERIFY2(refused->title.contains(u"mainstream browser gets HTTP 404"_qs) &&
                     refused->title.contains(u"Internet Explorer gets HTTP 200"_qs),
                 qPrintable(refused->title));
        QCOMPARE(refused->evidence.size(), 3); // both exchanges and the org
        QVERIFY(ctx.hasOutcome(u"supplychain.eol_component"_qs, Models::Outcome::Inconclusive, u"127.0.9.97"_qs));

        TinySite degraded({{"/", "<html><head><meta http-equiv=\"refresh\" content=\"0;url=/ie.html\"></head></html>"},
                           {"/ MSIE", "<html><head><title>门户</title></head><body><p>欢迎</p></body></html>"}});
        QVERIFY(degraded.listen(u"127.0.9.98"_qs));
        org.websites = {u"127.0.9.98"_qs};
        TestContext same(org, std::nullopt, worldProfile(2000));
        runFamily(same);
        // both agents get a 200 at the same path: the agents alone prove nothing, no finding
        QVERIFY(!same.fired(u"supplychain.forced_client"_qs));
        QVERIFY(same.hasOutcome(u"supplychain.forced_client"_qs, Models::Outcome::Pass, u"127.0.9.98"_qs));
    }

    void unreachableIsInconclusive()
    {
        TestContext nx(Testing::demoOrgs().value(u"SL09"_qs), std::nullopt, worldProfile());
        runFamily(nx);
        QVERIFY(
            nx.hasOutcome(u"supplychain.forced_client"_qs, Models::Outcome::Inconclusive, u"www.tyjrswt.sl.gov.cn"_qs));

        QTcpServer silent; // accepts and never answers
        QVERIFY(silent.listen(QHostAddress(u"127.0.9.94"_qs), 443));
        auto org = Testing::demoOrgs().value(u"SL02"_qs);
        org.websites = {u"127.0.9.94"_qs};
        TestContext slow(org, std::nullopt, worldProfile(700));
        runFamily(slow);
        QVERIFY(slow.findings.isEmpty());
        QVERIFY(slow.hasOutcome(u"supplychain.eol_component"_qs, Models::Outcome::Inconclusive, u"127.0.9.94"_qs));
    }
};

QTEST_GUILESS_MAIN(TestSupplychainFamilyWorld)
#include "tst_supplychainfamily_world.moc"
