#include "hostchecks.h"

#include "httpprobe.h"
#include "mailprobes.h"
#include "mailreport.h"
#include "probeset.h"
#include "tlsprobe.h"

namespace Govscope::Mail {

namespace {

ProbeOptions optionsOf(Sdk::CheckContext &ctx, const QNetworkProxy &proxy = QNetworkProxy::NoProxy)
{
    return ProbeOptions{std::chrono::milliseconds(ctx.profile().timeoutMs), &ctx.probes().limiter(), proxy};
}

QString serviceName(const MailPort &p)
{
    return u"%1 %2"_qs.arg(protocolName(p.protocol)).arg(p.port);
}

// Why a certificate or protocol set is weak; empty when it is sound.
QStringList tlsProblems(const Sdk::TlsResult &r)
{
    QStringList out;
    if (r.certificate) {
        const Sdk::CertificateFacts &c = *r.certificate;
        if (c.expired)
            out << QObject::tr("certificate expired %1").arg(c.notAfter.toString(Qt::ISODate));
        if (c.selfSigned)
            out << QObject::tr("self-signed certificate");
        if (!c.trusted && !c.expired && !c.selfSigned)
            out << QObject::tr("untrusted certificate (%1)").arg(c.verifyError);
        if (!c.nameMatches)
            out << QObject::tr("certificate not valid for %1").arg(r.host);
    }
    for (const Sdk::TlsVersionSupport &v : r.versions)
        if (v.outcome == Sdk::TlsVersionSupport::Accepted && (v.version == u"TLSv1.0"_qs || v.version == u"TLSv1.1"_qs))
            out << QObject::tr("%1 accepted").arg(v.version);
    return out;
}

// The webmail's http:// address must redirect to https.
struct PlainWebmail
{
    bool reached = false;
    bool plain = false;
    QString summary;
    Sdk::HttpResult exchange;
};

QCoro::Task<PlainWebmail> plainWebmail(Sdk::CheckContext &ctx, const QUrl &webmail)
{
    QUrl http = webmail;
    http.setScheme(u"http"_qs);
    http.setPort(-1);
    PlainWebmail w;
    w.exchange = co_await ctx.probes().http().get(http);
    w.reached = w.exchange.responded();
    if (!w.reached) {
        w.summary = QObject::tr("%1: no answer (%2)")
                        .arg(http.toString(), w.exchange.hops.isEmpty() ? w.exchange.error : w.exchange.last().error);
        co_return w;
    }
    w.plain = w.exchange.finalUrl().scheme() == u"http"_qs && w.exchange.last().status < 400;
    w.summary = w.plain ? QObject::tr("webmail %1 served over plain HTTP (%2, no redirect to HTTPS)")
                              .arg(http.toString())
                              .arg(w.exchange.last().status)
                        : QObject::tr("%1 ends at %2").arg(http.toString(), w.exchange.finalUrl().toString());
    co_return w;
}

} // namespace

QCoro::Task<void> checkTransport(Sdk::CheckContext &ctx, QString host, QList<QUrl> webmail)
{
    QStringList clear, clean, unreachable, tlsWeak, tlsSound;
    QList<Models::NewEvidence> clearEvidence, tlsEvidence;
    bool anyAnswer = false;
    for (const MailPort &port : plaintextPorts()) {
        if (ctx.cancelled())
            co_return;
        const ProbeOptions options = optionsOf(ctx); // named: no temporaries in a co_await (GCC 12)
        const ServiceProbe p = co_await probeService(host, port, options);
        const QString name = serviceName(port);
        if (p.status == MailConnection::OpenStatus::Refused) {
            anyAnswer = true; // a refusal is a definite answer: nothing listens there
            continue;
        }
        if (!p.spoke) {
            unreachable << u"%1 (%2)"_qs.arg(name, p.error);
            continue;
        }
        anyAnswer = true;
        const QString line = u"%1: %2"_qs.arg(name, p.capabilities.reason);
        (p.capabilities.authInClear ? clear : clean) << line;
        if (p.capabilities.authInClear)
            clearEvidence << transcriptEvidence(u"mail"_qs, line, p.transcript);
        if (p.tls.encrypted()) {
            const QString facts = u"%1 STARTTLS: %2 %3"_qs.arg(name, p.tls.protocol, p.tls.cipher);
            if (!p.tls.errors.isEmpty() || p.tls.protocol == u"TLSv1.0"_qs || p.tls.protocol == u"TLSv1.1"_qs) {
                tlsWeak << facts + u"; "_qs + p.tls.errors.join(u"; "_qs);
                tlsEvidence << transcriptEvidence(u"tls"_qs, tlsWeak.last(), p.transcript);
            } else {
                tlsSound << facts;
            }
        }
    }

    QList<std::pair<quint16, QString>> tlsPortsToProbe{{993, u"IMAPS 993"_qs}, {995, u"POP3S 995"_qs}};
    for (const QUrl &w : webmail)
        if (w.scheme() == u"https"_qs)
            tlsPortsToProbe.append({quint16(w.port(443)), u"webmail HTTPS %1"_qs.arg(w.port(443))});
    bool tlsUnreachable = false;
    for (const auto &[port, name] : tlsPortsToProbe) {
        if (ctx.cancelled())
            co_return;
        const QStringList versions = Sdk::TlsProbe::allVersions(); // named: no temporaries in a co_await (GCC 12)
        const Sdk::TlsResult r = co_await ctx.probes().tls().probe(host, port, versions);
        if (!r.reachable) {
            tlsUnreachable |= !r.error.contains(u"refused"_qs, Qt::CaseInsensitive);
            continue;
        }
        const QStringList problems = tlsProblems(r);
        if (problems.isEmpty()) {
            tlsSound << name;
        } else {
            tlsWeak << u"%1: %2"_qs.arg(name, problems.join(u", "_qs));
            tlsEvidence << Sdk::Evidence::tls(r, tlsWeak.last());
        }
    }

    bool webmailUnreached = false;
    for (const QUrl &w : webmail) {
        if (ctx.cancelled())
            co_return;
        const PlainWebmail p = co_await plainWebmail(ctx, w);
        if (!p.reached) {
            webmailUnreached = true;
            continue;
        }
        anyAnswer = true;
        (p.plain ? clear : clean) << p.summary;
        if (p.plain)
            clearEvidence << Sdk::Evidence::http(p.exchange, p.summary);
    }

    if (!clear.isEmpty())
        reportFinding(ctx, CheckId::Plaintext, host,
                      QObject::tr("%1 accepts passwords without TLS: %2").arg(host, clear.join(u"; "_qs)),
                      clearEvidence);
    else if (anyAnswer && unreachable.isEmpty() && !webmailUnreached)
        ctx.pass(CheckId::Plaintext, host, clean.isEmpty() ? QObject::tr("no mail port open") : clean.join(u"; "_qs));
    else
        ctx.inconclusive(CheckId::Plaintext, host,
                         QObject::tr("no answer from %1")
                             .arg(unreachable.isEmpty() ? QObject::tr("webmail") : unreachable.join(u", "_qs)));

    if (!tlsWeak.isEmpty())
        reportFinding(ctx, CheckId::TlsWeak, host, QObject::tr("%1 has weak TLS: %2").arg(host, tlsWeak.join(u"; "_qs)),
                      tlsEvidence);
    else if (!tlsSound.isEmpty())
        ctx.pass(CheckId::TlsWeak, host, tlsSound.join(u"; "_qs));
    else if (tlsUnreachable || !unreachable.isEmpty())
        ctx.inconclusive(CheckId::TlsWeak, host, QObject::tr("TLS ports did not answer in time"));
    else
        ctx.pass(CheckId::TlsWeak, host, QObject::tr("no TLS mail service (plaintext is mail.plaintext_protocol)"));
}

QCoro::Task<void> checkOverseas(Sdk::CheckContext &ctx, QString host, QList<QUrl> webmail)
{
    const QUrl vantage = ctx.profile().overseasProxy;
    if (vantage.isEmpty()) {
        ctx.inconclusive(CheckId::Overseas, host,
                         QObject::tr("no overseas vantage (overseas_proxy) in the scan profile"));
        co_return;
    }
    const QNetworkProxy proxy(QNetworkProxy::Socks5Proxy, vantage.host(), quint16(vantage.port(1080)));
    QStringList reached, refused;
    QList<Models::NewEvidence> evidence;
    bool doubt = false;
    for (const MailPort &port : {MailPort{MailProtocol::Imap, 143}, MailPort{MailProtocol::Pop3, 110},
                                 MailPort{MailProtocol::Imap, 993, true}, MailPort{MailProtocol::Pop3, 995, true}}) {
        if (ctx.cancelled())
            co_return;
        const ProbeOptions options = optionsOf(ctx, proxy); // named: no temporaries in a co_await (GCC 12)
        const ServiceProbe p = co_await probeService(host, port, options, false);
        const QString name = serviceName(port);
        if (p.spoke) {
            reached << name;
            evidence << transcriptEvidence(
                u"mail"_qs, QObject::tr("%1 answered through %2").arg(name, vantage.toString()), p.transcript);
        } else if (p.status == MailConnection::OpenStatus::Timeout) {
            doubt = true;
        } else {
            refused << u"%1 (%2)"_qs.arg(name, p.error);
        }
    }
    for (const QUrl &w : webmail) {
        if (ctx.cancelled())
            co_return;
        Sdk::HttpRequest request;
        request.url = w;
        request.overseas = true;
        const Sdk::HttpResult r = co_await ctx.probes().http().fetch(request);
        if (r.responded()) {
            reached << QObject::tr("webmail %1").arg(w.toString());
            evidence << Sdk::Evidence::http(r, QObject::tr("webmail answered through %1").arg(vantage.toString()));
        } else if (r.timedOut()) {
            doubt = true;
        } else {
            refused << w.toString();
        }
    }
    if (!reached.isEmpty())
        reportFinding(ctx, CheckId::Overseas, host,
                      QObject::tr("%1 reachable from the overseas vantage: %2").arg(host, reached.join(u", "_qs)),
                      evidence);
    else if (doubt)
        ctx.inconclusive(CheckId::Overseas, host, QObject::tr("no answer in time through %1").arg(vantage.toString()));
    else
        ctx.pass(CheckId::Overseas, host,
                 QObject::tr("refused from the overseas vantage: %1").arg(refused.join(u"; "_qs)));
}

} // namespace Govscope::Mail
