#include "componentfeeds.h"

#include "feedcache.h"

#include <QDate>

namespace Govscope::Sdk {

namespace {

Result<ComponentFeeds> parseAll(const Feeds &feeds)
{
    ComponentFeeds out;
    auto tech = TechFingerprints::fromFeeds(feeds);
    if (!tech)
        return tech.error();
    auto vulns = VulnFeeds::fromFeeds(feeds);
    if (!vulns)
        return vulns.error();
    auto js = RetireRepository::fromFeeds(feeds);
    if (!js)
        return js.error();
    auto eol = EndOfLife::fromFeeds(feeds, QDate::currentDate());
    if (!eol)
        return eol.error();
    out.fingerprints = std::move(*tech);
    out.vulnerabilities = std::move(*vulns);
    out.jsLibraries = std::move(*js);
    out.endOfLife = std::move(*eol);
    return out;
}

// One parse for the whole process; the day is part of the identity (end-of-life dates pass).
FeedCache<ComponentFeeds> &cache()
{
    static FeedCache<ComponentFeeds> c(
        {u"fingerprints/*.json"_qs, u"vuln/*.json"_qs, u"vuln/*.xml"_qs, u"jslibs/*.json"_qs, u"eol/*.json"_qs},
        parseAll, [] { return QDate::currentDate().toString(Qt::ISODate).toLatin1(); });
    return c;
}

Result<std::shared_ptr<const ComponentFeeds>> toResult(const FeedCache<ComponentFeeds>::Parsed &p)
{
    if (!*p)
        return p->error();
    return std::shared_ptr<const ComponentFeeds>(p, &p->value()); // shares ownership of the cached parse
}

} // namespace

QCoro::Task<Result<std::shared_ptr<const ComponentFeeds>>> ComponentFeeds::load(const Feeds &feeds)
{
    co_return toResult(co_await cache().load(feeds));
}

Result<std::shared_ptr<const ComponentFeeds>> ComponentFeeds::of(const Feeds &feeds)
{
    return toResult(cache().of(feeds));
}

QCoro::Task<SiteComponents> SiteComponents::inspect(HttpProbe &http, const ComponentFeeds &feeds, const HttpHop &hop,
                                                    const QString &html, int maxScripts)
{
    SiteComponents out;
    const PageFacts facts = PageFacts::fromHop(hop, html);
    out.technologies = feeds.fingerprints.detect(facts);
    const auto add = [&out](const QList<JsLibrary> &found) {
        for (const JsLibrary &l : found) {
            const bool known = std::any_of(out.jsLibraries.cbegin(), out.jsLibraries.cend(), [&](const JsLibrary &k) {
                return k.library == l.library && k.version == l.version;
            });
            if (!known)
                out.jsLibraries << l;
        }
    };
    for (const QString &src : facts.scriptSrc) {
        const QUrl url = hop.url.resolved(QUrl(src));
        const QList<JsLibrary> byUrl = feeds.jsLibraries.fromUrl(url.toString());
        add(byUrl);
        // only same-site scripts without a version in the URL are read: a bounded, polite look
        if (!byUrl.isEmpty() || url.host() != hop.url.host() || out.scriptsRead.size() >= maxScripts)
            continue;
        HttpRequest request;
        request.url = url;
        request.maxBody = 64 * 1024;
        const HttpResult script = co_await http.fetch(request);
        out.scriptsRead << url.toString();
        if (script.responded() && script.last().status == 200)
            add(feeds.jsLibraries.fromContent(script.last().body, url.toString()));
    }
    co_return out;
}

} // namespace Govscope::Sdk
