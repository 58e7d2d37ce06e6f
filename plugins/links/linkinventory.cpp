#include "linkinventory.h"

#include "domainnames.h"
#include "pageanchors.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace Govscope::Links {

namespace {

const QStringList kNationalServices = {u"conac.cn"_qs, u"beian.miit.gov.cn"_qs, u"beian.gov.cn"_qs, u"kaipuyun.cn"_qs};

// Wording of leaving notices on government sites; one is enough, as on the interstitial pages.
const QRegularExpression kNoticeText(u"即将离开|将要离开|您已离开|离开本站|离开本网|即将访问|即将跳转|即将前往|"
                                     "leaving (this|our) (site|website)"_qs,
                                     QRegularExpression::CaseInsensitiveOption);

class Collector
{
public:
    explicit Collector(const std::function<bool(const QString &)> &isOwnHost)
        : m_isOwnHost(isOwnHost)
    {}

    void markCrawled(const QUrl &url) { m_crawled.insert(LinkInventory::key(url)); }

    void add(const QUrl &page, const Sdk::PageAnchor &anchor, bool noticePage)
    {
        QUrl url = page.resolved(QUrl(anchor.href)).adjusted(QUrl::RemoveFragment | QUrl::NormalizePathSegments);
        if (!url.isValid() || (url.scheme() != u"http"_qs && url.scheme() != u"https"_qs) || url.host().isEmpty())
            return; // mailto:, javascript:, tel:, in-page anchors
        if (url.path().isEmpty())
            url.setPath(u"/"_qs);
        const QString host = Sdk::DomainNames::toAscii(url.host().toLower());
        if (LinkInventory::isNationalService(host))
            return;
        const QString k = LinkInventory::key(url);
        if (m_isOwnHost(host)) {
            if (!m_internalSeen.contains(k)) {
                m_internalSeen.insert(k);
                m_inventory.internal << FoundLink{url, page, anchor.text, true};
            }
            return;
        }
        const bool noticed = noticePage || LinkInventory::isNoticeScript(anchor.onclick);
        if (const auto it = m_externalAt.constFind(k); it != m_externalAt.constEnd()) {
            FoundLink &known = m_inventory.external[*it];
            if (known.noticed && !noticed) { // keep the page that lacks the notice as the evidence
                known.noticed = false;
                known.page = page;
                known.text = anchor.text;
            }
            return;
        }
        m_externalAt.insert(k, m_inventory.external.size());
        m_inventory.external << FoundLink{url, page, anchor.text, noticed};
    }

    LinkInventory finish()
    {
        m_inventory.internalTotal = int(m_inventory.internal.size());
        m_inventory.internal.removeIf(
            [this](const FoundLink &l) { return m_crawled.contains(LinkInventory::key(l.url)); });
        return std::move(m_inventory);
    }

private:
    const std::function<bool(const QString &)> &m_isOwnHost;
    LinkInventory m_inventory;
    QHash<QString, qsizetype> m_externalAt;
    QSet<QString> m_internalSeen;
    QSet<QString> m_crawled;
};

} // namespace

QString LinkInventory::key(const QUrl &url)
{
    const QString path = url.path().isEmpty() ? u"/"_qs : url.path();
    return Sdk::DomainNames::toAscii(url.host().toLower()) +
           (url.port() > 0 ? u':' + QString::number(url.port()) : QString()) + path +
           (url.hasQuery() ? u'?' + url.query() : QString());
}

bool LinkInventory::isNationalService(const QString &host)
{
    for (const QString &service : kNationalServices)
        if (Sdk::DomainNames::isUnder(host, service))
            return true;
    return false;
}

bool LinkInventory::isNoticePage(const QString &text)
{
    return kNoticeText.match(text).hasMatch();
}

bool LinkInventory::isNoticeScript(const QString &onclick)
{
    static const QRegularExpression dialog(u"\\b(confirm|alert)\\s*\\("_qs);
    return !onclick.isEmpty() && (dialog.match(onclick).hasMatch() || isNoticePage(onclick));
}

bool LinkInventory::hasNoticeHandler(const QString &html)
{
    // sites often attach one click handler to every external link instead of an onclick each
    static const QRegularExpression script(u"<script\\b[^>]*>(.*?)</script>"_qs,
                                           QRegularExpression::CaseInsensitiveOption |
                                               QRegularExpression::DotMatchesEverythingOption);
    for (auto it = script.globalMatch(html); it.hasNext();) {
        const QString code = it.next().captured(1);
        if (isNoticeScript(code) && isNoticePage(code))
            return true;
    }
    return false;
}

LinkInventory LinkInventory::collect(const QList<Sdk::CrawledDocument> &documents,
                                     const std::function<bool(const QString &)> &isOwnHost)
{
    Collector collector(isOwnHost);
    for (const Sdk::CrawledDocument &doc : documents)
        collector.markCrawled(doc.url);
    for (const Sdk::CrawledDocument &doc : documents) {
        if (!doc.isHtml)
            continue;
        const bool noticePage = isNoticePage(doc.text) || hasNoticeHandler(doc.html);
        for (const Sdk::PageAnchor &anchor : Sdk::PageAnchors::parse(doc.html))
            collector.add(doc.url, anchor, noticePage);
    }
    return collector.finish();
}

QList<FoundLink> LinkInventory::unnoticed() const
{
    QList<FoundLink> out;
    for (const FoundLink &l : external)
        if (!l.noticed)
            out << l;
    return out;
}

} // namespace Govscope::Links
