#pragma once

#include "checkcontext.h"

#include <QSet>
#include <QUrl>

namespace Govscope::Counterfeit {

/// A name to examine as a possible copy of the org's site.
struct SiteCandidate
{
    QString host;   ///< ASCII
    QUrl url;       ///< a lead's URL; empty for a generated name (its home page is fetched)
    QString origin; ///< "lead (tip): …" or "permutation (homoglyph) of www.x.gov.cn"
    bool lead = false;
};

namespace Candidates {

/// Leads hinted at @p org or at no org, then permutations of each of @p ownHosts, at most
/// @p permutationCap permutations in all (shared out over the hosts). Names owned by any org of the
/// case (CaseSnapshot::ownersOfHost) are left out: they are someone's real site, not a copy.
/// The other of a name's two usual forms: "x.com" for "www.x.com", "www.x.com" for "x.com"; empty
/// when the other form would be a public suffix or the name has no registrable domain.
QString otherWwwForm(const QString &host);

QList<SiteCandidate> gather(const Models::Organization &org, const QStringList &ownHosts,
                            const Sdk::CaseSnapshot &snapshot, int permutationCap = 300);

/// A page of the org's own site and the links on it.
struct CrawledPage
{
    QUrl url;
    QList<std::pair<QString, QString>> links; ///< href, anchor text
};

/// Links of the org's own pages that point at look-alike names: a permutation of one of @p ownHosts
/// (in either www. form, up to a wide cap: a link is cheap to recognise) or a name carrying a government
/// suffix or an org domain as inner labels (innerGovernmentName). A defaced or compromised page links to
/// its copy; the link is the lead. Names in @p seen (already candidates) and names owned by an org of the
/// case are left out; @p seen gets the new ones.
QList<SiteCandidate> fromLinks(const QList<CrawledPage> &pages, const QStringList &ownHosts,
                               const Sdk::CaseSnapshot &snapshot, QSet<QString> &seen);

} // namespace Candidates

} // namespace Govscope::Counterfeit
