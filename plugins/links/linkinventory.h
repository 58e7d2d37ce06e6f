#pragma once

#include "sitecrawler.h"

#include <QList>
#include <QString>
#include <QUrl>

#include <functional>

namespace Govscope::Links {

/// A link target and where a visitor meets it.
struct FoundLink
{
    QUrl url;            ///< absolute, without fragment
    QUrl page;           ///< the first page it was found on
    QString text;        ///< the anchor text there
    bool noticed = true; ///< every occurrence warns the visitor (notice page or confirm on click)
};

/// The links of an org's crawled pages, sorted into what each links.* check examines. Badge and
/// filing links to the national services are not links of the site (tests/world/README.md).
struct LinkInventory
{
    QList<FoundLink> external; ///< other hosts, unique by URL, in order found
    QList<FoundLink> internal; ///< the org's own hosts, unique by URL, not already read by the crawl
    int internalTotal = 0;     ///< distinct internal links seen, crawled ones included

    /// @p isOwnHost says whether a (lower-case ASCII) host belongs to the org.
    static LinkInventory collect(const QList<Sdk::CrawledDocument> &documents,
                                 const std::function<bool(const QString &)> &isOwnHost);
    QList<FoundLink> unnoticed() const; ///< external links some occurrence of which gives no notice

    /// bszs/dcs.conac.cn, beian.miit.gov.cn, beian.gov.cn, pucha.kaipuyun.cn and their subdomains.
    static bool isNationalService(const QString &host);
    /// Whether a page's text tells the visitor they are leaving (您即将离开本网站, 即将访问…).
    static bool isNoticePage(const QString &text);
    /// Whether an onclick script asks or tells before leaving (confirm(), alert(), a notice text).
    static bool isNoticeScript(const QString &onclick);
    /// Whether a page script shows a leaving notice for its links (confirm()/alert() with notice wording).
    static bool hasNoticeHandler(const QString &html);
    /// Scheme-less key (host, port, path, query): http and https copies of a page are one link.
    static QString key(const QUrl &url);
};

} // namespace Govscope::Links
