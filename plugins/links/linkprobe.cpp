#include "linkprobe.h"

#include "probeset.h"

#include <QObject>

namespace Govscope::Links {

LinkStatus LinkProbe::judge(const Sdk::HttpResult &result)
{
    LinkStatus s;
    s.exchange = result;
    if (result.hops.isEmpty()) {
        s.reason = result.error.isEmpty() ? QObject::tr("no request was made") : result.error;
        return s;
    }
    const Sdk::HttpHop &last = result.last();
    if (last.status > 0) {
        s.reason = u"HTTP %1 %2"_qs.arg(last.status).arg(QString::fromLatin1(last.reason)).trimmed();
        if (!result.error.isEmpty()) { // e.g. a redirect loop: the visitor never gets a page
            s.verdict = LinkStatus::Dead;
            s.reason += u"; "_qs + result.error;
        } else {
            s.verdict = last.status >= 400 ? LinkStatus::Dead : LinkStatus::Alive;
        }
        return s;
    }
    if (last.timedOut) {
        // checks.md §9 counts a link that does not answer as dead: the visitor gets nothing either
        s.verdict = LinkStatus::Dead;
        s.timedOut = true;
        s.reason = QObject::tr("no answer within %1 ms").arg(last.elapsedMs);
        return s;
    }
    switch (last.networkError) {
    case QNetworkReply::ConnectionRefusedError:
        s.verdict = LinkStatus::Dead;
        s.reason = QObject::tr("connection refused");
        break;
    case QNetworkReply::RemoteHostClosedError:
        s.verdict = LinkStatus::Dead;
        s.reason = QObject::tr("connection closed without an answer");
        break;
    case QNetworkReply::HostNotFoundError:
        s.reason = QObject::tr("host not found: %1").arg(last.error); // DNS decides: NXDOMAIN or resolver trouble
        break;
    default:
        s.reason = last.error;
        break;
    }
    return s;
}

QCoro::Task<LinkStatus> LinkProbe::check(Sdk::ProbeSet &probes, const QUrl &url)
{
    Sdk::HttpRequest head;
    head.url = url;
    head.method = "HEAD";
    head.maxHops = 8;
    // named results: GCC 12 destroys temporaries of a co_await expression twice
    const Sdk::HttpResult headResult = co_await probes.http().fetch(head);
    LinkStatus status = judge(headResult);
    const bool answered = status.exchange.responded();
    if (status.verdict == LinkStatus::Dead && answered) {
        // some servers refuse or mishandle HEAD; a visitor's browser sends GET
        Sdk::HttpRequest get;
        get.url = url;
        get.maxHops = 8;
        get.maxBody = 512 * 1024;
        const Sdk::HttpResult getResult = co_await probes.http().fetch(get);
        status = judge(getResult);
    }
    if (status.timedOut) {
        // once more, with twice the time, before a timeout reads as dead: a loaded machine or a slow
        // first byte is no dead link
        Sdk::HttpRequest again;
        again.url = url;
        again.hopTimeout = probes.http().timeout() * 2;
        again.maxHops = 8;
        again.maxBody = 512 * 1024;
        const Sdk::HttpResult secondResult = co_await probes.http().fetch(again);
        const LinkStatus second = judge(secondResult);
        if (second.timedOut)
            status.reason = QObject::tr("no answer, twice: %1, then %2").arg(status.reason, second.reason);
        else
            status = second;
    }
    if (!status.exchange.responded() && !status.exchange.hops.isEmpty() &&
        status.exchange.last().networkError == QNetworkReply::HostNotFoundError) {
        const QString host = url.host();
        const Sdk::HostResolution r = co_await probes.dns().resolveHost(host);
        status.dns = r;
        if (r.status == Sdk::DnsStatus::NxDomain) {
            status.verdict = LinkStatus::Dead;
            status.reason = QObject::tr("NXDOMAIN: %1 does not exist").arg(r.finalName());
        } else if (r.status == Sdk::DnsStatus::NoRecords || (r.status == Sdk::DnsStatus::Ok && !r.resolves())) {
            status.verdict = LinkStatus::Dead;
            status.reason = QObject::tr("%1 has no address record").arg(r.finalName());
        } else if (r.resolves()) {
            status.reason = QObject::tr("the HTTP client could not resolve %1, which DNS resolves to %2")
                                .arg(host, r.addresses.join(u", "_qs));
        } else {
            status.reason = QObject::tr("DNS gave no verdict on %1: %2").arg(host, Sdk::toId(r.status));
        }
    }
    co_return status;
}

} // namespace Govscope::Links
