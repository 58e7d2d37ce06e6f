#include "vulnfamily.h"

#include "catalogueinfo.h"
#include "checkcontext.h"
#include "componentfeeds.h"
#include "domainnames.h"
#include "exposedadmin.h"
#include "highriskports.h"
#include "hosts.h"
#include "knownvulns.h"
#include "observations.h"
#include "orghosts.h"
#include "probeset.h"
#include "scanprofile.h"
#include "scope.h"
#include "sitepage.h"
#include "wafprobe.h"
#include "weakpassword.h"

#include <QHostAddress>
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcVuln)

namespace Govscope::Vuln {

namespace {

const QString KnownVulnerability = u"vuln.known_vulnerability"_qs;
const QString NoWaf = u"vuln.no_waf"_qs;
const QString ExposedAdminCheck = u"vuln.exposed_admin"_qs;
const QString WeakPasswordCheck = u"vuln.weak_password"_qs;
const QString HighRiskPort = u"vuln.high_risk_port"_qs;

/// Where the active tests of a site go. The home page fetch follows redirects (it is passive), but
/// a redirect to a host that is not the org's own makes that host no target: the base stays on the
/// last hop the org owns, and the redirect is kept as evidence.
struct SiteBase
{
    QUrl base;       ///< without query; on the org's own host
    qsizetype hop;   ///< index of the last hop on the org's own hosts
    QUrl leftTo;     ///< where the chain left the org's hosts; empty when it did not
    QString outside; ///< why leftTo is not the org's (Sdk::Scope), for reasons and evidence
};

/// The WAF probes ask the page the home page was finally served at (a site that redirects / within
/// its own hosts would otherwise answer every probe with the same redirect); management paths are
/// absolute anyway.
SiteBase siteBase(const Sdk::SitePage &page, const Sdk::Scope &scope)
{
    const QList<Sdk::HttpHop> &hops = page.exchange.hops;
    SiteBase b{{}, 0, {}, {}};
    for (qsizetype i = 0; i < hops.size(); ++i) {
        const Sdk::Scope::Verdict v = scope.judge(hops.at(i).url.host());
        if (!v.own) {
            b.leftTo = hops.at(i).url;
            b.outside = v.explanation;
            break;
        }
        b.hop = i;
    }
    b.base = hops.isEmpty() ? QUrl(u"https://"_qs + page.host + u'/') : hops.at(b.hop).url;
    if (b.base.path().isEmpty())
        b.base.setPath(u"/"_qs);
    b.base.setQuery(QString());
    b.base.setFragment(QString());
    return b;
}

/// Why active tests must not go to @p host, empty when they may: it is not the org's own
/// (Sdk::Scope), or it resolves to a loopback/private/reserved address and the profile does not allow
/// those. For @p ports tests (TCP services, logins) a name that is a CNAME onto a host off the org's
/// domains is refused too: the machine that answers is that CDN's or cloud's, shared with strangers,
/// while HTTP through the org's own name still reaches the org's site by its Host header.
QCoro::Task<QString> activeRefusal(Sdk::CheckContext &ctx, const Sdk::Scope &scope, const QString &host, bool ports)
{
    const Sdk::Scope::Verdict own = scope.judge(host);
    if (!own.own)
        co_return QObject::tr("active tests go only to the org's own hosts: %1").arg(own.explanation);
    if (!QHostAddress(host).isNull())
        co_return Sdk::refuseAddresses(host, {host}, ctx.profile().allowPrivate);
    if (!ports && ctx.profile().allowPrivate)
        co_return QString();
    const Sdk::HostResolution r = co_await ctx.probes().dns().resolveHost(host);
    if (ports)
        for (const QString &name : r.chain.mid(1))
            if (const Sdk::Scope::Verdict v = scope.judge(name); !v.own)
                co_return QObject::tr("%1 is a CNAME onto %2, which is not the org's own (%3): its ports are "
                                      "that host's, not tested for this org")
                    .arg(host, name, v.explanation);
    co_return Sdk::refuseAddresses(host, r.addresses, ctx.profile().allowPrivate);
}

/// The hops of a redirect chain in one line: "https://a/ 302 → https://b/ 200".
QString chainLine(const Sdk::HttpResult &r)
{
    QStringList hops;
    for (const Sdk::HttpHop &hop : r.hops)
        hops << u"%1 %2"_qs.arg(hop.url.toString()).arg(hop.status);
    return hops.join(u" → "_qs);
}

} // namespace

QCoro::Task<void> VulnFamily::run(Sdk::CheckContext &ctx)
{
    const auto feeds = co_await Sdk::ComponentFeeds::load(ctx.feeds());
    const Sdk::Scope scope = Sdk::Scope::of(ctx);
    QList<QUrl> basicUrls;
    for (const QString &host : Sdk::SitePage::websiteHosts(ctx.assets())) {
        if (ctx.cancelled())
            co_return;
        const QString refused = co_await activeRefusal(ctx, scope, host, false);
        if (!refused.isEmpty()) {
            qCInfo(lcVuln) << "no active tests on" << host << "for org" << ctx.org().id << ":" << refused;
            for (const QString &check : {KnownVulnerability, NoWaf, ExposedAdminCheck})
                ctx.inconclusive(check, host, refused);
            continue;
        }
        const Sdk::SitePage page = co_await Sdk::SitePage::fetch(ctx.probes().http(), host);
        if (!page.answered()) {
            for (const QString &check : {KnownVulnerability, NoWaf, ExposedAdminCheck})
                ctx.inconclusive(check, host, page.failure());
            continue;
        }
        const SiteBase site = siteBase(page, scope);
        // what another host serves says nothing about the org's platform: read the org's last hop
        if (!feeds) {
            ctx.inconclusive(KnownVulnerability, host, feeds.error().message);
        } else {
            const Sdk::HttpHop &home = page.exchange.hops.at(site.hop);
            const QString html = home.bodyText();
            const QList<Sdk::TechDetection> detected =
                (*feeds)->fingerprints.detect(Sdk::PageFacts::fromHop(home, html));
            Sdk::Observations::record(ctx, KnownVulnerability, host, page.exchange, detected); // for rematch
            KnownVulnerabilities::report(ctx, host, page.exchange, detected, (*feeds)->vulnerabilities);
        }
        if (!site.leftTo.isEmpty()) {
            // the probes would only meet the redirect again; the host it leads to is no target
            qCInfo(lcVuln) << host << "redirects out of the org's hosts to" << site.leftTo << "- not probed";
            ctx.inconclusive(
                NoWaf, host,
                QObject::tr("%1 redirects to %2, which is not the org's own (%3): attack-shaped "
                            "queries are not sent there, and the org's host only answers with the "
                            "redirect. Redirect chain: %4")
                    .arg(site.base.toString(), site.leftTo.toString(), site.outside, chainLine(page.exchange)));
        } else {
            co_await WafProbe::check(ctx, host, site.base);
        }
        const QList<QUrl> basic = co_await ExposedAdmin::check(ctx, host, site.base);
        basicUrls << basic;
    }
    QStringList ftpHosts, redisHosts, refusedHosts;
    bool unknownLoginPorts = false;
    for (const QString &host : Sdk::orgHosts(ctx.assets())) {
        if (ctx.cancelled())
            co_return;
        // a CNAME target or other discovered host off the org's domains is evidence, not a target
        const QString refused = co_await activeRefusal(ctx, scope, host, true);
        if (!refused.isEmpty()) {
            qCInfo(lcVuln) << "no port tests on" << host << "for org" << ctx.org().id << ":" << refused;
            ctx.inconclusive(HighRiskPort, host, refused);
            if (ctx.org().authorized)
                ctx.inconclusive(WeakPasswordCheck, host, refused);
            refusedHosts << host;
            continue;
        }
        const PortScan ports = co_await HighRiskPorts::check(ctx, host);
        if (ports.open.contains(21))
            ftpHosts << host;
        if (ports.open.contains(6379))
            redisHosts << host;
        // a login port that gave no answer may run the service: no weak-password verdict on it
        for (const quint16 port : {quint16(21), quint16(6379)}) {
            if (!ports.unknown.contains(port) || !ctx.org().authorized)
                continue;
            ctx.inconclusive(
                WeakPasswordCheck, u"%1:%2"_qs.arg(host).arg(port),
                QObject::tr("port %1 of %2 gave no answer to a connect: whether a login is offered there is not "
                            "known")
                    .arg(port)
                    .arg(host));
            unknownLoginPorts = true;
        }
    }
    // authorised active tests only: the engine gates the results too, but no login is even tried here
    // nothing to try is a pass only when no host was refused and no login port stayed silent: either may
    // well run FTP
    const bool nothingToTry = ftpHosts.isEmpty() && redisHosts.isEmpty() && basicUrls.isEmpty();
    if (ctx.org().authorized && !ctx.cancelled() && !(nothingToTry && (!refusedHosts.isEmpty() || unknownLoginPorts)))
        co_await WeakPassword::check(ctx, ftpHosts, redisHosts, basicUrls);
    qCDebug(lcVuln) << ctx.org().id << "vuln checks done";
}

} // namespace Govscope::Vuln
