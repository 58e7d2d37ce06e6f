// The vuln family on every org of the demo province, inside the test world with the shipped and the
// world's feeds: each check fires on the org planted for it (tests/world/README.md) and nowhere else.
#include "assets.h"
#include "familyworld.h"
#include "vulnfamily.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Govscope;
using Testing::TestContext;

namespace {

Sdk::ScanProfile profile(int timeoutMs = 4000)
{
    Sdk::ScanProfile p = Testing::worldProfile(timeoutMs);
    p.allowPrivate = true; // the world lives on 127.x; stays right when the default becomes false
    return p;
}

/// Lines of the world's nginx access log ($server_addr $host "$request" $status $remote_addr) for @p host.
QStringList accessLog(const QString &host)
{
    QFile file(qEnvironmentVariable("GOVSCOPE_WORLD") + u"/logs/nginx-access.log"_qs);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList out;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n'))
        if (line.section(u' ', 1, 1) == host)
            out << line;
    return out;
}

/// An authorised org of the tests' own, on world hosts that no demo org declares.
Models::Organization scopeOrg(const QString &id, const QStringList &websites)
{
    Models::Organization o = Testing::makeOrg(id, Models::OrgKind::PartyGov, Models::OrgLevel::Province,
                                              Models::OrgRole::Department, websites);
    o.authorized = true;
    return o;
}

QString reasonOf(const TestContext &ctx, const QString &check, const QString &target)
{
    for (const Models::CheckResult &r : ctx.resultsOf(check, target))
        if (r.outcome == Models::Outcome::Inconclusive)
            return r.reason;
    return {};
}

void runFamily(TestContext &ctx)
{
    Vuln::VulnFamily family;
    ctx.m_feeds = Testing::shippedAndWorldFeeds();
    Testing::runFamily(family, ctx);
}

/// A Tomcat-manager stand-in on a free world address: /manager/html asks for HTTP Basic and accepts
/// only @p user / @p password; every other path is 404. Counts the login attempts it sees.
class BasicAuthSite final : public QObject
{
public:
    BasicAuthSite(const QByteArray &user, const QByteArray &password)
        : m_expected("Basic " + QByteArray(user + ':' + password).toBase64())
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    QByteArray &buffer = m_buffers[s];
                    buffer += s->readAll();
                    if (!buffer.contains("\r\n\r\n"))
                        return;
                    const QByteArray request = m_buffers.take(s); // a later socket may reuse the address
                    const QByteArray path = request.split(' ').value(1);
                    QByteArray auth;
                    for (const QByteArray &line : request.split('\n'))
                        if (line.toLower().startsWith("authorization:"))
                            auth = line.mid(14).trimmed();
                    QByteArray status = "404 Not Found", extra, body = "not found";
                    if (path == "/manager/html") {
                        if (!auth.isEmpty())
                            ++attempts;
                        if (auth == m_expected) {
                            status = "200 OK";
                            body = "<title>/manager</title><h1>Tomcat Web Application Manager</h1>";
                        } else {
                            status = "401 Unauthorized";
                            extra = "WWW-Authenticate: Basic realm=\"Tomcat Manager Application\"\r\n";
                            body = "401";
                        }
                    }
                    s->write("HTTP/1.1 " + status + "\r\n" + extra + "Content-Type: text/html\r\nContent-Length: " +
                             QByteArray::number(body.size()) + "\r\nConnection: close\r\n\r\n" + body);
                    s->disconnectFromHost();
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    bool listen(const QString &address) { return m_server.listen(QHostAddress(address), 80); }
    int attempts = 0;

private:
    QTcpServer m_server;
    QByteArray m_expected;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

/// A port that never completes a connect, as behind a firewall that drops SYNs or on a server too loaded
/// to accept: a listener with an accept queue of one that is never accepted from, filled by the first
/// connection, so that the kernel drops every later SYN.
class DroppingPort final
{
public:
    ~DroppingPort()
    {
        delete m_filler;
        if (m_fd >= 0)
            ::close(m_fd);
    }
    bool listen(const QString &address, quint16 port)
    {
        m_fd = ::socket(AF_INET, SOCK_STREAM, 0);
        const int one = 1;
        ::setsockopt(m_fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
        sockaddr_in a{};
        a.sin_family = AF_INET;
        a.sin_port = htons(port);
        ::inet_pton(AF_INET, address.toLatin1().constData(), &a.sin_addr);
        if (::bind(m_fd, reinterpret_cast<sockaddr *>(&a), sizeof a) != 0 || ::listen(m_fd, 0) != 0)
            return false;
        m_filler = new QTcpSocket;
        m_filler->connectToHost(QHostAddress(address), port);
        if (!m_filler->waitForConnected(2000))
            return false;
        QTcpSocket probe; // the queue is full now: a second connect must not complete
        probe.connectToHost(QHostAddress(address), port);
        return !probe.waitForConnected(1500);
    }

private:
    int m_fd = -1;
    QTcpSocket *m_filler = nullptr;
};

/// An FTP server that refuses every login but anonymous, and never answers anonymous's password: one
/// attempt of the credential list times out while the others are refused.
class StallingFtp final : public QObject
{
public:
    StallingFtp()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                s->write("220 footers test FTP\r\n");
                connect(s, &QTcpSocket::readyRead, s, [s] {
                    while (s->canReadLine()) {
                        const QByteArray line = s->readLine().trimmed();
                        if (line.startsWith("USER ")) {
                            s->setProperty("anonymous", line.mid(5).toLower() == "anonymous");
                            s->write("331 password please\r\n");
                        } else if (line.startsWith("PASS ") && !s->property("anonymous").toBool()) {
                            s->write("530 Login incorrect.\r\n");
                        } // anonymous's PASS: no answer
                    }
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    bool listen(const QString &address) { return m_server.listen(QHostAddress(address), 21); }

private:
    QTcpServer m_server;
};

} // namespace

class TestVulnFamilyWorld : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firesExactlyWherePlanted()
    {
        Testing::expectFiresExactlyWherePlanted(u"vuln"_qs, profile(), runFamily, 2,
                                                [](const Models::Organization &org, TestContext &ctx) {
                                                    // the authorised-only check runs only for authorised orgs
                                                    if (!org.authorized)
                                                        QVERIFY(ctx.resultsOf(u"vuln.weak_password"_qs).isEmpty());
                                                });
    }

