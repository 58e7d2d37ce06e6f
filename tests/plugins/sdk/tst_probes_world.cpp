// Every probe against the test world (tests/world/world.ini): real DNS, web, TLS and TCP servers.
// Runs inside the world: tests/world/run -- tst_probes_world.

#include "probeset.h"
#include "selfsignedtls.h"

#include <QCoroTask>
#include <QElapsedTimer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

using namespace Govscope::Sdk;

namespace {

template<typename T> T await(QCoro::Task<T> &&task)
{
    return QCoro::waitFor(std::move(task)); // tests may block on their own loop; the app never does
}

ScanProfile quickProfile(int timeoutMs = 5000)
{
    ScanProfile p;
    p.timeoutMs = timeoutMs;
    return p;
}

// An HTTPS server that would speak HTTP/2 if the client offered it (ALPN h2 first), answering HTTP/1.1 only:
// it records which protocol the handshake settled on.
class AlpnServer final : public QTcpServer
{
public:
    bool start(const QString &address, quint16 port, const QString &dir)
    {
        const auto conf = Govscope::Testing::selfSignedServerConfig(u"alpn.test"_qs, dir);
        if (!conf)
            return false;
        m_conf = *conf;
        m_conf.setAllowedNextProtocols({QByteArrayLiteral("h2"), QByteArrayLiteral("http/1.1")});
        return listen(QHostAddress(address), port);
    }
    QList<QByteArray> negotiated;

protected:
    void incomingConnection(qintptr fd) override
    {
        auto *s = new QSslSocket(this);
        s->setSslConfiguration(m_conf);
        s->setSocketDescriptor(fd);
        connect(s, &QSslSocket::encrypted, this,
                [this, s] { negotiated << s->sslConfiguration().nextNegotiatedProtocol(); });
        connect(s, &QSslSocket::readyRead, s, [s] {
            if (!s->readAll().contains("\r\n\r\n"))
                return;
            s->write("HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
            s->disconnectFromHost();
        });
        connect(s, &QSslSocket::disconnected, s, &QObject::deleteLater);
        s->startServerEncryption();
    }

private:
    QSslConfiguration m_conf;
};

} // namespace

class TestProbesWorld : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dnsRecords()
    {
        ProbeSet probes(quickProfile());
        const DnsAnswer a = await(probes.dns().query(u"www.sl.gov.cn"_qs, QDnsLookup::A));
        QCOMPARE(a.status, DnsStatus::Ok);
        QCOMPARE(a.values, QStringList{u"127.0.1.10"_qs});
        QVERIFY2(a.text.contains(u"www.sl.gov.cn.\t"_qs) && a.text.contains(u"IN\tA\t127.0.1.10"_qs),
                 qPrintable(a.text));

        const DnsAnswer aaaa = await(probes.dns().query(u"www.sl.gov.cn"_qs, QDnsLookup::AAAA));
        QCOMPARE(aaaa.values, QStringList{u"::1"_qs});

        const DnsAnswer mx = await(probes.dns().query(u"sl.gov.cn"_qs, QDnsLookup::MX));
        QCOMPARE(mx.status, DnsStatus::Ok);
        QCOMPARE(mx.values, QStringList{u"10 mail.sl.gov.cn"_qs});

        const DnsAnswer txt = await(probes.dns().query(u"_dmarc.sl.gov.cn"_qs, QDnsLookup::TXT));
        QCOMPARE(txt.values, QStringList{u"v=DMARC1; p=reject; rua=mailto:dmarc@sl.gov.cn"_qs});
    }

    void dnsNxdomainAndNoDataApart()
    {
        ProbeSet probes(quickProfile());
        const DnsAnswer nx = await(probes.dns().query(u"www.tyjrswt.sl.gov.cn"_qs, QDnsLookup::A));
        QCOMPARE(nx.status, DnsStatus::NxDomain);
        QVERIFY(nx.text.contains(u"NXDOMAIN"_qs));
        // sl.gov.cn exists (MX, TXT) but has no address
        const DnsAnswer nodata = await(probes.dns().query(u"sl.gov.cn"_qs, QDnsLookup::A));
        QCOMPARE(nodata.status, DnsStatus::NoRecords);
    }

    void dnsCnameChains()
    {
        ProbeSet probes(quickProfile());
        const HostResolution dangling = await(probes.dns().resolveHost(u"zt.nynct.sl.gov.cn"_qs));
        QCOMPARE(dangling.chain, (QStringList{u"zt.nynct.sl.gov.cn"_qs, u"nynct-zt.cdn-gone-example.com"_qs}));
        QCOMPARE(dangling.status, DnsStatus::NxDomain);
        QVERIFY(!dangling.resolves());

        const HostResolution live = await(probes.dns().resolveHost(u"www.slu.edu.cn"_qs));
        QCOMPARE(live.chain, (QStringList{u"www.slu.edu.cn"_qs, u"slu-edu.cdn.slyun.cn"_qs}));
        QCOMPARE(live.status, DnsStatus::Ok);
        QCOMPARE(live.addresses, QStringList{u"127.0.60.10"_qs});

        const HostResolution plain = await(probes.dns().resolveHost(u"www.sl.gov.cn"_qs));
        QVERIFY(!plain.hasCname());
        QCOMPARE(plain.addresses, (QStringList{u"127.0.1.10"_qs, u"::1"_qs}));
    }

