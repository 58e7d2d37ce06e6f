#include "sitelinks.h"

#include "catalogueinfo.h"
#include "checkcontext.h"
#include "domainnames.h"
#include "evidence.h"
#include "htmldocument.h"
#include "maliciouslink.h"
#include "probeset.h"
#include "sitepage.h"

#include <QLoggingCategory>
#include <QObject>

Q_DECLARE_LOGGING_CATEGORY(lcLinks)

namespace Govscope::Links {

namespace {

const QString Dead = u"links.dead"_qs;
const QString Malicious = u"links.malicious"_qs;
const QString NoExitNotice = u"links.no_exit_notice"_qs;
const QString InternalDead = u"links.internal_dead"_qs;

Models::NewEvidence foundOn(const FoundLink &link)
{
    return Sdk::Evidence::reasoning(
        u"link"_qs, Models::message(QT_TRANSLATE_NOOP("Finding", "Link \"{text}\" → {url} found on {page}"),
                                    {{u"text"_qs, link.text}, {u"url"_qs, link.url.toString()}, {u"page"_qs, link.page.toString()}}));
}

Models::NewEvidence exchangeOf(const LinkStatus &status)
{
    return Sdk::Evidence::http(
        status.exchange,
        Models::message(QT_TRANSLATE_NOOP("Finding", "{url}: {reason}"),
                        {{u"url"_qs, status.exchange.hops.isEmpty() ? QString() : status.exchange.hops.first().url.toString()},
                         {u"reason"_qs, status.reason}}));
}

} // namespace

SiteLinks::SiteLinks(Sdk::CheckContext &ctx, const Sdk::Blocklist &blocklist, const Sdk::KeywordLists &keywords,
                     QString feedProblem)
    : m_ctx(ctx)
    , m_blocklist(blocklist)
    , m_keywords(keywords)
    , m_feedProblem(std::move(feedProblem))
{}

bool SiteLinks::isOwnHost(const QString &host) const
{
    return m_ctx.snapshot().ownersOfHost(host).contains(m_ctx.org().id);
}

void SiteLinks::reportAll(const QString &host, const QString &reason)
{
    for (const QString &check : {Dead, Malicious, NoExitNotice, InternalDead})
        m_ctx.inconclusive(check, host, reason);
}

QCoro::Task<void> SiteLinks::checkSite(const QString &host)
{
    Sdk::ProbeSet &probes = m_ctx.probes();
    const Sdk::SitePage home = co_await Sdk::SitePage::fetch(probes.http(), host);
    if (!home.answered()) {
        reportAll(host, home.failure());
        co_return;
    }
    const QUrl start = home.exchange.finalUrl();
    const Sdk::CrawlLimits limits{m_ctx.profile().crawlMaxPages, m_ctx.profile().crawlMaxDepth};
    const std::function<bool()> cancelled = [this] { return m_ctx.cancelled(); };
    const Sdk::CrawlResult crawl = co_await Sdk::SiteCrawler::crawl(probes.http(), start, limits, cancelled);
    if (crawl.documents.isEmpty()) {
        reportAll(host, QObject::tr("no page of %1 could be read: %2")
                            .arg(start.toString(), crawl.failures.value(0, home.failure())));
        co_return;
    }
    const std::function<bool(const QString &)> own = [this](const QString &h) { return isOwnHost(h); };
    LinkInventory inventory = LinkInventory::collect(crawl.documents, own);
    if (!inventory.unnoticed().isEmpty()) {
        // the leaving notice is often a handler in the site's own script file: read a few of them
        const QSet<QString> noticeScripts = co_await scriptsWithNotice(crawl.documents);
        if (!noticeScripts.isEmpty())
            inventory = LinkInventory::collect(crawl.documents, own, noticeScripts);
    }
    qCDebug(lcLinks) << host << crawl.documents.size() << "pages," << inventory.external.size() << "external,"
                     << inventory.internalTotal << "internal links";
    // pages the crawl could not read may hold links nobody checked: say so, and pass nothing site-wide
    QString partial;
    if (!crawl.failures.isEmpty()) {
        partial = QObject::tr("%1 of the site's pages could not be read, so the links on them were not checked: %2")
                      .arg(crawl.failures.size())
                      .arg(crawl.failures.mid(0, 5).join(u"; "_qs));
        m_ctx.inconclusive(Dead, host, partial);
        m_ctx.inconclusive(Malicious, host, partial);
    }
    exitNotice(host, inventory, int(crawl.documents.size()), partial);
    for (const FoundLink &link : inventory.external) {
        if (m_ctx.cancelled())
            co_return;
        co_await external(link);
    }
    co_await internal(host, inventory, partial);
}

QCoro::Task<QSet<QString>> SiteLinks::scriptsWithNotice(const QList<Sdk::CrawledDocument> &documents)
{
    QList<QUrl> scripts;
    for (const Sdk::CrawledDocument &doc : documents)
        for (const QUrl &url : LinkInventory::scriptSources(doc))
            if (isOwnHost(Sdk::DomainNames::toAscii(url.host().toLower())) && !scripts.contains(url) &&
                scripts.size() < MaxScripts)
                scripts << url;
    QSet<QString> out;
    for (const QUrl &url : std::as_const(scripts)) {
        if (m_ctx.cancelled())
            break;
        Sdk::HttpRequest get;
        get.url = url;
        get.maxBody = 512 * 1024;
        const Sdk::HttpResult r = co_await m_ctx.probes().http().fetch(get);
        if (r.responded() && r.last().status == 200 && LinkInventory::isNoticeCode(r.last().bodyText()))
            out.insert(LinkInventory::key(url));
    }
    co_return out;
}

void SiteLinks::exitNotice(const QString &host, const LinkInventory &inventory, int pages, const QString &partial)
{
    const QList<FoundLink> direct = inventory.unnoticed();
    if (direct.isEmpty() && !partial.isEmpty()) {
        m_ctx.inconclusive(NoExitNotice, host,
                           QObject::tr("the %1 external links read go through a leaving notice, but %2")
                               .arg(inventory.external.size())
                               .arg(partial));
        return;
    }
    if (direct.isEmpty()) {
        m_ctx.pass(
            NoExitNotice, host,
            inventory.external.isEmpty()
                ? QObject::tr("no external links on %1 pages read").arg(pages)
                : QObject::tr("all %1 external links go through a leaving notice").arg(inventory.external.size()));
        return;
    }
    QStringList lines;
    for (const FoundLink &l : direct)
        lines << QObject::tr("%1 links straight to %2 (\"%3\")").arg(l.page.toString(), l.url.toString(), l.text);
    Models::NewFinding f =
        Sdk::makeFinding(m_ctx.org(), NoExitNotice, host,
                         Models::message(QT_TRANSLATE_NOOP("Finding", "{host} links to {count} other sites with no notice that the visitor is leaving"),
                                         {{u"host"_qs, host}, {u"count"_qs, direct.size()}}));
    f.evidence << Sdk::Evidence::text(u"text"_qs,
                                      Models::message(QT_TRANSLATE_NOOP("Finding", "{count} external links without an interstitial page or confirm, e.g. {url}"),
                                                      {{u"count"_qs, direct.size()}, {u"url"_qs, direct.first().url.toString()}}),
                                      lines.join(u'\n'))
               << Sdk::Evidence::org(m_ctx.org());
    m_ctx.finding(std::move(f));
}

QCoro::Task<std::optional<QString>> SiteLinks::pageText(const LinkStatus &status)
{
    Sdk::HttpResult result = status.exchange;
    if (result.hops.isEmpty() || result.last().method != "GET") {
        Sdk::HttpRequest get;
        get.url = status.exchange.hops.isEmpty() ? QUrl() : status.exchange.hops.first().url;
        get.maxBody = 512 * 1024;
        result = co_await m_ctx.probes().http().fetch(get);
    }
    if (!result.responded())
        co_return std::nullopt; // nothing read: the content is not known
    if (result.last().status >= 400)
        co_return QString();
    const QString body = result.last().bodyText();
    const Sdk::HtmlDocument doc = Sdk::HtmlDocument::parse(body);
    co_return doc.text().isEmpty() ? body : doc.title() + u' ' + doc.text();
}

QCoro::Task<void> SiteLinks::external(const FoundLink &link)
{
    const QString key = LinkInventory::key(link.url);
    if (m_checked.contains(key) || m_externalChecked >= MaxExternalLinks)
        co_return;
    m_checked.insert(key);
    ++m_externalChecked;
    const QString target = link.url.toString();
    const LinkStatus status = co_await LinkProbe::check(m_ctx.probes(), link.url);
    switch (status.verdict) {
    case LinkStatus::Alive:
        m_ctx.pass(Dead, target, status.reason);
        break;
    case LinkStatus::Unknown:
        m_ctx.inconclusive(Dead, target, status.reason);
        break;
    case LinkStatus::Dead: {
        Models::NewFinding f =
            Sdk::makeFinding(m_ctx.org(), Dead, target, Models::message(QT_TRANSLATE_NOOP("Finding", "Dead link to {target}: {reason}"), {{u"target"_qs, target}, {u"reason"_qs, status.reason}}));
        f.evidence << exchangeOf(status);
        if (status.dns)
            f.evidence << Sdk::Evidence::dns(*status.dns);
        f.evidence << foundOn(link) << Sdk::Evidence::org(m_ctx.org());
        m_ctx.finding(std::move(f));
        break;
    }
    }

    if (!m_feedProblem.isEmpty()) {
        m_ctx.inconclusive(Malicious, target, m_feedProblem);
        co_return;
    }
    // pages of the case's own orgs are government content: only the blocklists apply to them
    const QString host = Sdk::DomainNames::toAscii(link.url.host().toLower());
    const bool ownedInCase = !m_ctx.snapshot().ownersOfHost(host).isEmpty();
    const bool readContent = status.verdict == LinkStatus::Alive && !ownedInCase;
    QString text;
    // why the content that would decide is not known (a link that gave no answer, a page that did not load)
    QString unread;
    if (readContent) {
        const std::optional<QString> read = co_await pageText(status);
        if (read)
            text = *read;
        else
            unread = QObject::tr("the linked page could not be read");
    } else if (!ownedInCase && (status.verdict == LinkStatus::Unknown || status.timedOut)) {
        unread = status.reason;
    }
    const MaliciousVerdict verdict =
        MaliciousLink::judge(m_blocklist, m_keywords, link.url, status.exchange.finalUrl(), text);
    if (!verdict.fired() && !unread.isEmpty()) {
        m_ctx.inconclusive(Malicious, target, QObject::tr("not listed, and the content is not known: %1").arg(unread));
        co_return;
    }
    if (!verdict.fired()) {
        m_ctx.pass(Malicious, target,
                   readContent
                       ? QObject::tr("not listed; no content class reaches %1 terms").arg(MaliciousLink::TermThreshold)
                       : QObject::tr("not listed (content not read: %1)")
                             .arg(status.verdict == LinkStatus::Alive ? QObject::tr("a site of an org in the case")
                                                                      : status.reason));
        co_return;
    }
    Models::NewFinding f =
        Sdk::makeFinding(m_ctx.org(), Malicious, target, Models::message(QT_TRANSLATE_NOOP("Finding", "Link to {target}: {verdict}"), {{u"target"_qs, target}, {u"verdict"_qs, verdict.summaryText()}}));
    f.evidence << Sdk::Evidence::text(u"text"_qs, verdict.summaryText(), verdict.details())
               << exchangeOf(status) << foundOn(link) << Sdk::Evidence::org(m_ctx.org());
    m_ctx.finding(std::move(f));
}

QCoro::Task<void> SiteLinks::internal(const QString &host, const LinkInventory &inventory, const QString &partial)
{
    int dead = 0, checked = 0, skipped = 0;
    for (const FoundLink &link : inventory.internal) {
        if (m_ctx.cancelled())
            co_return;
        const QString key = LinkInventory::key(link.url);
        if (m_checked.contains(key))
            continue;
        if (m_internalChecked >= MaxInternalLinks) {
            ++skipped;
            continue;
        }
        m_checked.insert(key);
        ++m_internalChecked;
        ++checked;
        const QString target = link.url.toString();
        const LinkStatus status = co_await LinkProbe::check(m_ctx.probes(), link.url);
        if (status.verdict == LinkStatus::Unknown) {
            m_ctx.inconclusive(InternalDead, target, status.reason);
        } else if (status.verdict == LinkStatus::Dead) {
            ++dead;
            Models::NewFinding f =
                Sdk::makeFinding(m_ctx.org(), InternalDead, target,
                                 Models::message(QT_TRANSLATE_NOOP("Finding", "Broken link inside the site: {target} ({reason})"), {{u"target"_qs, target}, {u"reason"_qs, status.reason}}));
            f.evidence << exchangeOf(status);
            if (status.dns)
                f.evidence << Sdk::Evidence::dns(*status.dns);
            f.evidence << foundOn(link) << Sdk::Evidence::org(m_ctx.org());
            m_ctx.finding(std::move(f));
        }
    }
    if (dead == 0 && !partial.isEmpty())
        m_ctx.inconclusive(InternalDead, host, QObject::tr("no broken link among those checked, but %1").arg(partial));
    else if (dead == 0)
        m_ctx.pass(InternalDead, host,
                   QObject::tr("%1 internal links: %2 read by the crawl, %3 more checked, none broken%4")
                       .arg(inventory.internalTotal)
                       .arg(inventory.internalTotal - inventory.internal.size())
                       .arg(checked)
                       .arg(skipped ? QObject::tr("; %1 not checked (limit %2)").arg(skipped).arg(MaxInternalLinks)
                                    : QString()));
}

} // namespace Govscope::Links
