#include "footerreading.h"

#include "conacmarkers.h"
#include "domainnames.h"
#include "httpprobe.h"
#include "pagetext.h"
#include "sitepage.h"

#include <QObject>

namespace Govscope::Identifier {

namespace {

// A script of the site itself (same host, or same registrable domain: static.example.gov.cn), which
// a site uses for its shared footer; third-party scripts (CONAC, 纠错, analytics) are not fetched.
bool sameSite(const QUrl &script, const QString &pageHost)
{
    if (script.scheme() != u"https"_qs && script.scheme() != u"http"_qs)
        return false;
    const QString host = Sdk::DomainNames::toAscii(script.host());
    const QString own = Sdk::DomainNames::toAscii(pageHost);
    if (host.isEmpty() || own.isEmpty())
        return false;
    if (host == own)
        return true;
    const QString reg = Sdk::DomainNames::registrableDomain(own);
    return !reg.isEmpty() && Sdk::DomainNames::registrableDomain(host) == reg;
}

QStringList sourcesOf(const QString &html, const QString &externalWritten)
{
    return Sdk::ConacMarkers::scripts(html).sources + Sdk::ConacMarkers::scripts(externalWritten).sources;
}

} // namespace

FooterReading FooterReading::read(const QString &html, const QString &externalWritten)
{
    using namespace Sdk::ConacMarkers;
    FooterReading r;
    const QString page = withoutComments(html);
    const QString external = withoutComments(externalWritten);
    const QString written = scripts(html).written + u'\n' + external + u'\n' + scripts(external).written;
    r.markup = page + u'\n' + written;
    r.document = Sdk::HtmlDocument::parse(page);
    r.text = PageText::readerText(page) + u'\n' + PageText::readerText(written);
    r.externalWritten = externalWritten;
    return r;
}

QCoro::Task<void> FooterReading::readScripts(Sdk::HttpProbe &http, const Sdk::SitePage &page, FooterReading &reading)
{
    const QUrl base = page.exchange.finalUrl();
    QStringList seen;
    QString written = reading.externalWritten;
    QStringList unread;
    // a footer script may itself load another: a second round reads those
    for (int round = 0; round < 2; ++round) {
        QList<QUrl> pending;
        for (const QString &src : sourcesOf(page.html, written)) {
            const QUrl url = base.resolved(QUrl(src));
            if (!sameSite(url, page.host) || seen.contains(url.toString()))
                continue;
            seen << url.toString();
            pending << url;
        }
        if (pending.isEmpty())
            break;
        for (const QUrl &url : std::as_const(pending)) {
            if (reading.scriptsRead.size() >= MaxScripts) {
                unread << QObject::tr("%1 (not fetched: more than %2 scripts)").arg(url.toString()).arg(MaxScripts);
                continue;
            }
            Sdk::HttpRequest request;
            request.url = url;
            request.maxHops = 3;
            request.maxBody = MaxScriptBytes;
            const Sdk::HttpResult result = co_await http.fetch(request);
            if (!result.responded()) {
                // no answer: what it would write is unknown, so a missing mark cannot be judged
                unread << QObject::tr("%1 (no answer: %2)")
                              .arg(url.toString(), result.hops.isEmpty() ? result.error : result.last().error);
                continue;
            }
            const int status = result.last().status;
            reading.scriptsRead << QObject::tr("%1 → HTTP %2").arg(url.toString()).arg(status);
            // a browser runs nothing from an error page: such a script writes nothing
            if (status >= 200 && status < 300)
                written += Sdk::ConacMarkers::writtenBy(result.last().bodyText()) + u'\n';
        }
    }
    const QStringList fetched = reading.scriptsRead;
    reading = FooterReading::read(page.html, written);
    reading.scriptsRead = fetched;
    reading.unread = unread;
}

} // namespace Govscope::Identifier
