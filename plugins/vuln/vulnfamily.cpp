#include "vulnfamily.h"

#include "catalogueinfo.h"
#include "checkcontext.h"
#include "componentfeeds.h"
#include "domainnames.h"
#include "exposedadmin.h"
#include "highriskports.h"
#include "knownvulns.h"
#include "orgrepository.h"
#include "probeset.h"
#include "sitepage.h"
#include "wafprobe.h"
#include "weakpassword.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcVuln)

namespace Govscope::Vuln {

namespace {

const QString KnownVulnerability = u"vuln.known_vulnerability"_qs;
const QString NoWaf = u"vuln.no_waf"_qs;
const QString ExposedAdminCheck = u"vuln.exposed_admin"_qs;
const QString WeakPasswordCheck = u"vuln.weak_password"_qs;

/// Every host of the org a service could listen on: websites, declared hosts and mail hosts.
QStringList orgHosts(const QList<Models::Asset> &assets)
{
    QStringList hosts;
    for (const Models::Asset &a : assets) {
        if (a.type != Models::AssetType::Website && a.type != Models::AssetType::Host &&
            a.type != Models::AssetType::MailHost)
            continue;
        const QString host = Sdk::DomainNames::toAscii(Models::hostOf(a.value));
        if (!host.isEmpty() && !hosts.contains(host))
            hosts << host;
    }
    return hosts;
}

/// Where the home page was finally served, without query: the WAF probes ask that page (a site
/// that redirects / elsewhere would otherwise answer every probe with the same redirect), and the
/// management paths are absolute anyway.
QUrl siteBase(const Sdk::SitePage &page)
{
    QUrl base = page.exchange.finalUrl();
    if (base.path().isEmpty())
        base.setPath(u"/"_qs);
    base.setQuery(QString());
    base.setFragment(QString());
    return base;
}

} // namespace

QList<Sdk::CheckInfo> VulnFamily::checks() const
{
    return Sdk::catalogueChecks(id());
}

QCoro::Task<void> VulnFamily::run(Sdk::CheckContext &ctx)
{
    const auto feeds = co_await Sdk::ComponentFeeds::load(ctx.feeds());
    QList<QUrl> basicUrls;
    for (const QString &host : Sdk::SitePage::websiteHosts(ctx.assets())) {
        if (ctx.cancelled())
            co_return;
        const Sdk::SitePage page = co_await Sdk::SitePage::fetch(ctx.probes().http(), host);
        if (!page.answered()) {
            for (const QString &check : {KnownVulnerability, NoWaf, ExposedAdminCheck})
                ctx.inconclusive(check, host, page.failure());
            continue;
        }
        if (!feeds) {
            ctx.inconclusive(KnownVulnerability, host, feeds.error().message);
        } else {
            const Sdk::HttpHop &home = page.exchange.last();
            const QString html = home.bodyText();
            const QList<Sdk::TechDetection> detected =
                (*feeds)->fingerprints.detect(Sdk::PageFacts::fromHop(home, html));
            KnownVulnerabilities::report(ctx, host, page.exchange, detected, (*feeds)->vulnerabilities);
        }
        const QUrl base = siteBase(page);
        co_await WafProbe::check(ctx, host, base);
        const QList<QUrl> basic = co_await ExposedAdmin::check(ctx, host, base);
        basicUrls << basic;
    }
    QStringList ftpHosts, redisHosts;
    for (const QString &host : orgHosts(ctx.assets())) {
        if (ctx.cancelled())
            co_return;
        const QList<quint16> open = co_await HighRiskPorts::check(ctx, host);
        if (open.contains(21))
            ftpHosts << host;
        if (open.contains(6379))
            redisHosts << host;
    }
    // authorised active tests only: the engine gates the results too, but no login is even tried here
    if (ctx.org().authorized && !ctx.cancelled())
        co_await WeakPassword::check(ctx, ftpHosts, redisHosts, basicUrls);
    qCDebug(lcVuln) << ctx.org().id << "vuln checks done";
}

} // namespace Govscope::Vuln
