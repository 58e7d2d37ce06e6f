#include "lookalikechecks.h"

#include "candidates.h"
#include "catalogueinfo.h"
#include "checkcontext.h"
#include "conacmarkers.h"
#include "domainnames.h"
#include "evidence.h"
#include "htmldocument.h"
#include "impostornames.h"
#include "probeset.h"
#include "scoremodel.h"
#include "sitefacts.h"

#include <QCoroFuture>
#include <QDeadlineTimer>
#include <QLoggingCategory>
#include <QObject>
#include <QtConcurrent>

Q_DECLARE_LOGGING_CATEGORY(lcCounterfeit)

namespace Govscope::Counterfeit {

namespace {

const QString Lookalike = u"counterfeit.lookalike_site"_qs;
const QString Impostor = u"counterfeit.impostor_markers"_qs;
constexpr int ResolveBatch = 16; // lookups in flight at once; the probes bound each host further
constexpr int FetchBatch = 4;    // candidate pages in flight at once
constexpr int FetchCap = 30;     // resolving candidates fetched per org at most

struct Resolved
{
    SiteCandidate candidate;
    Sdk::HostResolution dns;
};

/// How the candidates of one org fared, for the closing pass/inconclusive note.
struct Tally
{
    qsizetype candidates = 0, leads = 0, resolved = 0, timeouts = 0, unexamined = 0, copies = 0;
};

/// No verdict on @p host: said for both site checks, since a copy found there would be either (a look-alike or,
/// with government markers, an impostor). Saying it for one only let a finding of the other vanish as "fixed"
/// when a rescan could not look (a DNS or page timeout under load).
void undecided(Sdk::CheckContext &ctx, const QString &host, const QString &reason)
{
    ctx.inconclusive(Lookalike, host, reason);
    ctx.inconclusive(Impostor, host, reason);
}

QCoro::Task<QList<Resolved>> resolveAll(Sdk::CheckContext &ctx, const QList<SiteCandidate> &candidates,
                                        const QDeadlineTimer &budget, Tally &tally)
{
    QList<Resolved> out;
    qsizetype from = 0;
    for (; from < candidates.size() && !ctx.cancelled() && !budget.hasExpired(); from += ResolveBatch) {
        // QCoro tasks start eagerly: the batch's lookups run concurrently, then are collected in order
        std::vector<QCoro::Task<Sdk::HostResolution>> batch;
        const qsizetype to = std::min<qsizetype>(candidates.size(), from + ResolveBatch);
        for (qsizetype i = from; i < to; ++i)
            batch.push_back(ctx.probes().dns().resolveHost(candidates[i].host));
        for (qsizetype i = from; i < to; ++i) {
            Sdk::HostResolution r = co_await std::move(batch[size_t(i - from)]);
            if (r.resolves())
                out << Resolved{candidates[i], std::move(r)};
            else if (r.status == Sdk::DnsStatus::Timeout || r.status == Sdk::DnsStatus::ServerFailure) {
                ++tally.timeouts;
                // a lead is someone's report, and a generated name may be where an earlier scan found a copy:
                // either way, say we could not look
                undecided(ctx, candidates[i].host,
                          QObject::tr("DNS gave no answer for %1: %2").arg(candidates[i].host, r.error));
            } else if (candidates[i].lead) {
                ctx.pass(Lookalike, candidates[i].host,
                         QObject::tr("%1 does not resolve (%2)").arg(candidates[i].host, Sdk::toId(r.status)));
            }
        }
    }
    for (qsizetype i = std::min(from, candidates.size()); i < candidates.size(); ++i) {
        ++tally.unexamined;
        if (candidates[i].lead)
            undecided(ctx, candidates[i].host, QObject::tr("not resolved within the scan's time budget"));
    }
    tally.resolved = out.size();
    co_return out;
}

struct Best
{
    const SiteFacts *original = nullptr;
    SimilarityScores scores;
    QByteArray candidatePng, originalPng; ///< the viewports as PNG, for the evidence blobs
};

/// The candidate against each of the org's pages, page and visual signals, on the thread pool: the hashes,
/// SSIM and PNG encoding take tens of milliseconds a pair, too long for the scan thread's event loop.
QCoro::Task<Best> bestMatch(const QList<SiteFacts> &own, const SiteFacts &candidate, const QString &orgName)
{
    // a named future: GCC 12 may destroy a co_await temporary twice
    QFuture<Best> future = QtConcurrent::run([&own, &candidate, orgName] {
        Best best;
        for (const SiteFacts &o : own) {
            if (!o.page.ok())
                continue;
            SimilarityScores s = PageSimilarity::compare(o.facts, candidate.facts, orgName);
            const bool pair = o.shot.ok() && candidate.shot.ok();
            ScoreModel::apply(
                s, pair ? Sdk::Visual::compare(o.shot.viewport, candidate.shot.viewport) : Sdk::Visual::VisualScores{},
                candidate.shot.ok() && candidate.shot.blank);
            if (!best.original || s.combined > best.scores.combined)
                best = Best{&o, s, {}, {}};
        }
        if (best.original && best.scores.similar()) {
            best.candidatePng = candidate.shot.viewportPng();
            best.originalPng = best.original->shot.viewportPng();
        }
        return best;
    });
    Best best = co_await future;
    co_return best;
}

Models::NewEvidence screenshotEvidence(const QString &role, const Sdk::Screenshot &shot, const QByteArray &png)
{
    return Models::NewEvidence{u"screenshot"_qs, u"%1: %2"_qs.arg(role, shot.describe()), png, u"image/png"_qs};
}

void report(Sdk::CheckContext &ctx, const Resolved &r, const SiteFacts &site, const Best &best)
{
    const Models::Organization &org = ctx.org();
    const QString host = r.candidate.host;
    const Sdk::ConacMarker badge = Sdk::ConacMarkers::find(site.page.html);
    const bool govName = Sdk::DomainNames::underGovSuffix(host);
    QStringList orgDomains;
    for (const QString &own : Sdk::SitePage::websiteHosts(ctx.assets()))
        orgDomains << Sdk::DomainNames::registrableDomain(own);
    const QString innerName = innerGovernmentName(host, orgDomains);
    const bool impostor = govName || badge.present || !innerName.isEmpty();
    const QString originalUrl = best.original->page.exchange.finalUrl().toString();
    const QString candidateUrl = site.page.exchange.finalUrl().toString();

    QStringList markers;
    if (govName)
        markers << QObject::tr("government suffix (%1)").arg(Sdk::DomainNames::toUnicode(host));
    if (!innerName.isEmpty())
        markers << QObject::tr("%1 as inner labels of %2")
                       .arg(innerName, Sdk::DomainNames::toUnicode(Sdk::DomainNames::registrableDomain(host)));
    if (badge.present)
        markers << QObject::tr("网上标识 badge (%1)").arg(badge.form);
    const QString title =
        impostor ? QObject::tr("%1 copies %2 and poses as a government site: %3")
                       .arg(Sdk::DomainNames::toUnicode(host), best.original->page.host, markers.join(u", "_qs))
                 : QObject::tr("%1 copies the site %2 (similarity %3)")
                       .arg(Sdk::DomainNames::toUnicode(host), best.original->page.host)
                       .arg(best.scores.combined, 0, 'f', 2);
    Models::NewFinding f = Sdk::makeFinding(org, impostor ? Impostor : Lookalike, host, title);
    f.evidence << Sdk::Evidence::org(org)
               << Sdk::Evidence::reasoning(
                      u"similarity"_qs,
                      QObject::tr("%1 vs %2: %3").arg(candidateUrl, originalUrl, best.scores.summary()))
               << Sdk::Evidence::reasoning(u"verdict"_qs, best.scores.explanation);
    if (!best.candidatePng.isEmpty())
        f.evidence << screenshotEvidence(QObject::tr("candidate"), site.shot, best.candidatePng);
    else
        f.evidence << Sdk::Evidence::reasoning(u"screenshot"_qs,
                                               QObject::tr("candidate: %1").arg(site.shot.describe()));
    if (!best.originalPng.isEmpty())
        f.evidence << screenshotEvidence(QObject::tr("original"), best.original->shot, best.originalPng);
    else
        f.evidence << Sdk::Evidence::reasoning(u"screenshot"_qs,
                                               QObject::tr("original: %1").arg(best.original->shot.describe()));
    f.evidence << Sdk::Evidence::reasoning(
                      u"candidate"_qs,
                      QObject::tr("%1 found as %2; owned by no org of the case").arg(host, r.candidate.origin))
               << Sdk::Evidence::dns(r.dns)
               << Sdk::Evidence::http(
                      site.page.exchange,
                      QObject::tr("candidate page %1, title \"%2\"").arg(candidateUrl, site.facts.title))
               << Sdk::Evidence::http(
                      best.original->page.exchange,
                      QObject::tr("original page %1, title \"%2\"").arg(originalUrl, best.original->facts.title));
    if (!site.facts.faviconSha256.isEmpty())
        f.evidence << Sdk::Evidence::reasoning(
            u"favicon"_qs,
            QObject::tr("favicon SHA-256: candidate %1, original %2")
                .arg(site.facts.faviconSha256,
                     best.original->facts.faviconSha256.isEmpty() ? u"none"_qs : best.original->facts.faviconSha256));
    if (impostor)
        f.evidence << Sdk::Evidence::reasoning(
            u"impostor"_qs, QObject::tr("markers: %1%2")
                                .arg(markers.join(u"; "_qs),
                                     badge.present ? QObject::tr("; badge markup: %1").arg(badge.snippet) : QString()));
    ctx.finding(std::move(f));
}

/// One fetched candidate against the org's own pages: a finding, a pass or an inconclusive result.
QCoro::Task<bool> judge(Sdk::CheckContext &ctx, const Resolved &r, const SiteFacts &site, const QList<SiteFacts> &own)
{
    const Models::Organization &org = ctx.org();
    if (!site.page.ok()) {
        if (site.page.timedOut() || !site.page.answered())
            undecided(ctx, r.candidate.host, site.page.failure());
        else
            ctx.pass(Lookalike, r.candidate.host, site.page.failure());
        co_return false;
    }
    const Best best = co_await bestMatch(own, site, org.name);
    if (!best.original) {
        undecided(ctx, r.candidate.host,
                  QObject::tr("the candidate answers, but no home page of the org could be fetched to "
                              "compare it with"));
        co_return false;
    }
    if (!best.scores.similar()) {
        // not like the pages we have: if one of the org's own home pages did not load, the candidate may be a
        // copy of that one
        const auto missing = std::find_if(own.cbegin(), own.cend(), [](const SiteFacts &o) { return !o.page.ok(); });
        if (missing != own.cend()) {
            undecided(ctx, r.candidate.host,
                      QObject::tr("not similar to %1, and the org's page %2 could not be fetched to compare: %3")
                          .arg(best.original->page.host, missing->page.host, missing->page.failure()));
            co_return false;
        }
        ctx.pass(Lookalike, r.candidate.host,
                 QObject::tr("not similar to %1: %2").arg(best.original->page.host, best.scores.summary()));
        co_return false;
    }
    report(ctx, r, site, best);
    co_return true;
}

} // namespace

QCoro::Task<void> checkLookalikeSites(Sdk::CheckContext &ctx, int permutationCap)
{
    const Models::Organization &org = ctx.org();
    const QStringList ownHosts = Sdk::SitePage::websiteHosts(ctx.assets());
    const QList<SiteCandidate> gathered = Candidates::gather(org, ownHosts, ctx.snapshot(), permutationCap);
    if (gathered.isEmpty()) {
        ctx.pass(Lookalike, org.id, QObject::tr("no website and no lead to derive candidates from"));
        ctx.pass(Impostor, org.id, QObject::tr("no website and no lead to derive candidates from"));
        co_return;
    }
    // The engine abandons a family after max(120 s, 15 x timeout); stop starting new lookups and
    // fetches well before, so what was examined is reported and the rest is named as unexamined.
    const QDeadlineTimer budget(std::max<qint64>(90'000, 10LL * ctx.profile().timeoutMs));
    // The org's own pages first: they are the originals, and their links to look-alike names are leads.
    QList<SiteFacts> own;
    for (const QString &host : ownHosts) {
        if (ctx.cancelled())
            co_return;
        own << co_await SiteFacts::fetch(ctx.probes().http(), host);
    }
    QList<Candidates::CrawledPage> crawled;
    for (const SiteFacts &o : own)
        if (o.page.ok()) {
            Candidates::CrawledPage page{o.page.exchange.finalUrl(), {}};
            for (const Sdk::HtmlDocument::Link &l : Sdk::HtmlDocument::parse(o.page.html).links())
                page.links.push_back({l.href, l.text});
            crawled << page;
        }
    QSet<QString> seen(ownHosts.cbegin(), ownHosts.cend());
    for (const SiteCandidate &c : gathered)
        seen.insert(c.host);
    const QList<SiteCandidate> candidates = Candidates::fromLinks(crawled, ownHosts, ctx.snapshot(), seen) + gathered;

    Tally tally;
    tally.candidates = candidates.size();
    tally.leads = std::count_if(candidates.cbegin(), candidates.cend(), [](const SiteCandidate &c) { return c.lead; });
    const QList<Resolved> resolved = co_await resolveAll(ctx, candidates, budget, tally);
    qCDebug(lcCounterfeit) << org.id << candidates.size() << "candidates," << resolved.size() << "resolve";

    if (!own.isEmpty() && !resolved.isEmpty()) {
        QList<SiteFacts *> pages;
        for (SiteFacts &o : own)
            pages << &o;
        co_await captureAll(pages);
    }

    qsizetype from = 0;
    const qsizetype fetchable = std::min<qsizetype>(resolved.size(), FetchCap);
    for (; from < fetchable && !budget.hasExpired(); from += FetchBatch) {
        if (ctx.cancelled())
            co_return;
        std::vector<QCoro::Task<SiteFacts>> batch;
        const qsizetype to = std::min<qsizetype>(fetchable, from + FetchBatch);
        for (qsizetype i = from; i < to; ++i)
            batch.push_back(
                SiteFacts::fetch(ctx.probes().http(), resolved[i].candidate.host, resolved[i].candidate.url));
        QList<SiteFacts> sites;
        for (qsizetype i = from; i < to; ++i)
            sites << co_await std::move(batch[size_t(i - from)]);
        QList<SiteFacts *> pages;
        for (SiteFacts &site : sites)
            pages << &site;
        co_await captureAll(pages);
        for (qsizetype i = from; i < to; ++i)
            tally.copies += (co_await judge(ctx, resolved[i], sites[i - from], own)) ? 1 : 0;
    }
    for (qsizetype i = std::min(from, fetchable); i < resolved.size(); ++i) {
        ++tally.unexamined;
        undecided(ctx, resolved[i].candidate.host,
                  i >= FetchCap ? QObject::tr("resolves, but only %1 candidates are fetched per org").arg(FetchCap)
                                : QObject::tr("resolves, but was not fetched within the scan's time budget"));
    }

    if (tally.copies > 0)
        co_return; // the findings speak for the org
    const QString note = QObject::tr("%1 candidates (%2 leads), %3 resolve, %4 DNS timeouts, %5 not examined")
                             .arg(tally.candidates)
                             .arg(tally.leads)
                             .arg(tally.resolved)
                             .arg(tally.timeouts)
                             .arg(tally.unexamined);
    if (tally.unexamined > 0 || tally.timeouts > 0) { // a candidate not looked at is no pass
        ctx.inconclusive(Lookalike, org.id, note);
        ctx.inconclusive(Impostor, org.id, note);
    } else {
        ctx.pass(Lookalike, org.id, note);
        ctx.pass(Impostor, org.id, note);
    }
}

} // namespace Govscope::Counterfeit
