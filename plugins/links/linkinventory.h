#pragma once

#include "sitecrawler.h"

#include <QList>
#include <QSet>
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

    /// @p isOwnHost says whether a (lower-case ASCII) host belongs to the org. A page counts as a
    /// notice for all its external links when its text has leaving wording (an interstitial page or a
    /// modal in the markup), when an inline script or an attribute carries it (hasNoticeHandler), or
    /// when it loads one of @p noticeScripts (keys of own-host script files found to hold a notice
    /// handler). A link is noticed on an own-host page whose query carries its URL (/exit?url=…, the
    /// site's jump page) and when its onclick asks or tells (isNoticeScript).
    static LinkInventory collect(const QList<Sdk::CrawledDocument> &documents,
                                 const std::function<bool(const QString &)> &isOwnHost,
                                 const QSet<QString> &noticeScripts = {});
    QList<FoundLink> unnoticed() const; ///< external links some occurrence of which gives no notice

    /// bszs/dcs.conac.cn, beian.miit.gov.cn, beian.gov.cn, pucha.kaipuyun.cn and their subdomains.
    static bool isNationalService(const QString &host);
    /// Whether a page's text tells the visitor they are leaving (您即将离开本网站, 即将访问…).
    static bool isNoticePage(const QString &text);
    /// Whether an onclick script asks or tells before leaving (confirm(), alert(), a notice text).
    static bool isNoticeScript(const QString &onclick);
    /// Whether script code (inline or a script file) holds leaving wording, backslash-u escapes read.
    static bool isNoticeCode(const QString &code);
    /// Whether a page's markup shows a leaving notice for its links: an inline script with notice
    /// wording (confirm(), alert(), a layer or modal it opens), or the wording in an attribute
    /// (data-confirm, title, …) for a handler to show.
    static bool hasNoticeHandler(const QString &html);
    /// The http(s) URLs of a page's `<script src>`, resolved against the page.
    static QList<QUrl> scriptSources(const Sdk::CrawledDocument &doc);
    /// Scheme-less key (host, port, path, query): http and https copies of a page are one link.
    static QString key(const QUrl &url);
};

} // namespace Govscope::Links
