#include "sitechecks.h"

#include "catalogueinfo.h"
#include "checkcontext.h"
#include "disclosure.h"
#include "evidence.h"
#include "exposedfiles.h"
#include "probeset.h"
#include "scanprofile.h"

#include <QObject>

namespace Govscope::Datasec::SiteChecks {

namespace {

void report(Sdk::CheckContext &ctx, const QString &check, const QString &target, const Models::Message &title,
            QList<Models::NewEvidence> evidence)
{
    Models::NewFinding f = Sdk::makeFinding(ctx.org(), check, target, title);
    f.evidence << std::move(evidence) << Sdk::Evidence::org(ctx.org());
    ctx.finding(std::move(f));
}

QCoro::Task<Sdk::HttpResult> getOnce(Sdk::HttpProbe &http, const QUrl &url, qint64 maxBody)
{
    Sdk::HttpRequest request;
    request.url = url;
    request.followRedirects = false; // a redirect to a login or home page is not the file
    request.maxBody = maxBody;
    Sdk::HttpResult result = co_await http.fetch(request);
    co_return result;
}

} // namespace

void noHttps(Sdk::CheckContext &ctx, const Transport &t)
{
    const Models::Message problem = t.noHttpsProblem();
    if (problem.isEmpty()) {
        ctx.pass(NoHttps, t.host,
                 t.plainAnswered() ? QObject::tr("HTTP redirects to %1").arg(t.plain.finalUrl().toString())
                                   : QObject::tr("HTTPS only; plain HTTP does not answer"));
        return;
    }
    report(ctx, NoHttps, t.host, problem,
           {Sdk::Evidence::http(t.plain, Models::message(QT_TRANSLATE_NOOP("Finding", "GET http://{host}/ → HTTP {status}, final URL {url}"),
                                                         {{u"host"_qs, t.host}, {u"status"_qs, t.plain.last().status}, {u"url"_qs, t.plain.finalUrl().toString()}})),
            Sdk::Evidence::http(t.https, Models::message(QT_TRANSLATE_NOOP("Finding", "GET https://{host}/: {result}"),
                                                         {{u"host"_qs, t.host},
                                                          {u"result"_qs, t.httpsServed() ? QVariant(Models::message(QT_TRANSLATE_NOOP("Finding", "answered")))
                                                                         : QVariant(t.https.hops.isEmpty() ? t.https.error : t.https.last().error)}}))});
}

void hstsMissing(Sdk::CheckContext &ctx, const Transport &t)
{
    if (!t.httpsServed()) {
        ctx.pass(HstsMissing, t.host, QObject::tr("no HTTPS to send HSTS (see datasec.no_https)"));
        return;
    }
    const QByteArray hsts = t.hsts();
    if (!hsts.isEmpty()) {
        ctx.pass(HstsMissing, t.host, QString::fromLatin1(hsts));
        return;
    }
    report(ctx, HstsMissing, t.host,
           Models::message(QT_TRANSLATE_NOOP("Finding", "HTTPS responses of {host} carry no Strict-Transport-Security"), {{u"host"_qs, t.host}}),
           {Sdk::Evidence::http(t.https, Models::message(QT_TRANSLATE_NOOP("Finding", "GET https://{host}/ → HTTP {status} without Strict-Transport-Security"),
                                                         {{u"host"_qs, t.host}, {u"status"_qs, t.https.last().status}}))});
}

QCoro::Task<void> tlsInvalid(Sdk::CheckContext &ctx, const Transport &t)
{
    if (!t.httpsServed()) {
        ctx.pass(TlsInvalid, t.host, QObject::tr("no HTTPS service to assess (see datasec.no_https)"));
        co_return;
    }
    const QStringList versions = Sdk::TlsProbe::allVersions(); // named: no temporaries in a co_await (GCC 12)
    const Sdk::TlsResult tls = co_await ctx.probes().tls().probe(t.host, 443, versions);
    if (!tls.reachable || !tls.certificate) {
        ctx.inconclusive(TlsInvalid, t.host, tls.error.isEmpty() ? QObject::tr("no certificate obtained") : tls.error);
        co_return;
    }
    const Sdk::CertificateFacts &c = *tls.certificate;
    QVariantList problems;
    if (c.expired)
        problems << Models::message(QT_TRANSLATE_NOOP("Finding", "certificate expired {date}"), {{u"date"_qs, c.notAfter.toString(Qt::ISODate)}});
    if (c.notYetValid)
        problems << Models::message(QT_TRANSLATE_NOOP("Finding", "certificate not valid before {date}"), {{u"date"_qs, c.notBefore.toString(Qt::ISODate)}});
    if (!c.nameMatches)
        problems << Models::message(QT_TRANSLATE_NOOP("Finding", "certificate is for {names}, not {host}"),
                                    {{u"names"_qs, c.subjectAltNames.isEmpty() ? c.subject : c.subjectAltNames.join(u", "_qs)}, {u"host"_qs, t.host}});
    if (!c.trusted && !c.expired && !c.notYetValid)
        problems << Models::message(QT_TRANSLATE_NOOP("Finding", "certificate not trusted ({error})"), {{u"error"_qs, c.verifyError}});
    for (const QString &v : {u"TLSv1.0"_qs, u"TLSv1.1"_qs})
        if (tls.accepts(v))
            problems << Models::message(QT_TRANSLATE_NOOP("Finding", "{protocol} accepted"), {{u"protocol"_qs, v}});
    if (problems.isEmpty()) {
        ctx.pass(TlsInvalid, t.host,
                 QObject::tr("trusted certificate for %1 until %2; TLS 1.0/1.1 refused")
                     .arg(t.host, c.notAfter.toString(Qt::ISODate)));
        co_return;
    }
    report(ctx, TlsInvalid, t.host,
           Models::message(QT_TRANSLATE_NOOP("Finding", "TLS of {host}: {problems}"), {{u"host"_qs, t.host}, {u"problems"_qs, problems}}),
           {Sdk::Evidence::tls(tls, Models::message(QT_TRANSLATE_NOOP("Finding", "{problems}"), {{u"problems"_qs, problems}}))});
}

QCoro::Task<void> exposedFiles(Sdk::CheckContext &ctx, const Transport &t)
{
    QStringList hits;
    QList<Models::NewEvidence> evidence;
    QStringList unanswered;
    const QUrl base = t.base();
    for (const QString &path : ExposedFiles::probePaths()) {
        if (ctx.cancelled())
            co_return;
        const QUrl url = base.resolved(QUrl(path)); // named: no temporaries in a co_await (GCC 12)
        const Sdk::HttpResult r = co_await getOnce(ctx.probes().http(), url, 256 * 1024);
        if (!r.responded()) {
            unanswered << path;
            continue;
        }
        if (r.last().status != 200)
            continue;
        const QString why = ExposedFiles::exposure(path, r.last().body);
        if (why.isEmpty())
            continue;
        hits << u"%1 (%2)"_qs.arg(path, why);
        evidence << Sdk::Evidence::http(r, Models::message(QT_TRANSLATE_NOOP("Finding", "GET {url} → HTTP 200: {why}"), {{u"url"_qs, r.last().url.toString()}, {u"why"_qs, why}}));
    }
    for (const QString &path : ExposedFiles::listingPaths()) {
        if (ctx.cancelled())
            co_return;
        const QUrl url = base.resolved(QUrl(path));
        const Sdk::HttpResult r = co_await getOnce(ctx.probes().http(), url, 256 * 1024);
        if (!r.responded() || r.last().status != 200 || !ExposedFiles::isDirectoryListing(r.last().body))
            continue;
        const QStringList risky = ExposedFiles::riskyEntries(r.last().body);
        const QString why = risky.isEmpty() ? QObject::tr("directory listing")
                                            : QObject::tr("directory listing with %1").arg(risky.join(u", "_qs));
        hits << u"%1 (%2)"_qs.arg(path, why);
        evidence << Sdk::Evidence::http(r, Models::message(QT_TRANSLATE_NOOP("Finding", "GET {url} → HTTP 200: {why}"), {{u"url"_qs, r.last().url.toString()}, {u"why"_qs, why}}));
    }
    if (!hits.isEmpty()) {
        report(ctx, ExposedFilesCheck, t.host, Models::message(QT_TRANSLATE_NOOP("Finding", "{host} serves {files}"), {{u"host"_qs, t.host}, {u"files"_qs, hits}}),
               std::move(evidence));
    } else if (unanswered.size() == ExposedFiles::probePaths().size()) {
        ctx.inconclusive(ExposedFilesCheck, t.host, QObject::tr("no answer to any probe of %1").arg(base.toString()));
    } else {
        ctx.pass(ExposedFilesCheck, t.host,
                 QObject::tr("%1 paths and %2 folders probed on %3, none exposed")
                     .arg(ExposedFiles::probePaths().size())
                     .arg(ExposedFiles::listingPaths().size())
                     .arg(base.toString()));
    }
}

QCoro::Task<void> sensitiveDisclosure(Sdk::CheckContext &ctx, const Transport &t)
{
    const Sdk::ScanProfile &profile = ctx.profile();
    const QUrl start = t.base();
    const Sdk::CrawlLimits limits{profile.crawlMaxPages, profile.crawlMaxDepth};
    const std::function<bool()> cancelled = [&ctx] { return ctx.cancelled(); };
    const Sdk::CrawlResult crawl = co_await Sdk::SiteCrawler::crawl(ctx.probes().http(), start, limits, cancelled);
    if (crawl.documents.isEmpty()) {
        ctx.inconclusive(SensitiveDisclosure, t.host,
                         QObject::tr("no page could be read from %1: %2")
                             .arg(t.base().toString(), crawl.failures.value(0, QObject::tr("no text pages"))));
        co_return;
    }
    const Disclosure found = Disclosure::of(crawl);
    const QString scope = QObject::tr("%1 documents read (%2 requests%3)")
                              .arg(crawl.documents.size())
                              .arg(crawl.fetched)
                              .arg(crawl.hitPageLimit ? QObject::tr(", page limit reached") : QString());
    if (found.documents.isEmpty()) {
        ctx.pass(SensitiveDisclosure, t.host, QObject::tr("no unmasked personal data; %1").arg(scope));
        co_return;
    }
    Models::NewFinding f = Sdk::makeFinding(
        ctx.org(), SensitiveDisclosure, t.host,
        Models::message(QT_TRANSLATE_NOOP("Finding", "{host} publishes unmasked personal data: {ids} ID, {mobiles} mobile and {cards} bank card numbers in {documents} documents"),
                        {{u"host"_qs, t.host}, {u"ids"_qs, found.ids()}, {u"mobiles"_qs, found.mobiles()}, {u"cards"_qs, found.cards()}, {u"documents"_qs, found.documents.size()}}));
    f.severity = Disclosure::severityFor(found.total());
    QStringList urls;
    for (const DocumentDisclosure &d : found.documents)
        urls << d.url.toString();
    f.evidence << Sdk::Evidence::text(u"text"_qs,
                                      Models::message(QT_TRANSLATE_NOOP("Finding", "masked matches in {urls}; {scope}"), {{u"urls"_qs, urls}, {u"scope"_qs, scope}}),
                                      found.report())
               << Sdk::Evidence::org(ctx.org());
    ctx.finding(std::move(f));
}

} // namespace Govscope::Datasec::SiteChecks
