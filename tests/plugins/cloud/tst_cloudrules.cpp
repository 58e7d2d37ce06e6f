// Unit tests of the cloud rules: RIR delegated statistics (plain and extended, v4 counts, v6
// prefixes, header and summary lines), cloud ranges, assessments with valid_until, geography.
#include "cloudfeeds.h"
#include "feeds.h"
#include "rirdelegated.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Govscope;
using namespace Govscope::Cloud;

namespace {

const QByteArray kApnic = "2|apnic|20240101|5|19830613|20231231|+1000\n"
                          "# a comment\n"
                          "apnic|*|asn|*|1|summary\n"
                          "apnic|*|ipv4|*|2|summary\n"
                          "apnic|*|ipv6|*|1|summary\n"
                          "apnic|CN|asn|4134|1|20020101|allocated\n"
                          "apnic|CN|ipv4|1.0.1.0|256|20110414|allocated\n"
                          "apnic|HK|ipv4|1.0.2.0|512|20110414|allocated\n"
                          "apnic||ipv4|1.0.8.0|256||available\n"
                          "apnic|CN|ipv6|2400:3200::|32|20110101|allocated\n";
const QByteArray kArinExtended = "2|arin|20240101|1|19700101|20240101|-0500\n"
                                 "arin|US|ipv4|3.0.0.0|4194304|20170101|assigned|6c065d5b54b877781f05e7d30ebfff28\n";

QString ccOf(const Sdk::RirDelegated &rir, const QString &address)
{
    const Sdk::RirBlock *b = rir.find(QHostAddress(address));
    return b ? b->cc : u"(none)"_qs;
}

} // namespace

