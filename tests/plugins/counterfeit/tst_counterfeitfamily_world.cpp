// The counterfeit family on every org of the demo province, inside the test world: each check fires
// on the target planted for it (tests/world/README.md: all four for SL01) and nowhere else.
#include "counterfeitfamily.h"
#include "demofindings.h"
#include "familyworld.h"
#include "probeset.h"
#include "sitefacts.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Govscope;
using Testing::TestContext;
using Testing::worldProfile;

namespace {

constexpr auto runFamily = Testing::runNewFamily<Counterfeit::CounterfeitFamily>;

} // namespace

class TestCounterfeitFamilyWorld : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void firesExactlyWherePlanted()
    {
        const Sdk::CaseSnapshot snapshot = Testing::demoSnapshot();
        QVERIFY(snapshot.orgs.size() >= 30);
        QCOMPARE(snapshot.apps.size(), 3);
        QCOMPARE(snapshot.accounts.size(), 3);
        QCOMPARE(snapshot.leads.size(), 1);
        QHash<QString, QStringList> planted; // org → "check → target", as firedPairs() lists them
        for (const Testing::PlantedFinding &f : Testing::demoFindings())
            if (f.family() == u"counterfeit"_qs)
                planted[f.org] << f.check + u" → "_qs + f.target;
        for (QStringList &pairs : planted)
            pairs.sort();
        QElapsedTimer timer;
        timer.start();
        for (const Models::Organization &org : snapshot.orgs) {
            TestContext ctx(snapshot, org.id, worldProfile());
            runFamily(ctx);
            QCOMPARE(ctx.firedPairs(), planted.value(org.id));
            for (const Models::NewFinding &f : ctx.findings) {
                QCOMPARE(f.family, u"counterfeit"_qs);
                QCOMPARE(f.org, u"SL01"_qs);
                QVERIFY2(f.evidence.size() >= 2, qPrintable(f.check));
            }
            // every clean org ends with a verdict on each check, never silence
            for (const QString &check : {u"counterfeit.app"_qs, u"counterfeit.account"_qs,
                                         u"counterfeit.lookalike_site"_qs, u"counterfeit.impostor_markers"_qs})
                QVERIFY2(!ctx.results.isEmpty() &&
                             std::any_of(ctx.results.cbegin(), ctx.results.cend(),
                                         [&](const Models::CheckResult &r) { return r.check == check; }),
                         qPrintable(org.id + u' ' + check));
        }
        qInfo("30 orgs in %lld ms", qint64(timer.elapsed()));
    }

    void lookalikeEvidenceNamesScoresAndBothUrls()
    {
        const Sdk::CaseSnapshot snapshot = Testing::demoSnapshot();
        TestContext ctx(snapshot, u"SL01"_qs, worldProfile());
        runFamily(ctx);
        for (const Models::NewFinding &f : ctx.findings) {
            if (f.check != u"counterfeit.lookalike_site"_qs && f.check != u"counterfeit.impostor_markers"_qs)
                continue;
            const auto similarity =
                std::find_if(f.evidence.cbegin(), f.evidence.cend(),
                             [](const Models::NewEvidence &e) { return e.kind == u"similarity"_qs; });
            QVERIFY(similarity != f.evidence.cend());
            QVERIFY2(similarity->summary.contains(u"https://www.sl.gov.cn/"_qs), qPrintable(similarity->summary));
            QVERIFY2(similarity->summary.contains(u"https://" + f.target + u'/'), qPrintable(similarity->summary));
            QVERIFY2(similarity->summary.contains(u"favicon equal"_qs), qPrintable(similarity->summary));
            qInfo("%s %s: %s", qPrintable(f.check), qPrintable(f.target), qPrintable(similarity->summary));
        }
        const Models::NewFinding *impostor = nullptr;
        for (const Models::NewFinding &f : ctx.findings)
            if (f.check == u"counterfeit.impostor_markers"_qs)
                impostor = &f;
        QVERIFY(impostor);
        QVERIFY2(impostor->title.contains(u"badge"_qs), qPrintable(impostor->title));
        // the lead was examined as such, and the sibling sites of the province are no candidates
        QVERIFY(ctx.hasOutcome(u"counterfeit.app"_qs, Models::Outcome::Finding, u"com.slzwfw.app"_qs));
    }

    void siblingOnTheSameTemplateStaysBelowThreshold()
    {
        // jyt.sl.gov.cn is built from the same portal template as www.sl.gov.cn (own title,
        // headlines, favicon): the threshold must keep such siblings apart from copies
        Sdk::ProbeSet probes(worldProfile());
        const auto own = QCoro::waitFor(Counterfeit::SiteFacts::fetch(probes.http(), u"www.sl.gov.cn"_qs));
        const auto sibling = QCoro::waitFor(Counterfeit::SiteFacts::fetch(probes.http(), u"jyt.sl.gov.cn"_qs));
        const auto copy = QCoro::waitFor(Counterfeit::SiteFacts::fetch(probes.http(), u"www.sl-gov-cn.com"_qs));
        QVERIFY(own.page.ok() && sibling.page.ok() && copy.page.ok());
        const auto siblingScores = Counterfeit::PageSimilarity::compare(own.facts, sibling.facts, u"示例省人民政府"_qs);
        const auto copyScores = Counterfeit::PageSimilarity::compare(own.facts, copy.facts, u"示例省人民政府"_qs);
        qInfo("sibling: %s", qPrintable(siblingScores.summary()));
        qInfo("copy:    %s", qPrintable(copyScores.summary()));
        QVERIFY(!siblingScores.similar());
        QVERIFY(!siblingScores.faviconEqual);
        QVERIFY(copyScores.similar());
        QVERIFY(copyScores.combined - siblingScores.combined > 0.2);
    }

    void leadThatNeverAnswersIsInconclusive()
    {
        Sdk::CaseSnapshot snapshot = Testing::demoSnapshot();
        snapshot.leads = {Models::Lead{u"http://slow.world-example.com/"_qs, u"SL10"_qs, u"tip"_qs, {}},
                          Models::Lead{u"https://no-such-copy.example-nx.com/"_qs, u"SL10"_qs, u"tip"_qs, {}}};
        TestContext ctx(snapshot, u"SL10"_qs, worldProfile(700));
        runFamily(ctx);
        QVERIFY(ctx.findings.isEmpty());
        QVERIFY(ctx.hasOutcome(u"counterfeit.lookalike_site"_qs, Models::Outcome::Inconclusive,
                               u"slow.world-example.com"_qs));
        QVERIFY(
            ctx.hasOutcome(u"counterfeit.lookalike_site"_qs, Models::Outcome::Pass, u"no-such-copy.example-nx.com"_qs));
    }

    void cleanTwinPassesWithCandidateCounts()
    {
        const Sdk::CaseSnapshot snapshot = Testing::demoSnapshot();
        TestContext ctx(snapshot, u"SL10"_qs, worldProfile());
        runFamily(ctx);
        QVERIFY(ctx.findings.isEmpty());
        QVERIFY(ctx.hasOutcome(u"counterfeit.lookalike_site"_qs, Models::Outcome::Pass, u"SL10"_qs));
        QVERIFY(ctx.hasOutcome(u"counterfeit.app"_qs, Models::Outcome::Pass, u"SL10"_qs));
    }
};

QTEST_GUILESS_MAIN(TestCounterfeitFamilyWorld)
#include "tst_counterfeitfamily_world.moc"
