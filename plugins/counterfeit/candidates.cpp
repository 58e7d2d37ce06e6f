#include "candidates.h"

#include "domainnames.h"
#include "domainpermutations.h"
#include "impostornames.h"

#include <QSet>

namespace Govscope::Counterfeit::Candidates {

QString otherWwwForm(const QString &host)
{
    if (host.startsWith(u"www."_qs)) {
        const QString bare = host.mid(4);
        // "www.gov.cn" → "gov.cn" would be a public suffix, nobody's site
        return Sdk::DomainNames::registrableDomain(bare).isEmpty() ? QString() : bare;
    }
    return Sdk::DomainNames::registrableDomain(host).isEmpty() ? QString() : u"www."_qs + host;
}

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
            // Squatters often set up only one of the two forms (a clone that answers on www. only, or on
            // the bare name only), so each generated name is tried both ways; the cap counts names.
            const QString other = otherWwwForm(c.host);
            if (other.isEmpty() || seen.contains(other) || owned(other))
                continue;
            seen.insert(other);
            out << SiteCandidate{other,
                                 {},
                                 u"permutation (%1) of %2, %3 form"_qs.arg(
                                     c.method, ownHosts[i], other.startsWith(u"www."_qs) ? u"www."_qs : u"bare"_qs),
                                 false};
        }
        budget -= used;
    }
    return out;
}

QList<SiteCandidate> fromLinks(const QList<CrawledPage> &pages, const QStringList &ownHosts,
                               const Sdk::CaseSnapshot &snapshot, QSet<QString> &seen)
{
    QSet<QString> lookalikes;
    QStringList orgDomains;
    for (const QString &own : ownHosts) {
        orgDomains << Sdk::DomainNames::registrableDomain(own);
        for (const DomainCandidate &c : domainPermutations(own, 5000)) {
            lookalikes.insert(c.host);
            lookalikes.insert(otherWwwForm(c.host));
        }
    }
    QList<SiteCandidate> out;
    for (const CrawledPage &page : pages)
        for (const auto &[href, text] : page.links) {
            const QUrl url = page.url.resolved(QUrl(href.trimmed()));
            if (url.scheme() != u"http"_qs && url.scheme() != u"https"_qs)
                continue;
            const QString host = Sdk::DomainNames::toAscii(url.host()).toLower();
            if (host.isEmpty() || seen.contains(host) || ownHosts.contains(host) ||
                !snapshot.ownersOfHost(host).isEmpty())
                continue;
            const QString inner = innerGovernmentName(host, orgDomains);
            if (!lookalikes.contains(host) && inner.isEmpty())
                continue;
            seen.insert(host);
            out << SiteCandidate{host, url,
                                 u"link \"%1\" on %2 (%3)"_qs.arg(
                                     text.left(80), page.url.toString(),
                                     inner.isEmpty() ? u"look-alike name"_qs : u"%1 as inner labels"_qs.arg(inner)),
                                 false};
        }
    return out;
}

} // namespace Govscope::Counterfeit::Candidates
