// `govscope import` + `govscope scan --family …` + `govscope findings` through the real executable,
// inside the test world, on the demo province: for each family set the findings are exactly its rows
// (org, check, target) of tests/world/demo_findings.tsv, the contract table of tests/world/README.md.
// This also proves each family is registered in the engine and reachable from the command line.

#include "demofindings.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

// "org<TAB>check<TAB>target" → severity the contract fixes beyond the catalogue default.
using Severities = QHash<QString, QString>;

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run govscope(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(GOVSCOPE_BUILD_DIR "/bin/govscope"), args);
    if (!p.waitForFinished(600'000)) {
        p.kill();
        p.waitForFinished();
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestDemoScanWorld : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findingsEqualTheWorldTable_data()
    {
        QTest::addColumn<QString>("families");
        QTest::addColumn<Severities>("severities");
        QTest::addRow("links") << u"links"_qs << Severities{};
        QTest::addRow("counterfeit") << u"counterfeit"_qs << Severities{};
        QTest::addRow("vuln+supplychain")
            << u"vuln,supplychain"_qs
            << Severities{{u"SL06\tvuln.known_vulnerability\twww.sljrj.com.cn"_qs, u"critical"_qs}, // in KEV
                          {u"SL12\tvuln.known_vulnerability\tjgswglj.sl.gov.cn"_qs, u"high"_qs},
                          {u"SL12\tvuln.no_waf\tjgswglj.sl.gov.cn"_qs, u"low"_qs}};
    }

    void findingsEqualTheWorldTable()
    {
        QFETCH(QString, families);
        QFETCH(Severities, severities);
        const QString feeds = qEnvironmentVariable("GOVSCOPE_WORLD_FEEDS");
        QVERIFY2(!feeds.isEmpty(), "run inside tests/world (GOVSCOPE_WORLD_FEEDS is not set)");

        QTemporaryDir dir;
        const QString casePath = dir.filePath(u"demo.govcase"_qs);
        for (const char *list : {"orgs", "apps", "accounts", "leads"}) {
            const Run imported =
                govscope({u"import"_qs, casePath,
                          QStringLiteral(GOVSCOPE_SOURCE_DIR "/resources/demo/%1.csv").arg(QLatin1String(list)),
                          u"--as"_qs, QLatin1String(list)});
            QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        }
        const Run scan =
            govscope({u"scan"_qs, casePath, u"--family"_qs, families, u"--feeds"_qs, feeds, u"--allow-private"_qs});
        QVERIFY2(scan.exitCode == 0, qPrintable(scan.err));

        const Run listed = govscope({u"findings"_qs, casePath, u"--format"_qs, u"json"_qs});
        QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
        const QStringList familyList = families.split(u',');
        QStringList rows;
        QHash<QString, QString> severityOf;
        const QJsonArray findings = QJsonDocument::fromJson(listed.out).array();
        for (const QJsonValue &v : findings) {
            const QJsonObject f = v.toObject();
            QVERIFY2(familyList.contains(f[u"family"_qs].toString()), qPrintable(f[u"family"_qs].toString()));
            QVERIFY2(!f[u"evidence"_qs].toArray().isEmpty(), qPrintable(f[u"check"_qs].toString()));
            const QString row =
                f[u"org"_qs].toString() + u'\t' + f[u"check"_qs].toString() + u'\t' + f[u"target"_qs].toString();
            rows << row;
            severityOf.insert(row, f[u"severity"_qs].toString());
        }
        rows.sort();
        const QStringList wanted = Govscope::Testing::demoFindingRows(familyList);
        QVERIFY2(!wanted.isEmpty(), qPrintable(families)); // every family set plants something
        QCOMPARE(rows, wanted);
        for (auto it = severities.cbegin(); it != severities.cend(); ++it)
            QCOMPARE(severityOf.value(it.key()), it.value());
    }

    // Issue 13: one scan, read in two languages. Every finding title is rendered from its template in the
    // reader's language: in Chinese it carries Chinese, and it differs from the English rendering (a title
    // frozen at scan time in one language would read the same in both). Evidence sentences likewise, for
    // every item whose English rendering is a sentence (not a bare URL or value).
    void findingsReadInTheReadersLanguage()
    {
        const QString feeds = qEnvironmentVariable("GOVSCOPE_WORLD_FEEDS");
        QVERIFY2(!feeds.isEmpty(), "run inside tests/world (GOVSCOPE_WORLD_FEEDS is not set)");
        QTemporaryDir dir;
        const QString casePath = dir.filePath(u"demo.govcase"_qs);
        const Run imported =
            govscope({u"import"_qs, casePath, QStringLiteral(GOVSCOPE_SOURCE_DIR "/resources/demo/orgs.csv"),
                      u"--as"_qs, u"orgs"_qs});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        const Run scan = govscope({u"scan"_qs, casePath, u"--family"_qs,
                                   u"domain,identifier,mail,datasec,cloud,supplychain,vuln,links,entity"_qs,
                                   u"--feeds"_qs, feeds, u"--allow-private"_qs});
        QVERIFY2(scan.exitCode == 0, qPrintable(scan.err));
        QHash<QString, QJsonArray> byLanguage;
        for (const QString &lang : {u"zh_CN"_qs, u"en"_qs}) {
            const Run listed = govscope({u"findings"_qs, casePath, u"--format"_qs, u"json"_qs, u"--lang"_qs, lang});
            QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
            byLanguage.insert(lang, QJsonDocument::fromJson(listed.out).array());
        }
        const QJsonArray zh = byLanguage.value(u"zh_CN"_qs), en = byLanguage.value(u"en"_qs);
        QVERIFY(zh.size() > 20);
        QCOMPARE(zh.size(), en.size());
        static const QRegularExpression han(u"\\p{Han}"_qs);
        int sentences = 0, sentencesInChinese = 0;
        QStringList frozen;
        for (qsizetype i = 0; i < zh.size(); ++i) {
            const QJsonObject z = zh[i].toObject(), e = en[i].toObject();
            QCOMPARE(z[u"id"_qs], e[u"id"_qs]);
            const QString what = z[u"check"_qs].toString() + u' ' + z[u"target"_qs].toString();
            QVERIFY2(z[u"title"_qs].toString().contains(han), qPrintable(what + u": "_qs + z[u"title"_qs].toString()));
            QVERIFY2(z[u"title"_qs] != e[u"title"_qs],
                     qPrintable(what + u": the same in both: "_qs + e[u"title"_qs].toString()));
            const QJsonArray ze = z[u"evidence"_qs].toArray(), ee = e[u"evidence"_qs].toArray();
            QCOMPARE(ze.size(), ee.size());
            for (qsizetype k = 0; k < ee.size(); ++k) {
                const QString english = ee[k].toObject()[u"summary"_qs].toString();
                if (english.count(u' ') < 3)
                    continue; // a URL, a value: no sentence to translate
                ++sentences;
                if (ze[k].toObject()[u"summary"_qs].toString() != english)
                    ++sentencesInChinese;
                else
                    frozen << what + u": "_qs + english.left(80);
            }
        }
        qInfo() << "evidence sentences" << sentences << "rendered in Chinese" << sentencesInChinese;
        for (const QString &f : std::as_const(frozen))
            qInfo().noquote() << "  same in both languages:" << f;
        QVERIFY(sentencesInChinese > 0);
    }
};

QTEST_GUILESS_MAIN(TestDemoScanWorld)
#include "tst_demoscan_world.moc"
