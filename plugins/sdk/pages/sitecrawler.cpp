#include "sitecrawler.h"

#include "htmldocument.h"

#include <QFileInfo>
#include <QObject>
#include <QSet>

namespace Govscope::Sdk {

namespace {

const QStringList kReadable = {u""_qs,    u"html"_qs, u"htm"_qs,  u"shtml"_qs, u"xhtml"_qs, u"php"_qs,
                               u"jsp"_qs, u"asp"_qs,  u"aspx"_qs, u"do"_qs,    u"txt"_qs,   u"csv"_qs};

bool sameSite(const QUrl &a, const QUrl &b)
{
    return a.host().compare(b.host(), Qt::CaseInsensitive) == 0;
}

bool isTextType(const QString &contentType)
{
    const QString t = contentType.section(u';', 0, 0).trimmed().toLower();
    return t.isEmpty() || t.startsWith(u"text/"_qs) || t == u"application/xhtml+xml"_qs || t == u"application/csv"_qs;
}

} // namespace

bool SiteCrawler::isReadable(const QUrl &url)
{
    return kReadable.contains(QFileInfo(url.path()).suffix().toLower());
}

QUrl SiteCrawler::normalised(const QUrl &url)
{
    QUrl u = url.adjusted(QUrl::RemoveFragment | QUrl::NormalizePathSegments);
    if (u.path().isEmpty())
        u.setPath(u"/"_qs);
    return u;
}

namespace {

// The crawl's queue and visited set, outside the coroutine: plain code GCC 12 compiles reliably
// (it miscompiled a QQueue taken apart inside the coroutine frame).
class Frontier
{
public:
    explicit Frontier(const QUrl &start)
        : m_start(start)
    {
        add(start, 0);
    }

    bool hasNext() const { return m_next < m_pending.size(); }
    QUrl nextUrl() const { return m_pending.at(m_next).first; }
    int nextDepth() const { return m_pending.at(m_next).second; }
    void pop() { ++m_next; }

    void add(const QUrl &url, int depth)
    {
        // a page of a million links must not grow the queue without end: far more than any crawl reads
        if (m_pending.size() >= MaxQueued)
            return;
        const QString key = url.host().toLower() + url.path() + u'?' + url.query();
        if (m_seen.contains(key))
            return;
        m_seen.insert(key); // scheme-less: http and https copies of a page are one page
        m_pending.append({url, depth});
    }

    /// Queues the same-site readable links of @p html found at @p base.
    void addLinks(const HtmlDocument &html, const QUrl &base, int depth)
    {
        for (const HtmlDocument::Link &link : html.links()) {
            const QUrl linked = SiteCrawler::normalised(base.resolved(QUrl(link.href)));
            if (linked.isValid() && (linked.scheme() == u"http"_qs || linked.scheme() == u"https"_qs) &&
                sameSite(linked, m_start) && SiteCrawler::isReadable(linked))
                add(linked, depth);
        }
    }

private:
    static constexpr qsizetype MaxQueued = 20000;
    QUrl m_start;
    QList<std::pair<QUrl, int>> m_pending;
    qsizetype m_next = 0;
    QSet<QString> m_seen;
};

/// Reads one answer into @p doc; false when it is not a same-site 2xx text document.
bool readDocument(const HttpHop &last, const QUrl &start, int depth, CrawledDocument &doc, HtmlDocument &html)
{
    if (last.status < 200 || last.status >= 300 || !sameSite(last.url, start))
        return false;
    doc.url = last.url;
    doc.status = last.status;
    doc.contentType = QString::fromLatin1(last.header("Content-Type"));
    doc.depth = depth;
    if (!isTextType(doc.contentType))
        return false;
    const QString body = last.bodyText();
    doc.isHtml = doc.contentType.contains(u"html"_qs, Qt::CaseInsensitive) ||
                 (doc.contentType.isEmpty() && body.left(512).contains(u"<html"_qs, Qt::CaseInsensitive));
    if (doc.isHtml) {
        html = HtmlDocument::parse(body);
        doc.html = body;
        doc.text = html.title() + u' ' + html.text();
    } else {
        doc.text = body;
    }
    return true;
}

} // namespace

QCoro::Task<CrawlResult> SiteCrawler::crawl(HttpProbe &http, const QUrl &startUrl, const CrawlLimits &limits,
                                            const std::function<bool()> &cancelled)
{
    CrawlResult result;
    const QUrl start = normalised(startUrl);
    Frontier frontier(start);
    while (frontier.hasNext()) {
        if (cancelled && cancelled())
            break;
        if (result.fetched >= limits.maxPages) {
            result.hitPageLimit = true;
            break;
        }
        HttpRequest request;
        request.url = frontier.nextUrl();
        request.maxHops = 5;
        // Only the start host's pages are read, so a redirect elsewhere is never followed: nothing is
        // sent to a host that is not the site's (issue 12, scope).
        request.redirectGuard = [start](const QUrl &next) {
            return sameSite(next, start)
                       ? QString()
                       : QObject::tr("redirect to %1, another host: not followed by the crawl").arg(next.toString());
        };
        const int depth = frontier.nextDepth();
        frontier.pop();
        const HttpResult fetched = co_await http.fetch(request);
        ++result.fetched;
        if (!fetched.responded()) {
            result.failures << u"%1: %2"_qs.arg(request.url.toString(),
                                                fetched.hops.isEmpty() ? fetched.error : fetched.last().error);
            continue;
        }
        if (fetched.last().truncated) {
            // a body cut at the size limit or the deadline (a 1 GB page, a bomb, a drip) is not read: its
            // prefix would be parsed and judged as if it were the page, at a cost in memory per page
            result.failures << u"%1: %2"_qs.arg(request.url.toString(), fetched.last().error);
            continue;
        }
        CrawledDocument doc;
        HtmlDocument html;
        if (!readDocument(fetched.last(), start, depth, doc, html))
            continue;
        if (doc.isHtml && depth < limits.maxDepth)
            frontier.addLinks(html, doc.url, depth + 1);
        result.documents << doc;
    }
    co_return result;
}

} // namespace Govscope::Sdk
