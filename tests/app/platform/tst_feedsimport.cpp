// `govscope feeds import` validates with the parsers the checks use and installs all or nothing; `feeds list`
// shows what is in force with source, SHA-256, records and date. Run against the real executable with its
// data directory in a temporary XDG_DATA_HOME.

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out, err;
};

Run govscope(const QStringList &args, const QString &dataHome)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"XDG_DATA_HOME"_qs, dataHome);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(GOVSCOPE_BUILD_DIR "/bin/govscope"), args);
    p.waitForFinished(120'000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

void write(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

// Every file under @p dir (hidden ones too) with its SHA-256: the whole state of the store.
QMap<QString, QByteArray> snapshot(const QString &dir)
{
    QMap<QString, QByteArray> out;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        out.insert(QDir(dir).relativeFilePath(path), QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256));
    }
    return out;
}

const QByteArray GoodNvd =
    "{\"format\":\"NVD_CVE\",\"version\":\"2.0\",\"vulnerabilities\":[{\"cve\":{\"id\":\"CVE-2099-0700\",\n"
    "\"descriptions\":[{\"lang\":\"en\",\"value\":\"Synthetic.\"}],\"configurations\":[{\"nodes\":[{\"operator\":"
    "\"OR\",\"cpeMatch\":[\n"
    "{\"vulnerable\":true,\"criteria\":\"cpe:2.3:a:example:thing:*:*:*:*:*:*:*:*\",\"versionEndExcluding\":\"2.0\"}]}]}"
    "]}}]}";

} // namespace

class TestFeedsImport : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString dataHome() const { return m_dir.filePath(u"data"_qs); }
    QString store() const { return dataHome() + u"/Govscope/govscope/feeds"_qs; }

