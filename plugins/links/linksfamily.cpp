#include "linksfamily.h"

#include "catalogueinfo.h"
#include "checkcontext.h"
#include "feedcache.h"
#include "sitelinks.h"
#include "sitepage.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcLinks, "govscope.links")

namespace Govscope::Links {

namespace {

// Parsed once for every org of a scan, and again when the files change.
Sdk::FeedCache<Sdk::Blocklist> &blocklistCache()
{
    static Sdk::FeedCache<Sdk::Blocklist> cache({u"blocklists/*.txt"_qs, u"blocklists/*.csv"_qs},
                                                &Sdk::Blocklist::load);
    return cache;
}

Sdk::FeedCache<Sdk::KeywordLists> &keywordCache()
{
    static Sdk::FeedCache<Sdk::KeywordLists> cache({u"keywords/*.txt"_qs}, &Sdk::KeywordLists::load);
    return cache;
}

} // namespace

QCoro::Task<void> LinksFamily::run(Sdk::CheckContext &ctx)
{
    const QStringList hosts = Sdk::SitePage::websiteHosts(ctx.assets());
    if (hosts.isEmpty())
        co_return;
    // a broken feed file must not pass links unexamined: links.malicious says why it cannot judge
    QString feedProblem;
    static const Sdk::KeywordLists noKeywords;
    static const Sdk::Blocklist noBlocklist;
    const auto blocklists = co_await blocklistCache().load(ctx.feeds());
    const auto keywordLists = co_await keywordCache().load(ctx.feeds());
    const Sdk::Blocklist &blocklist = *blocklists ? blocklists->value() : noBlocklist;
    const Sdk::KeywordLists &keywords = *keywordLists ? keywordLists->value() : noKeywords;
    if (!*blocklists)
        feedProblem = blocklists->error().message;
    else if (!*keywordLists)
        feedProblem = keywordLists->error().message;
    if (feedProblem.isEmpty() && blocklist.size() == 0 && keywords.isEmpty())
        feedProblem = tr("no blocklists/ or keywords/ feed files are loaded: pass --feeds with them");

    SiteLinks links(ctx, blocklist, keywords, feedProblem);
    for (const QString &host : hosts) {
        if (ctx.cancelled())
            co_return;
        co_await links.checkSite(host);
    }
}

} // namespace Govscope::Links