    void targetsSeverityAndEvidence()
    {
        const auto orgs = Testing::demoOrgs();
        TestContext zjt(orgs.value(u"SL03"_qs), std::nullopt, profile());
        runFamily(zjt);
        QCOMPARE(zjt.targetsOf(u"vuln.high_risk_port"_qs),
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

    void basicAuthOnManagementPage()
    {
        // the credential list: four wrong tomcat passwords, then the right one, then one too many
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(u"credentials"_qs));
        QFile csv(dir.filePath(u"credentials/tomcat.csv"_qs));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("product,username,password\ntomcat,admin,admin\ntomcat,tomcat,tomcat\ntomcat,admin,123456\n"
                  "tomcat,root,root\ntomcat,tomcat,World-Tomcat-2099\ntomcat,manager,manager\n");
        csv.close();
        BasicAuthSite site("tomcat", "World-Tomcat-2099");
        QVERIFY(site.listen(u"127.0.9.96"_qs));
        auto org = Testing::demoOrgs().value(u"SL03"_qs); // authorised
        QVERIFY(org.authorized);
        org.websites = {u"127.0.9.96"_qs};
        TestContext ctx(org, std::nullopt, profile(2000));
        Vuln::VulnFamily family;
        auto feeds = Sdk::Feeds::load({QStringLiteral(GOVSCOPE_SOURCE_DIR "/resources/feeds"), dir.path()});
        QVERIFY(feeds);
        ctx.m_feeds = *feeds;
        QCoro::waitFor(family.run(ctx));

        const Models::NewFinding *weak = ctx.findingOf(u"vuln.weak_password"_qs, u"http://127.0.9.96/manager/html"_qs);
        QVERIFY2(weak, qPrintable(ctx.firedChecks().join(u' ')));
        QCOMPARE(site.attempts, 5); // stopped at the first accepted one, within the bound
        QVERIFY2(weak->title.contains(u"tomcat"_qs) && !weak->title.contains(u"World-Tomcat-2099"_qs),
                 qPrintable(weak->title));
        const QString evidence = QString::fromUtf8(weak->evidence.first().content);
        QVERIFY2(evidence.contains(u"Basic (masked)"_qs), qPrintable(evidence));
        QVERIFY(!evidence.contains(QString::fromLatin1(QByteArray("tomcat:World-Tomcat-2099").toBase64())));
        // behind Basic auth the manager is access-controlled: not an exposed_admin finding
        QVERIFY(!ctx.fired(u"vuln.exposed_admin"_qs));
    }

    void redisPasswordGuess()
    {
        // the hospital's redis asks for a password; authorised here for the test only
        auto org = Testing::demoOrgs().value(u"SL15"_qs);
        org.authorized = true;
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(u"credentials"_qs));
        QFile csv(dir.filePath(u"credentials/world.csv"_qs)); // replaces the world's list
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("product,username,password\nredis,,redis\nredis,,World-Redis-2099\n");
        csv.close();
        TestContext guessed(org, std::nullopt, profile());
        Vuln::VulnFamily family;
        auto feeds = Sdk::Feeds::load({QStringLiteral(GOVSCOPE_SOURCE_DIR "/tests/world/feeds"), dir.path()});
        QVERIFY(feeds);
        guessed.m_feeds = *feeds;
        QCoro::waitFor(family.run(guessed));
        const Models::NewFinding *weak = guessed.findingOf(u"vuln.weak_password"_qs, u"www.slyy1.com:6379"_qs);
        QVERIFY(weak);
        const QString transcript = QString::fromUtf8(weak->evidence.first().content);
        QVERIFY2(transcript.contains(u"WRONGPASS"_qs) && transcript.contains(u"+OK"_qs), qPrintable(transcript));
        QVERIFY(!transcript.contains(u"World-Redis-2099"_qs) && !weak->title.contains(u"World-Redis-2099"_qs));

        // with the world's own list ("redis") the password holds
        TestContext held(org, std::nullopt, profile());
        runFamily(held);
        QVERIFY(!held.fired(u"vuln.weak_password"_qs));
        QVERIFY(held.hasOutcome(u"vuln.weak_password"_qs, Models::Outcome::Pass, u"www.slyy1.com:6379"_qs));

        // a redis with no password at all is not a guessed password (datasec.open_database reports it)
        auto city = Testing::demoOrgs().value(u"SL19"_qs);
        city.authorized = true;
        TestContext open(city, std::nullopt, profile());
        runFamily(open);
        QVERIFY(!open.fired(u"vuln.weak_password"_qs));
        QVERIFY(open.hasOutcome(u"vuln.weak_password"_qs, Models::Outcome::Pass, u"www.yangben.gov.cn:6379"_qs));
    }

