#include "taskcontext.h"

#include "enginelog.h"
#include "findingrepository.h"
#include "fingerprintrepository.h"
#include "orgrepository.h"
#include "scanrepository.h"

namespace Govscope::Engine {

TaskContext::TaskContext(std::shared_ptr<const ScanEnvironment> env, const Models::Organization &org,
                         QList<Models::Asset> assets, QString family, QSet<QString> gatedChecks)
    : m_env(std::move(env))
    , m_org(org)
    , m_assets(std::move(assets))
    , m_family(std::move(family))
    , m_gated(std::move(gatedChecks))
{}

bool TaskContext::cancelled() const
{
    return m_closed || m_env->cancelled->load(std::memory_order_relaxed);
}

bool TaskContext::accepts(const QString &check, Models::Outcome outcome) const
{
    if (m_closed)
        return false;
    if (!check.startsWith(m_family + u'.')) {
        qCWarning(lcEngine) << "family" << m_family << "reported check" << check << "of another family; dropped";
        return false;
    }
    if (m_gated.contains(check)) {
        // Authorised-only checks of an unauthorised org were recorded `inconclusive` by the engine already;
        // a family that runs them anyway must not turn that into a verdict. A family that says itself it
        // did not run them (inconclusive) is only repeating the engine, which is not worth a warning.
        if (outcome != Models::Outcome::Inconclusive)
            qCWarning(lcEngine) << "family" << m_family << "reported authorised-only check" << check << "for org"
                                << m_org.id << "which is not authorised; dropped";
        return false;
    }
    return true;
}

void TaskContext::storeResult(const QString &check, const QString &target, Models::Outcome outcome,
                              const QString &reason)
{
    const qint64 scanId = m_env->scanId;
    Models::CheckResult result{m_org.id, m_family, check, target, outcome, reason};
    m_writes.append(
        [scanId, result](QSqlDatabase &db) { return Models::ScanRepository::recordResult(db, scanId, result); });
}

void TaskContext::finding(Models::NewFinding finding)
{
    if (!accepts(finding.check, Models::Outcome::Finding))
        return;
    // The engine, not the family, decides whose finding it is.
    finding.org = m_org.id;
    finding.family = m_family;
    ++m_findings;
    const qint64 scanId = m_env->scanId;
    m_writes.append([scanId, finding = std::move(finding)](QSqlDatabase &db) -> Status {
        auto recorded = Models::FindingRepository::record(db, scanId, finding);
        if (!recorded)
            return makeError(QObject::tr("Could not record finding %1 on %2 for org %3: %4")
                                 .arg(finding.check, finding.target, finding.org, recorded.errorMessage()));
        return Models::ScanRepository::recordResult(
            db, scanId, {finding.org, finding.family, finding.check, finding.target, Models::Outcome::Finding, {}});
    });
}

void TaskContext::pass(const QString &check, const QString &target, const QString &note)
{
    if (!accepts(check, Models::Outcome::Pass))
        return;
    ++m_passes;
    storeResult(check, target, Models::Outcome::Pass, note);
}

void TaskContext::inconclusive(const QString &check, const QString &target, const QString &reason)
{
    if (!accepts(check, Models::Outcome::Inconclusive))
        return;
    ++m_inconclusive;
    storeResult(check, target, Models::Outcome::Inconclusive, reason);
}

void TaskContext::discovered(Models::AssetType type, const QString &value)
{
    if (m_closed || value.trimmed().isEmpty())
        return;
    const QString org = m_org.id;
    m_writes.append([org, type, value](QSqlDatabase &db) {
        return Models::OrgRepository::addDiscoveredAsset(db, org, type, value);
    });
}

void TaskContext::observed(Models::Observation observation)
{
    if (!accepts(observation.check, Models::Outcome::Pass))
        return;
    observation.org = m_org.id;
    const qint64 scanId = m_env->scanId;
    m_writes.append([scanId, observation = std::move(observation)](QSqlDatabase &db) {
        return Models::FingerprintRepository::record(db, scanId, observation);
    });
}

} // namespace Govscope::Engine
