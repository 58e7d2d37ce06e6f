// CNVD XML exports are downloaded into the feeds folder from outside: one with a document type declaration
// is refused, naming the file, instead of having its entities expanded into titles and product lines.

#include "cnvdfeed.h"

#include <QTest>

using namespace Govscope;

namespace {

QByteArray withDoctype(const QByteArray &doctype, const QByteArray &title)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + doctype +
           "<vulnerabilitys><vulnerability><number>CNVD-2099-00001</number><title>" + title +
           "</title><serverity>高</serverity><products><product>SLCMS 3.2.1</product></products></vulnerability>"
           "</vulnerabilitys>\n";
}

} // namespace

class TestCnvdFeed : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dtdIsRefused_data()
    {
        QTest::addColumn<QByteArray>("xml");
        // The ×1250 expansion of issue 12: one reference, 2,500 characters in the title.
        QTest::addRow("internal entity") << withDoctype(
            "<!DOCTYPE vulnerabilitys [<!ENTITY t \"" + QByteArray(2500, 'A') + "\">]>", "SLCMS &t; 漏洞");
        // Nested entities (the "billion laughs"): refused before any of them is expanded.
        QTest::addRow("nested entities") << withDoctype("<!DOCTYPE v [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b "
                                                        "\"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c "
                                                        "\"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>",
                                                        "&c;");
        // A DTD without entities is refused too: no CNVD export has one.
        QTest::addRow("plain doctype") << withDoctype("<!DOCTYPE vulnerabilitys>", "SLCMS 漏洞");
        // An external entity never resolves; it must not pass silently as an empty title either.
        QTest::addRow("external entity") << withDoctype("<!DOCTYPE v [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>",
                                                        "&x;");
    }

    void dtdIsRefused()
    {
        QFETCH(QByteArray, xml);
        const auto records = Sdk::CnvdFeed::parse(xml, u"cnvd/2099-01.xml"_qs);
        QVERIFY2(!records.ok(), records.ok() && !records->isEmpty() ? qPrintable(records->first().title.left(80)) : "");
        const QString message = records.errorMessage();
        QVERIFY2(message.contains(u"cnvd/2099-01.xml"_qs), qPrintable(message));
        QVERIFY2(message.contains(u"DOCTYPE"_qs), qPrintable(message));
    }

    void ordinaryExportReads()
    {
        const auto records = Sdk::CnvdFeed::parse(withDoctype({}, "SLCMS &lt;3.3.0 远程代码执行漏洞"), u"c.xml"_qs);
        QVERIFY2(records.ok(), qPrintable(records.errorMessage()));
        QCOMPARE(records->size(), 1);
        QCOMPARE(records->first().title, u"SLCMS <3.3.0 远程代码执行漏洞"_qs);
    }
};

QTEST_GUILESS_MAIN(TestCnvdFeed)
#include "tst_cnvdfeed.moc"
