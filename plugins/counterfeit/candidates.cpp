#include "candidates.h"

#include "domainnames.h"
#include "domainpermutations.h"

#include <QSet>

namespace Govscope::Counterfeit::Candidates {

QList<SiteCandidate> gather(const Models::Organization &org, const QStringList &ownHosts,
                            const Sdk::CaseSnapshot &snapshot, int permutationCap)
{
    QList<SiteCandidate> out;
    QSet<QString> seen(ownHosts.cbegin(), ownHosts.cend());
    auto owned = [&](const QString &host) { return !snapshot.ownersOfHost(host).isEmpty(); };

    for (const Models::Lead &lead : snapshot.leads) {
        if (!lead.org.isEmpty() && lead.org != org.id)
            continue;
        QUrl url = QUrl::fromUserInput(lead.url.trimmed());
        const QString host = Sdk::DomainNames::toAscii(url.host());
        if (host.isEmpty() || seen.contains(host) || owned(host))
            continue;
        seen.insert(host);
        out << SiteCandidate{host, url, u"lead (%1): %2"_qs.arg(lead.source, lead.note), true};
    }

    int budget = permutationCap;
    for (qsizetype i = 0; i < ownHosts.size() && budget > 0; ++i) {
        const int share = int(budget / (ownHosts.size() - i)); // what is left, split over the hosts left
        int used = 0;
        for (const DomainCandidate &c : domainPermutations(ownHosts[i], share)) {
            ++used;
            if (seen.contains(c.host) || owned(c.host))
                continue;
            seen.insert(c.host);
            out << SiteCandidate{c.host, {}, u"permutation (%1) of %2"_qs.arg(c.method, ownHosts[i]), false};
        }
        budget -= used;
    }
    return out;
}

} // namespace Govscope::Counterfeit::Candidates
