// The links family on every org of the demo province, inside the test world: each check fires on
// the org and targets planted for it (tests/world/README.md) and nowhere else, clean twins included.
#include "familyworld.h"
#include "linkprobe.h"
#include "linksfamily.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace Govscope;
using Testing::TestContext;
using Testing::worldProfile;

namespace {

void runFamily(TestContext &ctx)
{
    ctx.m_feeds = Testing::worldFeeds();
    Links::LinksFamily family;
    Testing::runFamily(family, ctx);
}

/// A small site of the test's own: a home page linking to two pages of the site, one of which never
/// answers (a crawl that cannot read every page).
class HalfSilentSite final : public QObject
{
public:
    HalfSilentSite()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [s] {
                    const QByteArray request = s->peek(8192);
                    if (!request.contains("\r\n\r\n"))
                        return;
                    s->readAll();
                    const QByteArray path = request.split(' ').value(1);
                    if (path == "/slow.html")
                        return; // never answered
                    const QByteArray body = path == "/"
                                                ? "<html><head><title>测试厅</title></head><body><ul><li><a "
                                                  "href=\"/a.html\">工作动态</a></li>"
                                                  "<li><a href=\"/slow.html\">通知公告</a></li></ul></body></html>"
                                                : "<html><head><title>工作动态</title></head><body><p>正文</p><a "
                                                  "href=\"/\">首页</a></body></html>";
                    s->write("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: " +
                             QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                    s->disconnectFromHost();
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    bool listen(const QString &address) { return m_server.listen(QHostAddress(address), 80); }

private:
    QTcpServer m_server;
};

/// A site that leaves its first request unanswered and answers every later one with 200, as a server (or
/// a scanner's machine) busy for a moment does.
class SlowFirstAnswer final : public QObject
{
public:
    SlowFirstAnswer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                const bool first = requests++ == 0;
                connect(s, &QTcpSocket::readyRead, s, [s, first] {
                    if (!s->peek(8192).contains("\r\n\r\n"))
                        return;
                    s->readAll();
                    if (first)
                        return; // never answered
                    s->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 2\r\nConnection: "
                             "close\r\n\r\nok");
                    s->disconnectFromHost();
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    bool listen(const QString &address) { return m_server.listen(QHostAddress(address), 80); }
    int requests = 0;

private:
    QTcpServer m_server;
};

} // namespace

class TestLinksFamilyWorld : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firesExactlyWherePlanted()
    {
        Testing::expectFiresExactlyWherePlanted(
            u"links"_qs, worldProfile(), runFamily, 0, [](const Models::Organization &org, TestContext &ctx) {
                // every site that answers was examined: clean twins pass rather than stay silent
                if (org.id == u"SL02"_qs || org.id == u"SL10"_qs || org.id == u"SL16"_qs || org.id == u"SL27"_qs) {
                    QVERIFY2(ctx.hasOutcome(u"links.no_exit_notice"_qs, Models::Outcome::Pass), qPrintable(org.id));
                    QVERIFY2(ctx.hasOutcome(u"links.internal_dead"_qs, Models::Outcome::Pass), qPrintable(org.id));
                    QVERIFY2(ctx.hasOutcome(u"links.dead"_qs, Models::Outcome::Pass), qPrintable(org.id));
                    QVERIFY2(ctx.hasOutcome(u"links.malicious"_qs, Models::Outcome::Pass), qPrintable(org.id));
                    for (const Models::CheckResult &r : ctx.results)
                        QVERIFY2(r.outcome != Models::Outcome::Inconclusive,
                                 qPrintable(r.target + u": "_qs + r.reason));
                }
            });
    }

    void targetsAndEvidence()
    {
        TestContext ctx(Testing::demoOrgs().value(u"SL07"_qs), std::nullopt, worldProfile());
        runFamily(ctx);
        QCOMPARE(ctx.targetsOf(u"links.dead"_qs),
                 (QStringList{u"http://www.slnyxx.com/"_qs, u"https://www.fanli.gov.cn/no-such-page.html"_qs}));
        QCOMPARE(ctx.targetsOf(u"links.malicious"_qs), QStringList{u"https://www.668bet-example.com/"_qs});
        QCOMPARE(ctx.targetsOf(u"links.no_exit_notice"_qs), QStringList{u"nynct.sl.gov.cn"_qs});
        QCOMPARE(ctx.targetsOf(u"links.internal_dead"_qs),
                 QStringList{u"https://nynct.sl.gov.cn/zwgk/2019/old-notice.html"_qs});

        const Models::NewFinding *nx = ctx.findingOf(u"links.dead"_qs, u"http://www.slnyxx.com/"_qs);
        QVERIFY2(nx->title.contains(u"NXDOMAIN"_qs), qPrintable(nx->title));
        const Models::NewFinding *gone =
            ctx.findingOf(u"links.dead"_qs, u"https://www.fanli.gov.cn/no-such-page.html"_qs);
        QVERIFY2(gone->title.contains(u"404"_qs), qPrintable(gone->title));
        QVERIFY(QString::fromUtf8(gone->evidence.first().content).contains(u"404"_qs));

        const Models::NewFinding *bet = ctx.findingOf(u"links.malicious"_qs);
        QVERIFY2(bet->title.contains(u"blocklists/world.txt"_qs) && bet->title.contains(u"gambling"_qs),
                 qPrintable(bet->title));
        QVERIFY(QString::fromUtf8(bet->evidence.first().content).contains(u"百家乐"_qs));
        QCOMPARE(bet->severity, Models::Severity::High);

        const Models::NewFinding *direct = ctx.findingOf(u"links.no_exit_notice"_qs);
        const QString list = QString::fromUtf8(direct->evidence.first().content);
        QVERIFY2(list.contains(u"https://www.sl.gov.cn/"_qs) && list.contains(u"www.668bet-example.com"_qs),
                 qPrintable(list));
        QVERIFY(!list.contains(u"beian.miit.gov.cn"_qs) && !list.contains(u"conac.cn"_qs));

        // the live link to another org's portal passes; the national services are not links
        QVERIFY(ctx.hasOutcome(u"links.dead"_qs, Models::Outcome::Pass, u"https://www.sl.gov.cn/"_qs));
        for (const Models::CheckResult &r : ctx.results)
            QVERIFY2(!r.target.contains(u"conac.cn"_qs) && !r.target.contains(u"beian.miit"_qs), qPrintable(r.target));
    }

    void noticeHandlerInSiteScriptFile()
    {
        // issue 9: the links are direct in the markup and the notice is a click handler in the site's
        // own /js/leave.js (wording as \\u escapes): that is a notice, not a links.no_exit_notice finding
        const Models::Organization org =
            Testing::makeOrg(u"T03"_qs, Models::OrgKind::PartyGov, Models::OrgLevel::Province,
                             Models::OrgRole::Department, {u"www.tishi.gov.cn"_qs});
        TestContext ctx(org, std::nullopt, worldProfile());
        runFamily(ctx);
        QVERIFY2(!ctx.fired(u"links.no_exit_notice"_qs), qPrintable(ctx.firedChecks().join(u' ')));
        QVERIFY(ctx.hasOutcome(u"links.no_exit_notice"_qs, Models::Outcome::Pass, u"www.tishi.gov.cn"_qs));
        // its friends are live and are still examined
        QVERIFY(ctx.hasOutcome(u"links.dead"_qs, Models::Outcome::Pass, u"https://www.fanli.gov.cn/"_qs));
    }

    void linkVerdictsOnStatusHelper()
    {
        TestContext ctx(Testing::demoOrgs().value(u"SL02"_qs), std::nullopt, worldProfile(1500));
        const QList<std::pair<QString, Links::LinkStatus::Verdict>> cases{
            {u"https://status.world-example.com/200"_qs, Links::LinkStatus::Alive},
            {u"https://status.world-example.com/301"_qs, Links::LinkStatus::Alive},
            {u"https://status.world-example.com/403"_qs, Links::LinkStatus::Dead},
            {u"https://status.world-example.com/404"_qs, Links::LinkStatus::Dead},
            {u"https://status.world-example.com/410"_qs, Links::LinkStatus::Dead},
            {u"https://status.world-example.com/500"_qs, Links::LinkStatus::Dead},
            {u"https://status.world-example.com/503"_qs, Links::LinkStatus::Dead},
            {u"http://slow.world-example.com/"_qs, Links::LinkStatus::Dead},      // never answers
            {u"http://www.no-such-host-example.cn/"_qs, Links::LinkStatus::Dead}, // NXDOMAIN
            {u"http://127.0.9.71:8/"_qs, Links::LinkStatus::Dead},                // refused
        };
        for (const auto &[url, verdict] : cases) {
            const QUrl u(url);
            const Links::LinkStatus s = QCoro::waitFor(Links::LinkProbe::check(ctx.probes(), u));
            QVERIFY2(s.verdict == verdict, qPrintable(url + u": "_qs + s.reason));
        }
    }

    void pagesTheCrawlCouldNotReadAreNoPass()
    {
        // one page of the site never answers: the links on it were not seen, so nothing site-wide passes
        HalfSilentSite site;
        QVERIFY(site.listen(u"127.0.77.20"_qs));
        const QString host = u"ports.footers-example.gov.cn"_qs;
        Models::Organization org = Testing::makeOrg(u"T31"_qs, Models::OrgKind::PartyGov, Models::OrgLevel::Province,
                                                    Models::OrgRole::Department, {host});
        TestContext ctx(org, std::nullopt, worldProfile(800));
        runFamily(ctx);
        for (const QString &check : {u"links.no_exit_notice"_qs, u"links.internal_dead"_qs, u"links.dead"_qs})
            QVERIFY2(!ctx.hasOutcome(check, Models::Outcome::Pass, host), qPrintable(check));
        QVERIFY(ctx.hasOutcome(u"links.no_exit_notice"_qs, Models::Outcome::Inconclusive, host));
        QVERIFY(ctx.hasOutcome(u"links.dead"_qs, Models::Outcome::Inconclusive, host));
        bool named = false;
        for (const Models::CheckResult &r : ctx.resultsOf(u"links.dead"_qs, host))
            named = named || r.reason.contains(u"slow.html"_qs);
        QVERIFY(named);
    }

    void linkThatTimesOutOnceIsAlive()
    {
        // checks.md §9 counts a link that does not answer as dead; one slow first answer is not that
        SlowFirstAnswer site;
        QVERIFY(site.listen(u"127.0.77.20"_qs));
        TestContext ctx(Testing::demoOrgs().value(u"SL02"_qs), std::nullopt, worldProfile(700));
        const QUrl url(u"http://ports.footers-example.gov.cn/page.html"_qs);
        const Links::LinkStatus s = QCoro::waitFor(Links::LinkProbe::check(ctx.probes(), url));
        QVERIFY2(s.verdict == Links::LinkStatus::Alive, qPrintable(s.reason));
        QCOMPARE(site.requests, 2);
    }
};

QTEST_GUILESS_MAIN(TestLinksFamilyWorld)
#include "tst_linksfamily_world.moc"