    void redirectOutOfScopeIsNotProbed()
    {
        // issue 12: a portal redirecting to another domain got that domain probed (WAF queries,
        // /manager/html, /actuator, …). Only the passive home-page fetch may reach it.
        const QString stranger = u"www.stranger-example.com"_qs, portal = u"www.tiaozhuan.gov.cn"_qs;
        const qsizetype strangerBefore = accessLog(stranger).size(), portalBefore = accessLog(portal).size();
        TestContext ctx(scopeOrg(u"T01"_qs, {portal}), std::nullopt, profile());
        runFamily(ctx);
        const QStringList sent = accessLog(stranger).mid(strangerBefore);
        QVERIFY2(!sent.isEmpty(), "the home page fetch follows the redirect (passive)");
        for (const QString &line : sent)
            QVERIFY2(line.contains(u"\"GET / HTTP/1.1\""_qs), qPrintable(sent.join(u'\n')));
        QVERIFY2(ctx.findings.isEmpty(), qPrintable(ctx.firedChecks().join(u' ')));
        const QString why = reasonOf(ctx, u"vuln.no_waf"_qs, portal);
        QVERIFY2(why.contains(stranger) && why.contains(u"302"_qs), qPrintable(why));
        // the org's own host is still examined: its management paths were asked there
        const QStringList own = accessLog(portal).mid(portalBefore);
        QVERIFY2(own.join(u'\n').contains(u"GET /actuator "_qs), qPrintable(own.join(u'\n')));
        QVERIFY(ctx.hasOutcome(u"vuln.exposed_admin"_qs, Models::Outcome::Pass, portal));
    }

