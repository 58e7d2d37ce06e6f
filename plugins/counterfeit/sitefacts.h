#pragma once

#include "pagesimilarity.h"
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

    /// @p url set: fetch exactly that (a lead's URL); else the host's home page, HTTPS first.
    static QCoro::Task<SiteFacts> fetch(Sdk::HttpProbe &http, const QString &host, const QUrl &url = {});
};

/// The favicon a browser would show: the first `<link rel="…icon…" href>`, else /favicon.ico.
QUrl faviconUrl(const QString &html, const QUrl &pageUrl);

} // namespace Govscope::Counterfeit
