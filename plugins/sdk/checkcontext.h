#pragma once

#include "checkinfo.h"
#include "fingerprint.h"
#include "newfinding.h"
#include "types.h"

#include <QHash>
#include <QList>
#include <QString>

namespace Govscope::Sdk {

class ProbeSet;
class Feeds;
struct ScanProfile;

/// Read-only view of the whole case at scan start: every org and asset. Checks that must know what
/// belongs to *no* org (identifier.misused, counterfeits) or compare orgs use it.
struct CaseSnapshot
{
    QList<Models::Organization> orgs;
    QHash<QString, QList<Models::Asset>> assets; ///< by org id
    /// Imported catalogues (models/import/catalogrepository.h): app and account listings, official or
    /// not, and leads (suspect URLs). The counterfeit family compares them with the orgs.
    QList<Models::App> apps;
    QList<Models::Account> accounts;
    QList<Models::Lead> leads;

    const Models::Organization *org(const QString &id) const;
    /// Ids of the orgs that own @p host as a host, website or mail host (case-insensitive).
    QStringList ownersOfHost(const QString &host) const;

    /// Builds the lookups behind org(), ownersOfHost() and Scope::of() once the lists are filled (the engine
    /// does, at scan start). Without them every call walks every org and parses its URLs: O(orgs) per call,
    /// O(orgs²) per scan (issue 15: CPU per org doubled from 300 to 1,000 orgs). Fill nothing afterwards.
    void index();
    bool indexed() const { return m_indexed; }
    /// Orgs declaring @p host (normalised as Scope does: lower-case ASCII or an IP literal); after index().
    QStringList declaringOrgs(const QString &host) const { return m_declaredBy.value(host); }

private:
    bool m_indexed = false;
    QHash<QString, qsizetype> m_orgPositions;
    QHash<QString, QStringList> m_hostOwners;
    QHash<QString, QStringList> m_declaredBy;
};

/// Everything a check may touch while it runs for one organisation. Implemented by the engine;
/// tests may implement it to run one family alone.
class CheckContext
{
public:
    virtual ~CheckContext() = default;

    virtual const Models::Organization &org() const = 0;
    virtual const QList<Models::Asset> &assets() const = 0;
    virtual const CaseSnapshot &snapshot() const = 0;
    virtual const ScanProfile &profile() const = 0;
    virtual ProbeSet &probes() = 0;
    virtual const Feeds &feeds() const = 0;

    /// A check fired: stores the finding (with evidence) and a `finding` result.
    virtual void finding(Models::NewFinding finding) = 0;
    /// A check ran on @p target and found nothing; @p note may say what was seen.
    virtual void pass(const QString &check, const QString &target, const QString &note = {}) = 0;
    /// A check could not reach a verdict on @p target (timeout, unreachable, not authorised).
    virtual void inconclusive(const QString &check, const QString &target, const QString &reason) = 0;
    /// A new asset of the org was found (a host behind a CNAME, a site found by crawling, …).
    virtual void discovered(Models::AssetType type, const QString &value) = 0;
    /// What @p observation's check saw on its target (products, versions, CPEs), kept in the case so that
    /// `govscope rematch` can match newer feeds without a scan. Replaces the target's earlier observation.
    /// Contexts that keep no case (tests of one family) may ignore it.
    virtual void observed(Models::Observation observation) { Q_UNUSED(observation); }

    /// True once the user cancelled; a check returns as soon as it can.
    virtual bool cancelled() const = 0;
};

} // namespace Govscope::Sdk
