#include "transport.h"

#include <QObject>

namespace Govscope::Datasec {

bool Transport::plainRedirectsToHttps() const
{
    return plain.hops.size() > 1 && plain.responded() && plain.finalUrl().scheme() == u"https"_qs;
}

bool Transport::undecided() const
{
    return !httpsServed() && !plainAnswered() && (https.timedOut() || plain.timedOut());
}

Models::Message Transport::noHttpsProblem() const
{
    if (!httpsServed() && plainAnswered())
        return Models::message(QT_TRANSLATE_NOOP("Finding", "no HTTPS on {host} ({error}); the site is served over plain HTTP only"),
                               {{u"host"_qs, host}, {u"error"_qs, https.hops.isEmpty() ? https.error : https.last().error}});
    if (httpsServed() && plainAnswered() && !plainRedirectsToHttps())
        return Models::message(QT_TRANSLATE_NOOP("Finding", "http://{host}/ answers HTTP {status} without redirecting to HTTPS"),
                               {{u"host"_qs, host}, {u"status"_qs, plain.last().status}});
    return {};
}

QByteArray Transport::hsts() const
{
    // the header that counts is the one the host itself sends on HTTPS
    for (auto it = https.hops.crbegin(); it != https.hops.crend(); ++it)
        if (it->url.scheme() == u"https"_qs && it->url.host().compare(host, Qt::CaseInsensitive) == 0 && it->status > 0)
            return it->header("Strict-Transport-Security");
    return {};
}

QUrl Transport::base() const
{
    return QUrl((httpsServed() ? u"https://"_qs : u"http://"_qs) + host + u'/');
}

QCoro::Task<Transport> Transport::fetch(Sdk::HttpProbe &http, const QString &host)
{
    Transport t;
    t.host = host;
    // named URLs: GCC 12 destroys temporaries of a co_await expression twice
    const QUrl httpsUrl(u"https://"_qs + host + u'/');
    const QUrl plainUrl(u"http://"_qs + host + u'/');
    t.https = co_await http.get(httpsUrl);
    // A timeout says nothing about whether HTTPS exists (a loaded path, a slow TLS stack): ask once more before
    // no_https, hsts_missing and tls_invalid are judged on it.
    if (!t.https.responded() && t.https.timedOut())
        t.https = co_await http.get(httpsUrl);
    t.plain = co_await http.get(plainUrl);
    co_return t;
}

} // namespace Govscope::Datasec
