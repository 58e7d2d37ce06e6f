// Unit tests of the datasec rules: GB 11643 / Luhn / mobile detectors and masking, exposed-file
// signatures and directory listings, database answer classifiers, disclosure severity.
#include "databases.h"
#include "disclosure.h"
#include "exposedfiles.h"
#include "personaldata.h"

#include <QTest>

using namespace Govscope;
using namespace Govscope::Datasec;
using Sdk::PersonalDataMatch;
namespace PD = Sdk::PersonalData;

namespace {

// Synthetic numbers made like tests/world/fixtures.py: province 11, county 1199xx, a real date.
QString makeId(const QString &body17)
{
    static const int w[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += body17.at(i).digitValue() * w[i];
    return body17 + u"10X98765432"_qs.at(sum % 11);
}

QString makeCard(const QString &body)
{
    for (int d = 0; d <= 9; ++d)
        if (PD::passesLuhn(body + QString::number(d)))
            return body + QString::number(d);
    return {};
}

QStringList kinds(const QList<PersonalDataMatch> &matches)
{
    QStringList out;
    for (const PersonalDataMatch &m : matches)
        out << PD::kindId(m.kind) + u' ' + m.masked;
    return out;
}

} // namespace

class TestDatasecRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void residentIds()
    {
        const QString id = makeId(u"11990119500101101"_qs);
        QVERIFY(PD::isValidResidentId(id));
        QString wrongCheck = id;
        wrongCheck[17] = id.at(17) == u'1' ? u'2' : u'1';
        QVERIFY(!PD::isValidResidentId(wrongCheck));
        QVERIFY(!PD::isValidResidentId(makeId(u"11990119500230101"_qs))); // 30 February
        QVERIFY(!PD::isValidResidentId(makeId(u"99990119500101101"_qs))); // province 99 does not exist
        QVERIFY(!PD::isValidResidentId(makeId(u"11990130000101101"_qs))); // born in the future
        QCOMPARE(PD::maskResidentId(u"11010519491231002x"_qs), u"110105********002X"_qs);
    }

    void findsAndMasks()
    {
        const QString id = makeId(u"11990219531208103"_qs);
        const QString card = makeCard(u"629999100007919"_qs); // 16 digits with the check digit
        QVERIFY(!card.isEmpty());
        const QString text = u"张某某 %1 13800138001 %2 300"_qs.arg(id, card);
        const QStringList found = kinds(PD::find(text));
        QCOMPARE(found.size(), 3);
        QVERIFY(found.contains(u"id "_qs + PD::maskResidentId(id)));
        QVERIFY(found.contains(u"mobile 138****8001"_qs));
        QVERIFY(found.contains(u"card "_qs + card.left(6) + u"******"_qs + card.right(4)));
        for (const QString &f : found) // the plain values never leave the detector
            QVERIFY(!f.contains(id) && !f.contains(card) && !f.contains(u"13800138001"_qs));
    }

    void ignoresMaskedAndGluedNumbers()
    {
        const QString id = makeId(u"11990119500101101"_qs);
        QVERIFY(PD::find(PD::maskResidentId(id) + u" 138****0001 629999******1234"_qs).isEmpty());
        QVERIFY(PD::find(u"订单号 A13800138001 流水 913800138001 电话 0999-12345678"_qs).isEmpty());
        QVERIFY(PD::find(u"6299991000079190"_qs).isEmpty() || PD::passesLuhn(u"6299991000079190"_qs));
        QVERIFY(!PD::passesLuhn(u"6299991000079191"_qs) || !PD::passesLuhn(u"6299991000079190"_qs));
        QCOMPARE(PD::find(u"12345678901"_qs).size(), 0); // 12… is not a mobile prefix
    }