private Q_SLOTS:
    void installsADirectoryAndListsIt()
    {
        const QString src = m_dir.filePath(u"good"_qs);
        write(src + u"/vuln/nvd-test.json"_qs, GoodNvd);
        write(src + u"/blocklists/test.txt"_qs, "# synthetic\nbad.example\n0.0.0.0 worse.example\n");
        const Run r = govscope({u"feeds"_qs, u"import"_qs, src, u"--source"_qs, u"unit test"_qs}, dataHome());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"vuln/nvd-test.json  nvd  1 records"_qs), qPrintable(r.out));
        QVERIFY(QFile::exists(store() + u"/vuln/nvd-test.json"_qs));

        const Run listed = govscope({u"feeds"_qs, u"list"_qs, u"--format"_qs, u"json"_qs}, dataHome());
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        bool seen = false, shipped = false;
        for (const QJsonValue &v : QJsonDocument::fromJson(listed.out.toUtf8()).array()) {
            const QJsonObject o = v.toObject();
            if (o[u"path"_qs] == u"blocklists/test.txt"_qs) {
                seen = true;
                QCOMPARE(o[u"origin"_qs].toString(), u"installed"_qs);
                QCOMPARE(o[u"records"_qs].toInt(), 2);
                QCOMPARE(o[u"source"_qs].toString(), u"unit test"_qs);
                QCOMPARE(
                    o[u"sha256"_qs].toString(),
                    QString::fromLatin1(QCryptographicHash::hash("# synthetic\nbad.example\n0.0.0.0 worse.example\n",
                                                                 QCryptographicHash::Sha256)
                                            .toHex()));
                QVERIFY(QDateTime::fromString(o[u"installed"_qs].toString(), Qt::ISODate).isValid());
            }
            shipped = shipped || o[u"origin"_qs] == u"shipped"_qs;
        }
        QVERIFY(seen);
        QVERIFY(shipped); // the shipped feeds are in force beside the installed ones
    }

    void singleFileIsPlacedByItsContent()
    {
        const QString kev = m_dir.filePath(u"known_exploited_vulnerabilities.json"_qs);
        write(kev, "{\"catalogVersion\":\"2099.01.01\",\"vulnerabilities\":[{\"cveID\":\"CVE-2099-0700\"}]}");
        const Run r = govscope({u"feeds"_qs, u"import"_qs, kev}, dataHome());
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(u"vuln/kev.json  kev  1 records"_qs), qPrintable(r.out));
    }

    void malformedFeedChangesNothing_data()
    {
        QTest::addColumn<QString>("place");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("names"); // what the message must point at beside the file
        QTest::addRow("nvd")
            << u"vuln/nvd-bad.json"_qs
            << QByteArray(
                   "{\"vulnerabilities\":[{\"cve\":{\"id\":\"CVE-2099-0701\"}},\n"
                   "                                {\"cve\":{\"id\":\"CVE-2099-0702\",\"configurations\":\"x\"}}]}")
            << u"record 2 (CVE-2099-0702)"_qs;
        QTest::addRow("nvd not json") << u"vuln/nvd-cut.json"_qs << QByteArray("{\"vulnerabilities\":[{\"cve\":")
                                      << u"byte"_qs;
        QTest::addRow("kev") << u"vuln/kev.json"_qs << QByteArray("{\"vulnerabilities\":[{\"cveID\":\"nope\"}]}")
                             << u"record 1"_qs;
        QTest::addRow("cnvd") << u"vuln/cnvd.xml"_qs << QByteArray("<vulnerabilitys><vulnerability><number>")
                              << u"line 1"_qs;
        QTest::addRow("fingerprints") << u"fingerprints/bad.json"_qs
                                      << QByteArray("{\"Thing\": {\"cats\": [1], \"headers\": {\"Server\": \"([\"}}}")
                                      << u"\"Thing\""_qs;
        QTest::addRow("retire.js") << u"jslibs/bad.json"_qs
                                   << QByteArray("{\"jquery\": {\"vulnerabilities\": [{\"severity\": \"high\"}]}}")
                                   << u"vulnerability 1"_qs;
        QTest::addRow("endoflife") << u"eol/thing.json"_qs << QByteArray("[{\"cycle\": \"1.0\", \"eol\": \"soon\"}]")
                                   << u"release cycle 1"_qs;
        QTest::addRow("rir") << u"rir/delegated-test"_qs
                             << QByteArray("2|apnic|20990101|1|19700101|20990101|+1000\n"
                                           "apnic|CN|ipv4|192.0.2.0|256|20200101|allocated\n"
                                           "apnic|CN|ipv4|not-an-ip|256|20200101|allocated\n")
                             << u"line 3"_qs;
        QTest::addRow("cloud ranges") << u"cloud/ranges.csv"_qs
                                      << QByteArray("cidr,provider,platform,region\n203.0.113.0/33,p,q,r\n")
                                      << u"line 2"_qs;
        QTest::addRow("cloud assessed") << u"cloud/assessed.csv"_qs
                                        << QByteArray(
                                               "platform,provider,assessment_ref,valid_until\nq,p,r,2099-13-01\n")
                                        << u"line 2"_qs;
        QTest::addRow("blocklist") << u"blocklists/bad.txt"_qs << QByteArray("ok.example\nnot a domain!!\n")
                                   << u"line 2"_qs;
        QTest::addRow("urlhaus csv") << u"blocklists/urlhaus.csv"_qs << QByteArray("id,dateadded,url\n1,2099-01-01,\n")
                                     << u"line 2"_qs;
        QTest::addRow("keywords") << u"keywords/gambling.txt"_qs << QByteArray("# no terms\n") << u"no terms"_qs;
        QTest::addRow("credentials") << u"credentials/bad.csv"_qs << QByteArray("product,username,password\nftp,a\n")
                                     << u"line 2"_qs;
        QTest::addRow("outside the layout") << u"misc/thing.json"_qs << QByteArray("{}") << u"misc/thing.json"_qs;
    }

    void malformedFeedChangesNothing()
    {
        QFETCH(QString, place);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, names);
        const auto before = snapshot(store());
        QVERIFY(!before.isEmpty()); // the earlier tests installed something that must survive
        // a good file beside the bad one: all or nothing
        const QString src = m_dir.filePath(u"bad-"_qs + QString::fromLatin1(QTest::currentDataTag()));
        write(src + u"/vuln/nvd-good.json"_qs, GoodNvd);
        write(src + u'/' + place, bytes);
        const Run r = govscope({u"feeds"_qs, u"import"_qs, src}, dataHome());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(src + u'/' + place) && r.err.contains(names), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"nothing was installed"_qs), qPrintable(r.err));
        QCOMPARE(snapshot(store()), before);
    }
};

QTEST_GUILESS_MAIN(TestFeedsImport)
#include "tst_feedsimport.moc"
