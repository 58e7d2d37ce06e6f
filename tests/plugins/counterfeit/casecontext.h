#pragma once

// A CheckContext over the whole demo case (every org's assets, the imported apps, accounts and
// leads), as the engine gives it: the counterfeit checks must know what belongs to *no* org.

#include "checkcontext.h"
#include "feeds.h"
#include "listimporter.h"
#include "assets.h"
#include "probeset.h"
#include "scanprofile.h"

#include <memory>

namespace Govscope::Counterfeit::Testing {

inline Sdk::CaseSnapshot demoSnapshot()
{
    Sdk::CaseSnapshot s;
    const QString dir = QStringLiteral(GOVSCOPE_SOURCE_DIR "/resources/demo/");
    if (auto orgs = Models::ListImporter::parse(dir + u"orgs.csv"_qs, Models::ListKind::Orgs))
        s.orgs = orgs->orgs;
    for (const Models::Organization &o : std::as_const(s.orgs))
        s.assets.insert(o.id, Models::declaredAssets(o));
    if (auto apps = Models::ListImporter::parse(dir + u"apps.csv"_qs, Models::ListKind::Apps))
        s.apps = apps->apps;
    if (auto accounts = Models::ListImporter::parse(dir + u"accounts.csv"_qs, Models::ListKind::Accounts))
        s.accounts = accounts->accounts;
    if (auto leads = Models::ListImporter::parse(dir + u"leads.csv"_qs, Models::ListKind::Leads))
        s.leads = leads->leads;
    return s;
}

class CaseContext final : public Sdk::CheckContext
{
public:
    CaseContext(const Sdk::CaseSnapshot &snapshot, const QString &orgId, Sdk::ScanProfile profile = {})
        : m_snapshot(snapshot)
        , m_org(*snapshot.org(orgId))
        , m_assets(snapshot.assets.value(orgId))
        , m_profile(std::move(profile))
    {}

    const Models::Organization &org() const override { return m_org; }
    const QList<Models::Asset> &assets() const override { return m_assets; }
    const Sdk::CaseSnapshot &snapshot() const override { return m_snapshot; }
    const Sdk::ScanProfile &profile() const override { return m_profile; }
    Sdk::ProbeSet &probes() override
    {
        if (!m_probes)
            m_probes = std::make_unique<Sdk::ProbeSet>(m_profile);
        return *m_probes;
    }
    const Sdk::Feeds &feeds() const override { return m_feeds; }
    void finding(Models::NewFinding f) override
    {
        results.append({f.org, f.family, f.check, f.target, Models::Outcome::Finding, f.title});
        findings.append(std::move(f));
    }
    void pass(const QString &check, const QString &target, const QString &note) override
    {
        results.append({m_org.id, u"counterfeit"_qs, check, target, Models::Outcome::Pass, note});
    }
    void inconclusive(const QString &check, const QString &target, const QString &reason) override
    {
        results.append({m_org.id, u"counterfeit"_qs, check, target, Models::Outcome::Inconclusive, reason});
    }
    void discovered(Models::AssetType, const QString &) override {}
    bool cancelled() const override { return false; }

    /// "check → target" of every finding, sorted.
    QStringList firedPairs() const
    {
        QStringList out;
        for (const Models::NewFinding &f : findings)
            out << f.check + u" → "_qs + f.target;
        out.sort();
        return out;
    }
    bool has(const QString &check, Models::Outcome outcome, const QString &target = {}) const
    {
        return std::any_of(results.cbegin(), results.cend(), [&](const Models::CheckResult &r) {
            return r.check == check && r.outcome == outcome && (target.isEmpty() || r.target == target);
        });
    }

    QList<Models::NewFinding> findings;
    QList<Models::CheckResult> results;

private:
    const Sdk::CaseSnapshot &m_snapshot;
    Models::Organization m_org;
    QList<Models::Asset> m_assets;
    Sdk::ScanProfile m_profile;
    Sdk::Feeds m_feeds;
    std::unique_ptr<Sdk::ProbeSet> m_probes;
};

} // namespace Govscope::Counterfeit::Testing
