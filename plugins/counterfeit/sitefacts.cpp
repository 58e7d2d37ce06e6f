#include "sitefacts.h"

#include "httpprobe.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace Govscope::Counterfeit {

QUrl faviconUrl(const QString &html, const QUrl &pageUrl)
{
    static const QRegularExpression linkTag(u"<link\\b[^>]*>"_qs, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression relIcon(uR"(\brel\s*=\s*["']?[^"'>]*\bicon\b)"_qs,
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression href(uR"(\bhref\s*=\s*["']?([^"'\s>]+))"_qs,
                                         QRegularExpression::CaseInsensitiveOption);
    for (auto it = linkTag.globalMatch(html); it.hasNext();) {
        const QString tag = it.next().captured();
        if (!relIcon.match(tag).hasMatch())
            continue;
        const QRegularExpressionMatch h = href.match(tag);
        if (h.hasMatch())
            return pageUrl.resolved(QUrl(h.captured(1)));
    }
    return pageUrl.resolved(QUrl(u"/favicon.ico"_qs));
}

QCoro::Task<SiteFacts> SiteFacts::fetch(Sdk::HttpProbe &http, const QString &host, const QUrl &url)
{
    SiteFacts s;
    if (url.isValid() && !url.isEmpty()) {
        s.page.host = host;
        s.page.exchange = co_await http.get(url);
        if (s.page.ok()) {
            s.page.html = s.page.exchange.last().bodyText();
            s.page.document = Sdk::HtmlDocument::parse(s.page.html);
        }
    } else {
        s.page = co_await Sdk::SitePage::fetch(http, host);
    }
    if (!s.page.ok())
        co_return s;
    s.facts.title = s.page.document.title();
    s.facts.text = s.page.document.text();
    s.facts.html = s.page.html;
    s.favicon = co_await http.get(faviconUrl(s.page.html, s.page.exchange.finalUrl()));
    if (s.favicon.responded() && s.favicon.last().status == 200 && !s.favicon.last().body.isEmpty())
        s.facts.faviconSha256 =
            QString::fromLatin1(QCryptographicHash::hash(s.favicon.last().body, QCryptographicHash::Sha256).toHex());
    co_return s;
}

} // namespace Govscope::Counterfeit

namespace Govscope::Counterfeit {

QCoro::Task<void> captureAll(QList<SiteFacts *> sites)
{
    if (!Sdk::Screenshots::available())
        co_return;
    std::vector<std::pair<SiteFacts *, QCoro::Task<Sdk::Screenshot>>> inFlight; // tasks start eagerly
    for (SiteFacts *site : sites)
        if (site->page.ok())
            inFlight.emplace_back(site, Sdk::Screenshots::capture(site->page.exchange.finalUrl()));
    for (auto &[site, task] : inFlight)
        site->shot = co_await std::move(task);
}

} // namespace Govscope::Counterfeit
