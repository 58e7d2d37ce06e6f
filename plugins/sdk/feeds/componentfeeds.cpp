#include "componentfeeds.h"

#include "feeds.h"

#include <QCoroFuture>
#include <QCryptographicHash>
#include <QDate>
#include <QMutex>
#include <QtConcurrent>

namespace Govscope::Sdk {

namespace {

QStringList componentPatterns()
{
    return {u"fingerprints/*.json"_qs, u"vuln/*.json"_qs, u"vuln/*.xml"_qs, u"jslibs/*.json"_qs, u"eol/*.json"_qs};
}

/// The identity of the feed files in effect: their paths and hashes, plus the day (eol dates pass).
QByteArray cacheKey(const Feeds &feeds)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const FeedFile &f : feeds.files()) {
        for (const QString &p : componentPatterns()) {
            if (feeds.list(p).contains(f.relativePath)) {
                h.addData(QByteArray(f.relativePath.toUtf8() + '\0' + f.sha256.toLatin1() + '\n'));
                break;
            }
        }
    }
    h.addData(QDate::currentDate().toString(Qt::ISODate).toLatin1());
    return h.result();
}

/// A parse's outcome in a form QFuture can hold (Result has no default constructor).
struct Parsed
{
    std::shared_ptr<const ComponentFeeds> feeds;
    QString error;
};

Parsed parseAll(const Feeds &feeds)
{
    auto out = std::make_shared<ComponentFeeds>();
    auto tech = TechFingerprints::fromFeeds(feeds);
    if (!tech)
        return {nullptr, tech.error().message};
    auto vulns = VulnFeeds::fromFeeds(feeds);
    if (!vulns)
        return {nullptr, vulns.error().message};
    auto js = RetireRepository::fromFeeds(feeds);
    if (!js)
        return {nullptr, js.error().message};
    auto eol = EndOfLife::fromFeeds(feeds, QDate::currentDate());
    if (!eol)
        return {nullptr, eol.error().message};
    out->fingerprints = std::move(*tech);
    out->vulnerabilities = std::move(*vulns);
    out->jsLibraries = std::move(*js);
    out->endOfLife = std::move(*eol);
    return {out, {}};
}

/// The last parse (finished or running) and the feed identity it is for.
struct Cache
{
    QMutex mutex;
    QByteArray key;
    QFuture<Parsed> parse;
};

Cache &cache()
{
    static Cache c;
    return c;
}

Result<std::shared_ptr<const ComponentFeeds>> toResult(const Parsed &p)
{
    if (!p.feeds)
        return makeError(p.error);
    return p.feeds;
}

} // namespace

QCoro::Task<Result<std::shared_ptr<const ComponentFeeds>>> ComponentFeeds::load(const Feeds &feeds)
{
    const QByteArray key = cacheKey(feeds);
    QFuture<Parsed> parse;
    {
        QMutexLocker lock(&cache().mutex);
        if (cache().key != key || !cache().parse.isValid()) {
            cache().key = key;
            cache().parse = QtConcurrent::run(parseAll, feeds);
        }
        parse = cache().parse;
    }
    const Parsed parsed = co_await parse;
    co_return toResult(parsed);
}

Result<std::shared_ptr<const ComponentFeeds>> ComponentFeeds::of(const Feeds &feeds)
{
    const QByteArray key = cacheKey(feeds);
    QMutexLocker lock(&cache().mutex);
    if (cache().key == key && cache().parse.isValid() && cache().parse.isFinished())
        return toResult(cache().parse.result());
    const Parsed parsed = parseAll(feeds);
    cache().key = key;
    cache().parse = QtFuture::makeReadyFuture(parsed);
    return toResult(parsed);
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
