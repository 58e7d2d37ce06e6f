// The test world answers as documented: names, certificates, mail banners, redis, SOCKS vantage.
// Runs inside the world (tests/world/run -- tst_world); every expectation here is a host of
// tests/world/world.ini, so a change there that breaks a documented purpose fails here.

#include <QDate>
#include <QDnsLookup>
#include <QHostAddress>
#include <QHostInfo>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTest>

#include <memory>

namespace {

constexpr int kTimeoutMs = 10000;

struct Fetched
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QList<QSslError> sslErrors;
    QByteArray body;
    QByteArray header(const QByteArray &) const;
    QList<QNetworkReply::RawHeaderPair> headers;
};

QByteArray Fetched::header(const QByteArray &name) const
{
    for (const auto &[k, v] : headers)
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

// Tests may block on their own event loop; the application never does (architecture.md).
// acceptBadCertificate: read a page whose certificate is planted bad (the content is what matters)
Fetched fetch(QNetworkAccessManager &nam, const QUrl &url, bool acceptBadCertificate = false)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setTransferTimeout(kTimeoutMs);
    std::unique_ptr<QNetworkReply> reply(nam.get(request));
    Fetched out;
    QNetworkReply *raw = reply.get();
    QObject::connect(raw, &QNetworkReply::sslErrors, [&out, raw, acceptBadCertificate](const QList<QSslError> &errors) {
        out.sslErrors = errors;
        if (acceptBadCertificate)
            raw->ignoreSslErrors(errors);
    });
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(kTimeoutMs + 1000);
    out.error = reply->error();
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.headers = reply->rawHeaderPairs();
    return out;
}

QStringList lookup(QDnsLookup::Type type, const QString &name, QDnsLookup::Error *error = nullptr)
{
    QDnsLookup dns(type, name);
    QSignalSpy done(&dns, &QDnsLookup::finished);
    dns.lookup();
    done.wait(kTimeoutMs);
    if (error)
        *error = dns.error();
    QStringList out;
    for (const auto &r : dns.mailExchangeRecords())
        out << QString::number(r.preference()) + u' ' + r.exchange();
    for (const auto &r : dns.textRecords())
        for (const auto &v : r.values())
            out << QString::fromUtf8(v);
    for (const auto &r : dns.canonicalNameRecords())
        out << r.value();
    return out;
}

// Reads until a full line (CRLF) arrives; enough for banners and one-line replies.
QByteArray readLine(QTcpSocket &socket)
{
    while (!socket.canReadLine())
        if (!socket.waitForReadyRead(kTimeoutMs))
            return {};
    return socket.readLine().trimmed();
}

} // namespace

