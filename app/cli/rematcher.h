#pragma once

#include "componentfeeds.h"
#include "feeds.h"
#include "fingerprintrepository.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Govscope::Cli {

/// One feed entry an observed product falls in.
struct VulnMatch
{
    QString id;      ///< CVE-…, CNVD-… or the retire.js label when the entry has no CVE
    QString product; ///< "Apache HTTP Server 2.2.15"
    QString detail;  ///< one line: score, severity, description
    QString feed;    ///< feed file it came from (relative path, or the jslibs files for retire.js)
    bool exploited = false;
};

/// What a re-match changed on one finding.
struct RematchChange
{
    enum class Kind { Added, Closed, Updated };
    Kind kind = Kind::Added;
    qint64 finding = 0;
    QString org, check, target;
    QStringList feeds;       ///< the feed files that caused it
    QStringList added, gone; ///< vulnerability ids that appeared / are no longer matched
    QString why;             ///< the status-history line written
};

/// Matches stored observations against parsed feeds with the rules of the two checks that keep
/// observations (vuln.known_vulnerability, supplychain.vulnerable_component), without any network.
/// The feeds are parsed once (Sdk::ComponentFeeds) and indexed by product, so matching is per fingerprint
/// a hash lookup and a few version comparisons.
class Rematcher final
{
public:
    /// @p jsFeeds names the retire.js files in force (their entries carry no file of their own).
    Rematcher(const Sdk::ComponentFeeds &feeds, QStringList jsFeeds);

    /// Every entry of the feeds that one of @p o's products falls in, for @p o's check; each id once.
    QList<VulnMatch> match(const Models::StoredObservation &o) const;
    /// Whether observations of @p check can be re-matched.
    static bool handles(const QString &check);

    /// Re-matches every stored observation of the case on @p db and writes the outcome: a finding for a
    /// target that now matches (new, or `fixed` → `reopened`), `fixed` with a history entry naming the
    /// withdrawn entries for one that no longer does, title and evidence for one whose entries changed.
    /// False positives are left as the auditor decided. @p inForce are the feed files matched against
    /// (for the history lines). Run as one CaseWriter job: all of it lands or none.
    Result<QList<RematchChange>> apply(QSqlDatabase &db, const QList<Sdk::FeedFile> &inForce) const;

private:
    QList<VulnMatch> platformVulnerabilities(const Models::Fingerprint &f) const;
    QList<VulnMatch> componentVulnerabilities(const Models::Fingerprint &f) const;

    const Sdk::ComponentFeeds &m_feeds;
    QStringList m_jsFeeds;
};

} // namespace Govscope::Cli
