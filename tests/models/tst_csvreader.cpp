#include "csvreader.h"
#include "textdecoding.h"

#include <QStringEncoder>
#include <QTest>

using namespace Govscope;
using namespace Govscope::Models::Import;

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decoding_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        const QString text = u"编号,名称\nA001,深圳市人民政府\n"_qs;
        QTest::addRow("utf8") << text.toUtf8() << u"UTF-8"_qs;
        QTest::addRow("utf8 bom") << QByteArray("\xEF\xBB\xBF" + text.toUtf8()) << u"UTF-8 with BOM"_qs;
        QStringEncoder gb("GB18030");
        QTest::addRow("gb18030") << QByteArray(gb.encode(text)) << u"GB18030"_qs;
        QStringEncoder utf16(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        QTest::addRow("utf16 bom") << QByteArray(utf16.encode(text)) << u"UTF-16"_qs;
    }
    void decoding()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        auto decoded = decodeText(bytes, u"list.csv"_qs);
        QVERIFY2(decoded.ok(), qPrintable(decoded.errorMessage()));
        QCOMPARE(toId(decoded->encoding), encoding);
        auto table = CsvReader::read(decoded->text, u"list.csv"_qs);
        QVERIFY(table.ok());
        QCOMPARE(table->header, (QStringList{u"编号"_qs, u"名称"_qs}));
        QCOMPARE(table->rows.size(), 1);
        QCOMPARE(table->rows.at(0).cells.at(1), u"深圳市人民政府"_qs);
    }

    void undecodable_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addRow("not gb18030 either") << QByteArray("id,name\n1,\x81\x20x\n");
        QTest::addRow("binary") << QByteArray("id,name\n\0\0\0", 11);
        QTest::addRow("bom then garbage") << QByteArray("\xEF\xBB\xBFid\xC3\x28\n");
    }
    void undecodable()
    {
        QFETCH(QByteArray, bytes);
        auto decoded = decodeText(bytes, u"bad.csv"_qs);
        QVERIFY(!decoded.ok());
        QVERIFY2(decoded.errorMessage().contains(u"bad.csv"_qs), qPrintable(decoded.errorMessage()));
    }

    void records_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<int>>("lines");
        QTest::addColumn<QList<QStringList>>("cells");
        QTest::addRow("plain") << u"a,b\n1,2\n3,4"_qs << QList<int>{2, 3}
                               << QList<QStringList>{{u"1"_qs, u"2"_qs}, {u"3"_qs, u"4"_qs}};
        QTest::addRow("quoted comma and quote") << u"a,b\n\"x, y\",\"say \"\"hi\"\"\"\n"_qs << QList<int>{2}
                                                << QList<QStringList>{{u"x, y"_qs, u"say \"hi\""_qs}};
        QTest::addRow("quoted newline keeps start line")
            << u"a,b\n\"line one\nline two\",z\n5,6\n"_qs << QList<int>{2, 4}
            << QList<QStringList>{{u"line one\nline two"_qs, u"z"_qs}, {u"5"_qs, u"6"_qs}};
        QTest::addRow("crlf and quoted crlf") << u"a,b\r\n\"p\r\nq\",1\r\n7,8\r\n"_qs << QList<int>{2, 4}
                                              << QList<QStringList>{{u"p\nq"_qs, u"1"_qs}, {u"7"_qs, u"8"_qs}};
        QTest::addRow("blank lines skipped, counted") << u"a,b\n\n1,2\n,,\n\n3,4\n"_qs << QList<int>{3, 6}
                                                      << QList<QStringList>{{u"1"_qs, u"2"_qs}, {u"3"_qs, u"4"_qs}};
        QTest::addRow("blank lines before header")
            << u"\n\na\nv\n"_qs << QList<int>{4} << QList<QStringList>{{u"v"_qs}};
        QTest::addRow("empty trailing cell")
            << u"a,b\n1,\n"_qs << QList<int>{2} << QList<QStringList>{{u"1"_qs, u""_qs}};
        QTest::addRow("space before quote")
            << u"a,b\n1, \"x, y\"\n"_qs << QList<int>{2} << QList<QStringList>{{u"1"_qs, u"x, y"_qs}};
        QTest::addRow("semicolon header")
            << u"a;b\n1;2\n"_qs << QList<int>{2} << QList<QStringList>{{u"1"_qs, u"2"_qs}};
        QTest::addRow("tab header") << u"a\tb\n1\t2;3\n"_qs << QList<int>{2}
                                    << QList<QStringList>{{u"1"_qs, u"2;3"_qs}};
        QTest::addRow("comma wins over semicolon")
            << u"a,b;c\n1,2;3\n"_qs << QList<int>{2} << QList<QStringList>{{u"1"_qs, u"2;3"_qs}};
    }
    void records()
    {
        QFETCH(QString, text);
        QFETCH(QList<int>, lines);
        QFETCH(QList<QStringList>, cells);
        auto table = CsvReader::read(text, u"t.csv"_qs);
        QVERIFY(table.ok());
        QCOMPARE(table->rows.size(), lines.size());
        for (int i = 0; i < lines.size(); ++i) {
            QCOMPARE(table->rows.at(i).line, lines.at(i));
            QCOMPARE(table->rows.at(i).cells, cells.at(i));
            QVERIFY(table->rows.at(i).problem.isEmpty());
        }
    }

    void hugeCellIsARowProblem()
    {
        const QString text = u"id,name\nA1,"_qs + QString(70 * 1024, u'x') + u"\nA2,ok\n"_qs;
        auto table = CsvReader::read(text, u"t.csv"_qs);
        QVERIFY(table.ok());
        QCOMPARE(table->rows.size(), 2);
        QCOMPARE(table->rows.at(0).line, 2);
        QVERIFY2(table->rows.at(0).problem.contains(u"64 KiB"_qs), qPrintable(table->rows.at(0).problem));
        QVERIFY(table->rows.at(0).problem.contains(u"'name'"_qs));
        QVERIFY(table->rows.at(1).problem.isEmpty());
    }

    void wideRowsAreBounded()
    {
        auto table = CsvReader::read(u"id,name\nA1,"_qs + QString(5000, u',') + u"\nA2,x\n"_qs, u"t.csv"_qs);
        QVERIFY(table.ok());
        QCOMPARE(table->rows.size(), 2);
        QVERIFY2(table->rows.at(0).problem.contains(u"more than 1024 cells"_qs), qPrintable(table->rows.at(0).problem));
        QCOMPARE(table->rows.at(0).cells.size(), 1024);
        auto wideHeader = CsvReader::read(QString(2000, u',') + u"\n"_qs, u"t.csv"_qs);
        QVERIFY(!wideHeader.ok());
        QVERIFY(wideHeader.errorMessage().contains(u"t.csv:1: the header row cannot be read"_qs));
    }

    void unclosedQuoteNamesItsLine()
    {
        auto table = CsvReader::read(u"id,name\nA1,ok\nA2,\"never closed\nA3,x\n"_qs, u"t.csv"_qs);
        QVERIFY(table.ok());
        QCOMPARE(table->rows.size(), 2);
        QCOMPARE(table->rows.at(1).line, 3);
        QVERIFY2(table->rows.at(1).problem.contains(u"line 3"_qs), qPrintable(table->rows.at(1).problem));
    }

    void tooManyRowsAreRefused()
    {
        QString text = u"url\n"_qs;
        text.reserve(2 * 1'000'002);
        for (int i = 0; i <= 1'000'000; ++i)
            text += u"x\n"_qs;
        auto table = CsvReader::read(text, u"big.csv"_qs);
        QVERIFY(!table.ok());
        QVERIFY2(table.errorMessage().contains(u"more than 1000000 rows"_qs), qPrintable(table.errorMessage()));
        text.chop(2); // exactly the limit is still fine
        QVERIFY(CsvReader::read(text, u"big.csv"_qs).ok());
    }

    void emptyAndHeaderOnly()
    {
        auto empty = CsvReader::read(QString(), u"t.csv"_qs);
        QVERIFY(empty.ok());
        QCOMPARE(empty->headerLine, 0);
        auto blank = CsvReader::read(u"\n \n,,\n"_qs, u"t.csv"_qs);
        QVERIFY(blank.ok());
        QCOMPARE(blank->headerLine, 0);
        auto headerOnly = CsvReader::read(u"id,name,kind\n"_qs, u"t.csv"_qs);
        QVERIFY(headerOnly.ok());
        QCOMPARE(headerOnly->headerLine, 1);
        QVERIFY(headerOnly->rows.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