    void cnameOntoSharedHostIsNotPortScanned()
    {
        // a CNAME target an older scan stored as a discovered host, and the org's own name onto it:
        // the FTP port of the shared node is a stranger's, neither scanned nor logged into
        auto org = scopeOrg(u"T02"_qs, {u"www.cdnuser.gov.cn"_qs});
        QList<Models::Asset> assets = Models::declaredAssets(org);
        assets << Models::Asset{0, org.id, Models::AssetType::Host, u"shared.cdn-example.net"_qs,
                                Models::AssetSource::Discovered};
        TestContext ctx(org, assets, profile());
        runFamily(ctx);
        QVERIFY2(!ctx.fired(u"vuln.high_risk_port"_qs),
                 qPrintable(ctx.targetsOf(u"vuln.high_risk_port"_qs).join(u' ')));
        QVERIFY(!ctx.fired(u"vuln.weak_password"_qs));
        for (const QString &host : {u"shared.cdn-example.net"_qs, u"www.cdnuser.gov.cn"_qs})
            QVERIFY2(ctx.hasOutcome(u"vuln.high_risk_port"_qs, Models::Outcome::Inconclusive, host), qPrintable(host));
        QVERIFY(ctx.resultsOf(u"vuln.weak_password"_qs, u"shared.cdn-example.net:21"_qs).isEmpty());
        QVERIFY(reasonOf(ctx, u"vuln.high_risk_port"_qs, u"www.cdnuser.gov.cn"_qs).contains(u"CNAME"_qs));
        // the site itself is the org's, reached by its own name: HTTP checks still run on it
        QVERIFY(ctx.hasOutcome(u"vuln.exposed_admin"_qs, Models::Outcome::Pass, u"www.cdnuser.gov.cn"_qs));
    }

    void privateAddressesRefusedUnlessAllowed()
    {
        // the world is loopback: with allow_private off, nothing active is sent and nothing passes
        Sdk::ScanProfile strict = profile();
        strict.allowPrivate = false;
        TestContext ctx(Testing::demoOrgs().value(u"SL03"_qs), std::nullopt, strict);
        runFamily(ctx);
        QVERIFY2(ctx.findings.isEmpty(), qPrintable(ctx.firedChecks().join(u' ')));
        for (const QString &check :
             {u"vuln.no_waf"_qs, u"vuln.exposed_admin"_qs, u"vuln.high_risk_port"_qs, u"vuln.weak_password"_qs}) {
            const QString why = reasonOf(ctx, check, u"zjt.sl.gov.cn"_qs);
            QVERIFY2(why.contains(u"loopback"_qs) && why.contains(u"allow_private"_qs), qPrintable(check + why));
            QVERIFY2(!ctx.hasOutcome(check, Models::Outcome::Pass), qPrintable(check));
        }
    }

    void anonymousFtpWithShippedDefaultsOnly()
    {
        // issue 9: no credentials file in the feeds; the shipped default list still tries anonymous FTP
        TestContext ctx(Testing::demoOrgs().value(u"SL03"_qs), std::nullopt, profile());
        auto shipped = Sdk::Feeds::load({QStringLiteral(GOVSCOPE_SOURCE_DIR "/resources/feeds")});
        QVERIFY(shipped);
        ctx.m_feeds = *shipped;
        Vuln::VulnFamily family;
        QCoro::waitFor(family.run(ctx));
        const Models::NewFinding *ftp = ctx.findingOf(u"vuln.weak_password"_qs, u"zjt.sl.gov.cn:21"_qs);
        QVERIFY2(ftp, qPrintable(reasonOf(ctx, u"vuln.weak_password"_qs, u"zjt.sl.gov.cn:21"_qs)));
        QVERIFY2(ftp->title.contains(u"anonymous"_qs), qPrintable(ftp->title));
        const QString transcript = QString::fromUtf8(ftp->evidence.first().content);
        QVERIFY2(transcript.contains(u"230"_qs) && !transcript.contains(u"anonymous@"_qs), qPrintable(transcript));
    }

