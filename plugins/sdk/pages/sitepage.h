#pragma once

#include "htmldocument.h"
#include "httpprobe.h"
#include "types.h"

namespace Govscope::Sdk {

/// A website's home page as page-reading checks see it: fetched over HTTPS, or over plain HTTP when
/// HTTPS gives no answer, redirects followed, and parsed when it is a 2xx page.
struct SitePage
{
    QString host;
    HttpResult exchange; ///< of the scheme that answered (or the last one tried)
    HtmlDocument document;
    QString html; ///< the decoded body of the final hop (empty unless ok())

    bool answered() const { return exchange.responded(); }
    /// A 2xx page read whole: a body cut at the size limit or the deadline (a 1 GB page, a bomb, a drip)
    /// is not judged from its first part, its checks are inconclusive with failure().
    bool ok() const
    {
        return answered() && exchange.last().status >= 200 && exchange.last().status < 300 &&
               !exchange.last().truncated && !offsite();
    }
    /// The redirects ended on another registrable domain: that page is somebody else's, and judging it
    /// as the org's would put a stranger's page in the org's findings (issue 12, scope).
    bool offsite() const;
    bool timedOut() const { return !answered() && exchange.timedOut(); }
    /// Why there is no page to read, for inconclusive results.
    QString failure() const;

    static QCoro::Task<SitePage> fetch(HttpProbe &http, const QString &host);
    /// ASCII hosts of the org's website assets (declared and discovered), without duplicates and
    /// without webmail hosts (a webmail URL is not a website: README of tests/world).
    static QStringList websiteHosts(const QList<Models::Asset> &assets);
};

} // namespace Govscope::Sdk
