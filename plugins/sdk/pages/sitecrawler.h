#pragma once

#include "httpprobe.h"

#include <QCoroTask>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>

namespace Govscope::Sdk {

/// One page or attachment the crawler read.
struct CrawledDocument
{
    QUrl url; ///< final URL after redirects
    int status = 0;
    QString contentType;
    bool isHtml = false;
    int depth = 0;
    QString text; ///< visible text for HTML, the decoded body otherwise
    QString html; ///< the decoded markup of HTML documents (link checks read anchors from it); empty otherwise
};

struct CrawlResult
{
    QList<CrawledDocument> documents; ///< 2xx text documents, in the order read
    QStringList failures;             ///< "url: reason" for requests that got no answer
    int fetched = 0;                  ///< requests made
    bool hitPageLimit = false;        ///< more links were left when maxPages was reached
};

/// Limits of one crawl (the profile's crawl.max_pages / crawl.max_depth).
struct CrawlLimits
{
    int maxPages = 200;
    int maxDepth = 3;
};

/// A bounded breadth-first crawl of one site: links are followed only on the start URL's host
/// (either scheme), at most maxPages requests and maxDepth links deep. It reads HTML pages and
/// text attachments (TXT, CSV, HTML); it does not request files whose extension names a binary
/// format (images, scripts, archives, office files), so a crawl never downloads large media.
class SiteCrawler final
{
public:
    /// The arguments are references the caller keeps alive while awaiting (GCC 12 mishandles
    /// non-trivial by-value coroutine parameters built from temporaries).
    static QCoro::Task<CrawlResult> crawl(HttpProbe &http, const QUrl &start, const CrawlLimits &limits,
                                          const std::function<bool()> &cancelled);
    /// Whether @p url's extension is one the crawler reads (none, html, txt, csv, …).
    static bool isReadable(const QUrl &url);
    /// @p url without fragment, with an empty path made "/": the key that dedupes visits.
    static QUrl normalised(const QUrl &url);
};

} // namespace Govscope::Sdk