class TestCloudRules : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rirBlocks()
    {
        Sdk::RirDelegated rir;
        QVERIFY(rir.add(kApnic, u"rir/delegated-apnic-latest"_qs).ok());
        QVERIFY(rir.add(kArinExtended, u"rir/delegated-arin-extended-latest"_qs).ok());
        QCOMPARE(rir.size(), 4); // asn, summary, header and "available" lines skipped

        const Sdk::RirBlock *cn = rir.find(QHostAddress(u"1.0.1.255"_qs));
        QVERIFY(cn);
        QCOMPARE(cn->cc, u"CN"_qs);
        QVERIFY2(cn->source.startsWith(u"rir/delegated-apnic-latest:7: apnic|CN|ipv4|1.0.1.0|256"_qs),
                 qPrintable(cn->source));
        QCOMPARE(ccOf(rir, u"1.0.3.255"_qs), u"HK"_qs); // 512 addresses: 1.0.2.0–1.0.3.255
        QVERIFY(!rir.find(QHostAddress(u"1.0.4.0"_qs)));
        QVERIFY(!rir.find(QHostAddress(u"1.0.0.255"_qs)));
        QVERIFY(!rir.find(QHostAddress(u"1.0.8.1"_qs)));   // available: delegated to nobody
        QCOMPARE(ccOf(rir, u"3.63.255.255"_qs), u"US"_qs); // 4194304 addresses: 3.0.0.0/10
        QCOMPARE(ccOf(rir, u"3.64.0.0"_qs), u"(none)"_qs);
        QCOMPARE(ccOf(rir, u"2400:3200:ffff::1"_qs), u"CN"_qs);
        QVERIFY(!rir.find(QHostAddress(u"2400:3201::1"_qs)));
        QCOMPARE(ccOf(rir, u"::ffff:1.0.1.1"_qs), u"CN"_qs);
    }

    void rirErrorsNameFileAndLine()
    {
        Sdk::RirDelegated rir;
        const Status bad = rir.add("apnic|CN|ipv4|1.0.1.0|256\n", u"rir/x"_qs);
        QVERIFY(!bad.ok());
        QVERIFY2(bad.errorMessage().contains(u"rir/x line 1"_qs), qPrintable(bad.errorMessage()));
        QVERIFY(!rir.add("apnic|CN|ipv4|1.0.1.x|256|2011|allocated\n", u"rir/y"_qs).ok());
        QVERIFY(!rir.add("apnic|CN|ipv6|2400::|129|2011|allocated\n", u"rir/z"_qs).ok());
    }

    void rangesAndAssessments()
    {
        const auto ranges = CloudFeeds::parseRanges("\xef\xbb\xbf"
                                                    "cidr,provider,platform,region\n"
                                                    "10.1.0.0/16,甲云公司,甲云,cn-north-1\n"
                                                    "10.1.2.0/24,甲云公司,甲云,ap-southeast-1\n",
                                                    u"cloud/ranges.csv"_qs);
        QVERIFY2(ranges.ok(), qPrintable(ranges.errorMessage()));
        CloudFeeds feeds;
        feeds.ranges = *ranges;
        QCOMPARE(feeds.rangeOf(QHostAddress(u"10.1.3.1"_qs))->region, u"cn-north-1"_qs);
        QCOMPARE(feeds.rangeOf(QHostAddress(u"10.1.2.1"_qs))->region, u"ap-southeast-1"_qs); // most specific
        QVERIFY(!feeds.rangeOf(QHostAddress(u"10.2.0.1"_qs)));

        const auto assessed = CloudFeeds::parseAssessed("platform,provider,assessment_ref,valid_until\n"
                                                        "甲云,甲云公司,云评估〔2020〕001号,2023-06-30\n"
                                                        "乙云,乙云公司,云评估〔2024〕002号,2027-06-30\n",
                                                        u"cloud/assessed.csv"_qs);
        QVERIFY2(assessed.ok(), qPrintable(assessed.errorMessage()));
        feeds.assessed = *assessed;
        QVERIFY(!feeds.assessment(u"甲云"_qs, QDate(2024, 1, 1))); // expired
        QVERIFY(feeds.assessment(u"甲云"_qs, QDate(2023, 6, 30)));
        QCOMPARE(feeds.anyAssessment(u"甲云"_qs)->validUntil, QDate(2023, 6, 30));
        QVERIFY(feeds.assessment(u"乙云"_qs, QDate(2024, 1, 1)));
        QVERIFY(!feeds.assessment(u"丙云"_qs, QDate(2024, 1, 1)));
    }

    void feedErrors()
    {
        auto r =
            CloudFeeds::parseRanges("cidr,provider,platform,region\n10.1.0.0/33,a,b,cn-x\n", u"cloud/ranges.csv"_qs);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().contains(u"cloud/ranges.csv line 2"_qs), qPrintable(r.errorMessage()));
        r = CloudFeeds::parseRanges("cidr,provider,platform\n", u"cloud/ranges.csv"_qs);
        QVERIFY2(r.errorMessage().contains(u"region"_qs), qPrintable(r.errorMessage()));
        const auto a = CloudFeeds::parseAssessed("platform,provider,assessment_ref,valid_until\n甲云,a,b,2023/06/30\n",
                                                 u"cloud/assessed.csv"_qs);
        QVERIFY2(a.errorMessage().contains(u"line 2"_qs), qPrintable(a.errorMessage()));
    }

    void loadFromFeeds()
    {
        QTemporaryDir dir;
        QDir(dir.path()).mkpath(u"rir"_qs);
        QDir(dir.path()).mkpath(u"cloud"_qs);
        auto write = [&](const QString &rel, const QByteArray &bytes) {
            QFile f(dir.filePath(rel));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        };
        write(u"rir/delegated-apnic-latest"_qs, kApnic);
        write(u"rir/delegated-arin-extended-latest"_qs, kArinExtended);
        const auto feeds = Sdk::Feeds::load({dir.path()});
        QVERIFY(feeds.ok());
        auto loaded = CloudFeeds::load(*feeds);
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        QCOMPARE(loaded->rirFiles.size(), 2);
        QVERIFY(!loaded->hasRanges); // no cloud/ranges.csv: the check using it becomes inconclusive

        write(u"cloud/ranges.csv"_qs, "cidr,provider,platform\n");
        const auto broken = CloudFeeds::load(*Sdk::Feeds::load({dir.path()}));
        QVERIFY(!broken.ok());
        QVERIFY2(broken.errorMessage().contains(u"cloud/ranges.csv"_qs), qPrintable(broken.errorMessage()));
    }

    void geography()
    {
        QVERIFY(Geography::isMainlandCc(u"CN"_qs));
        QVERIFY(!Geography::isMainlandCc(u"HK"_qs));
        QVERIFY(!Geography::isMainlandCc(u"US"_qs));
        QVERIFY(Geography::isMainlandRegion(u"cn-shili-1"_qs));
        QVERIFY(!Geography::isMainlandRegion(u"cn-hongkong"_qs));
        QVERIFY(!Geography::isMainlandRegion(u"ap-southeast-1"_qs));
    }
};

QTEST_GUILESS_MAIN(TestCloudRules)
#include "tst_cloudrules.moc"
