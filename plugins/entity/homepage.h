#pragma once

#include "htmldocument.h"
#include "httpprobe.h"

namespace Govscope::Entity {

/// A site's home page as the entity checks see it: fetched over HTTPS, or over HTTP when HTTPS
/// gives no answer, redirects followed.
struct HomePage
{
    QString host;
    Sdk::HttpResult exchange; ///< of the scheme that answered (or the last one tried)
    Sdk::HtmlDocument document;

    /// Some HTTP response came back (any status): the site "answers".
    bool answered() const { return exchange.responded(); }
    /// A page to read: a 2xx response.
    bool ok() const { return answered() && exchange.last().status >= 200 && exchange.last().status < 300; }
    bool timedOut() const { return !answered() && exchange.timedOut(); }
    /// Why there is no page, for inconclusive results.
    QString failure() const;

    static QCoro::Task<HomePage> fetch(Sdk::HttpProbe &http, const QString &host);
};

} // namespace Govscope::Entity
