#include "linksfamily.h"

#include "catalogueinfo.h"
#include "checkcontext.h"
#include "sitelinks.h"
#include "sitepage.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcLinks, "govscope.links")

namespace Govscope::Links {

QCoro::Task<void> LinksFamily::run(Sdk::CheckContext &ctx)
{
    const QStringList hosts = Sdk::SitePage::websiteHosts(ctx.assets());
    if (hosts.isEmpty())
        co_return;
    // a broken feed file must not pass links unexamined: links.malicious says why it cannot judge
    QString feedProblem;
    Sdk::Blocklist blocklist;
    Sdk::KeywordLists keywords;
    if (Result<Sdk::Blocklist> loaded = Sdk::Blocklist::load(ctx.feeds()); loaded)
        blocklist = std::move(*loaded);
    else
        feedProblem = loaded.error().message;
    if (Result<Sdk::KeywordLists> loaded = Sdk::KeywordLists::load(ctx.feeds()); loaded)
        keywords = std::move(*loaded);
    else if (feedProblem.isEmpty())
        feedProblem = loaded.error().message;
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
