#include "servicepages.h"

#include "htmldocument.h"

#include <QRegularExpression>

namespace Govscope::Supplychain::ServicePages {

bool looksLikeService(const QString &href, const QString &text)
{
    static const QRegularExpression words(u"登录|登陆|办事|服务|用户中心|注册|认证"_qs);
    static const QRegularExpression paths(u"(^|/)(zwfw|bsdt|login|signin|sso|passport|uc|user|fw)([/._?]|$)"_qs,
                                          QRegularExpression::CaseInsensitiveOption);
    return words.match(text).hasMatch() || paths.match(QUrl(href).path()).hasMatch();
}

QCoro::Task<QList<ServicePage>> collect(Sdk::HttpProbe &http, const Sdk::SitePage &home)
{
    QList<ServicePage> pages;
    if (!home.ok())
        co_return pages;
    pages << ServicePage{home.exchange.finalUrl(), home.html, home.exchange};
    QList<QUrl> queue;
    QSet<QString> seen{home.exchange.finalUrl().adjusted(QUrl::RemoveFragment).toString()};
    const auto enqueue = [&](const QUrl &base, const QString &html) {
        for (const Sdk::HtmlDocument::Link &l : Sdk::HtmlDocument::parse(html).links()) {
            const QUrl url = base.resolved(QUrl(l.href)).adjusted(QUrl::RemoveFragment);
            if (url.host() != base.host() || !url.scheme().startsWith(u"http"_qs) || seen.contains(url.toString()) ||
                !looksLikeService(l.href, l.text))
                continue;
            seen.insert(url.toString());
            queue << url;
        }
    };
    enqueue(home.exchange.finalUrl(), home.html);
    for (int depth = 1; depth <= 2 && !queue.isEmpty(); ++depth) {
        const QList<QUrl> level = std::exchange(queue, {});
        for (const QUrl &url : level) {
            if (pages.size() >= MaxPages)
                co_return pages;
            const Sdk::HttpResult r = co_await http.get(url);
            if (!r.responded() || r.last().status < 200 || r.last().status >= 300)
                continue;
            const QString html = r.last().bodyText();
            pages << ServicePage{r.finalUrl(), html, r};
            if (depth < 2)
                enqueue(r.finalUrl(), html);
        }
    }
    co_return pages;
}

} // namespace Govscope::Supplychain::ServicePages
