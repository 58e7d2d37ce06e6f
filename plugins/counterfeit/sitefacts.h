#pragma once

#include "pagesimilarity.h"
#include "screenshot.h"
#include "sitepage.h"

#include <QCoroTask>

namespace Govscope::Sdk {
class HttpProbe;
}

namespace Govscope::Counterfeit {

/// A fetched home page with the facts the look-alike comparison needs, favicon included.
struct SiteFacts
{
    Sdk::SitePage page;
    PageFacts facts;
    Sdk::HttpResult favicon; ///< the favicon exchange (empty when the page did not load)
    Sdk::Screenshot shot;    ///< the browser's view of page.exchange.finalUrl() (captureAll)

    /// @p url set: fetch exactly that (a lead's URL); else the host's home page, HTTPS first.
    static QCoro::Task<SiteFacts> fetch(Sdk::HttpProbe &http, const QString &host, const QUrl &url = {});
};

/// Captures every loaded page of @p sites at once (the service's pool takes them in turn); a page that
/// did not load gets no capture.
QCoro::Task<void> captureAll(QList<SiteFacts *> sites);

/// The favicon a browser would show: the first `<link rel="…icon…" href>`, else /favicon.ico.
QUrl faviconUrl(const QString &html, const QUrl &pageUrl);

} // namespace Govscope::Counterfeit
