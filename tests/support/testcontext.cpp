#include "testcontext.h"

#include "assets.h"
#include "listimporter.h"

namespace Govscope::Testing {

namespace {

const QString kDemoDir = QStringLiteral(GOVSCOPE_SOURCE_DIR "/resources/demo/");

} // namespace

TestContext::TestContext(Models::Organization org, std::optional<QList<Models::Asset>> assets, Sdk::ScanProfile profile)
    : m_org(std::move(org))
    , m_assets(assets ? *assets : Models::declaredAssets(m_org))
    , m_profile(std::move(profile))
{
    m_snapshot.orgs << m_org;
    m_snapshot.assets.insert(m_org.id, m_assets);
}

TestContext::TestContext(const Sdk::CaseSnapshot &snapshot, const QString &orgId, Sdk::ScanProfile profile)
    : m_org(*snapshot.org(orgId))
    , m_assets(snapshot.assets.value(orgId))
    , m_snapshot(snapshot)
    , m_profile(std::move(profile))
{}

TestContext::~TestContext() = default;

Sdk::ProbeSet &TestContext::probes()
{
    if (!m_probes)
        m_probes = std::make_unique<Sdk::ProbeSet>(m_profile);
    return *m_probes;
}

void TestContext::finding(Models::NewFinding f)
{
    results.append({f.org, f.family, f.check, f.target, Models::Outcome::Finding, f.title});
    findings.append(std::move(f));
}

void TestContext::pass(const QString &check, const QString &target, const QString &note)
{
    results.append({m_org.id, check.section(u'.', 0, 0), check, target, Models::Outcome::Pass, note});
}

void TestContext::inconclusive(const QString &check, const QString &target, const QString &reason)
{
    results.append({m_org.id, check.section(u'.', 0, 0), check, target, Models::Outcome::Inconclusive, reason});
}

QList<Models::CheckResult> TestContext::resultsOf(const QString &check, const QString &target) const
{
    QList<Models::CheckResult> out;
    for (const Models::CheckResult &r : results)
        if (r.check == check && (target.isEmpty() || r.target == target))
            out << r;
    return out;
}

bool TestContext::fired(const QString &check, const QString &target) const
{
    return hasOutcome(check, Models::Outcome::Finding, target);
}

bool TestContext::hasOutcome(const QString &check, Models::Outcome outcome, const QString &target) const
{
    const QList<Models::CheckResult> of = resultsOf(check, target);
    return std::any_of(of.cbegin(), of.cend(),
                       [outcome](const Models::CheckResult &r) { return r.outcome == outcome; });
}

const Models::NewFinding *TestContext::findingOf(const QString &check, const QString &target) const
{
    for (const Models::NewFinding &f : findings)
        if (f.check == check && (target.isEmpty() || f.target == target))
            return &f;
    return nullptr;
}

QStringList TestContext::firedChecks() const
{
    QStringList out;
    for (const Models::NewFinding &f : findings)
        if (!out.contains(f.check))
            out << f.check;
    out.sort();
    return out;
}

QStringList TestContext::firedPairs() const
{
    QStringList out;
    for (const Models::NewFinding &f : findings)
        out << f.check + u" → "_qs + f.target;
    out.sort();
    return out;
}

QStringList TestContext::targetsOf(const QString &check) const
{
    QStringList out;
    for (const Models::NewFinding &f : findings)
        if (f.check == check)
            out << f.target;
    out.sort();
    return out;
}

QHash<QString, Models::Organization> demoOrgs()
{
    QHash<QString, Models::Organization> out;
    const auto parsed = Models::ListImporter::parse(kDemoDir + u"orgs.csv"_qs, Models::ListKind::Orgs);
    if (parsed)
        for (const Models::Organization &o : parsed->orgs)
            out.insert(o.id, o);
    return out;
}

Sdk::CaseSnapshot demoSnapshot()
{
    Sdk::CaseSnapshot s;
    if (auto orgs = Models::ListImporter::parse(kDemoDir + u"orgs.csv"_qs, Models::ListKind::Orgs))
        s.orgs = orgs->orgs;
    for (const Models::Organization &o : std::as_const(s.orgs))
        s.assets.insert(o.id, Models::declaredAssets(o));
    if (auto apps = Models::ListImporter::parse(kDemoDir + u"apps.csv"_qs, Models::ListKind::Apps))
        s.apps = apps->apps;
    if (auto accounts = Models::ListImporter::parse(kDemoDir + u"accounts.csv"_qs, Models::ListKind::Accounts))
        s.accounts = accounts->accounts;
    if (auto leads = Models::ListImporter::parse(kDemoDir + u"leads.csv"_qs, Models::ListKind::Leads))
        s.leads = leads->leads;
    return s;
}

Models::Organization makeOrg(const QString &id, Models::OrgKind kind, Models::OrgLevel level, Models::OrgRole role,
                             const QStringList &websites, const QStringList &mailDomains)
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

} // namespace Govscope::Testing
