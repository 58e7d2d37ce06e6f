#include "xlsxreader.h"
#include "ziptools.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Govscope;
using namespace Govscope::Models::Import;
using namespace Govscope::Testing;

namespace {

// Sets every size field of a little-endian ZIP structure that the test patches.
void putLe32(QByteArray &bytes, qsizetype at, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        bytes[at + i] = char((value >> (8 * i)) & 0xff);
}

// Makes every entry of @p zip declare @p size uncompressed bytes, in its local header and in the directory.
QByteArray withDeclaredSize(QByteArray zip, quint32 size)
{
    for (qsizetype at = 0; (at = zip.indexOf("PK\x01\x02", at)) >= 0; at += 4)
        putLe32(zip, at + 24, size);
    for (qsizetype at = 0; (at = zip.indexOf("PK\x03\x04", at)) >= 0; at += 4)
        putLe32(zip, at + 22, size);
    return zip;
}

// Makes the end-of-directory record claim @p count entries.
QByteArray withDeclaredEntries(QByteArray zip, quint16 count)
{
    const qsizetype eocd = zip.lastIndexOf("PK\x05\x06");
    zip[eocd + 8] = char(count & 0xff);
    zip[eocd + 9] = char(count >> 8);
    zip[eocd + 10] = char(count & 0xff);
    zip[eocd + 11] = char(count >> 8);
    return zip;
}

// A workbook whose org name comes from an entity 1,250 times as long as its reference.
QByteArray dtdIn(const QString &part)
{
    const QByteArray doctype = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY org \"" + QByteArray(2500, 'A') + "\">]>";
    ZipEntries e{{u"xl/workbook.xml"_qs, "<workbook xmlns:r='urn:r'><sheets><sheet r:id='rId1'/></sheets></workbook>"},
                 {u"xl/_rels/workbook.xml.rels"_qs,
                  "<Relationships><Relationship Id='rId1' Target='worksheets/sheet1.xml'/>"
                  "<Relationship Id='rId2' Type='x/sharedStrings' Target='sharedStrings.xml'/></Relationships>"},
                 {u"xl/worksheets/sheet1.xml"_qs, "<worksheet><sheetData><row r='1'><c r='A1' t='s'><v>0</v></c></row>"
                                                  "<row r='2'><c r='A2' t='inlineStr'><is><t>单位</t></is></c></row>"
                                                  "</sheetData></worksheet>"},
                 {u"xl/sharedStrings.xml"_qs, "<sst><si><t>名称</t></si></sst>"}};
    for (auto &[name, data] : e)
        if (name == part) {
            data = doctype + data;
            if (part == u"xl/worksheets/sheet1.xml"_qs)
                data.replace("单位", "&org;");
            else if (part == u"xl/sharedStrings.xml"_qs)
                data.replace("名称", "&org;");
        }
    return makeZip(e);
}

} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void numberText_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<QString>("text");
        QTest::addRow("region code") << u"990100"_qs << u"990100"_qs;
        QTest::addRow("trailing .0") << u"440300.0"_qs << u"440300"_qs;
        QTest::addRow("exponent") << u"4.403E+5"_qs << u"440300"_qs;
        QTest::addRow("big exponent") << u"1.10101199001011E+17"_qs << u"110101199001011000"_qs;
        QTest::addRow("long integer kept exactly") << u"110101199001011234"_qs << u"110101199001011234"_qs;
        QTest::addRow("fraction") << u"3.25"_qs << u"3.25"_qs;
        QTest::addRow("binary noise") << u"0.30000000000000004"_qs << u"0.3"_qs;
        QTest::addRow("small exponent") << u"1.5E-3"_qs << u"0.0015"_qs;
        QTest::addRow("negative") << u"-12.0"_qs << u"-12"_qs;
        QTest::addRow("not a number kept") << u"abc"_qs << u"abc"_qs;
    }
    void numberText()
    {
        QFETCH(QString, raw);
        QFETCH(QString, text);
        QCOMPARE(XlsxReader::numberText(raw), text);
    }

    void columnOf_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<int>("column");
        QTest::addRow("A1") << u"A1"_qs << 0;
        QTest::addRow("Z9") << u"Z9"_qs << 25;
        QTest::addRow("AA10") << u"AA10"_qs << 26;
        QTest::addRow("XFD1") << u"XFD1"_qs << 16383;
        QTest::addRow("digits only") << u"12"_qs << -1;
        QTest::addRow("too long") << u"ABCD1"_qs << -1;
    }
    void columnOf()
    {
        QFETCH(QString, reference);
        QFETCH(int, column);
        QCOMPARE(XlsxReader::columnOf(reference), column);
    }

    void firstSheetWithSharedInlineNumbersAndGaps()
    {
        // Shared strings: a plain one, a rich-text one made of runs, and one with a phonetic hint to drop.
        const QString shared =
            u"<si><t>编号</t></si><si><t>名称</t></si><si><t>行政区划代码</t></si><si><r><rPr><b/></rPr><t>深圳市</t></r><r><t xml:space='preserve'>人民政府</t></r></si><si><t>网站</t><rPh sb='0' eb='2'><t>ワン</t></rPh></si>"_qs;
        const QString sheet =
            u"<row r='1'><c r='A1' t='s'><v>0</v></c><c r='B1' t='s'><v>1</v></c><c r='C1' t='s'><v>2</v></c><c r='E1' t='s'><v>4</v></c></row><row r='2'><c r='A2' t='inlineStr'><is><t>A001</t></is></c><c r='B2' t='s'><v>3</v></c><c r='C2'><v>440300</v></c><c r='E2' t='inlineStr'><is><r><t>www.sz</t></r><r><t>.gov.cn</t></r></is></c></row><row r='3'><c r='A3'><v>1002</v></c><c r='C3' t='n'><v>4.403E+5</v></c><c r='D3' t='b'><v>1</v></c></row><row r='5'><c r='B5' t='str'><v>公式结果</v></c><c r='C5' s='3'/></row><row r='6'><c r='A6' s='1'/></row>"_qs;
        auto table = XlsxReader::read(makeXlsx(sheet, shared), u"list.xlsx"_qs);
        QVERIFY2(table.ok(), qPrintable(table.errorMessage()));
        QCOMPARE(table->headerLine, 1);
        QCOMPARE(table->header, (QStringList{u"编号"_qs, u"名称"_qs, u"行政区划代码"_qs, u""_qs, u"网站"_qs}));
        QCOMPARE(table->rows.size(), 3); // row 6 is blank
        QCOMPARE(table->rows.at(0).line, 2);
        QCOMPARE(table->rows.at(0).cells,
                 (QStringList{u"A001"_qs, u"深圳市人民政府"_qs, u"440300"_qs, u""_qs, u"www.sz.gov.cn"_qs}));
        QCOMPARE(table->rows.at(1).line, 3);
        QCOMPARE(table->rows.at(1).cells, (QStringList{u"1002"_qs, u""_qs, u"440300"_qs, u"TRUE"_qs}));
        QCOMPARE(table->rows.at(2).line, 5);
        QCOMPARE(table->rows.at(2).cells, (QStringList{u""_qs, u"公式结果"_qs})); // empty C5 is not stored
    }

    void rowsWithoutReferences()
    {
        const QString sheet =
            u"<row><c t='inlineStr'><is><t>url</t></is></c><c t='inlineStr'><is><t>note</t></is></c></row><row><c t='inlineStr'><is><t>http://a.example</t></is></c><c t='inlineStr'><is><t>x</t></is></c></row>"_qs;
        auto table = XlsxReader::read(makeXlsx(sheet), u"l.xlsx"_qs);
        QVERIFY2(table.ok(), qPrintable(table.errorMessage()));
        QCOMPARE(table->header, (QStringList{u"url"_qs, u"note"_qs}));
        QCOMPARE(table->rows.at(0).line, 2);
        QCOMPARE(table->rows.at(0).cells, (QStringList{u"http://a.example"_qs, u"x"_qs}));
    }

    void rowProblems()
    {
        const QString big(70 * 1024, u'y');
        const QString sheet = inlineRow(1, {u"id"_qs, u"name"_qs}) +
                              u"<row r=\"2\"><c r=\"A2\" t=\"s\"><v>99</v></c></row>"_qs +
                              inlineRow(3, {u"A3"_qs, big}) + inlineRow(4, {u"A4"_qs, u"ok"_qs});
        auto table = XlsxReader::read(makeXlsx(sheet, u"<si><t>x</t></si>"_qs), u"l.xlsx"_qs);
        QVERIFY2(table.ok(), qPrintable(table.errorMessage()));
        QCOMPARE(table->rows.size(), 3);
        QVERIFY(table->rows.at(0).problem.contains(u"shared string"_qs));
        QVERIFY2(table->rows.at(1).problem.contains(u"64 KiB"_qs), qPrintable(table->rows.at(1).problem));
        QVERIFY(table->rows.at(1).problem.contains(u"'name'"_qs));
        QVERIFY(table->rows.at(2).problem.isEmpty());
    }

    void wideRows()
    {
        // An empty styled cell far right costs nothing; text there is a row problem, not 16,384 strings.
        const QString sheet = Testing::inlineRow(1, {u"id"_qs, u"name"_qs}) +
                              u"<row r=\"2\"><c r=\"A2\"><v>1</v></c><c r=\"XFD2\" s=\"4\"/></row>"
                              "<row r=\"3\"><c r=\"A3\"><v>2</v></c><c r=\"XFD3\"><v>9</v></c></row>"_qs;
        auto table = XlsxReader::read(makeXlsx(sheet), u"w.xlsx"_qs);
        QVERIFY2(table.ok(), qPrintable(table.errorMessage()));
        QCOMPARE(table->rows.size(), 2);
        QCOMPARE(table->rows.at(0).cells, QStringList{u"1"_qs});
        QVERIFY(table->rows.at(0).problem.isEmpty());
        QVERIFY2(table->rows.at(1).problem.contains(u"more than 1024 cells"_qs), qPrintable(table->rows.at(1).problem));
        QVERIFY(table->rows.at(1).cells.size() <= 1024);

        auto wideHeader = XlsxReader::read(
            makeXlsx(u"<row r=\"1\"><c r=\"A1\"><v>1</v></c><c r=\"AZZ1\"><v>1</v></c></row>"_qs), u"h.xlsx"_qs);
        QVERIFY(!wideHeader.ok());
        QVERIFY2(wideHeader.errorMessage().contains(u"header row cannot be read"_qs),
                 qPrintable(wideHeader.errorMessage()));
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::addRow("not a zip") << QByteArray("PK\x03\x04garbage") << u"not a readable ZIP"_qs;
        QTest::addRow("zip but not a workbook")
            << makeZip({{u"readme.txt"_qs, "hello"}}) << u"not an Excel workbook"_qs;
        QTest::addRow("broken sheet xml") << makeXlsx(u"<row r=\"1\"><c>"_qs) << u"not well-formed"_qs;
        ZipEntries noSheet{{u"xl/workbook.xml"_qs, "<workbook><sheets/></workbook>"}};
        QTest::addRow("no sheet") << makeZip(noSheet) << u"has no sheet"_qs;
    }
    void refused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        auto table = XlsxReader::read(bytes, u"bad.xlsx"_qs);
        QVERIFY(!table.ok());
        QVERIFY2(table.errorMessage().contains(message), qPrintable(table.errorMessage()));
        QVERIFY(table.errorMessage().contains(u"bad.xlsx"_qs));
    }

    void entityExpansionIsBounded()
    {
        // "Billion laughs" in the shared strings: ten levels of ten-fold entities would make 10^10 characters.
        QByteArray dtd = "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY l0 \"ha\">";
        for (int i = 1; i < 10; ++i) {
            dtd += "<!ENTITY l" + QByteArray::number(i) + " \"";
            for (int j = 0; j < 10; ++j)
                dtd += "&l" + QByteArray::number(i - 1) + ";";
            dtd += "\">";
        }
        dtd += "]><sst><si><t>&l9;</t></si></sst>";
        Testing::ZipEntries entries{
            {u"xl/workbook.xml"_qs, "<workbook xmlns:r='urn:r'><sheets><sheet r:id='rId1'/></sheets></workbook>"},
            {u"xl/_rels/workbook.xml.rels"_qs,
             "<Relationships><Relationship Id='rId1' Target='worksheets/sheet1.xml'/>"
             "<Relationship Id='rId2' Type='x/sharedStrings' Target='sharedStrings.xml'/></Relationships>"},
            {u"xl/worksheets/sheet1.xml"_qs, "<worksheet><sheetData><row r='1'><c r='A1' t='s'><v>0</v></c></row>"
                                             "</sheetData></worksheet>"},
            {u"xl/sharedStrings.xml"_qs, dtd}};
        QElapsedTimer timer;
        timer.start();
        auto table = XlsxReader::read(makeZip(entries), u"laughs.xlsx"_qs);
        QVERIFY(timer.elapsed() < 5000);
        qInfo("entity expansion: %s",
              qPrintable(table.ok() ? u"read %1 characters"_qs.arg(table->header.value(0).size())
                                    : table.errorMessage()));
        if (table.ok())
            QVERIFY(table->header.value(0).size() < 1'000'000);
        else
            QVERIFY2(table.errorMessage().contains(u"laughs.xlsx"_qs), qPrintable(table.errorMessage()));
    }

    void dtdIsRefused_data()
    {
        QTest::addColumn<QString>("part");
        QTest::addRow("shared strings") << u"xl/sharedStrings.xml"_qs;
        QTest::addRow("sheet") << u"xl/worksheets/sheet1.xml"_qs;
        QTest::addRow("workbook") << u"xl/workbook.xml"_qs;
        QTest::addRow("relationships") << u"xl/_rels/workbook.xml.rels"_qs;
    }
    // Entities declared in a DTD are expanded by QXmlStreamReader into org names: no workbook part has a
    // DTD, so one is refused, with the file and the part named.
    void dtdIsRefused()
    {
        QFETCH(QString, part);
        auto table = XlsxReader::read(dtdIn(part), u"entities.xlsx"_qs);
        QVERIFY2(!table.ok(), qPrintable(table.ok() ? table->header.value(0).left(80) : QString()));
        QVERIFY2(table.errorMessage().contains(u"entities.xlsx"_qs), qPrintable(table.errorMessage()));
        QVERIFY2(table.errorMessage().contains(u"DOCTYPE"_qs), qPrintable(table.errorMessage()));
        QVERIFY2(table.errorMessage().contains(u"save the workbook again"_qs), qPrintable(table.errorMessage()));
    }

    void entryDeclaringHugeSizeIsRefused()
    {
        // Every entry claims 4 GB: refused from the directory, before anything is inflated.
        const QByteArray zip = withDeclaredSize(makeXlsx(inlineRow(1, {u"名称"_qs})), 0xF0000000u);
        QElapsedTimer timer;
        timer.start();
        auto table = XlsxReader::read(zip, u"huge.xlsx"_qs);
        QVERIFY(timer.elapsed() < 1000);
        QVERIFY(!table.ok());
        QVERIFY2(table.errorMessage().contains(u"declares 3840 MB"_qs), qPrintable(table.errorMessage()));
        QVERIFY2(table.errorMessage().contains(u"huge.xlsx"_qs), qPrintable(table.errorMessage()));
    }

    void tooManyEntriesAreRefused()
    {
        const QByteArray zip = withDeclaredEntries(makeXlsx(inlineRow(1, {u"名称"_qs})), 60000);
        auto table = XlsxReader::read(zip, u"many.xlsx"_qs);
        QVERIFY(!table.ok());
        QVERIFY2(table.errorMessage().contains(u"60000 entries"_qs), qPrintable(table.errorMessage()));
    }

    // A part that inflates hundreds of times its compressed size is a bomb whatever its total: 4 MB of one
    // repeated row from a few KB is refused with the ratio named, before the 200 MB budget is reached.
    void highRatioEntryIsRefused()
    {
        const QString row = inlineRow(2, {u"x"_qs});
        QString rows;
        while (rows.size() < 4 * 1024 * 1024)
            rows += row;
        const QByteArray zip = makeXlsx(inlineRow(1, {u"名称"_qs}) + rows);
        QVERIFY(zip.size() < 64 * 1024);
        auto table = XlsxReader::read(zip, u"ratio.xlsx"_qs);
        QVERIFY(!table.ok());
        QVERIFY2(table.errorMessage().contains(u"250 times"_qs), qPrintable(table.errorMessage()));
        QVERIFY2(table.errorMessage().contains(u"ratio.xlsx"_qs), qPrintable(table.errorMessage()));
    }

    // Real sheets compress far less: 20,000 rows of distinct names and codes (several MB inflated) still read.
    void ordinaryLargeSheetReads()
    {
        QString rows = inlineRow(1, {u"名称"_qs, u"网站标识码"_qs});
        for (int r = 2; r <= 20001; ++r)
            rows += inlineRow(
                r, {u"第%1号单位办公室"_qs.arg(r * 7919 % 100000), QString::number(1000000000LL + r * 104729LL)});
        auto table = XlsxReader::read(makeXlsx(rows), u"large.xlsx"_qs);
        QVERIFY2(table.ok(), qPrintable(table.errorMessage()));
        QCOMPARE(table->rows.size(), 20000);
    }

    void zipBombIsRefused()
    {
        // 210 MB of one repeated cell deflates to a few hundred KB: the reader must stop at 200 MB.
        QByteArray row = inlineRow(2, {u"x"_qs}).toUtf8();
        QByteArray sheet;
        sheet.reserve(210 * 1024 * 1024);
        while (sheet.size() < 210 * 1024 * 1024)
            sheet += row;
        QByteArray workbook = makeXlsx(QString());
        // Replace the (empty) first sheet by the bomb.
        ZipEntries entries{
            {u"xl/workbook.xml"_qs,
             "<workbook xmlns:r='http://schemas.openxmlformats.org/officeDocument/2006/relationships'><sheets><sheet "
             "r:id='rId1'/></sheets></workbook>"},
            {u"xl/_rels/workbook.xml.rels"_qs,
             "<Relationships><Relationship Id='rId1' Target='worksheets/sheet1.xml'/></Relationships>"},
            {u"xl/worksheets/sheet1.xml"_qs, sheet}};
        sheet.clear();
        const QByteArray bomb = makeZip(entries);
        entries.clear();
        QVERIFY(bomb.size() < 5 * 1024 * 1024);
        auto table = XlsxReader::read(bomb, u"bomb.xlsx"_qs);
        QVERIFY(!table.ok());
        QVERIFY2(table.errorMessage().contains(u"zip bomb"_qs), qPrintable(table.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