    void exposedFileSignatures()
    {
        QVERIFY(!ExposedFiles::exposure(u"/.git/config"_qs, "[core]\n\trepositoryformatversion = 0\n").isEmpty());
        QVERIFY(!ExposedFiles::exposure(u"/.git/HEAD"_qs, "ref: refs/heads/master\n").isEmpty());
        QVERIFY(!ExposedFiles::exposure(u"/.env"_qs, "APP_ENV=production\nDB_PASSWORD=x\n").isEmpty());
        QVERIFY(!ExposedFiles::exposure(u"/backup.sql"_qs, "-- dump\nCREATE TABLE t (id int);\n").isEmpty());
        QVERIFY(
            !ExposedFiles::exposure(u"/WEB-INF/web.xml"_qs, "<?xml version=\"1.0\"?><web-app></web-app>").isEmpty());
        // a site that answers every path with its home page exposes nothing
        const QByteArray home = "<!DOCTYPE html><html><head><title>示例</title></head><body>[core] CREATE TABLE</body>";
        for (const QString &p : ExposedFiles::probePaths())
            QVERIFY2(ExposedFiles::exposure(p, home).isEmpty(), qPrintable(p));
        QVERIFY(ExposedFiles::exposure(u"/.env"_qs, "just one=line\n").isEmpty());
        QVERIFY(ExposedFiles::exposure(u"/.svn/entries"_qs, "   \n").isEmpty());
    }

    void directoryListings()
    {
        const QByteArray nginx =
            "<html><head><title>Index of /upload/</title></head><body><h1>Index of /upload/</h1>"
            "<a href=\"../\">../</a><a href=\"backup-2026.sql\">backup-2026.sql</a>"
            "<a href=\"notice.txt\">notice.txt</a><a href=\"2026%E5%B7%A5.doc\">x</a></body></html>";
        QVERIFY(ExposedFiles::isDirectoryListing(nginx));
        QCOMPARE(ExposedFiles::riskyEntries(nginx), QStringList{u"backup-2026.sql"_qs});
        QVERIFY(ExposedFiles::isDirectoryListing("<title>Directory listing for /files/</title>"));
        QVERIFY(
            !ExposedFiles::isDirectoryListing("<html><title>上传文件</title><body>Index of our work</body></html>"));
    }

    void databaseAnswers()
    {
        using S = ServiceVerdict;
        QCOMPARE(Databases::classifyRedis("+PONG\r\n"), S::Open);
        QCOMPARE(Databases::classifyRedis("-NOAUTH Authentication required.\r\n"), S::Protected);
        QCOMPARE(Databases::classifyRedis("-DENIED Redis is running in protected mode\r\n"), S::Protected);
        QCOMPARE(Databases::classifyRedis("SSH-2.0-OpenSSH\r\n"), S::Unknown);
        QCOMPARE(Databases::classifyMemcached("STAT pid 1\r\nSTAT version 1.6.21\r\nEND\r\n"), S::Open);
        QCOMPARE(Databases::classifyMemcached("CLIENT_ERROR unauthenticated\r\n"), S::Protected);
        QCOMPARE(Databases::classifyElasticsearch(
                     200, R"({"name":"n","cluster_name":"es","tagline":"You Know, for Search"})"),
                 S::Open);
        QCOMPARE(Databases::classifyElasticsearch(401, "{}"), S::Protected);
        QCOMPARE(Databases::classifyElasticsearch(200, "<html>portal</html>"), S::Unknown);
        QCOMPARE(Databases::classifyCouchDb(200, R"({"couchdb":"Welcome","version":"3.3.2"})"), S::Open);
        QCOMPARE(Databases::classifyCouchDb(401, R"({"error":"unauthorized"})"), S::Protected);
    }

    void disclosureCountsAndSeverity()
    {
        Sdk::CrawlResult crawl;
        Sdk::CrawledDocument page;
        page.url = QUrl(u"https://www.example.gov.cn/gs.html"_qs);
        page.text = makeId(u"11990119500101101"_qs) + u" 13800138000 13800138001"_qs;
        Sdk::CrawledDocument clean;
        clean.url = QUrl(u"https://www.example.gov.cn/"_qs);
        clean.text = u"网站标识码 9900000001 电话 0999-12345678"_qs;
        crawl.documents << page << clean;
        const Disclosure d = Disclosure::of(crawl);
        QCOMPARE(d.documents.size(), 1);
        QCOMPARE(d.ids(), 1);
        QCOMPARE(d.mobiles(), 2);
        QVERIFY(!d.report().contains(u"13800138000"_qs));
        QCOMPARE(Disclosure::severityFor(3), Models::Severity::Medium);
        QCOMPARE(Disclosure::severityFor(36), Models::Severity::High);
        QCOMPARE(Disclosure::severityFor(120), Models::Severity::Critical);
    }
};

QTEST_GUILESS_MAIN(TestDatasecRules)
#include "tst_datasecrules.moc"