class TstWorld final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("GOVSCOPE_WORLD"))
            QSKIP("not inside the test world: run through tests/world/run -- tst_world");
    }

    void addresses_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("address");
        QTest::addRow("portal") << "www.sl.gov.cn"
                                << "127.0.1.10";
        QTest::addRow("aaaa") << "www.sl.gov.cn"
                              << "::1";
        QTest::addRow("city") << "www.fanli.gov.cn"
                              << "127.0.2.10";
        QTest::addRow("via cname") << "www.slu.edu.cn"
                                   << "127.0.60.10";
        QTest::addRow("overseas") << "jttz.sl.gov.cn"
                                  << "127.0.50.20";
        QTest::addRow("national service") << "bszs.conac.cn"
                                          << "127.0.40.30";
    }
    void addresses()
    {
        QFETCH(QString, host);
        QFETCH(QString, address);
        const QHostInfo info = QHostInfo::fromName(host);
        QCOMPARE(info.error(), QHostInfo::NoError);
        QVERIFY2(info.addresses().contains(QHostAddress(address)), qPrintable(host + u" has no address " + address));
    }

    void unknownNamesDoNotResolve_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addRow("declared but absent") << "www.tyjrswt.sl.gov.cn";
        QTest::addRow("dead link target") << "www.slnyxx.com";
        QTest::addRow("real internet name") << "www.baidu.com";
        QTest::addRow("dangling cname") << "zt.nynct.sl.gov.cn";
    }
    void unknownNamesDoNotResolve()
    {
        QFETCH(QString, host);
        const QHostInfo info = QHostInfo::fromName(host);
        QVERIFY2(info.addresses().isEmpty(), qPrintable(host + u" resolved"));
    }

    void records_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::addRow("mx") << int(QDnsLookup::MX) << "sl.gov.cn"
                            << "10 mail.sl.gov.cn";
        QTest::addRow("mx shared platform") << int(QDnsLookup::MX) << "dsjzx.sl.gov.cn"
                                            << "10 mail.sl.gov.cn";
        QTest::addRow("spf strict") << int(QDnsLookup::TXT) << "sl.gov.cn"
                                    << "v=spf1 ip4:127.0.4.0/24 -all";
        QTest::addRow("spf +all") << int(QDnsLookup::TXT) << "sthjt.sl.gov.cn"
                                  << "v=spf1 +all";
        QTest::addRow("dmarc") << int(QDnsLookup::TXT) << "_dmarc.sl.gov.cn"
                               << "v=DMARC1; p=reject; rua=mailto:dmarc@sl.gov.cn";
        QTest::addRow("dmarc none") << int(QDnsLookup::TXT) << "_dmarc.tjj.sl.gov.cn"
                                    << "v=DMARC1; p=none";
        QTest::addRow("cname") << int(QDnsLookup::CNAME) << "www.slu.edu.cn"
                               << "slu-edu.cdn.slyun.cn";
        QTest::addRow("dangling cname") << int(QDnsLookup::CNAME) << "zt.nynct.sl.gov.cn"
                                        << "nynct-zt.cdn-gone-example.com";
    }
    void records()
    {
        QFETCH(int, type);
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QDnsLookup::Error error;
        const QStringList got = lookup(QDnsLookup::Type(type), name, &error);
        QCOMPARE(error, QDnsLookup::NoError);
        QVERIFY2(got.contains(expected), qPrintable(got.join(u" | ")));
    }

    void danglingTargetIsNxdomain()
    {
        QDnsLookup::Error error;
        lookup(QDnsLookup::A, u"nynct-zt.cdn-gone-example.com"_qs, &error);
        QCOMPARE(error, QDnsLookup::NotFoundError);
        lookup(QDnsLookup::TXT, u"_dmarc.sthjt.sl.gov.cn"_qs, &error);
        QCOMPARE(error, QDnsLookup::NotFoundError);
    }

    void httpsVerifiesWithWorldCa()
    {
        QNetworkAccessManager nam;
        const Fetched r = fetch(nam, QUrl(u"https://jyt.sl.gov.cn/"_qs));
        QCOMPARE(r.error, QNetworkReply::NoError);
        QVERIFY(r.sslErrors.isEmpty());
        QCOMPARE(r.status, 200);
        QVERIFY(r.body.contains("示例省教育厅"));
        QVERIFY(r.body.contains("_ideConac"));
        QVERIFY(!r.header("Strict-Transport-Security").isEmpty());
    }

    void httpRedirectsOrNot()
    {
        QNetworkAccessManager nam;
        Fetched r = fetch(nam, QUrl(u"http://jyt.sl.gov.cn/"_qs));
        QCOMPARE(r.status, 301);
        QCOMPARE(r.header("Location"), QByteArray("https://jyt.sl.gov.cn/"));
        r = fetch(nam, QUrl(u"http://zjt.sl.gov.cn/"_qs));
        QCOMPARE(r.status, 200);
        r = fetch(nam, QUrl(u"https://zjt.sl.gov.cn/"_qs));
        QCOMPARE(r.error, QNetworkReply::ConnectionRefusedError);
    }

    void badCertificates_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("sslError");
        QTest::addRow("expired") << "https://www.yangben.gov.cn/" << int(QSslError::CertificateExpired);
        QTest::addRow("wrong name") << "https://www.sldag.org.cn/" << int(QSslError::HostNameMismatch);
    }
    void badCertificates()
    {
        QFETCH(QString, url);
        QFETCH(int, sslError);
        QNetworkAccessManager nam;
        const Fetched r = fetch(nam, QUrl(url));
        QCOMPARE(r.error, QNetworkReply::SslHandshakeFailedError);
        bool found = false;
        for (const QSslError &e : r.sslErrors)
            found = found || e.error() == QSslError::SslError(sslError);
        QVERIFY2(found, qPrintable(url));
    }

    void wafFiltersAttackShapedQueries()
    {
        QNetworkAccessManager nam;
        const QString probe = u"?id=1%27%20union%20select%201,2--"_qs;
        QCOMPARE(fetch(nam, QUrl(u"https://jyt.sl.gov.cn/"_qs + probe)).status, 403);
        QCOMPARE(fetch(nam, QUrl(u"http://zjt.sl.gov.cn/"_qs + probe)).status, 200);
    }

    void plantedFiles_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contains");
        QTest::addRow("git config") << "https://scjgj.sl.gov.cn/.git/config" << 200 << QByteArray("[core]");
        QTest::addRow("env") << "https://scjgj.sl.gov.cn/.env" << 200 << QByteArray("DB_PASSWORD");
        QTest::addRow("listing") << "https://scjgj.sl.gov.cn/upload/" << 200 << QByteArray("Index of /upload/");
        QTest::addRow("no git on clean") << "https://jyt.sl.gov.cn/.git/config" << 404 << QByteArray();
        QTest::addRow("actuator") << "https://tyjrswt.sl.gov.cn/actuator" << 200 << QByteArray("_links");
        QTest::addRow("druid") << "https://tyjrswt.sl.gov.cn/druid/index.html" << 200 << QByteArray("Druid");
        QTest::addRow("id numbers") << "https://www.ceshi.gov.cn/upload/2026/dbmd.csv" << 200 << QByteArray("身份证号");
        QTest::addRow("legacy server") << "http://jgswglj.sl.gov.cn/" << 200 << QByteArray("示例省机关事务管理局");
        QTest::addRow("gambling") << "https://www.668bet-example.com/" << 200 << QByteArray("百家乐");
        QTest::addRow("exit notice") << "https://jyt.sl.gov.cn/exit/1.html" << 200 << QByteArray("即将离开");
        QTest::addRow("badge script") << "https://dcs.conac.cn/js/99/000/0000/60400000/CA990000000604000000001.js"
                                      << 200 << QByteArray("red.png");
    }
    void plantedFiles()
    {
        QFETCH(QString, url);
        QFETCH(int, status);
        QFETCH(QByteArray, contains);
        QNetworkAccessManager nam;
        const Fetched r = fetch(nam, QUrl(url));
        QCOMPARE(r.status, status);
        QVERIFY2(r.body.contains(contains), r.body.left(300).constData());
    }

    void homePages_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QByteArrayList>("present");
        QTest::addColumn<QByteArrayList>("absent");
        QTest::addRow("clean portal") << "https://jyt.sl.gov.cn/"
                                      << QByteArrayList{"image/red.png", "9900000002", "示ICP备", "/exit/1.html"}
                                      << QByteArrayList{"jquery"};
        QTest::addRow("dynamic badge") << "https://www.sl.gov.cn/"
                                       << QByteArrayList{"<span id=\"_ideConac\"></span>", "dcs.conac.cn/js/"}
                                       << QByteArrayList{};
        QTest::addRow("institution blue")
            << "https://www.slsjzx.cn/" << QByteArrayList{"image/blue.png"} << QByteArrayList{"red.png", "SiteIDCode"};
        QTest::addRow("institution red") << "https://www.slcdc.cn/"
                                         << QByteArrayList{"image/red.png", "jquery-1.8.3.min.js"} << QByteArrayList{};
        QTest::addRow("enterprise badge")
            << "https://www.slszkj.com/" << QByteArrayList{"_ideConac"} << QByteArrayList{};
        QTest::addRow("enterprise clean")
            << "https://www.slny-group.com/" << QByteArrayList{"示ICP备"} << QByteArrayList{"_ideConac"};
        QTest::addRow("bare site") << "http://jgswglj.sl.gov.cn/" << QByteArrayList{"示例省机关事务管理局"}
                                   << QByteArrayList{"_ideConac", "SiteIDCode", "ICP备", "网站标识码"};
        QTest::addRow("code mismatch") << "https://scjgj.sl.gov.cn/"
                                       << QByteArrayList{"content=\"9902000011\"", "网站标识码：9902000011",
                                                         "sitecode='9902000011'"}
                                       << QByteArrayList{};
        QTest::addRow("direct links") << "https://nynct.sl.gov.cn/"
                                      << QByteArrayList{"href=\"https://www.668bet-example.com/\"",
                                                        "href=\"http://www.slnyxx.com/\""}
                                      << QByteArrayList{"/exit/"};
        QTest::addRow("impostor") << "https://www.s1.gov.cn/" << QByteArrayList{"示例省人民政府", "_ideConac"}
                                  << QByteArrayList{};
        QTest::addRow("look-alike") << "https://www.sl-gov-cn.com/" << QByteArrayList{"示例省人民政府"}
                                    << QByteArrayList{"_ideConac"};
        QTest::addRow("ie") << "https://www.sldag.org.cn/" << QByteArrayList{"请使用IE浏览器"} << QByteArrayList{};
        QTest::addRow("wechat only") << "https://www.ceshi.gov.cn/zwfw/login.html"
                                     << QByteArrayList{"仅支持微信扫码登录"} << QByteArrayList{"密码"};
        QTest::addRow("webmail mfa") << "https://mail.sl.gov.cn/" << QByteArrayList{"name=\"otp\""} << QByteArrayList{};
        QTest::addRow("webmail no mfa") << "http://mail.sthjt.sl.gov.cn/" << QByteArrayList{"type=\"password\""}
                                        << QByteArrayList{"otp"};
    }
    void homePages()
    {
        QFETCH(QString, url);
        QFETCH(QByteArrayList, present);
        QFETCH(QByteArrayList, absent);
        QNetworkAccessManager nam;
        const Fetched r = fetch(nam, QUrl(url), url.contains(u"sldag"));
        QCOMPARE(r.status, 200);
        for (const QByteArray &p : present)
            QVERIFY2(r.body.contains(p), p.constData());
        for (const QByteArray &a : absent)
            QVERIFY2(!r.body.contains(a), a.constData());
    }

    void newsDates_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("newestAgeDays");
        QTest::addRow("fresh") << "https://jyt.sl.gov.cn/" << 0;
        QTest::addRow("stale") << "https://slt.sl.gov.cn/" << 60;
    }
    void newsDates()
    {
        QFETCH(QString, url);
        QFETCH(int, newestAgeDays);
        QNetworkAccessManager nam;
        const Fetched r = fetch(nam, QUrl(url));
        static const QRegularExpression dateRe(u"class=\"date\">(\\d{4}-\\d{2}-\\d{2})<"_qs);
        QDate newest;
        for (auto it = dateRe.globalMatch(QString::fromUtf8(r.body)); it.hasNext();) {
            const QDate d = QDate::fromString(it.next().captured(1), Qt::ISODate);
            if (!newest.isValid() || d > newest)
                newest = d;
        }
        const QDate today = QDate::fromString(qEnvironmentVariable("GOVSCOPE_WORLD_TODAY"), Qt::ISODate);
        QVERIFY(today.isValid());
        QCOMPARE(newest.daysTo(today), newestAgeDays);
    }

    void hstsAndRedirects()
    {
        QNetworkAccessManager nam;
        QVERIFY(fetch(nam, QUrl(u"https://www.sljrj.com.cn/"_qs)).header("Strict-Transport-Security").isEmpty());
        QCOMPARE(fetch(nam, QUrl(u"https://www.sljrj.com.cn/"_qs)).header("X-Powered-By"), QByteArray("SLCMS/3.2.1"));
        QCOMPARE(fetch(nam, QUrl(u"http://www.slyy1.com/"_qs)).status, 200); // no redirect
        QCOMPARE(fetch(nam, QUrl(u"http://mail.sl.gov.cn/"_qs)).status, 301);
        QCOMPARE(fetch(nam, QUrl(u"https://status.world-example.com/503"_qs)).status, 503);
    }

    void legacyServerHeader()
    {
        QNetworkAccessManager nam;
        const Fetched r = fetch(nam, QUrl(u"http://jgswglj.sl.gov.cn/"_qs));
        QCOMPARE(r.header("Server"), QByteArray("Apache/2.2.15 (CentOS)"));
        QCOMPARE(fetch(nam, QUrl(u"https://jyt.sl.gov.cn/"_qs)).header("Server"), QByteArray("nginx"));
    }

    void imapBanner_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("starttls");
        QTest::addColumn<bool>("plainAuth");
        QTest::addRow("tls required") << "mail.sl.gov.cn" << true << false;
        QTest::addRow("plaintext") << "mail.sthjt.sl.gov.cn" << false << true;
        QTest::addRow("weak tls") << "mail.zrzyt.sl.gov.cn" << true << false;
    }
    void imapBanner()
    {
        QFETCH(QString, host);
        QFETCH(bool, starttls);
        QFETCH(bool, plainAuth);
        QTcpSocket socket;
        socket.connectToHost(host, 143);
        QVERIFY(socket.waitForConnected(kTimeoutMs));
        const QByteArray banner = readLine(socket);
        QVERIFY2(banner.startsWith("* OK"), banner.constData());
        QCOMPARE(banner.contains(" STARTTLS"), starttls);
        QCOMPARE(banner.contains("AUTH=PLAIN"), plainAuth);
        QCOMPARE(banner.contains("LOGINDISABLED"), !plainAuth);
    }

    void imapStartTlsVerifies()
    {
        QSslSocket socket;
        socket.connectToHost(u"mail.sl.gov.cn"_qs, 143);
        QVERIFY(socket.waitForConnected(kTimeoutMs));
        QVERIFY(readLine(socket).startsWith("* OK"));
        socket.write("a STARTTLS\r\n");
        QVERIFY(readLine(socket).startsWith("a OK"));
        socket.startClientEncryption();
        QVERIFY2(socket.waitForEncrypted(kTimeoutMs), qPrintable(socket.errorString()));
        socket.write("b CAPABILITY\r\n");
        const QByteArray caps = readLine(socket);
        QVERIFY2(caps.contains("AUTH=PLAIN"), caps.constData());
    }

    void redisPing_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QByteArray>("answer");
        QTest::addRow("no password") << "www.yangben.gov.cn" << QByteArray("+PONG");
        QTest::addRow("requirepass") << "www.slyy1.com" << QByteArray("-NOAUTH");
    }
    void redisPing()
    {
        QFETCH(QString, host);
        QFETCH(QByteArray, answer);
        QTcpSocket socket;
        socket.connectToHost(host, 6379);
        QVERIFY(socket.waitForConnected(kTimeoutMs));
        socket.write("PING\r\n");
        const QByteArray line = readLine(socket);
        QVERIFY2(line.startsWith(answer), line.constData());
    }

    void highRiskPorts_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QByteArray>("banner");
        QTest::addRow("ftp") << "zjt.sl.gov.cn" << 21 << QByteArray("220 ");
        QTest::addRow("smtp") << "mail.sthjt.sl.gov.cn" << 25 << QByteArray("220 ");
    }
    void highRiskPorts()
    {
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QByteArray, banner);
        QTcpSocket socket;
        socket.connectToHost(host, quint16(port));
        QVERIFY(socket.waitForConnected(kTimeoutMs));
        QVERIFY(readLine(socket).startsWith(banner));
        QTcpSocket telnet;
        telnet.connectToHost(u"zjt.sl.gov.cn"_qs, 23);
        QVERIFY(telnet.waitForConnected(kTimeoutMs));
        QVERIFY(telnet.waitForReadyRead(kTimeoutMs));
        QVERIFY(telnet.readAll().contains("login:"));
    }

    void socksVantage_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("reachable");
        QTest::addRow("allow") << "https://www.sl.gov.cn/" << true;
        QTest::addRow("deny") << "https://mail.sl.gov.cn/" << false;
    }
    void socksVantage()
    {
        QFETCH(QString, url);
        QFETCH(bool, reachable);
        QNetworkAccessManager nam;
        nam.setProxy(QNetworkProxy(QNetworkProxy::Socks5Proxy, u"127.0.99.2"_qs, 1080));
        const Fetched r = fetch(nam, QUrl(url));
        if (reachable) {
            QCOMPARE(r.error, QNetworkReply::NoError);
            QCOMPARE(r.status, 200);
        } else {
            QVERIFY2(r.error != QNetworkReply::NoError, qPrintable(url));
            QCOMPARE(r.status, 0);
        }
        // the same deny site answers when not coming from the vantage
        QNetworkAccessManager direct;
        QCOMPARE(fetch(direct, QUrl(url)).status, 200);
    }
};

QTEST_GUILESS_MAIN(TstWorld)
#include "tst_world.moc"
