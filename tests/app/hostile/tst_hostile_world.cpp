// `govscope import` + `govscope scan` through the real executable, inside the test world, on orgs.csv
// beside this file: thirteen test organisations whose sites are tests/world/hostile.py's servers
// (redirect loop, other schemes, offsite redirects, 1 GiB body, gzip and brotli bombs, a drip, an endless
// chunked body, 1 MiB of headers, a stalled TLS handshake, endless banners, a CNAME loop, oversized TXT).
// The demo province is not involved: its expected findings do not change.
//
// Asserted: the scan exits 0 and reaches every org; the checks those sites affect end `inconclusive`
// with a reason saying what happened; no hostile server holds a connection of the scan past the probes'
// bounds (hostile.log records how long each one was held); peak RSS of the scan stays under a cap; and
// the host the offsite redirects point at sees nothing but the passive home-page fetch.

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

namespace {

constexpr int TimeoutMs = 4000;             // the profile's timeout_ms below
constexpr qint64 PeakRssCapKb = 400 * 1024; // the brief's cap; the scan measured 220 MB (1.5 GB before)
constexpr double HoldBoundSeconds = 2 * TimeoutMs / 1000.0 + 7; // whole-request deadline + server-side slack

struct Run
{
    int exitCode = -1;
    QString out, err;
};

Run govscope(const QStringList &args, int timeoutMs = 600'000)
{
    QProcess p;
    p.start(QStringLiteral(GOVSCOPE_BUILD_DIR "/bin/govscope"), args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

struct Result
{
    QString outcome, reason;
};

} // namespace

class TestHostileWorld : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_case;
    Run m_scan;
    qint64 m_peakRssKb = -1;
    double m_scanSeconds = 0;
    QList<QJsonObject> m_connections; // hostile.log lines written during this test
    QHash<QString, Result> m_results; // "org\tcheck\ttarget"

private Q_SLOTS:
    void initTestCase()
    {
        const QString world = qEnvironmentVariable("GOVSCOPE_WORLD");
        if (world.isEmpty())
            QSKIP("needs the test world (ctest runs this inside one)");
        QVERIFY(m_dir.isValid());
        m_case = m_dir.filePath(u"hostile.govcase"_qs);
        const Run imported =
            govscope({u"import"_qs, m_case, QStringLiteral(GOVSCOPE_SOURCE_DIR "/tests/app/hostile/orgs.csv"),
                      u"--as"_qs, u"orgs"_qs});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const QString profile = m_dir.filePath(u"profile.json"_qs);
        QFile pf(profile);
        QVERIFY(pf.open(QIODevice::WriteOnly));
        pf.write(
            uR"({"concurrency": 64, "per_host": 4, "timeout_ms": %1, "vantage": {"overseas": "%2"}})"_qs.arg(TimeoutMs)
                .arg(qEnvironmentVariable("GOVSCOPE_WORLD_VANTAGE", u"socks5://127.0.99.2:1080"_qs))
                .toUtf8());
        pf.close();

        QFile log(world + u"/logs/hostile.log"_qs);
        const qint64 logStart = log.exists() ? log.size() : 0;

        // /usr/bin/time -v reports the peak RSS of the scan process (GNU time, Debian package "time")
        QVERIFY2(QFile::exists(u"/usr/bin/time"_qs), "needs /usr/bin/time (package time)");
        QProcess p;
        QElapsedTimer clock;
        clock.start();
        p.start(u"/usr/bin/time"_qs,
                {u"-v"_qs, QStringLiteral(GOVSCOPE_BUILD_DIR "/bin/govscope"), u"scan"_qs, m_case, u"--profile"_qs,
                 profile, u"--allow-private"_qs, u"--feeds"_qs, qEnvironmentVariable("GOVSCOPE_WORLD_FEEDS")});
        if (!p.waitForFinished(780'000)) {
            p.kill();
            p.waitForFinished();
        }
        m_scanSeconds = clock.elapsed() / 1000.0;
        m_scan = {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
                  QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
        const auto rss = QRegularExpression(u"Maximum resident set size \\(kbytes\\): (\\d+)"_qs).match(m_scan.err);
        if (rss.hasMatch())
            m_peakRssKb = rss.captured(1).toLongLong();
        qInfo("scan: exit %d, %.1f s, peak RSS %lld KiB", m_scan.exitCode, m_scanSeconds, m_peakRssKb);

        // A connection is logged when it ends; the servers notice a closed peer at their next write (the
        // slowest writes every 2 s), so give them that long.
        QThread::sleep(5);
        if (log.open(QIODevice::ReadOnly)) {
            log.seek(logStart);
            for (const QByteArray &line : log.readAll().split('\n'))
                if (!line.trimmed().isEmpty())
                    m_connections << QJsonDocument::fromJson(line).object();
        }

        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, u"hostile"_qs);
        db.setDatabaseName(m_case);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_qs);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT org, check_id, target, outcome, reason FROM check_results"_qs));
        while (q.next())
            m_results.insert(q.value(0).toString() + u'\t' + q.value(1).toString() + u'\t' + q.value(2).toString(),
                             {q.value(3).toString(), q.value(4).toString()});
    }

    void scanExitsZeroAndGoesOn()
    {
        QVERIFY2(m_scan.exitCode == 0, qPrintable(m_scan.err.right(4000)));
        QVERIFY2(!m_scan.err.contains(u"Timers cannot"_qs), qPrintable(m_scan.err.right(4000)));
        // every org was reached: each has results of all families it has assets for
        for (int i = 1; i <= 13; ++i) {
            const QString org = u"HX%1"_qs.arg(i, 2, 10, QChar(u'0'));
            int n = 0;
            for (auto it = m_results.cbegin(); it != m_results.cend(); ++it)
                n += it.key().startsWith(org + u'\t');
            QVERIFY2(n >= 20, qPrintable(u"%1 has %2 check results"_qs.arg(org).arg(n)));
        }
        QVERIFY2(m_scanSeconds < 600, qPrintable(QString::number(m_scanSeconds)));
    }

    void peakMemoryStaysBounded()
    {
        QVERIFY2(m_peakRssKb > 0, "no peak RSS from /usr/bin/time");
        QVERIFY2(m_peakRssKb < PeakRssCapKb,
                 qPrintable(u"peak RSS %1 KiB, cap %2 KiB"_qs.arg(m_peakRssKb).arg(PeakRssCapKb)));
    }

    void affectedChecksAreInconclusiveWithTheirReason_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("reason"); // regular expression the reason must match
        // a hostile site's home page: its page-reading checks cannot judge it. Under load a reason may be
        // the deadline instead ("within … ms"): that is the bound doing its job, still with a reason.
        const QString deadline = u"|within \\d+ ms"_qs;
        auto page = [&](const char *row, const QString &org, const QString &host, const QString &why) {
            for (const char *check :
                 {"identifier.missing", "identifier.icp_missing", "supplychain.vulnerable_component"})
                QTest::addRow("%s %s", row, check)
                    << org + u'\t' + QLatin1String(check) + u'\t' + host << why + deadline;
        };
        page("redirect loop", u"HX01"_qs, u"www.hx-loop.gov.cn"_qs, u"redirect loop|more than \\d+ redirects"_qs);
        page("other schemes", u"HX02"_qs, u"www.hx-scheme.gov.cn"_qs, u"unusable location \"file:"_qs);
        page("offsite", u"HX03"_qs, u"www.hx-offsite.gov.cn"_qs,
             u"outsider\\.hostile-example\\.net.*another registrable"_qs);
        page("1 GiB body", u"HX04"_qs, u"www.hx-huge.gov.cn"_qs, u"not read whole"_qs);
        page("gzip bomb", u"HX05"_qs, u"www.hx-gzip.gov.cn"_qs, u"not read whole"_qs);
        page("brotli bomb", u"HX06"_qs, u"www.hx-brotli.gov.cn"_qs, u"not read whole"_qs);
        page("drip", u"HX07"_qs, u"www.hx-drip.gov.cn"_qs, u"not read whole|no answer"_qs);
        page("endless chunked", u"HX08"_qs, u"www.hx-chunked.gov.cn"_qs, u"not read whole"_qs);
        page("1 MiB headers", u"HX09"_qs, u"www.hx-headers.gov.cn"_qs, u"header|no answer|gave no answer"_qs);
        page("TLS stall", u"HX10"_qs, u"www.hx-tls.gov.cn"_qs, u"no answer"_qs);
        page("CNAME loop", u"HX12"_qs, u"www.hx-cname.gov.cn"_qs, u"not found|no answer"_qs);
        QTest::addRow("CNAME loop cloud.overseas_hosting")
            << u"HX12\tcloud.overseas_hosting\twww.hx-cname.gov.cn"_qs << u"CNAME loop"_qs;
        QTest::addRow("endless FTP banner vuln.weak_password")
            << u"HX11\tvuln.weak_password\twww.hx-banner.gov.cn:21"_qs << u"FTP gave no login verdict"_qs + deadline;
    }

    void affectedChecksAreInconclusiveWithTheirReason()
    {
        QFETCH(QString, key);
        QFETCH(QString, reason);
        QVERIFY2(m_results.contains(key), qPrintable(u"no result for "_qs + key));
        const Result r = m_results.value(key);
        QVERIFY2(r.outcome == u"inconclusive"_qs, qPrintable(key + u": "_qs + r.outcome + u" " + r.reason));
        QVERIFY2(QRegularExpression(reason, QRegularExpression::DotMatchesEverythingOption).match(r.reason).hasMatch(),
                 qPrintable(key + u": "_qs + r.reason.left(600)));
    }

    void oversizedDnsAnswersDoNotStopTheMailChecks()
    {
        // 240 TXT strings (about 60 KB, TCP only) at the mail domain: SPF is still read and judged
        const Result r = m_results.value(u"HX13\tmail.spoofable_domain\thx-bigtxt.gov.cn"_qs);
        QVERIFY2(!r.outcome.isEmpty(), "no mail.spoofable_domain result for hx-bigtxt.gov.cn");
    }

    void noConnectionIsHeldPastItsBound()
    {
        QVERIFY2(!m_connections.isEmpty(), "hostile.log recorded nothing");
        QStringList over;
        int held = 0;
        for (const QJsonObject &c : std::as_const(m_connections)) {
            const QString kind = c[u"kind"].toString();
            if (kind == u"dns"_qs || kind == u"outsider"_qs)
                continue;
            ++held;
            if (c[u"seconds"].toDouble() > HoldBoundSeconds)
                over << u"%1:%2 %3 held %4 s (%5)"_qs.arg(c[u"host"].toString())
                            .arg(c[u"port"].toInt())
                            .arg(kind)
                            .arg(c[u"seconds"].toDouble())
                            .arg(c[u"request"].toString());
        }
        qInfo("%d connections to hostile servers, %lld held longer than %.0f s", held, qsizetype(over.size()),
              HoldBoundSeconds);
        QVERIFY2(over.isEmpty(), qPrintable(over.join(u'\n')));
    }

    void nothingActiveFollowsARedirectOffTheOrgsHosts()
    {
        QStringList sent;
        for (const QJsonObject &c : std::as_const(m_connections))
            if (c[u"kind"].toString() == u"outsider"_qs && !c[u"request"].toString().isEmpty())
                sent << c[u"request"].toString();
        // the home page fetch follows redirects (passive, and then not judged as the org's page);
        // no probe path, attack query or login ever reaches the stranger
        for (const QString &request : std::as_const(sent))
            QVERIFY2(request == u"GET / HTTP/1.1"_qs || request == u"HEAD / HTTP/1.1"_qs, qPrintable(sent.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestHostileWorld)
#include "tst_hostile_world.moc"
