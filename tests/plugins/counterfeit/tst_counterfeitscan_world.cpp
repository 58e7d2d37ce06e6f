// The real `govscope scan --family counterfeit` inside the test world, on the demo case with its apps,
// accounts and leads imported: its findings are the counterfeit rows of the contract table in
// tests/world/README.md (demo_counterfeit.expected), which also shows the family is registered in the
// engine and reachable from the command line.

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
    QFile file(QStringLiteral(GOVSCOPE_SOURCE_DIR "/tests/plugins/counterfeit/demo_counterfeit.expected"));
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

class TestCounterfeitScanWorld : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void demoFindingsMatchTheWorldTable()
    {
        QTemporaryDir dir;
        const QString casePath = dir.filePath(u"demo.govcase"_qs);
        for (const char *list : {"orgs.csv", "apps.csv", "accounts.csv", "leads.csv"}) {
            const Run imported = run(
                {u"import"_qs, casePath, QStringLiteral(GOVSCOPE_SOURCE_DIR "/resources/demo/") + QLatin1String(list)});
            QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        }
        const QString feeds = qEnvironmentVariable("GOVSCOPE_WORLD_FEEDS");
        QVERIFY2(!feeds.isEmpty(), "run inside tests/world (GOVSCOPE_WORLD_FEEDS is not set)");
        const Run scan = run({u"scan"_qs, casePath, u"--family"_qs, u"counterfeit"_qs, u"--feeds"_qs, feeds});
        QVERIFY2(scan.exitCode == 0, qPrintable(scan.err));

        const Run listed = run({u"findings"_qs, casePath, u"--format"_qs, u"json"_qs});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        QStringList rows;
        for (const auto &v : QJsonDocument::fromJson(listed.out.toUtf8()).array()) {
            const QJsonObject f = v.toObject();
            QCOMPARE(f[u"family"].toString(), u"counterfeit"_qs);
            rows << f[u"org"].toString() + u'\t' + f[u"check"].toString() + u'\t' + f[u"target"].toString();
        }
        rows.sort();
        const QStringList expected = expectedRows();
        for (const QString &row : rows)
            QVERIFY2(expected.contains(row), qPrintable(u"unexpected finding: "_qs + row));
        for (const QString &row : expected)
            QVERIFY2(rows.contains(row), qPrintable(u"missing finding: "_qs + row));
    }
};

QTEST_GUILESS_MAIN(TestCounterfeitScanWorld)
#include "tst_counterfeitscan_world.moc"
