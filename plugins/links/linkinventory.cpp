#include "linkinventory.h"

#include "domainnames.h"
#include "pageanchors.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QUrlQuery>

namespace Govscope::Links {

namespace {

const QStringList kNationalServices = {u"conac.cn"_qs, u"beian.miit.gov.cn"_qs, u"beian.gov.cn"_qs, u"kaipuyun.cn"_qs};

// Wording of leaving notices on government sites; one is enough, as on the interstitial pages. Each
// phrase speaks of leaving the site or of the target being someone else's, so ordinary page text
// ("友情链接", "第三方支付") does not pass for a notice: 您即将离开本站, 您访问的链接即将离开…,
// 离开本网站, 即将跳转到第三方网站, 您将进入非本网站页面, 本链接不属于本网站, 页面将在3秒后跳转.
const QRegularExpression kNoticeText(
    u"即将离开|将要离开|您已离开|正在离开|离开本站|离开本网|离开(?:政府|门户)网站|即将访问|即将跳转|即将前往|"
    "即将进入|正在跳转|秒后(?:自动)?跳转|"
    "(?:跳转|转到|前往|进入|访问|打开|链接)(?:到|至|的是|的)?(?:其他|其它|第三方|外部|站外)(?:网站|站点|页面|网页)|"
    "第三方网站(?:链接|页面)?(?:提示|声明)|非本(?:网)?站(?:点)?(?:链接|内容|网页|页面|网站|所有|提供|控制)|"
    "(?:链接|网站|页面)(?:到|至|的是|为)?非本(?:网)?站|不属于本(?:网)?站|(?:外部|站外|外站)链接(?:提示|声明|免责)|"
    "leaving (?:this|our|the) (?:site|website)|you are (?:about to|now) leav|"
    "third[- ]party (?:site|website)|external (?:site|website) (?:notice|warning)"_qs,
    QRegularExpression::CaseInsensitiveOption);

// Scripts often spell Chinese as backslash-u escapes (\\u5373 for 即): read them as text.
QString unescapeScript(const QString &code)
{
    static const QRegularExpression escape(u"\\\\u([0-9a-fA-F]{4})"_qs);
    if (!code.contains(u"\\u"_qs))
        return code;
    QString out;
    qsizetype at = 0;
    for (auto it = escape.globalMatch(code); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        out += QStringView(code).mid(at, m.capturedStart() - at);
        out += QChar(char16_t(m.captured(1).toUShort(nullptr, 16)));
        at = m.capturedEnd();
    }
    out += QStringView(code).mid(at);
    return out;
}

// Notice wording kept in attributes for a script or modal to show: data-confirm="您即将离开本站",
// data-title, title, aria-label.
bool hasNoticeAttribute(const QString &html)
{
    static const QRegularExpression attribute(
        u"\\b(?:data-[\\w-]+|title|aria-label)\\s*=\\s*(\"[^\"]{1,300}\"|'[^']{1,300}')"_qs,
        QRegularExpression::CaseInsensitiveOption);
    for (auto it = attribute.globalMatch(html); it.hasNext();)
        if (kNoticeText.match(it.next().captured(1)).hasMatch())
            return true;
    return false;
}

// URLs an own-host page carries in its query (/exit?url=https%3A%2F%2Fx.example%2F, /jump.html?target=…):
// that page is the site's jump page for them, whatever its wording.
QSet<QString> jumpTargets(const QUrl &page)
{
    QSet<QString> out;
    const QList<std::pair<QString, QString>> items = QUrlQuery(page).queryItems(QUrl::FullyDecoded);
    for (const auto &[name, value] : items) {
        const QUrl target(value.trimmed());
        if ((target.scheme() == u"http"_qs || target.scheme() == u"https"_qs) && !target.host().isEmpty()) {
            QUrl t = target.adjusted(QUrl::RemoveFragment | QUrl::NormalizePathSegments);
            if (t.path().isEmpty())
                t.setPath(u"/"_qs);
            out.insert(LinkInventory::key(t));
        }
    }
    return out;
}

class Collector
{
public:
    explicit Collector(const std::function<bool(const QString &)> &isOwnHost)
        : m_isOwnHost(isOwnHost)
    {}

    void markCrawled(const QUrl &url) { m_crawled.insert(LinkInventory::key(url)); }

    void add(const QUrl &page, const Sdk::PageAnchor &anchor, bool noticePage, const QSet<QString> &jumps = {})
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
        const bool noticed = noticePage || jumps.contains(k) || LinkInventory::isNoticeScript(anchor.onclick);
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
    return !onclick.isEmpty() && (dialog.match(onclick).hasMatch() || isNoticePage(unescapeScript(onclick)));
}

bool LinkInventory::isNoticeCode(const QString &code)
{
    // the wording is what tells a leaving notice from any other dialog; how it is shown — confirm(),
    // alert(), a layer/modal or a jump page the handler opens — varies from site to site
    return isNoticePage(unescapeScript(code));
}

bool LinkInventory::hasNoticeHandler(const QString &html)
{
    // sites often attach one click handler to every external link instead of an onclick each
    static const QRegularExpression script(u"<script\\b[^>]*>(.*?)</script>"_qs,
                                           QRegularExpression::CaseInsensitiveOption |
                                               QRegularExpression::DotMatchesEverythingOption);
    for (auto it = script.globalMatch(html); it.hasNext();)
        if (isNoticeCode(it.next().captured(1)))
            return true;
    // a modal kept in the markup, or wording in attributes for a handler to show
    return hasNoticeAttribute(html);
}

QList<QUrl> LinkInventory::scriptSources(const Sdk::CrawledDocument &doc)
{
    static const QRegularExpression src(u"<script\\b[^>]*\\bsrc\\s*=\\s*[\"']?([^\"'\\s>]+)"_qs,
                                        QRegularExpression::CaseInsensitiveOption);
    QList<QUrl> out;
    for (auto it = src.globalMatch(doc.html); it.hasNext();) {
        const QUrl url = doc.url.resolved(QUrl(it.next().captured(1))).adjusted(QUrl::RemoveFragment);
        if ((url.scheme() == u"http"_qs || url.scheme() == u"https"_qs) && !out.contains(url))
            out << url;
    }
    return out;
}

LinkInventory LinkInventory::collect(const QList<Sdk::CrawledDocument> &documents,
                                     const std::function<bool(const QString &)> &isOwnHost,
                                     const QSet<QString> &noticeScripts)
{
    Collector collector(isOwnHost);
    for (const Sdk::CrawledDocument &doc : documents)
        collector.markCrawled(doc.url);
    for (const Sdk::CrawledDocument &doc : documents) {
        if (!doc.isHtml)
            continue;
        bool noticePage = isNoticePage(doc.text) || hasNoticeHandler(doc.html);
        if (!noticePage && !noticeScripts.isEmpty()) {
            const QList<QUrl> scripts = scriptSources(doc);
            noticePage = std::any_of(scripts.cbegin(), scripts.cend(),
                                     [&](const QUrl &u) { return noticeScripts.contains(key(u)); });
        }
        const QSet<QString> jumps =
            isOwnHost(Sdk::DomainNames::toAscii(doc.url.host().toLower())) ? jumpTargets(doc.url) : QSet<QString>();
        for (const Sdk::PageAnchor &anchor : Sdk::PageAnchors::parse(doc.html))
            collector.add(doc.url, anchor, noticePage, jumps);
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
