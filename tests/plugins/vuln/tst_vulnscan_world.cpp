// End to end through the real executable: `govscope scan --family vuln,supplychain` of the demo case
// inside the test world gives exactly the README table's findings for these families, with the
// severities the catalogue and the KEV rule assign.
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

Run run(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(GOVSCOPE_BUILD_DIR "/bin/govscope"), args);
    if (!p.waitForFinished(240'000))
        p.kill(), p.waitForFinished();
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestVulnScanWorld : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void demoFindingsMatchTheWorldTable()
    {
        const QString casePath = m_dir.filePath(u"demo.govcase"_qs);
        const Run import =
            run({u"import"_qs, casePath, QStringLiteral(GOVSCOPE_SOURCE_DIR "/resources/demo/orgs.csv")});
        QVERIFY2(import.exitCode == 0, qPrintable(import.err));
        QStringList scanArgs{u"scan"_qs, casePath, u"--family"_qs, u"vuln,supplychain"_qs};
        if (const QString feeds = qEnvironmentVariable("GOVSCOPE_WORLD_FEEDS"); !feeds.isEmpty())
            scanArgs << u"--feeds"_qs << feeds;
        const Run scan = run(scanArgs);
        if (scan.err.contains(u"unknown check family"_qs))
            QSKIP("this build lacks the vuln or supplychain family");
        QVERIFY2(scan.exitCode == 0, qPrintable(scan.err));

        const Run listed = run({u"findings"_qs, casePath, u"--format"_qs, u"json"_qs});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        QStringList actual;
        QHash<QString, QString> severity;
        for (const QJsonValue &v : QJsonDocument::fromJson(listed.out.toUtf8()).array()) {
            const QJsonObject f = v.toObject();
            const QString key = f[u"org"].toString() + u'\t' + f[u"check"].toString() + u'\t' + f[u"target"].toString();
            actual << key;
            severity.insert(key, f[u"severity"].toString());
        }
        actual.sort();

        QFile file(QStringLiteral(GOVSCOPE_SOURCE_DIR "/tests/plugins/vuln/demo_vuln_supplychain.expected"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QStringList expected;
        for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n'))
            if (!line.startsWith(u'#') && line.count(u'\t') == 2)
                expected << line;
        expected.sort();
        QCOMPARE(actual, expected);

        QCOMPARE(severity.value(u"SL06\tvuln.known_vulnerability\twww.sljrj.com.cn"_qs), u"critical"_qs);
        QCOMPARE(severity.value(u"SL12\tvuln.known_vulnerability\tjgswglj.sl.gov.cn"_qs), u"high"_qs);
        QCOMPARE(severity.value(u"SL12\tvuln.no_waf\tjgswglj.sl.gov.cn"_qs), u"low"_qs);
    }
};

QTEST_GUILESS_MAIN(TestVulnScanWorld)
#include "tst_vulnscan_world.moc"