    void dnsTimeoutIsNotNxdomain()
    {
        // a nameserver that receives and never answers: a black hole
        QUdpSocket hole;
        QVERIFY2(hole.bind(QHostAddress(u"127.0.9.53"_qs), 53), qPrintable(hole.errorString()));
        DnsProbe dns(std::chrono::milliseconds(1500));
        dns.setNameserver(QHostAddress(u"127.0.9.53"_qs));
        QElapsedTimer clock;
        clock.start();
        const DnsAnswer a = await(dns.query(u"www.sl.gov.cn"_qs, QDnsLookup::A));
        QCOMPARE(a.status, DnsStatus::Timeout);
        QVERIFY(!a.definite());
        QVERIFY2(clock.elapsed() < 4000, "the probe's own timeout bounds the wait");
        const HostResolution r = await(dns.resolveHost(u"www.sl.gov.cn"_qs));
        QCOMPARE(r.status, DnsStatus::Timeout);
    }

    void httpRedirectChainRecorded()
    {
        ProbeSet probes(quickProfile());
        const HttpResult r = await(probes.http().get(QUrl(u"http://www.sl.gov.cn/"_qs)));
        QVERIFY2(r.hops.size() >= 2, qPrintable(r.transcript()));
        QCOMPARE(r.hops.first().status, 301);
        QCOMPARE(r.hops.first().header("location"), QByteArray("https://www.sl.gov.cn/"));
        QCOMPARE(r.last().status, 200);
        QCOMPARE(r.finalUrl(), QUrl(u"https://www.sl.gov.cn/"_qs));
        QVERIFY(r.last().tls.encrypted());
        QVERIFY(r.last().tls.errors.isEmpty());
        QVERIFY(r.last().bodyText().contains(u"示例省人民政府"_qs));
        const QString text = r.transcript();
        QVERIFY2(text.contains(u"> GET / HTTP/1.1"_qs) && text.contains(u"< HTTP/1.1 301"_qs) &&
                     text.contains(u"< HTTP/1.1 200"_qs) && text.contains(u"User-Agent: "_qs),
                 qPrintable(text));
    }

    void httpCertificateErrorsRecordedNotFatal()
    {
        ProbeSet probes(quickProfile());
        const HttpResult expired = await(probes.http().get(QUrl(u"https://www.yangben.gov.cn/"_qs)));
        QCOMPARE(expired.last().status, 200);
        QVERIFY2(!expired.last().tls.errors.isEmpty(), qPrintable(expired.transcript()));
        QVERIFY(expired.transcript().contains(u"certificate error"_qs));
        const HttpResult wrongName = await(probes.http().get(QUrl(u"https://www.sldag.org.cn/"_qs)));
        QCOMPARE(wrongName.last().status, 200);
        QVERIFY(!wrongName.last().tls.errors.isEmpty());
    }

    void httpBodyCappedAndHead()
    {
        ProbeSet probes(quickProfile());
        HttpRequest request;
        request.url = QUrl(u"https://www.sl.gov.cn/"_qs);
        request.maxBody = 100;
        const HttpResult r = await(probes.http().fetch(request));
        QCOMPARE(r.last().status, 200);
        QVERIFY(r.last().body.size() <= 100);
        QVERIFY(r.last().truncated);

        const HttpResult head = await(probes.http().head(QUrl(u"https://www.sl.gov.cn/"_qs)));
        QCOMPARE(head.last().status, 200);
        QVERIFY(head.last().body.isEmpty());
    }

    void httpTimeoutAndRefused()
    {
        QTcpServer silent; // accepts and never answers
        QVERIFY(silent.listen(QHostAddress(u"127.0.9.80"_qs), 8080));
        ProbeSet probes(quickProfile(1000));
        QElapsedTimer clock;
        clock.start();
        const HttpResult r = await(probes.http().get(QUrl(u"http://127.0.9.80:8080/"_qs)));
        QVERIFY(r.timedOut());
        QVERIFY(!r.responded());
        QVERIFY(clock.elapsed() < 3000);

        const HttpResult refused = await(probes.http().get(QUrl(u"http://127.0.9.81:8080/"_qs)));
        QVERIFY(!refused.responded());
        QVERIFY(!refused.timedOut());
        QCOMPARE(refused.last().networkError, QNetworkReply::ConnectionRefusedError);
    }

