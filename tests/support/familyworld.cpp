#include "familyworld.h"

#include "checkfamily.h"
#include "demofindings.h"

#include <QTest>

namespace Govscope::Testing {

namespace {

Sdk::Feeds loadFeeds(const QStringList &dirs)
{
    auto feeds = Sdk::Feeds::load(dirs);
    return feeds ? *feeds : Sdk::Feeds{};
}

} // namespace

Sdk::Feeds worldFeeds()
{
    return loadFeeds({QStringLiteral(GOVSCOPE_SOURCE_DIR "/tests/world/feeds")});
}

Sdk::Feeds shippedAndWorldFeeds()
{
    return loadFeeds({QStringLiteral(GOVSCOPE_SOURCE_DIR "/resources/feeds"),
                      QStringLiteral(GOVSCOPE_SOURCE_DIR "/tests/world/feeds")});
}

Sdk::ScanProfile worldProfile(int timeoutMs)
{
    Sdk::ScanProfile p;
    p.timeoutMs = timeoutMs;
    return p;
}

void runFamily(Sdk::CheckFamily &family, TestContext &ctx)
{
    QCoro::waitFor(family.run(ctx));
}

void expectFiresExactlyWherePlanted(const QString &family, const Sdk::ScanProfile &profile,
                                    const std::function<void(TestContext &)> &run, int minEvidence,
                                    const std::function<void(const Models::Organization &, TestContext &)> &each)
{
    const QHash<QString, Models::Organization> orgs = demoOrgs();
    QVERIFY(orgs.size() >= 20);
    const QHash<QString, QStringList> expected = demoPlantedChecks(family);
    QVERIFY2(!expected.isEmpty(), qPrintable(family)); // every family is planted somewhere
    for (const Models::Organization &org : orgs) {
        TestContext ctx(org, std::nullopt, profile);
        run(ctx);
        QCOMPARE(ctx.firedChecks(), expected.value(org.id));
        for (const Models::NewFinding &f : ctx.findings) {
            QCOMPARE(f.family, family);
            if (minEvidence > 0)
                QVERIFY2(f.evidence.size() >= minEvidence, qPrintable(f.check));
        }
        if (each) {
            each(org, ctx);
            if (QTest::currentTestFailed())
                return;
        }
    }
}

} // namespace Govscope::Testing
