// Robustness of the list and APK parsers against hostile or damaged input: random bytes, truncations and
// bit flips of valid files. Each input must give rows or an error with a message, never a crash or a hang.
// The seed is printed so a failure can be replayed with GOVSCOPE_FUZZ_SEED.

#include "apkreader.h"
#include "axmlparser.h"
#include "csvreader.h"
#include "data/apktestutil.h"
#include "listimporter.h"
#include "textdecoding.h"
#include "xlsxreader.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>

using namespace Govscope;
using namespace Govscope::Models;
using namespace Govscope::Models::Import;

class TestImportFuzz : public QObject
{
    Q_OBJECT

private:
    QRandomGenerator m_random;
    int m_results = 0;
    int m_errors = 0;

    QByteArray randomBytes(int maxLength)
    {
        QByteArray bytes(int(m_random.bounded(maxLength + 1)), Qt::Uninitialized);
        for (char &c : bytes)
            c = char(m_random.bounded(256));
        return bytes;
    }

    QByteArray flipped(QByteArray bytes, int flips)
    {
        for (int i = 0; i < flips && !bytes.isEmpty(); ++i)
            bytes[int(m_random.bounded(bytes.size()))] ^= char(1 << m_random.bounded(8));
        return bytes;
    }

    template<typename T> void tally(const Result<T> &result)
    {
        if (result.ok()) {
            ++m_results;
        } else {
            ++m_errors;
            QVERIFY(!result.errorMessage().isEmpty());
        }
    }

    void feedList(const QByteArray &bytes)
    {
        auto parsed = ListImporter::parse(bytes, u"fuzz.list"_qs);
        tally(parsed);
        if (parsed.ok())
            for (const RowError &e : parsed->errors)
                QVERIFY(e.line > 0 && !e.message.isEmpty());
    }

    static QByteArray validCsv()
    {
        return u"编号,名称,类型,层级,行政区划代码,网站,授权主动检测\n"
               "A1,\"某市,政府\",党政机关,市级,440300,www.a.gov.cn;b.cn,是\n"
               "A2,\"多行\n名称\",企业,,,\"\"\"quoted\"\"\",否\n"_qs.toUtf8();
    }

    static QByteArray validXlsx()
    {
        return Testing::makeXlsx(
            Testing::inlineRow(1, {u"id"_qs, u"name"_qs, u"kind"_qs}) +
                u"<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"B2\" t=\"s\"><v>1</v></c>"
                "<c r=\"C2\" t=\"inlineStr\"><is><t>企业</t></is></c></row>"
                "<row r=\"3\"><c r=\"A3\"><v>1.5E+3</v></c><c r=\"B3\" t=\"b\"><v>1</v></c></row>"_qs,
            u"<si><t>X1</t></si><si><r><t>富</t></r><r><t>文本</t></r></si>"_qs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        bool ok = false;
        quint32 seed = qEnvironmentVariableIntValue("GOVSCOPE_FUZZ_SEED", &ok);
        if (!ok)
            seed = QRandomGenerator::global()->generate();
        m_random.seed(seed);
        qInfo("fuzz seed %u (set GOVSCOPE_FUZZ_SEED to replay)", seed);
    }

    void randomBytesAsList()
    {
        for (int i = 0; i < 300; ++i)
            feedList(randomBytes(2048));
        // Random bytes behind a ZIP signature reach the XLSX reader rather than the text decoder.
        for (int i = 0; i < 200; ++i)
            feedList("PK\x03\x04" + randomBytes(2048));
    }

    void truncatedAndFlippedCsv()
    {
        const QByteArray csv = validCsv();
        for (int length = 0; length <= csv.size(); ++length)
            feedList(csv.left(length));
        for (int i = 0; i < 300; ++i)
            feedList(flipped(csv, 1 + int(m_random.bounded(8))));
        for (int i = 0; i < 200; ++i) {
            auto decoded = decodeText(flipped(csv, 3), u"f.csv"_qs);
            tally(decoded);
            if (decoded.ok())
                tally(CsvReader::read(decoded->text, u"f.csv"_qs));
        }
    }

    void truncatedAndFlippedXlsx()
    {
        const QByteArray xlsx = validXlsx();
        QVERIFY(XlsxReader::read(xlsx, u"ok.xlsx"_qs).ok());
        for (int length = 0; length <= xlsx.size(); length += 7)
            tally(XlsxReader::read(xlsx.left(length), u"t.xlsx"_qs));
        for (int i = 0; i < 400; ++i)
            tally(XlsxReader::read(flipped(xlsx, 1 + int(m_random.bounded(4))), u"f.xlsx"_qs));
        // Damaged XML inside an intact ZIP: the reader sees every kind of malformed sheet.
        const QString sheet = Testing::inlineRow(1, {u"id"_qs, u"name"_qs, u"kind"_qs}) +
                              u"<row r=\"2\"><c r=\"A2\" t=\"s\"><v>0</v></c><c r=\"ZZZZ9\"><v>1</v></c></row>"_qs;
        for (int i = 0; i < 150; ++i) {
            QByteArray xml = flipped(sheet.toUtf8(), 1 + int(m_random.bounded(4)));
            tally(XlsxReader::read(Testing::makeXlsx(QString::fromUtf8(xml), u"<si><t>a</t></si>"_qs), u"x.xlsx"_qs));
        }
    }

    void damagedManifestsAndApks()
    {
        const QByteArray manifest =
            Testing::AxmlWriter::manifest({{u"package"_qs, u"cn.gov.fuzz"_qs}}, m_random.bounded(2) == 1);
        QVERIFY(AxmlParser::parseManifest(manifest).ok());
        for (int length = 0; length < manifest.size(); ++length)
            QVERIFY(!AxmlParser::parseManifest(manifest.left(length)).ok());
        for (int i = 0; i < 2000; ++i)
            tally(AxmlParser::parseManifest(flipped(manifest, 1 + int(m_random.bounded(6)))));
        for (int i = 0; i < 300; ++i)
            tally(AxmlParser::parseManifest(randomBytes(512)));

        const QByteArray apk = Testing::withSigningBlock(Testing::makeApk(manifest), "cert", 0x7109871a);
        for (int i = 0; i < 150; ++i) {
            QBuffer buffer;
            buffer.setData(flipped(apk, 1 + int(m_random.bounded(4))));
            buffer.open(QIODevice::ReadOnly);
            tally(ApkReader::read(&buffer, u"f.apk"_qs));
        }
        for (int i = 0; i < 200; ++i)
            tally(ApkReader::signerSha256(randomBytes(1024)));
    }

    void cleanupTestCase()
    {
        qInfo("fuzz inputs: %d read, %d refused with a message", m_results, m_errors);
        QVERIFY(m_results > 0 && m_errors > 0);
    }
};

QTEST_GUILESS_MAIN(TestImportFuzz)
#include "tst_importfuzz.moc"
