#pragma once

#include "casewriter.h"
#include "checkcontext.h"
#include "scanprofile.h"

#include <QSet>

#include <atomic>
#include <memory>
#include <utility>

namespace Govscope::Engine {

/// What every task of one scan shares. Held by shared_ptr so that a family coroutine abandoned on cancel
/// (it may still be awaiting a probe) keeps the probes and the snapshot alive until it returns.
struct ScanEnvironment
{
    std::shared_ptr<Models::CaseWriter> writer;
    qint64 scanId = 0;
    Sdk::ScanProfile profile;
    std::shared_ptr<const Sdk::CaseSnapshot> snapshot;
    std::shared_ptr<Sdk::ProbeSet> probes;
    std::shared_ptr<const Sdk::Feeds> feeds;
    std::shared_ptr<std::atomic_bool> cancelled = std::make_shared<std::atomic_bool>(false);
};

/// The CheckContext of one attempt of one org x family task. Reports are kept as CaseWriter jobs until the
/// attempt ends: the engine commits the jobs of the attempt that counts together with the task's completion,
/// in one transaction, and drops those of an attempt that is retried, cancelled or killed. So a task is in
/// the case whole or not at all, and a resumed or retried task cannot leave findings of an earlier, partial
/// attempt standing (a finding of the same scan is never "unseen", so nothing would have closed it).
/// After close() (cancel, watchdog) reports are dropped: a late report must not race the rerun.
class TaskContext final : public Sdk::CheckContext
{
    Q_DISABLE_COPY_MOVE(TaskContext)

public:
    TaskContext(std::shared_ptr<const ScanEnvironment> env, const Models::Organization &org,
                QList<Models::Asset> assets, QString family, QSet<QString> gatedChecks);

    const Models::Organization &org() const override { return m_org; }
    const QList<Models::Asset> &assets() const override { return m_assets; }
    const Sdk::CaseSnapshot &snapshot() const override { return *m_env->snapshot; }
    const Sdk::ScanProfile &profile() const override { return m_env->profile; }
    Sdk::ProbeSet &probes() override { return *m_env->probes; }
    const Sdk::Feeds &feeds() const override { return *m_env->feeds; }

    void finding(Models::NewFinding finding) override;
    void pass(const QString &check, const QString &target, const QString &note = {}) override;
    void inconclusive(const QString &check, const QString &target, const QString &reason) override;
    void discovered(Models::AssetType type, const QString &value) override;
    void observed(Models::Observation observation) override;
    bool cancelled() const override;

    void close() { m_closed = true; }
    /// The writes this attempt reported, in order; the context keeps none afterwards.
    QList<Models::CaseWriter::Job> takeWrites() { return std::exchange(m_writes, {}); }

    int findings() const { return m_findings; }
    int passes() const { return m_passes; }
    int inconclusives() const { return m_inconclusive; }
    /// Nothing but `inconclusive` was reported: the network (timeouts, unreachable) is the likely cause,
    /// so the engine retries the task once.
    bool onlyInconclusive() const { return m_inconclusive > 0 && m_findings == 0 && m_passes == 0; }

private:
    bool accepts(const QString &check, Models::Outcome outcome) const;
    void storeResult(const QString &check, const QString &target, Models::Outcome outcome, const QString &reason);

    std::shared_ptr<const ScanEnvironment> m_env;
    Models::Organization m_org;
    QList<Models::Asset> m_assets;
    QString m_family;
    QSet<QString> m_gated;
    QList<Models::CaseWriter::Job> m_writes;
    bool m_closed = false;
    int m_findings = 0;
    int m_passes = 0;
    int m_inconclusive = 0;
};

} // namespace Govscope::Engine