    void silentSiteIsInconclusive()
    {
        QTcpServer silent; // accepts and never answers
        QVERIFY(silent.listen(QHostAddress(u"127.0.9.93"_qs), 443));
        auto org = Testing::demoOrgs().value(u"SL02"_qs);
        org.websites = {u"127.0.9.93"_qs};
        org.mailDomains.clear();
        TestContext slow(org, std::nullopt, profile(700));
        runFamily(slow);
        QVERIFY(slow.findings.isEmpty());
        QVERIFY(slow.hasOutcome(u"vuln.no_waf"_qs, Models::Outcome::Inconclusive, u"127.0.9.93"_qs));
    }

    void portThatNeverAnswersIsNoPass()
    {
        // a timed-out connect says nothing about the port: neither the port check nor the FTP login check
        // may pass the host (seen in whole scans under load: FTP/telnet ports read as "filtered", passed)
        const QString host = u"ports.footers-example.gov.cn"_qs;
        DroppingPort ftp;
        QVERIFY(ftp.listen(u"127.0.77.20"_qs, 21));
        TestContext ctx(scopeOrg(u"T21"_qs, {host}), std::nullopt, profile(1000));
        runFamily(ctx);
        QVERIFY2(!ctx.hasOutcome(u"vuln.high_risk_port"_qs, Models::Outcome::Pass, host),
                 qPrintable(ctx.resultsOf(u"vuln.high_risk_port"_qs).value(0).reason));
        const QString why = reasonOf(ctx, u"vuln.high_risk_port"_qs, host);
        QVERIFY2(why.contains(u"21"_qs) && !why.contains(u"23"_qs), qPrintable(why)); // 23 is refused: known
        QVERIFY(!ctx.fired(u"vuln.high_risk_port"_qs));
        QVERIFY(ctx.hasOutcome(u"vuln.weak_password"_qs, Models::Outcome::Inconclusive, host + u":21"_qs));
        for (const Models::CheckResult &r : ctx.resultsOf(u"vuln.weak_password"_qs))
            QVERIFY2(r.outcome != Models::Outcome::Pass, qPrintable(r.target + u": "_qs + r.reason));
    }

    void loginThatTimesOutIsNoPass()
    {
        // anonymous is the credential that might work; its attempt times out, the others are refused
        StallingFtp server;
        QVERIFY(server.listen(u"127.0.77.20"_qs));
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(u"credentials"_qs));
        QFile csv(dir.filePath(u"credentials/world.csv"_qs));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("product,username,password\nftp,anonymous,audit@example.com\nftp,admin,admin\nftp,ftp,ftp\n");
        csv.close();
        const QString host = u"ports.footers-example.gov.cn"_qs;
        TestContext ctx(scopeOrg(u"T22"_qs, {host}), std::nullopt, profile(1000));
        Vuln::VulnFamily family;
        auto loaded = Sdk::Feeds::load({QStringLiteral(GOVSCOPE_SOURCE_DIR "/tests/world/feeds"), dir.path()});
        QVERIFY(loaded);
        ctx.m_feeds = *loaded;
        QCoro::waitFor(family.run(ctx));
        QVERIFY(ctx.fired(u"vuln.high_risk_port"_qs, host + u":21"_qs));
        QVERIFY(!ctx.fired(u"vuln.weak_password"_qs));
        const QString why = reasonOf(ctx, u"vuln.weak_password"_qs, host + u":21"_qs);
        QVERIFY2(!ctx.hasOutcome(u"vuln.weak_password"_qs, Models::Outcome::Pass, host + u":21"_qs), qPrintable(why));
        QVERIFY2(why.contains(u"530"_qs), qPrintable(why)); // the refusals are in the reason
    }
};

QTEST_GUILESS_MAIN(TestVulnFamilyWorld)
#include "tst_vulnfamily_world.moc"
