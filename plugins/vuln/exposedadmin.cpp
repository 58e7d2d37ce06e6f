#include "exposedadmin.h"

#include "catalogueinfo.h"
#include "checkcontext.h"
#include "evidence.h"
#include "probeset.h"

#include <QObject>

namespace Govscope::Vuln::ExposedAdmin {

namespace {

const QString Check = u"vuln.exposed_admin"_qs;

QCoro::Task<Sdk::HttpResult> getOnce(Sdk::HttpProbe &http, const QUrl &url)
{
    Sdk::HttpRequest request;
    request.url = url;
    request.followRedirects = false; // a redirect to a login page is access control, not the interface
    request.maxBody = 256 * 1024;
    co_return co_await http.fetch(request);
}

} // namespace

QList<AdminInterface> interfaces()
{
    const QStringList passwordForm{u"type=\"password\""_qs, u"type='password'"_qs, u"type=password"_qs};
    return {
        {u"Tomcat Manager"_qs, u"/manager/html"_qs, {u"Tomcat Web Application Manager"_qs}, passwordForm},
        {u"Druid Monitor"_qs, u"/druid/index.html"_qs, {u"Druid"_qs, u"DataSource"_qs}, passwordForm},
        {u"Spring Boot Actuator"_qs, u"/actuator"_qs, {u"\"_links\""_qs, u"/actuator/"_qs}, {}},
        {u"Spring Boot Actuator env"_qs, u"/actuator/env"_qs, {u"\"propertySources\""_qs}, {}},
        {u"phpMyAdmin"_qs, u"/phpmyadmin/"_qs, {u"phpMyAdmin"_qs}, passwordForm + QStringList{u"pma_password"_qs}},
        {u"Nacos"_qs, u"/nacos/"_qs, {u"<title>Nacos"_qs}, passwordForm},
        {u"Swagger UI"_qs, u"/swagger-ui.html"_qs, {u"swagger-ui"_qs, u"Swagger"_qs}, passwordForm},
        {u"Swagger UI"_qs, u"/swagger-ui/index.html"_qs, {u"swagger-ui"_qs, u"Swagger"_qs}, passwordForm},
    };
}

bool isOpen(const AdminInterface &iface, int status, const QString &body)
{
    if (status != 200)
        return false;
    for (const QString &m : iface.markers)
        if (!body.contains(m, Qt::CaseInsensitive))
            return false;
    for (const QString &l : iface.lockedWith)
        if (body.contains(l, Qt::CaseInsensitive))
            return false;
    return true;
}

bool asksBasicAuth(const Sdk::HttpHop &hop)
{
    return hop.status == 401 && hop.header("WWW-Authenticate").trimmed().toLower().startsWith("basic");
}

QCoro::Task<QList<QUrl>> check(Sdk::CheckContext &ctx, const QString &host, const QUrl &base)
{
    QList<QUrl> basic;
    // a site that answers 200 to anything (soft-404) must not fire: a nonsense path shows what it sends
    const QUrl nonsenseUrl = base.resolved(QUrl(u"/govscope-no-such-page-7f3a9c.html"_qs));
    const Sdk::HttpResult nonsense = co_await getOnce(ctx.probes().http(), nonsenseUrl);
    const QString soft = nonsense.responded() && nonsense.last().status == 200 ? nonsense.last().bodyText() : QString();

    QStringList open, seen;
    QList<Sdk::HttpResult> exchanges;
    int answered = 0;
    for (const AdminInterface &iface : interfaces()) {
        if (ctx.cancelled())
            co_return basic;
        const QUrl url = base.resolved(QUrl(iface.path));
        const Sdk::HttpResult r = co_await getOnce(ctx.probes().http(), url);
        if (!r.responded())
            continue;
        ++answered;
        const Sdk::HttpHop &hop = r.last();
        seen << u"%1 %2"_qs.arg(iface.path).arg(hop.status);
        if (asksBasicAuth(hop))
            basic << url;
        const QString body = hop.bodyText();
        if (isOpen(iface, hop.status, body) && !isOpen(iface, 200, soft)) {
            open << iface.path;
            exchanges << r;
        }
    }
    if (answered == 0) {
        ctx.inconclusive(Check, host, QObject::tr("no management path answered on %1").arg(base.toString()));
        co_return basic;
    }
    if (open.isEmpty()) {
        ctx.pass(Check, host, QObject::tr("no management interface open: %1").arg(seen.join(u", "_qs)));
        co_return basic;
    }
    Models::NewFinding f = Sdk::makeFinding(
        ctx.org(), Check, host,
Models::message(QT_TRANSLATE_NOOP("Finding", "management interfaces of {host} answer without access control: {interfaces}"), {{u"host"_qs, host}, {u"interfaces"_qs, open}}));
    for (qsizetype i = 0; i < exchanges.size(); ++i)
        f.evidence << Sdk::Evidence::http(
            exchanges.at(i),
Models::message(QT_TRANSLATE_NOOP("Finding", "GET {url} answered with the interface itself"), {{u"url"_qs, exchanges.at(i).hops.first().url.toString()}}));
    f.evidence << Sdk::Evidence::http(nonsense, Models::message(QT_TRANSLATE_NOOP("Finding", "a nonsense path, for comparison (soft-404 check)")))
               << Sdk::Evidence::org(ctx.org());
    ctx.finding(std::move(f));
    co_return basic;
}

} // namespace Govscope::Vuln::ExposedAdmin
