#include "sitepage.h"

#include "domainnames.h"
#include "hosts.h"

#include <QObject>

namespace Govscope::Sdk {

bool SitePage::offsite() const
{
    if (exchange.hops.isEmpty())
        return false;
    const QString finalHost = DomainNames::toAscii(exchange.finalUrl().host());
    const QString asked = DomainNames::toAscii(host);
    if (finalHost.isEmpty() || finalHost == asked)
        return false;
    const QString a = DomainNames::registrableDomain(asked), b = DomainNames::registrableDomain(finalHost);
    return a.isEmpty() || b.isEmpty() || a != b;
}

QString SitePage::failure() const
{
    if (exchange.hops.isEmpty())
        return QObject::tr("%1 was not fetched").arg(host);
    const HttpHop &last = exchange.last();
    if (offsite())
        return QObject::tr("%1 redirects to %2, on another registrable domain: that page is not judged as %1's")
            .arg(host, exchange.finalUrl().toString());
    if (last.status > 0 && last.truncated)
        return QObject::tr("%1 answered HTTP %2 but the page was not read whole: %3")
            .arg(last.url.toString())
            .arg(last.status)
            .arg(last.error);
    if (last.status > 0 && !exchange.error.isEmpty())
        return QObject::tr("%1 answered HTTP %2; not followed further: %3")
            .arg(last.url.toString())
            .arg(last.status)
            .arg(exchange.error);
    if (last.status > 0)
        return QObject::tr("%1 answered HTTP %2").arg(last.url.toString()).arg(last.status);
    return QObject::tr("%1 gave no answer: %2").arg(last.url.toString(), last.error);
}

QCoro::Task<SitePage> SitePage::fetch(HttpProbe &http, const QString &host)
{
    SitePage page;
    page.host = host;
    // named URLs: GCC 12 destroys temporaries of a co_await expression twice
    const QUrl httpsUrl(u"https://"_qs + host + u'/');
    const QUrl plainUrl(u"http://"_qs + host + u'/');
    page.exchange = co_await http.get(httpsUrl);
    if (!page.exchange.responded()) {
        HttpResult plain = co_await http.get(plainUrl);
        // keep the HTTPS timeout visible when plain HTTP fails too: it explains the inconclusive
        if (plain.responded() || !page.exchange.timedOut())
            page.exchange = std::move(plain);
    }
    if (page.ok()) {
        page.html = page.exchange.last().bodyText();
        page.document = HtmlDocument::parse(page.html);
    }
    co_return page;
}

QStringList SitePage::websiteHosts(const QList<Models::Asset> &assets)
{
    // A webmail URL is declared as a website too, but it is the mail family's: skip mail hosts.
    QStringList mailHosts;
    for (const Models::Asset &a : assets)
        if (a.type == Models::AssetType::MailHost)
            mailHosts << DomainNames::toAscii(Models::hostOf(a.value));
    QStringList hosts;
    for (const Models::Asset &a : assets) {
        if (a.type != Models::AssetType::Website)
            continue;
        const QString host = DomainNames::toAscii(Models::hostOf(a.value));
        if (!host.isEmpty() && !hosts.contains(host) && !mailHosts.contains(host))
            hosts << host;
    }
    return hosts;
}

} // namespace Govscope::Sdk
