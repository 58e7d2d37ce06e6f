// The real `govscope scan --family links` inside the test world, on the demo case: its findings are
// exactly the links rows of the contract table in tests/world/README.md (demo_links.expected), which
// also shows the family is registered in the engine and reachable from the command line.

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
    QString out;
    QString err;
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

QStringList expectedRows()
{
    QFile file(QStringLiteral(GOVSCOPE_SOURCE_DIR "/tests/plugins/links/demo_links.expected"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    QStringList rows;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n'))
        if (!line.trimmed().isEmpty() && !line.startsWith(u'#'))
            rows << line.trimmed();
    rows.sort();
    return rows;
}

} // namespace

class TestLinksScanWorld : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void demoFindingsMatchTheWorldTable()
    {
        QTemporaryDir dir;
        const QString casePath = dir.filePath(u"demo.govcase"_qs);
        const Run imported =
            run({u"import"_qs, casePath, QStringLiteral(GOVSCOPE_SOURCE_DIR "/resources/demo/orgs.csv")});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const QString feeds = qEnvironmentVariable("GOVSCOPE_WORLD_FEEDS");
        QVERIFY2(!feeds.isEmpty(), "run inside tests/world (GOVSCOPE_WORLD_FEEDS is not set)");
        const Run scan = run({u"scan"_qs, casePath, u"--family"_qs, u"links"_qs, u"--feeds"_qs, feeds});
        QVERIFY2(scan.exitCode == 0, qPrintable(scan.err));

        const Run listed = run({u"findings"_qs, casePath, u"--format"_qs, u"json"_qs});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        QStringList rows;
        for (const auto &v : QJsonDocument::fromJson(listed.out.toUtf8()).array()) {
            const QJsonObject f = v.toObject();
            QCOMPARE(f[u"family"].toString(), u"links"_qs);
            rows << f[u"org"].toString() + u'\t' + f[u"check"].toString() + u'\t' + f[u"target"].toString();
        }
        rows.sort();
        QCOMPARE(rows, expectedRows());
    }
};

QTEST_GUILESS_MAIN(TestLinksScanWorld)
#include "tst_linksscan_world.moc"
