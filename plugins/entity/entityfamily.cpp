#include "entityfamily.h"

#include "catalogueinfo.h"
#include "checkcontext.h"
#include "domainnames.h"
#include "evidence.h"
#include "homepage.h"
#include "hosts.h"
#include "probeset.h"
#include "siterules.h"

#include <QLoggingCategory>

#include <algorithm>

Q_LOGGING_CATEGORY(lcEntity, "govscope.entity")

namespace Govscope::Entity {

namespace {

const QString MultiplePortals = u"entity.multiple_portals"_qs;
const QString StaleSite = u"entity.stale_site"_qs;

QStringList websiteHosts(const QList<Models::Asset> &assets)
{
    QStringList hosts;
    for (const Models::Asset &a : assets) {
        if (a.type != Models::AssetType::Website)
            continue;
        const QString host = Sdk::DomainNames::toAscii(Models::hostOf(a.value));
        if (!host.isEmpty() && !hosts.contains(host))
            hosts << host;
    }
    return hosts;
}

Models::NewEvidence pageEvidence(const HomePage &page)
{
    const Sdk::HttpHop &last = page.exchange.last();
    return Sdk::Evidence::http(page.exchange, QObject::tr("GET %1 → HTTP %2; title \"%3\"; SiteName \"%4\"")
                                                  .arg(last.url.toString())
                                                  .arg(last.status)
                                                  .arg(page.document.title(), page.document.meta(u"SiteName"_qs)));
}

void ownSite(Sdk::CheckContext &ctx, const QString &check, const QList<HomePage> &pages)
{
    const Models::Organization &org = ctx.org();
    if (pages.isEmpty()) {
        ctx.pass(check, org.id, QObject::tr("no website declared or discovered"));
        return;
    }
    for (const HomePage &page : pages) {
        if (page.answered()) {
            const Models::Message title =
                check == u"entity.township_site"_qs
                    ? Models::message(QT_TRANSLATE_NOOP("Finding", "Township body runs its own website {host}"),
                                      {{u"host"_qs, page.host}})
                    : Models::message(
                          QT_TRANSLATE_NOOP("Finding", "County-level department runs its own website {host}"),
                          {{u"host"_qs, page.host}});
            Models::NewFinding f = Sdk::makeFinding(org, check, page.host, title);
            f.evidence << Sdk::Evidence::org(org) << pageEvidence(page);
            ctx.finding(std::move(f));
        } else if (page.timedOut()) {
            ctx.inconclusive(check, page.host, page.failure());
        } else {
            ctx.pass(check, page.host, QObject::tr("no site answers: %1").arg(page.failure()));
        }
    }
}

// One portal, with every name it answers under: a .政务 name that redirects to the .gov.cn one, or an alias
// that serves the same home page, is the same site and not a second portal (Art. 4 counts sites).
struct Portal
{
    const HomePage *page = nullptr; ///< the page shown for it: the one fetched under its own name if any
    QStringList domains;            ///< registrable domains of the hosts that answered
    QByteArray fingerprint;         ///< SiteRules::contentFingerprint
    QStringList names;              ///< every host of the org that reached it
};

QString answeringHost(const HomePage &page)
{
    const QString host = Sdk::DomainNames::toAscii(page.exchange.finalUrl().host());
    return host.isEmpty() ? page.host : host;
}

void multiplePortals(Sdk::CheckContext &ctx, const QList<HomePage> &pages)
{
    const Models::Organization &org = ctx.org();
    // every name of the org's sites is taken out of every page before comparing their content: an alias
    // page that links to the canonical name compares equal to the canonical page
    QStringList names;
    for (const HomePage &page : pages)
        names << page.host << answeringHost(page);
    names.removeDuplicates();
    QList<Portal> portals;
    QStringList unknown;
    for (const HomePage &page : pages) {
        if (!(page.ok() && SiteRules::namesOrg(page.document, org))) {
            if (page.timedOut())
                unknown << page.host;
            continue;
        }
        const QString answering = answeringHost(page);
        const QString domain = Sdk::DomainNames::registrableDomain(answering);
        const QByteArray fingerprint = SiteRules::contentFingerprint(page.document, names);
        auto same = std::find_if(portals.begin(), portals.end(), [&](const Portal &p) {
            return (!domain.isEmpty() && p.domains.contains(domain)) ||
                   (!fingerprint.isEmpty() && p.fingerprint == fingerprint);
        });
        if (same == portals.end()) {
            portals.append({&page, {domain}, fingerprint, {page.host}});
            continue;
        }
        same->names << page.host;
        if (!same->domains.contains(domain))
            same->domains << domain;
        if (same->fingerprint.isEmpty())
            same->fingerprint = fingerprint;
        // show the portal under its English name (国办函〔2018〕55号: the Chinese .政务 name is the
        // second name of a site), and under a name that answers itself rather than one that redirects
        const auto rank = [](const HomePage &p) {
            return (Sdk::DomainNames::isChineseDomain(p.host) ? 2 : 0) + (answeringHost(p) != p.host ? 1 : 0);
        };
        if (rank(page) < rank(*same->page))
            same->page = &page;
    }
    QStringList portalHosts, described;
    for (const Portal &p : std::as_const(portals)) {
        portalHosts << p.page->host;
        QStringList aliases = p.names;
        aliases.removeAll(p.page->host);
        described << (aliases.isEmpty()
                          ? p.page->host
                          : QObject::tr("%1 (also reached as %2)").arg(p.page->host, aliases.join(u", "_qs)));
    }
    portalHosts.sort();
    described.sort();
    const QString target = portalHosts.join(u", "_qs);
    const QString list = described.isEmpty() ? QObject::tr("none") : described.join(u"; "_qs);
    if (portals.size() > 1) {
        Models::NewFinding f = Sdk::makeFinding(
            org, MultiplePortals, target,
            Models::message(QT_TRANSLATE_NOOP("Finding", "{count} portals present themselves as {org}"),
                            {{u"count"_qs, int(portals.size())}, {u"org"_qs, org.name}}));
        f.evidence << Sdk::Evidence::org(org)
                   << Sdk::Evidence::reasoning(
                          u"text"_qs, QObject::tr("distinct portals (names that redirect to one site or serve the "
                                                  "same home page count as one): %1")
                                          .arg(list));
        for (const Portal &p : std::as_const(portals))
            f.evidence << pageEvidence(*p.page)
                       << Sdk::Evidence::reasoning(u"domain"_qs, Sdk::DomainNames::explain(answeringHost(*p.page)));
        ctx.finding(std::move(f));
    } else if (!unknown.isEmpty()) {
        ctx.inconclusive(MultiplePortals, org.id,
                         QObject::tr("no answer in time from %1; portals found: %2").arg(unknown.join(u", "_qs), list));
    } else {
        ctx.pass(MultiplePortals, org.id, QObject::tr("portals naming the org: %1").arg(list));
    }
}

void staleSite(Sdk::CheckContext &ctx, const QList<HomePage> &pages, const QDate &today)
{
    const Models::Organization &org = ctx.org();
    for (const HomePage &page : pages) {
        if (!page.ok()) {
            ctx.inconclusive(StaleSite, page.host, page.failure());
            continue;
        }
        const QList<DatedItem> dated = NewsDates::extract(page.document.listItems(), today);
        if (dated.isEmpty()) {
            ctx.inconclusive(StaleSite, page.host, QObject::tr("the home page lists no dated items"));
            continue;
        }
        const DatedItem newest = NewsDates::newest(dated);
        const qint64 age = newest.date.daysTo(today);
        if (!SiteRules::isStale(newest.date, today)) {
            ctx.pass(StaleSite, page.host,
                     QObject::tr("newest item %1 (%2 days old)").arg(newest.date.toString(Qt::ISODate)).arg(age));
            continue;
        }
        Models::NewFinding f = Sdk::makeFinding(
            org, StaleSite, page.host,
            Models::message(QT_TRANSLATE_NOOP("Finding", "Home page not updated for {days} days (newest item {date})"),
                            {{u"days"_qs, age}, {u"date"_qs, newest.date.toString(Qt::ISODate)}}));
        QStringList lines;
        for (const DatedItem &d : dated)
            lines << u"%1  %2"_qs.arg(d.date.toString(Qt::ISODate), d.text);
        f.evidence << Models::NewEvidence{u"text"_qs,
                                          QObject::tr("%1 dated items on %2; newest %3 \"%4\", %5 days before %6")
                                              .arg(dated.size())
                                              .arg(page.exchange.finalUrl().toString(),
                                                   newest.date.toString(Qt::ISODate), newest.text.left(80))
                                              .arg(age)
                                              .arg(today.toString(Qt::ISODate)),
                                          lines.join(u'\n').toUtf8(), u"text/plain; charset=utf-8"_qs}
                   << pageEvidence(page) << Sdk::Evidence::org(org);
        ctx.finding(std::move(f));
    }
}

} // namespace

QCoro::Task<void> EntityFamily::run(Sdk::CheckContext &ctx)
{
    const Models::Organization &org = ctx.org();
    const QString ownSiteCheck = SiteRules::ownSiteCheck(org);
    const bool government = org.kind == Models::OrgKind::PartyGov;
    // 首页更新 is a rule of government and public-institution sites; an enterprise's is its own affair
    const bool staleApplies = government || org.kind == Models::OrgKind::Institution;
    if (ownSiteCheck.isEmpty() && !government && !staleApplies)
        co_return;

    QList<HomePage> pages;
    for (const QString &host : websiteHosts(ctx.assets())) {
        if (ctx.cancelled())
            co_return;
        pages << co_await HomePage::fetch(ctx.probes().http(), host);
    }
    if (!ownSiteCheck.isEmpty())
        ownSite(ctx, ownSiteCheck, pages);
    if (government)
        multiplePortals(ctx, pages);
    if (staleApplies)
        staleSite(ctx, pages, today());
    qCDebug(lcEntity) << org.id << "entity checks done on" << pages.size() << "sites";
}

} // namespace Govscope::Entity
