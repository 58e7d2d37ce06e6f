#pragma once

// A CheckContext for tests: runs one family for one org without the engine and records what the checks
// reported, so a test can assert on findings, passes, inconclusive results and discoveries. The org stands
// alone (its snapshot holds only itself) or in a whole case (demoSnapshot(): what belongs to *no* org
// matters to the counterfeit checks).

#include "checkcontext.h"
#include "feeds.h"
#include "probeset.h"
#include "scanprofile.h"

#include <QCoroTask>
#include <QHash>

#include <memory>
#include <optional>

namespace Govscope::Testing {

class TestContext final : public Sdk::CheckContext
{
public:
    explicit TestContext(Models::Organization org, std::optional<QList<Models::Asset>> assets = std::nullopt,
                         Sdk::ScanProfile profile = {});
    /// The org @p orgId of @p snapshot, with the assets the snapshot gives it.
    TestContext(const Sdk::CaseSnapshot &snapshot, const QString &orgId, Sdk::ScanProfile profile = {});
    ~TestContext() override;

    const Models::Organization &org() const override { return m_org; }
    const QList<Models::Asset> &assets() const override { return m_assets; }
    const Sdk::CaseSnapshot &snapshot() const override { return m_snapshot; }
    Sdk::CaseSnapshot &mutableSnapshot() { return m_snapshot; } ///< to add other orgs of the case
    const Sdk::ScanProfile &profile() const override { return m_profile; }
    Sdk::ProbeSet &probes() override;
    const Sdk::Feeds &feeds() const override { return m_feeds; }

    void finding(Models::NewFinding f) override;
    void pass(const QString &check, const QString &target, const QString &note) override;
    void inconclusive(const QString &check, const QString &target, const QString &reason) override;
    void discovered(Models::AssetType type, const QString &value) override { discoveries.append({type, value}); }
    bool cancelled() const override { return cancel; }

    /// Results of @p check (for @p target when given).
    QList<Models::CheckResult> resultsOf(const QString &check, const QString &target = {}) const;
    bool fired(const QString &check, const QString &target = {}) const;
    bool hasOutcome(const QString &check, Models::Outcome outcome, const QString &target = {}) const;
    const Models::NewFinding *findingOf(const QString &check, const QString &target = {}) const;
    /// Every check id that produced a finding, sorted and unique.
    QStringList firedChecks() const;
    /// "check → target" of every finding, sorted.
    QStringList firedPairs() const;
    /// The targets of @p check's findings, sorted.
    QStringList targetsOf(const QString &check) const;

    QList<Models::NewFinding> findings;
    QList<Models::CheckResult> results;
    QList<std::pair<Models::AssetType, QString>> discoveries;
    bool cancel = false;
    Sdk::Feeds m_feeds;

private:
    Models::Organization m_org;
    QList<Models::Asset> m_assets;
    Sdk::CaseSnapshot m_snapshot;
    Sdk::ScanProfile m_profile;
    std::unique_ptr<Sdk::ProbeSet> m_probes;
};

/// The demo province's organisations (resources/demo/orgs.csv), by id.
QHash<QString, Models::Organization> demoOrgs();

/// The whole demo case as the engine gives it to a family: every org with its declared assets, and the
/// imported apps, accounts and leads.
Sdk::CaseSnapshot demoSnapshot();

/// A small org for rule tests.
Models::Organization makeOrg(const QString &id, Models::OrgKind kind, Models::OrgLevel level, Models::OrgRole role,
                             const QStringList &websites, const QStringList &mailDomains = {});

} // namespace Govscope::Testing
