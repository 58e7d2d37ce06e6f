#pragma once

#include "checkcontext.h"

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

} // namespace Candidates

} // namespace Govscope::Counterfeit