    void httpSpeaksHttp11Only()
    {
        // Issue 12.6: scans speak HTTP/1.1 (the protocol every check reads and every transcript shows), even
        // to a server that prefers h2 in ALPN: Qt 6 offers h2 by default.
        QTemporaryDir dir;
        AlpnServer server;
        QVERIFY(server.start(u"127.0.9.82"_qs, 8443, dir.path()));
        ProbeSet probes(quickProfile(5000));
        const HttpResult r = await(probes.http().get(QUrl(u"https://127.0.9.82:8443/"_qs)));
        QVERIFY2(r.responded(), qPrintable(r.last().error));
        QCOMPARE(r.last().status, 200);
        QCOMPARE(r.last().body, QByteArray("ok"));
        QCOMPARE(server.negotiated.size(), 1);
        // no ALPN at all, or http/1.1: anything but h2 (which Qt 6 offers, and this server prefers, by default)
        QVERIFY2(server.negotiated.first().isEmpty() || server.negotiated.first() == "http/1.1",
                 server.negotiated.first().constData());
    }

    void httpThroughOverseasVantage()
    {
        ScanProfile profile = quickProfile();
        profile.overseasProxy = QUrl(u"socks5://127.0.99.2:1080"_qs);
        ProbeSet probes(profile);
        QVERIFY(probes.http().hasOverseasVantage());
        HttpRequest allowed;
        allowed.url = QUrl(u"https://www.sl.gov.cn/"_qs);
        allowed.overseas = true;
        const HttpResult open = await(probes.http().fetch(allowed));
        QCOMPARE(open.last().status, 200);
        // the world rejects the vantage's source address for the provincial mail host
        HttpRequest denied;
        denied.url = QUrl(u"https://mail.sl.gov.cn/"_qs);
        denied.overseas = true;
        const HttpResult closed = await(probes.http().fetch(denied));
        QVERIFY2(!closed.responded(), qPrintable(closed.transcript()));
        // and without the vantage the same host answers
        const HttpResult direct = await(probes.http().get(QUrl(u"https://mail.sl.gov.cn/"_qs)));
        QCOMPARE(direct.last().status, 200);

        ProbeSet noVantage(quickProfile());
        const HttpResult none = await(noVantage.http().fetch(allowed));
        QVERIFY(none.last().error.contains(u"vantage"_qs));
    }

    void tlsVersionsAndCertificates()
    {
        ProbeSet probes(quickProfile());
        const TlsResult legacy = await(probes.tls().probe(u"slt.sl.gov.cn"_qs));
        QVERIFY2(legacy.accepts(u"TLSv1.0"_qs) && legacy.accepts(u"TLSv1.2"_qs), qPrintable(legacy.transcript));
        QVERIFY(legacy.acceptsLegacy());

        const TlsResult modern = await(probes.tls().probe(u"www.sl.gov.cn"_qs));
        QVERIFY2(!modern.acceptsLegacy() && modern.accepts(u"TLSv1.3"_qs), qPrintable(modern.transcript));
        QVERIFY(modern.certificate);
        QVERIFY2(modern.certificate->trusted, qPrintable(modern.certificate->verifyError));
        QVERIFY(modern.certificate->nameMatches);
        QVERIFY(!modern.certificate->expired);
        QVERIFY(modern.certificate->subjectAltNames.contains(u"www.sl.gov.cn"_qs));

        const TlsResult expired = await(probes.tls().probe(u"www.yangben.gov.cn"_qs));
        QVERIFY(expired.certificate);
        QVERIFY(expired.certificate->expired);
        QVERIFY(!expired.certificate->trusted);

        const TlsResult wrongName = await(probes.tls().probe(u"www.sldag.org.cn"_qs));
        QVERIFY(wrongName.certificate);
        QVERIFY(!wrongName.certificate->nameMatches);

        const TlsResult closed = await(probes.tls().probe(u"zjt.sl.gov.cn"_qs)); // HTTP only
        QVERIFY(!closed.reachable);
        QVERIFY(!closed.error.isEmpty());
    }

    void tcpBannerAndRefused()
    {
        ProbeSet probes(quickProfile());
        const TcpResult telnet = await(probes.tcp().probe(u"zjt.sl.gov.cn"_qs, 23));
        QVERIFY2(telnet.open() && !telnet.banner.isEmpty(), qPrintable(telnet.transcript));
        const TcpResult ftp = await(probes.tcp().probe(u"zjt.sl.gov.cn"_qs, 21));
        QVERIFY2(ftp.banner.startsWith("220"), qPrintable(ftp.transcript));
        QElapsedTimer clock;
        clock.start();
        const TcpResult closed = await(probes.tcp().probe(u"www.sl.gov.cn"_qs, 6379));
        QCOMPARE(closed.status, TcpStatus::Refused);
        // A refusal is an answer: it must not cost the 5 s timeout (a port scan would take hours).
        QVERIFY2(clock.elapsed() < 2500, qPrintable(QString::number(clock.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestProbesWorld)
#include "tst_probes_world.moc"
