#include "wafprobe.h"

#include "catalogueinfo.h"
#include "checkcontext.h"
#include "evidence.h"
#include "probeset.h"

#include <QObject>

namespace Govscope::Vuln::WafProbe {

namespace {

const QString Check = u"vuln.no_waf"_qs;

QCoro::Task<Sdk::HttpResult> getOnce(Sdk::HttpProbe &http, const QUrl &url)
{
    Sdk::HttpRequest request;
    request.url = url;
    request.followRedirects = false; // a filter answers the request itself; a redirect is not a verdict
    request.maxBody = 512 * 1024;
    co_return co_await http.fetch(request);
}

QString statusLine(const Sdk::HttpResult &r)
{
    if (!r.responded())
        return r.hops.isEmpty() ? r.error : r.last().error;
    return u"HTTP %1, %2 bytes"_qs.arg(r.last().status).arg(r.last().body.size());
}

} // namespace

QStringList probeQueries()
{
    return {u"id=1'%20or%20'1'='1"_qs, u"q=%3Cscript%3Ealert(1)%3C/script%3E"_qs, u"id=1%20union%20select%201,2,3"_qs,
            u"file=../../../../etc/passwd"_qs};
}

bool looksBlocked(const Sdk::HttpResult &probe, const Sdk::HttpResult &baseline)
{
    if (!probe.responded())
        return probe.hops.size() == 1 && !probe.timedOut() &&
               probe.last().networkError == QNetworkReply::RemoteHostClosedError; // reset by a filter
    const int status = probe.last().status;
    if (status == 403 || status == 406 || status == 418 || status == 429 || status == 501 || status == 999)
        return true;
    // block pages of common products and Chinese cloud WAFs, served with 200 or 5xx
    static const QStringList wording = {u"waf"_qs,
                                        u"web application firewall"_qs,
                                        u"request blocked"_qs,
                                        u"拦截"_qs,
                                        u"防火墙"_qs,
                                        u"安全狗"_qs,
                                        u"云锁"_qs,
                                        u"非法请求"_qs,
                                        u"攻击行为"_qs,
                                        u"安全防护"_qs};
    // only wording the normal page lacks: a portal may well write about 安全防护 in its news
    const QString text = probe.last().bodyText().left(64 * 1024).toLower();
    const QString normal = baseline.responded() ? baseline.last().bodyText().left(64 * 1024).toLower() : QString();
    return std::any_of(wording.cbegin(), wording.cend(),
                       [&](const QString &w) { return text.contains(w) && !normal.contains(w); });
}

bool sameSizeClass(qsizetype a, qsizetype b)
{
    const qsizetype diff = std::abs(a - b);
    return diff <= 256 || diff * 10 <= std::max(a, b);
}

Verdict judge(const Sdk::HttpResult &baseline, const QList<Sdk::HttpResult> &probes)
{
    if (!baseline.responded())
        return Verdict::NoBaseline;
    bool allSame = true;
    for (const Sdk::HttpResult &p : probes) {
        if (looksBlocked(p, baseline))
            return Verdict::Filtered;
        if (!p.responded() || p.last().status != baseline.last().status ||
            !sameSizeClass(p.last().body.size(), baseline.last().body.size()))
            allSame = false;
    }
    // a baseline refused like an attack tells nothing
    if (const int status = baseline.last().status; status == 403 || status == 406 || status == 429)
        return Verdict::Different;
    return allSame ? Verdict::Unfiltered : Verdict::Different;
}

QCoro::Task<void> check(Sdk::CheckContext &ctx, const QString &host, const QUrl &base)
{
    QUrl baselineUrl = base;
    baselineUrl.setQuery(u"id=1"_qs);
    const Sdk::HttpResult baseline = co_await getOnce(ctx.probes().http(), baselineUrl);
    QList<Sdk::HttpResult> probes;
    QStringList lines{QObject::tr("baseline ?id=1: %1").arg(statusLine(baseline))};
    for (const QString &query : probeQueries()) {
        if (ctx.cancelled())
            co_return;
        QUrl url = base;
        url.setQuery(query, QUrl::StrictMode);
        const Sdk::HttpResult r = co_await getOnce(ctx.probes().http(), url);
        lines << u"?%1: %2"_qs.arg(query, statusLine(r));
        probes << r;
        if (looksBlocked(r, baseline))
            break; // one refusal settles it; no need to send the rest
    }
    switch (judge(baseline, probes)) {
    case Verdict::NoBaseline:
        ctx.inconclusive(Check, host, QObject::tr("the baseline request got no answer: %1").arg(statusLine(baseline)));
        co_return;
    case Verdict::Filtered:
        ctx.pass(Check, host, QObject::tr("attack-shaped queries are refused: %1").arg(lines.join(u"; "_qs)));
        co_return;
    case Verdict::Different:
        ctx.pass(Check, host,
                 QObject::tr("attack-shaped queries are answered differently from the baseline: %1")
                     .arg(lines.join(u"; "_qs)));
        co_return;
    case Verdict::Unfiltered:
        break;
    }
    Models::NewFinding f = Sdk::makeFinding(
        ctx.org(), Check, host,
        Models::message(QT_TRANSLATE_NOOP("Finding", "{host} answers attack-shaped queries like a normal request (HTTP {status}): nothing filters them"),
                        {{u"host"_qs, host}, {u"status"_qs, baseline.last().status}}));
    Models::NewEvidence summary = Sdk::Evidence::reasoning(
        u"text"_qs, Models::message(QT_TRANSLATE_NOOP("Finding", "answers: {answers}"), {{u"answers"_qs, lines.join(u"; "_qs)}}));
    f.evidence << summary << Sdk::Evidence::http(baseline, Models::message(QT_TRANSLATE_NOOP("Finding", "baseline request")));
    for (const Sdk::HttpResult &p : probes)
        f.evidence << Sdk::Evidence::http(p, Models::message(QT_TRANSLATE_NOOP("Finding", "attack-shaped request {query}"), {{u"query"_qs, p.hops.first().url.query()}}));
    f.evidence << Sdk::Evidence::org(ctx.org());
    ctx.finding(std::move(f));
}

} // namespace Govscope::Vuln::WafProbe
