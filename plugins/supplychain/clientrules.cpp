#include "clientrules.h"

#include "catalogueinfo.h"
#include "checkcontext.h"
#include "evidence.h"
#include "htmldocument.h"
#include "probeset.h"

#include <QObject>
#include <QRegularExpression>

namespace Govscope::Supplychain::ClientRules {

namespace {

const QString ForcedClient = u"supplychain.forced_client"_qs;
const QString SinglePlatform = u"supplychain.single_platform"_qs;

QRegularExpression re(const QString &pattern)
{
    return QRegularExpression(pattern, QRegularExpression::CaseInsensitiveOption);
}

/// A short quote around a match, whitespace collapsed, for titles and evidence.
QString quote(const QString &text, qsizetype at, qsizetype length)
{
    return text.mid(at, std::min<qsizetype>(length, 80)).simplified();
}

} // namespace

QString internetExplorerAgent()
{
    return u"Mozilla/5.0 (compatible; MSIE 10.0; Windows NT 6.1; Trident/6.0)"_qs;
}

QStringList forcedClientSigns(const QString &html)
{
    QStringList signs;
    const QString text = Sdk::HtmlDocument::parse(html).text();
    static const QList<QRegularExpression> wording = {
        re(u"请(?:使用|用|在)\\s*(?:IE|Internet\\s*Explorer|微软)[^。，,<]{0,12}浏览器[^。，,<]{0,12}"_qs),
        re(u"(?:仅|只)(?:支持|能使用|能用)[^。<]{0,20}浏览器"_qs),
        re(u"(?:需要|必须|请先?)(?:下载)?安装[^。，,<]{0,12}(?:控件|ActiveX|插件)"_qs),
    };
    for (const QRegularExpression &w : wording)
        if (const QRegularExpressionMatch m = w.match(text); m.hasMatch())
            signs << u"“%1”"_qs.arg(quote(text, m.capturedStart(), m.capturedLength()));
    static const QRegularExpression activeX =
        re(u"<object\\b[^>]*\\bclassid\\s*=\\s*[\"']?\\s*clsid:\\s*([0-9A-F-]{36})"_qs);
    if (const QRegularExpressionMatch m = activeX.match(html); m.hasMatch())
        signs << QObject::tr("ActiveX object classid clsid:%1").arg(m.captured(1));
    return signs;
}

bool mainstreamRefused(const Sdk::HttpResult &mainstream, const Sdk::HttpResult &ie)
{
    if (!mainstream.responded() || !ie.responded())
        return false;
    const int m = mainstream.last().status, i = ie.last().status;
    const bool ieServed = i >= 200 && i < 300;
    if (ieServed && (m < 200 || m >= 300))
        return true; // refused
    // sent to another page (a "please use IE" page) where IE stays
    return ieServed && mainstream.finalUrl().path() != ie.finalUrl().path();
}

QString onlyThirdPartyLogin(const QString &html)
{
    static const QRegularExpression scan = re(
        u"(?:微信|支付宝|钉钉|QQ)[^。，,<]{0,6}(?:扫码|扫一扫)[^。，,<]{0,12}登录|(?:仅|只)支持(?:微信|支付宝|钉钉|QQ)[^。，,<]{0,10}登录"_qs);
    static const QRegularExpression own = re(
        u"type\\s*=\\s*[\"']?password|统一身份认证|账号密码|帐号密码|用户名|密码登录|短信验证码|验证码登录|手机号登录|CA证书|数字证书|电子社保卡"_qs);
    const QString text = Sdk::HtmlDocument::parse(html).text();
    const QRegularExpressionMatch m = scan.match(text);
    if (!m.hasMatch() || own.match(html).hasMatch())
        return {};
    return quote(text, m.capturedStart(), m.capturedLength());
}

QCoro::Task<void> forcedClient(Sdk::CheckContext &ctx, const QString &host, const QList<ServicePage> &pages,
                               const Sdk::HttpResult &home)
{
    QStringList found;
    QList<const ServicePage *> where;
    for (const ServicePage &p : pages) {
        const QStringList signs = forcedClientSigns(p.html);
        if (signs.isEmpty())
            continue;
        found << u"%1: %2"_qs.arg(p.url.toString(), signs.join(u"; "_qs));
        where << &p;
    }
    Sdk::HttpRequest asIe;
    asIe.url = QUrl(u"%1://%2/"_qs.arg(home.finalUrl().scheme(), host));
    asIe.userAgent = internetExplorerAgent();
    const Sdk::HttpResult ie = co_await ctx.probes().http().fetch(asIe);
    const bool refused = mainstreamRefused(home, ie);
    if (refused)
        found << QObject::tr("a mainstream browser gets HTTP %1 at %2 where Internet Explorer gets HTTP %3 at %4")
                     .arg(home.last().status)
                     .arg(home.finalUrl().toString())
                     .arg(ie.last().status)
                     .arg(ie.finalUrl().toString());
    if (found.isEmpty() && pages.isEmpty()) {
        ctx.inconclusive(ForcedClient, host,
                         QObject::tr("no page to read: the home page answered HTTP %1 to both a mainstream and an "
                                     "Internet Explorer agent")
                             .arg(home.last().status));
        co_return;
    }
    if (found.isEmpty()) {
        ctx.pass(ForcedClient, host,
                 QObject::tr("%1 pages read, no browser or plug-in demanded; IE and mainstream agents served alike")
                     .arg(pages.size()));
        co_return;
    }
    Models::NewFinding f = Sdk::makeFinding(
        ctx.org(), ForcedClient, host,
        Models::message(QT_TRANSLATE_NOOP("Finding", "{host} demands a particular browser or plug-in: {signs}"), {{u"host"_qs, host}, {u"signs"_qs, found.join(u" | "_qs)}}));
    for (const ServicePage *p : where)
        f.evidence << Sdk::Evidence::http(p->exchange, Models::message(QT_TRANSLATE_NOOP("Finding", "{url} (page text and markup)"), {{u"url"_qs, p->url.toString()}}));
    if (refused)
        f.evidence << Sdk::Evidence::http(home, Models::message(QT_TRANSLATE_NOOP("Finding", "home page with the mainstream User-Agent")))
                   << Sdk::Evidence::http(ie, Models::message(QT_TRANSLATE_NOOP("Finding", "home page with an Internet Explorer User-Agent")));
    f.evidence << Sdk::Evidence::org(ctx.org());
    ctx.finding(std::move(f));
}

void singlePlatform(Sdk::CheckContext &ctx, const QString &host, const QList<ServicePage> &pages)
{
    QStringList found;
    QList<const ServicePage *> where;
    for (const ServicePage &p : pages) {
        const QString only = onlyThirdPartyLogin(p.html);
        if (only.isEmpty())
            continue;
        found << u"%1 (“%2”)"_qs.arg(p.url.toString(), only);
        where << &p;
    }
    if (found.isEmpty()) {
        ctx.pass(SinglePlatform, host,
                 QObject::tr("%1 home, service and login pages read; none offers only a third-party login")
                     .arg(pages.size()));
        return;
    }
    Models::NewFinding f = Sdk::makeFinding(
        ctx.org(), SinglePlatform, host,
        Models::message(QT_TRANSLATE_NOOP("Finding", "{host} offers login only through a third-party platform: {platforms}"), {{u"host"_qs, host}, {u"platforms"_qs, found.join(u"; "_qs)}}));
    for (const ServicePage *p : where)
        f.evidence << Sdk::Evidence::http(
            p->exchange,
            Models::message(QT_TRANSLATE_NOOP("Finding", "{url}: scan login only, no password, SMS or 统一身份认证 channel"), {{u"url"_qs, p->url.toString()}}));
    f.evidence << Sdk::Evidence::org(ctx.org());
    ctx.finding(std::move(f));
}

} // namespace Govscope::Supplychain::ClientRules
