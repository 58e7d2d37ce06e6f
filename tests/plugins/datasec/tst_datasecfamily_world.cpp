// The datasec family on every org of the demo province, inside the test world: each check fires on
// the org planted for it (tests/world/README.md) and nowhere else, clean twins included.
#include "datasecfamily.h"
#include "familyworld.h"

#include <QTcpServer>
#include <QTest>

using namespace Govscope;
using Testing::TestContext;
using Testing::worldProfile;

namespace {

constexpr auto runFamily = Testing::runNewFamily<Datasec::DatasecFamily>;

} // namespace

class TestDatasecFamilyWorld : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firesExactlyWherePlanted()
    {
        Testing::expectFiresExactlyWherePlanted(u"datasec"_qs, worldProfile(), runFamily, 2);
    }

    void targetsAndEvidence()
    {
        const auto orgs = Testing::demoOrgs();
        TestContext redis(orgs.value(u"SL19"_qs), std::nullopt, worldProfile());
        runFamily(redis);
        const Models::NewFinding *db = redis.findingOf(u"datasec.open_database"_qs, u"www.yangben.gov.cn:6379"_qs);
        QVERIFY(db);
        QVERIFY2(QString::fromUtf8(db->evidence.first().content).contains(u"PONG"_qs), qPrintable(db->title));
        QVERIFY(redis.findingOf(u"datasec.tls_invalid"_qs, u"www.yangben.gov.cn"_qs)->title.contains(u"expired"_qs));

        // redis with requirepass is a port (vuln family), not an open database
        TestContext hospital(orgs.value(u"SL15"_qs), std::nullopt, worldProfile());
        runFamily(hospital);
        QVERIFY(hospital.hasOutcome(u"datasec.open_database"_qs, Models::Outcome::Pass, u"www.slyy1.com"_qs));

        TestContext files(orgs.value(u"SL11"_qs), std::nullopt, worldProfile());
        runFamily(files);
        const Models::NewFinding *exposed = files.findingOf(u"datasec.exposed_files"_qs, u"scjgj.sl.gov.cn"_qs);
        QVERIFY(exposed);
        for (const QString &what : {u"/.git/config"_qs, u"/.env"_qs, u"/upload/"_qs, u"backup-2026.sql"_qs})
            QVERIFY2(exposed->title.contains(what), qPrintable(exposed->title));
        // The served .env's password is masked in the evidence, with a hash to match it by (issue 12.4).
        bool sawEnv = false;
        for (const Models::NewEvidence &e : exposed->evidence) {
            QVERIFY2(!e.content.contains("World-Fake-Secret-2099"), qPrintable(e.summary));
            if (e.summary.contains(u"/.env"_qs)) {
                sawEnv = true;
                QVERIFY2(e.content.contains("DB_PASSWORD=[secret masked sha256:"), e.content.constData());
                QVERIFY2(e.summary.contains(u"masked"_qs), qPrintable(e.summary));
            }
        }
        QVERIFY(sawEnv);

        TestContext pii(orgs.value(u"SL22"_qs), std::nullopt, worldProfile());
        runFamily(pii);
        const Models::NewFinding *f = pii.findingOf(u"datasec.sensitive_disclosure"_qs, u"www.ceshi.gov.cn"_qs);
        QVERIFY(f);
        // 12 people, each on the page and in the CSV attachment
        QVERIFY2(f->title.contains(u"24 ID, 24 mobile and 24 bank card numbers in 2 documents"_qs),
                 qPrintable(f->title));
        const QString report = QString::fromUtf8(f->evidence.first().content);
        QVERIFY2(report.contains(u"/zwgk/gsgg/dbmd.html"_qs) && report.contains(u"/upload/2026/dbmd.csv"_qs),
                 qPrintable(report));
        QVERIFY(report.contains(u"********"_qs));
        QVERIFY(!QRegularExpression(u"[0-9]{15}"_qs).match(report).hasMatch()); // nothing unmasked in evidence
        QCOMPARE(f->severity, Models::Severity::High);

        // the masked 公示 page of the clean twin passes
        TestContext masked(orgs.value(u"SL02"_qs), std::nullopt, worldProfile());
        runFamily(masked);
        QVERIFY(masked.hasOutcome(u"datasec.sensitive_disclosure"_qs, Models::Outcome::Pass, u"jyt.sl.gov.cn"_qs));

        TestContext old(orgs.value(u"SL04"_qs), std::nullopt, worldProfile());
        runFamily(old);
        QVERIFY(old.findingOf(u"datasec.tls_invalid"_qs, u"slt.sl.gov.cn"_qs)->title.contains(u"TLSv1.0"_qs));
    }

    void unreachableIsInconclusive()
    {
        TestContext nx(Testing::demoOrgs().value(u"SL09"_qs), std::nullopt, worldProfile());
        runFamily(nx);
        QVERIFY(nx.hasOutcome(u"datasec.no_https"_qs, Models::Outcome::Inconclusive, u"www.tyjrswt.sl.gov.cn"_qs));

        QTcpServer silent; // accepts and never answers
        QVERIFY(silent.listen(QHostAddress(u"127.0.9.92"_qs), 443));
        auto org = Testing::demoOrgs().value(u"SL02"_qs);
        org.websites = {u"127.0.9.92"_qs};
        TestContext slow(org, std::nullopt, worldProfile(700));
        runFamily(slow);
        QVERIFY(slow.findings.isEmpty());
        QVERIFY(slow.hasOutcome(u"datasec.no_https"_qs, Models::Outcome::Inconclusive, u"127.0.9.92"_qs));
    }
};

QTEST_GUILESS_MAIN(TestDatasecFamilyWorld)
#include "tst_datasecfamily_world.moc"
