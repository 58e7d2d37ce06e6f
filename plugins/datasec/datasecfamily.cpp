#include "datasecfamily.h"

#include "catalogueinfo.h"
#include "checkcontext.h"
#include "databases.h"
#include "domainnames.h"
#include "evidence.h"
#include "hosts.h"
#include "orghosts.h"
#include "probeset.h"
#include "sitechecks.h"
#include "sitepage.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcDatasec, "govscope.datasec")

namespace Govscope::Datasec {

namespace {

const QString OpenDatabase = u"datasec.open_database"_qs;

QCoro::Task<void> openDatabases(Sdk::CheckContext &ctx, const QString &host)
{
    // a host without an address has no services to ask: said once, as inconclusive, not port by port
    const Sdk::HostResolution resolution = co_await ctx.probes().dns().resolveHost(host);
    if (!resolution.resolves()) {
        ctx.inconclusive(OpenDatabase, host,
                         QObject::tr("%1 has no address (%2)").arg(host, Sdk::toId(resolution.status)));
        co_return;
    }
    const QList<ServiceVerdict> verdicts = co_await Databases::probeAll(ctx.probes(), host);
    QStringList seen, unknown;
    for (const ServiceVerdict &v : verdicts) {
        const QString target = u"%1:%2"_qs.arg(host).arg(v.port);
        if (v.state == ServiceVerdict::Open) {
            Models::NewFinding f = Sdk::makeFinding(
                ctx.org(), OpenDatabase, target,
                Models::message(
                    QT_TRANSLATE_NOOP("Finding", "{service} on {target} answers without authentication ({detail})"),
                    {{u"service"_qs, v.service}, {u"target"_qs, target}, {u"detail"_qs, v.detail}}));
            f.evidence << Sdk::Evidence::text(
                              u"transcript"_qs,
                              Models::message(
                                  QT_TRANSLATE_NOOP("Finding", "{service} {target}: {detail}"),
                                  {{u"service"_qs, v.service}, {u"target"_qs, target}, {u"detail"_qs, v.detail}}),
                              v.transcript)
                       << Sdk::Evidence::org(ctx.org());
            ctx.finding(std::move(f));
        } else if (v.state == ServiceVerdict::Unknown) {
            unknown << u"%1 %2 (%3)"_qs.arg(v.service).arg(v.port).arg(v.detail);
        } else {
            seen << u"%1 %2 %3"_qs.arg(v.service).arg(v.port).arg(
                v.state == ServiceVerdict::Protected ? QObject::tr("requires authentication: ") + v.detail
                                                     : QObject::tr("closed"));
        }
    }
    if (!unknown.isEmpty())
        ctx.inconclusive(OpenDatabase, host, QObject::tr("no verdict on %1").arg(unknown.join(u"; "_qs)));
    else
        ctx.pass(OpenDatabase, host, seen.join(u"; "_qs));
}

} // namespace

QCoro::Task<void> DatasecFamily::run(Sdk::CheckContext &ctx)
{
    using namespace SiteChecks;
    for (const QString &host : Sdk::SitePage::websiteHosts(ctx.assets())) {
        if (ctx.cancelled())
            co_return;
        const Transport t = co_await Transport::fetch(ctx.probes().http(), host);
        if (!t.httpsServed() && !t.plainAnswered()) {
            const QString why = QObject::tr("%1 answers neither HTTPS (%2) nor HTTP (%3)")
                                    .arg(host, t.https.hops.isEmpty() ? t.https.error : t.https.last().error,
                                         t.plain.hops.isEmpty() ? t.plain.error : t.plain.last().error);
            for (const QString &check : {NoHttps, TlsInvalid, HstsMissing, ExposedFilesCheck, SensitiveDisclosure})
                ctx.inconclusive(check, host, why);
            continue;
        }
        if (t.httpsUnknown()) {
            // Not "no HTTPS": the port did not answer in time. The HTTP-based checks below still run.
            const QString why = QObject::tr("https://%1/ did not answer within the timeout, twice (%2)")
                                    .arg(host, t.https.hops.isEmpty() ? t.https.error : t.https.last().error);
            for (const QString &check : {NoHttps, TlsInvalid, HstsMissing})
                ctx.inconclusive(check, host, why);
        } else {
            noHttps(ctx, t);
            co_await tlsInvalid(ctx, t);
            hstsMissing(ctx, t);
        }
        co_await exposedFiles(ctx, t);
        co_await sensitiveDisclosure(ctx, t);
    }
    for (const QString &host : Sdk::orgHosts(ctx.assets())) {
        if (ctx.cancelled())
            co_return;
        co_await openDatabases(ctx, host);
    }
    qCDebug(lcDatasec) << ctx.org().id << "datasec checks done";
}

} // namespace Govscope::Datasec
