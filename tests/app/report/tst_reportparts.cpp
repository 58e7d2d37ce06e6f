// The small parts of the report module: masking, English legal citations, the manifest's shape.

#include "legalbasis.h"
#include "manifest.h"
#include "personaldata.h"

#include <QTest>

using namespace Govscope::Report;

class TestReportParts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void masking_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::addRow("id number") << u"身份证 110101199003071234 已公开"_qs << u"身份证 110101********1234 已公开"_qs;
        QTest::addRow("id ending X") << u"44030119851231123X"_qs << u"440301********123X"_qs;
        QTest::addRow("mobile") << u"电话13812345678"_qs << u"电话138****5678"_qs;
        QTest::addRow("two in one line") << u"13912345678,15012345678"_qs << u"139****5678,150****5678"_qs;
        QTest::addRow("already masked") << u"138****5678"_qs << u"138****5678"_qs;
        QTest::addRow("longer digit run left")
            << u"order 2024112510000012345678"_qs << u"order 2024112510000012345678"_qs;
        QTest::addRow("landline not mobile") << u"0571-12345678"_qs << u"0571-12345678"_qs;
        QTest::addRow("12 digits not mobile") << u"138123456789"_qs << u"138123456789"_qs;
    }

    void masking()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(Govscope::Sdk::PersonalData::maskAll(input), expected);
    }

    void chineseNumbers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("value");
        QTest::addRow("5") << u"五"_qs << 5;
        QTest::addRow("10") << u"十"_qs << 10;
        QTest::addRow("13") << u"十三"_qs << 13;
        QTest::addRow("20") << u"二十"_qs << 20;
        QTest::addRow("27") << u"二十七"_qs << 27;
        QTest::addRow("not a number") << u"条"_qs << 0;
    }

    void chineseNumbers()
    {
        QFETCH(QString, text);
        QFETCH(int, value);
        QCOMPARE(chineseNumber(text), value);
    }

    void legalBasis_data()
    {
        QTest::addColumn<QString>("zh");
        QTest::addColumn<QString>("en");
        QTest::addRow("article") << u"《互联网政务应用安全管理规定》第十九条"_qs
                                 << u"Regulations on the Security Management of Internet Government Applications, "
                                    "Article 19"_qs;
        QTest::addRow("two laws")
            << u"《中华人民共和国数据安全法》第二十七条；《互联网政务应用安全管理规定》第十九条"_qs
            << u"Data Security Law of the PRC, Article 27; Regulations on the Security Management "
               "of Internet Government Applications, Article 19"_qs;
        QTest::addRow("document number") << u"《政府网站发展指引》（国办发〔2017〕47号）"_qs
                                         << u"Guidelines for the Development of Government Websites (Guobanfa [2017] "
                                            "No. 47)"_qs;
        QTest::addRow("chapter") << u"《互联网政务应用安全管理规定》第五章 电子邮件安全"_qs
                                 << u"Regulations on the Security Management of Internet Government Applications, "
                                    "Chapter 5"_qs;
        QTest::addRow("unknown title kept") << u"《某某办法》第三条"_qs << u"《某某办法》第三条"_qs;
    }

    void legalBasis()
    {
        QFETCH(QString, zh);
        QFETCH(QString, en);
        QCOMPARE(legalBasisInEnglish(zh), en);
    }

    void manifestRoundTrip()
    {
        const QList<ManifestEntry> entries{Manifest::entryFor(u"b.txt"_qs, "bbb"), Manifest::entryFor(u"a.txt"_qs, "")};
        const QByteArray json = Manifest::toJson(entries);
        QVERIFY(json.indexOf("a.txt") < json.indexOf("b.txt")); // sorted by path
        auto parsed = Manifest::parse(json);
        QVERIFY(parsed.ok());
        QCOMPARE(parsed->size(), 2);
        QCOMPARE(parsed->at(0).sha256, u"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"_qs);
        QCOMPARE(parsed->at(1).size, 3);
    }

    void manifestRejects_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::addRow("not json") << QByteArray("{") << u"not valid JSON"_qs;
        QTest::addRow("no files") << QByteArray("{}") << u"no \"files\""_qs;
        QTest::addRow("bad hash") << QByteArray(R"({"files":[{"path":"a","sha256":"xyz","size":1}]})") << u"entry 0"_qs;
        QTest::addRow("twice") << QByteArray(R"({"files":[{"path":"a","sha256":")" + QByteArray(64, 'a') +
                                             R"(","size":1},{"path":"a","sha256":")" + QByteArray(64, 'a') +
                                             R"(","size":1}]})")
                               << u"lists a twice"_qs;
    }

    void manifestRejects()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        auto parsed = Manifest::parse(json);
        QVERIFY(!parsed.ok());
        QVERIFY2(parsed.errorMessage().contains(message), qPrintable(parsed.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestReportParts)
#include "tst_reportparts.moc"
