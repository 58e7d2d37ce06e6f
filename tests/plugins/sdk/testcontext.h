#pragma once

// A CheckContext for tests: runs one family for one org without the engine and records what the
// checks reported, so a test can assert on findings, passes, inconclusive results and discoveries.

#include "checkcontext.h"
#include "feeds.h"
#include "listimporter.h"
#include "assets.h"
#include "probeset.h"
#include "scanprofile.h"

#include <QCoroTask>

#include <memory>
#include <optional>

namespace Govscope::Sdk::Testing {

class TestContext final : public CheckContext
{
public:
    explicit TestContext(Models::Organization org, std::optional<QList<Models::Asset>> assets = std::nullopt,
                         ScanProfile profile = {})
        : m_org(std::move(org))
        , m_assets(assets ? *assets : Models::declaredAssets(m_org))
        , m_profile(std::move(profile))
    {
        m_snapshot.orgs << m_org;
        m_snapshot.assets.insert(m_org.id, m_assets);
    }

    const Models::Organization &org() const override { return m_org; }
    const QList<Models::Asset> &assets() const override { return m_assets; }
    const CaseSnapshot &snapshot() const override { return m_snapshot; }
    CaseSnapshot &mutableSnapshot() { return m_snapshot; } ///< to add other orgs of the case
    const ScanProfile &profile() const override { return m_profile; }
    ProbeSet &probes() override
    {
        if (!m_probes)
            m_probes = std::make_unique<ProbeSet>(m_profile);
        return *m_probes;
    }
    const Feeds &feeds() const override { return m_feeds; }

    void finding(Models::NewFinding f) override
    {
        results.append({f.org, f.family, f.check, f.target, Models::Outcome::Finding, f.title});
        findings.append(std::move(f));
    }
    void pass(const QString &check, const QString &target, const QString &note) override
    {
        results.append({m_org.id, check.section(u'.', 0, 0), check, target, Models::Outcome::Pass, note});
    }
    void inconclusive(const QString &check, const QString &target, const QString &reason) override
    {
        results.append({m_org.id, check.section(u'.', 0, 0), check, target, Models::Outcome::Inconclusive, reason});
    }
    void discovered(Models::AssetType type, const QString &value) override { discoveries.append({type, value}); }
    bool cancelled() const override { return cancel; }

    /// Results of @p check (for @p target when given).
    QList<Models::CheckResult> resultsOf(const QString &check, const QString &target = {}) const
    {
        QList<Models::CheckResult> out;
        for (const Models::CheckResult &r : results)
            if (r.check == check && (target.isEmpty() || r.target == target))
                out << r;
        return out;
    }
    bool fired(const QString &check, const QString &target = {}) const
    {
        for (const Models::CheckResult &r : resultsOf(check, target))
            if (r.outcome == Models::Outcome::Finding)
                return true;
        return false;
    }
    bool hasOutcome(const QString &check, Models::Outcome outcome, const QString &target = {}) const
    {
        for (const Models::CheckResult &r : resultsOf(check, target))
            if (r.outcome == outcome)
                return true;
        return false;
    }
    const Models::NewFinding *findingOf(const QString &check, const QString &target = {}) const
    {
        for (const Models::NewFinding &f : findings)
            if (f.check == check && (target.isEmpty() || f.target == target))
                return &f;
        return nullptr;
    }
    /// Every check id that produced a finding, sorted and unique.
    QStringList firedChecks() const
    {
        QStringList out;
        for (const Models::NewFinding &f : findings)
            if (!out.contains(f.check))
                out << f.check;
        out.sort();
        return out;
    }

    QList<Models::NewFinding> findings;
    QList<Models::CheckResult> results;
    QList<std::pair<Models::AssetType, QString>> discoveries;
    bool cancel = false;
    Feeds m_feeds;

private:
    Models::Organization m_org;
    QList<Models::Asset> m_assets;
    CaseSnapshot m_snapshot;
    ScanProfile m_profile;
    std::unique_ptr<ProbeSet> m_probes;
};

/// The demo province's organisations (resources/demo/orgs.csv), by id.
inline QHash<QString, Models::Organization> demoOrgs()
{
    QHash<QString, Models::Organization> out;
    const auto parsed = Models::ListImporter::parse(QStringLiteral(GOVSCOPE_SOURCE_DIR "/resources/demo/orgs.csv"),
                                                    Models::ListKind::Orgs);
    if (parsed)
        for (const Models::Organization &o : parsed->orgs)
            out.insert(o.id, o);
    return out;
}

/// A small org for rule tests.
inline Models::Organization makeOrg(const QString &id, Models::OrgKind kind, Models::OrgLevel level,
                                    Models::OrgRole role, const QStringList &websites,
                                    const QStringList &mailDomains = {})
{
    Models::Organization o;
    o.id = id;
    o.name = u"测试单位"_qs + id;
    o.kind = kind;
    o.level = level;
    o.role = role;
    o.websites = websites;
    o.mailDomains = mailDomains;
    return o;
}

} // namespace Govscope::Sdk::Testing
