#include "homepage.h"

#include <QObject>

namespace Govscope::Entity {

QString HomePage::failure() const
{
    if (exchange.hops.isEmpty())
        return QObject::tr("%1 was not fetched").arg(host);
    const Sdk::HttpHop &last = exchange.last();
    if (last.status > 0)
        return QObject::tr("%1 answered HTTP %2").arg(last.url.toString()).arg(last.status);
    return QObject::tr("%1 gave no answer: %2").arg(last.url.toString(), last.error);
}

QCoro::Task<HomePage> HomePage::fetch(Sdk::HttpProbe &http, const QString &host)
{
    HomePage page;
    page.host = host;
    page.exchange = co_await http.get(QUrl(u"https://"_qs + host + u'/'));
    if (!page.exchange.responded()) {
        Sdk::HttpResult plain = co_await http.get(QUrl(u"http://"_qs + host + u'/'));
        // keep the HTTPS failure visible in the evidence when plain HTTP fails too
        if (plain.responded() || !page.exchange.timedOut())
            page.exchange = std::move(plain);
    }
    if (page.ok())
        page.document = Sdk::HtmlDocument::parse(page.exchange.last().bodyText());
    co_return page;
}

} // namespace Govscope::Entity
