#include "mailfamily.h"

#include "accountchecks.h"
#include "dnsprobe.h"
#include "hostchecks.h"
#include "httpprobe.h"
#include "mailreport.h"
#include "mailrules.h"
#include "mailtargets.h"
#include "probeset.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcMail, "govscope.mail")

namespace Govscope::Mail {

namespace {

QCoro::Task<void> checkDomainPolicy(Sdk::CheckContext &ctx, const QString &domain)
{
    Sdk::DnsProbe &dns = ctx.probes().dns();
    const Sdk::DnsAnswer txt = co_await askDefinite(dns, domain, QDnsLookup::TXT);
    const QString dmarcName = u"_dmarc."_qs + domain; // named: no temporaries in a co_await (GCC 12)
    const Sdk::DnsAnswer dmarc = co_await askDefinite(dns, dmarcName, QDnsLookup::TXT);
    if (!txt.definite() || !dmarc.definite()) {
        ctx.inconclusive(CheckId::Spoofable, domain,
                         QObject::tr("TXT lookup failed: %1 %2, %3 %4")
                             .arg(txt.name, Sdk::toId(txt.status), dmarc.name, Sdk::toId(dmarc.status)));
        co_return;
    }
    const PolicyVerdict v = analysePolicy(txt.values, dmarc.values);
    const QString records =
        QObject::tr("SPF: %1; DMARC: %2")
            .arg(v.spf.isEmpty() ? QObject::tr("none") : v.spf, v.dmarc.isEmpty() ? QObject::tr("none") : v.dmarc);
    if (v.spoofable())
        reportFinding(
            ctx, CheckId::Spoofable, domain,
            Models::message(QT_TRANSLATE_NOOP("Finding", "{domain} can be spoofed: {problems}"),
                            {{u"domain"_qs, domain}, {u"problems"_qs, v.problems.join(u"; "_qs)}}),
            {Sdk::Evidence::dns(txt), Sdk::Evidence::dns(dmarc),
             Sdk::Evidence::reasoning(
                 u"mail"_qs,
                 Models::message(
                     QT_TRANSLATE_NOOP("Finding", "SPF: {spf}; DMARC: {dmarc}"),
                     {{u"spf"_qs, v.spf.isEmpty() ? QVariant(Models::message(QT_TRANSLATE_NOOP("Finding", "none")))
                                                  : QVariant(v.spf)},
                      {u"dmarc"_qs, v.dmarc.isEmpty() ? QVariant(Models::message(QT_TRANSLATE_NOOP("Finding", "none")))
                                                      : QVariant(v.dmarc)}}))});
    else
        ctx.pass(CheckId::Spoofable, domain, records);
}

QCoro::Task<void> checkMfa(Sdk::CheckContext &ctx, const QUrl &url)
{
    const QString target = url.toString();
    const Sdk::HttpResult page = co_await ctx.probes().http().get(url);
    if (!page.responded() || page.last().status >= 400) {
        ctx.inconclusive(CheckId::NoMfa, target,
                         page.responded() ? QObject::tr("login page answered %1").arg(page.last().status)
                                          : QObject::tr("login page did not answer: %1")
                                                .arg(page.hops.isEmpty() ? page.error : page.last().error));
        co_return;
    }
    const MfaVerdict v = analyseLoginPage(page.last().bodyText());
    switch (v.kind) {
    case MfaVerdict::NoLoginForm:
        ctx.inconclusive(CheckId::NoMfa, target,
                         QObject::tr("no login form with a password field at %1 (rendered by script?)")
                             .arg(page.finalUrl().toString()));
        break;
    case MfaVerdict::SecondFactor:
        ctx.pass(CheckId::NoMfa, target, v.detail);
        break;
    case MfaVerdict::PasswordOnly:
        reportFinding(ctx, CheckId::NoMfa, target,
                      Models::message(QT_TRANSLATE_NOOP("Finding", "webmail {url} asks for a password only ({detail})"),
                                      {{u"url"_qs, target}, {u"detail"_qs, v.detail}}),
                      {Sdk::Evidence::http(page, v.detail)});
        break;
    }
}

} // namespace

QCoro::Task<void> MailFamily::run(Sdk::CheckContext &ctx)
{
    const MailTargets targets = co_await collectTargets(ctx.org(), ctx.assets(), ctx.probes().dns());
    for (const QString &domain : targets.domains) {
        if (ctx.cancelled())
            co_return;
        co_await checkDomainPolicy(ctx, domain);
    }
    for (const QUrl &url : targets.webmail) {
        if (ctx.cancelled())
            co_return;
        co_await checkMfa(ctx, url);
    }
    // a domain whose MX could not be asked may have mail hosts nobody examined: no verdict on them
    for (const auto &[domain, why] : targets.unknownHosts) {
        QStringList checks{CheckId::Plaintext, CheckId::TlsWeak, CheckId::Overseas};
        if (ctx.org().authorized)
            checks << CheckId::NoLoginLimit << CheckId::NoSessionTimeout;
        for (const QString &check : std::as_const(checks))
            ctx.inconclusive(
                check, domain,
                QObject::tr("the MX of %1 got no definite answer (%2): its mail hosts are not known").arg(domain, why));
    }
    for (const QString &host : targets.hosts) {
        if (ctx.cancelled())
            co_return;
        const QList<QUrl> webmail = targets.webmailOn(host);
        co_await checkTransport(ctx, host, webmail);
        co_await checkOverseas(ctx, host, webmail);
        co_await checkAccount(ctx, host, webmail);
    }
    qCDebug(lcMail) << ctx.org().id << "mail checks done on" << targets.domains.size() << "domains and"
                    << targets.hosts.size() << "hosts";
}

} // namespace Govscope::Mail
