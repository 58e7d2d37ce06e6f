#include "supplychainfamily.h"

#include "catalogueinfo.h"
#include "checkcontext.h"
#include "clientrules.h"
#include "componentchecks.h"
#include "componentfeeds.h"
#include "observations.h"
#include "probeset.h"
#include "servicepages.h"
#include "sitepage.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSupplychain, "govscope.supplychain")

namespace Govscope::Supplychain {

namespace {

const QString ForcedClient = u"supplychain.forced_client"_qs;
const QString SinglePlatform = u"supplychain.single_platform"_qs;
const QString VulnerableComponentCheck = u"supplychain.vulnerable_component"_qs;
const QString EolComponentCheck = u"supplychain.eol_component"_qs;

/// Same-site scripts read per site for their banner (those whose URL names no version).
constexpr int MaxScripts = 10;

} // namespace

QCoro::Task<void> SupplychainFamily::run(Sdk::CheckContext &ctx)
{
    const auto feeds = co_await Sdk::ComponentFeeds::load(ctx.feeds());
    for (const QString &host : Sdk::SitePage::websiteHosts(ctx.assets())) {
        if (ctx.cancelled())
            co_return;
        const Sdk::SitePage page = co_await Sdk::SitePage::fetch(ctx.probes().http(), host);
        if (!page.ok()) {
            // a home page refused to the profile's mainstream agent may be exactly what forced_client is about
            const QList<ServicePage> none;
            if (page.answered())
                co_await ClientRules::forcedClient(ctx, host, none, page.exchange);
            else
                ctx.inconclusive(ForcedClient, host, page.failure());
            for (const QString &check : {SinglePlatform, VulnerableComponentCheck, EolComponentCheck})
                ctx.inconclusive(check, host, page.failure());
            continue;
        }
        const QList<ServicePage> pages = co_await ServicePages::collect(ctx.probes().http(), page);
        co_await ClientRules::forcedClient(ctx, host, pages, page.exchange);
        ClientRules::singlePlatform(ctx, host, pages);
        if (!feeds) {
            for (const QString &check : {VulnerableComponentCheck, EolComponentCheck})
                ctx.inconclusive(check, host, feeds.error().message);
            continue;
        }
        const Sdk::ComponentFeeds &matchers = **feeds;
        const Sdk::HttpHop &home = page.exchange.last();
        const Sdk::SiteComponents site =
            co_await Sdk::SiteComponents::inspect(ctx.probes().http(), matchers, home, page.html, MaxScripts);
        Sdk::Observations::record(ctx, VulnerableComponentCheck, host, page.exchange, site.technologies,
                                  site.jsLibraries); // for rematch
        ComponentChecks::report(ctx, host, page.exchange, site, matchers);
    }
    qCDebug(lcSupplychain) << ctx.org().id << "supplychain checks done";
}

} // namespace Govscope::Supplychain
