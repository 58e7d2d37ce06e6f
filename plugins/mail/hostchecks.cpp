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
    return ProbeOptions{std::chrono::milliseconds(ctx.profile().timeoutMs), &ctx.probes().limiter(), proxy,
                        TlsPolicy{}};
}

QString serviceName(const MailPort &p)
{
    return u"%1 %2"_qs.arg(protocolName(p.protocol)).arg(p.port);
}

QStringList pinsOf(Sdk::CheckContext &ctx)
{
    for (const Sdk::MailAccount &a : ctx.profile().mailAccounts)
        if (a.org == ctx.org().id)
            return a.pinnedSha256;
    return {};
}

// What the TlsProbe saw on an implicit-TLS port, as the facts the rule reads.
TlsFacts factsOf(const Sdk::TlsResult &r, const QStringList &pins)
{
    TlsFacts f;
    for (const Sdk::TlsVersionSupport &v : r.versions)
        if (v.outcome == Sdk::TlsVersionSupport::Accepted)
            f.acceptedVersions << v.version;
    if (r.certificate) {
        const Sdk::CertificateFacts &c = *r.certificate;
        f.certificateSeen = true;
        f.expired = c.expired;
        f.notYetValid = c.notYetValid;
        f.selfSigned = c.selfSigned;
        f.nameMismatch = !c.nameMatches;
        f.chainUnverified = !c.trusted && !c.expired && !c.selfSigned && !c.notYetValid;
        f.verifyError = c.verifyError;
        f.pinned = pins.contains(c.sha256.toLower().remove(u':'));
    }
    return f;
}

// What Qt reported for a STARTTLS session (its verification errors were recorded, then ignored).
TlsFacts factsOf(const SessionTls &t, const QStringList &pins)
{
    TlsFacts f;
    f.acceptedVersions << t.protocol;
    f.cipher = t.cipher;
    f.certificateSeen = true;
    f.pinned = pins.contains(t.sha256);
    QStringList other;
    for (qsizetype i = 0; i < t.errorCodes.size(); ++i) {
        switch (t.errorCodes.at(i)) {
        case QSslError::CertificateExpired:
            f.expired = true;
            break;
        case QSslError::CertificateNotYetValid:
            f.notYetValid = true;
            break;
        case QSslError::SelfSignedCertificate:
            f.selfSigned = true;
            break;
        case QSslError::HostNameMismatch:
            f.nameMismatch = true;
            break;
        default:
            f.chainUnverified = true;
            other << t.errors.value(i);
        }
    }
    f.verifyError = other.join(u"; "_qs);
    return f;
}

struct TlsTally
{
    QStringList protocol, certificate, unverified, sound;
    QList<Models::NewEvidence> evidence;

    void add(const QString &service, const TlsAssessment &a, const QString &facts, const Models::NewEvidence &e)
    {
        if (!a.protocolProblems.isEmpty())
            protocol << u"%1: %2"_qs.arg(service, a.protocolProblems.join(u", "_qs));
        if (!a.certificateProblems.isEmpty())
            certificate << u"%1: %2"_qs.arg(service, a.certificateProblems.join(u", "_qs));
        if (!a.unverified.isEmpty())
            unverified << u"%1: %2"_qs.arg(service, a.unverified.join(u", "_qs));
        if (a.weak() || !a.unverified.isEmpty())
            evidence << e;
        else
            sound << facts;
    }
};

// The webmail's http:// address must redirect to https.
struct PlainWebmail
{
    bool reached = false;
    bool plain = false;
    QString summary;
    Sdk::HttpResult exchange;
};

bool isProxyError(QNetworkReply::NetworkError e)
{
    return e == QNetworkReply::ProxyConnectionRefusedError || e == QNetworkReply::ProxyConnectionClosedError ||
           e == QNetworkReply::ProxyNotFoundError || e == QNetworkReply::ProxyTimeoutError ||
           e == QNetworkReply::ProxyAuthenticationRequiredError || e == QNetworkReply::UnknownProxyError;
}

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
    QStringList clear, clean, unreachable;
    QList<Models::NewEvidence> clearEvidence;
    TlsTally tally;
    const QStringList pins = pinsOf(ctx);
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
            const TlsAssessment a = assessTls(factsOf(p.tls, pins));
            tally.add(name + u" STARTTLS"_qs, a, facts, transcriptEvidence(u"tls"_qs, facts, p.transcript));
        }
    }

    QList<std::pair<quint16, QString>> tlsPortsToProbe{{993, u"IMAPS 993"_qs}, {995, u"POP3S 995"_qs}};
    for (const QUrl &w : webmail)
        if (w.scheme() == u"https"_qs)
            tlsPortsToProbe.append({quint16(w.port(443)), u"webmail HTTPS %1"_qs.arg(w.port(443))});
    bool tlsUnreachable = false;
    // TLS ports or versions that gave no answer: a weak protocol may hide there, so no pass
    QStringList undecided;
    for (const auto &[port, name] : tlsPortsToProbe) {
        if (ctx.cancelled())
            co_return;
        const QStringList versions = Sdk::TlsProbe::allVersions(); // named: no temporaries in a co_await (GCC 12)
        const Sdk::TlsResult r = co_await ctx.probes().tls().probe(host, port, versions);
        if (!r.reachable) {
            if (!r.error.contains(u"refused"_qs, Qt::CaseInsensitive)) {
                tlsUnreachable = true;
                undecided << u"%1 (%2)"_qs.arg(name, r.error);
            }
            continue;
        }
        // a version whose handshake got no answer may be the weak one that is accepted
        QStringList unknownVersions;
        for (const Sdk::TlsVersionSupport &v : r.versions)
            if (v.outcome == Sdk::TlsVersionSupport::Unknown)
                unknownVersions << u"%1: %2"_qs.arg(v.version, v.detail);
        if (!unknownVersions.isEmpty())
            undecided << u"%1 (%2)"_qs.arg(name, unknownVersions.join(u", "_qs));
        const TlsAssessment a = assessTls(factsOf(r, pins));
        const QStringList all = a.protocolProblems + a.certificateProblems + a.unverified;
        tally.add(name, a, name, Sdk::Evidence::tls(r, u"%1: %2"_qs.arg(name, all.join(u", "_qs))));
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
                      Models::message(QT_TRANSLATE_NOOP("Finding", "{host} accepts passwords without TLS: {ports}"), {{u"host"_qs, host}, {u"ports"_qs, clear.join(u"; "_qs)}}),
                      clearEvidence);
    else if (anyAnswer && unreachable.isEmpty() && !webmailUnreached)
        ctx.pass(CheckId::Plaintext, host, clean.isEmpty() ? QObject::tr("no mail port open") : clean.join(u"; "_qs));
    else
        ctx.inconclusive(CheckId::Plaintext, host,
                         QObject::tr("no answer from %1")
                             .arg(unreachable.isEmpty() ? QObject::tr("webmail") : unreachable.join(u", "_qs)));

    // checks.md puts both a weak protocol and an invalid, expired or self-signed certificate under tls_weak; the
    // title says which it is. A chain that merely did not verify here is not shown to be either (issue 9).
    if (!tally.protocol.isEmpty() || !tally.certificate.isEmpty()) {
        QVariantList parts;
        if (!tally.protocol.isEmpty())
            parts << Models::message(QT_TRANSLATE_NOOP("Finding", "weak TLS: {problems}"), {{u"problems"_qs, tally.protocol.join(u"; "_qs)}});
        if (!tally.certificate.isEmpty())
            parts << Models::message(QT_TRANSLATE_NOOP("Finding", "invalid certificate: {problems}"), {{u"problems"_qs, tally.certificate.join(u"; "_qs)}});
        if (!tally.unverified.isEmpty())
            parts << Models::message(QT_TRANSLATE_NOOP("Finding", "also: {problems}"), {{u"problems"_qs, tally.unverified.join(u"; "_qs)}});
        reportFinding(ctx, CheckId::TlsWeak, host, Models::message(QT_TRANSLATE_NOOP("Finding", "{host} has {problems}"), {{u"host"_qs, host}, {u"problems"_qs, parts}}),
                      tally.evidence);
    } else if (!tally.unverified.isEmpty()) {
        ctx.inconclusive(
            CheckId::TlsWeak, host,
            QObject::tr("protocols sound (%1), but the certificate could not be verified here: %2 — not "
                        "shown invalid, expired or self-signed; pin it in the profile if it is the org's own")
                .arg(tally.sound.isEmpty() ? QObject::tr("TLS 1.2+") : tally.sound.join(u"; "_qs),
                     tally.unverified.join(u"; "_qs)));
    } else if (!undecided.isEmpty() || !unreachable.isEmpty()) {
        // the plaintext ports that did not answer may offer STARTTLS too
        ctx.inconclusive(CheckId::TlsWeak, host,
                         QObject::tr("no weak TLS seen%1, but these did not answer in time: %2")
                             .arg(tally.sound.isEmpty() ? QString() : u" ("_qs + tally.sound.join(u"; "_qs) + u')',
                                  (undecided + unreachable).join(u"; "_qs)));
    } else if (!tally.sound.isEmpty()) {
        ctx.pass(CheckId::TlsWeak, host, tally.sound.join(u"; "_qs));
    } else if (tlsUnreachable) {
        ctx.inconclusive(CheckId::TlsWeak, host, QObject::tr("TLS ports did not answer in time"));
    } else {
        ctx.pass(CheckId::TlsWeak, host, QObject::tr("no TLS mail service (plaintext is mail.plaintext_protocol)"));
    }
}

QCoro::Task<void> checkOverseas(Sdk::CheckContext &ctx, QString host, QList<QUrl> webmail)
{
    const QUrl vantage = ctx.profile().overseasProxy;
    if (vantage.isEmpty()) {
        ctx.inconclusive(CheckId::Overseas, host,
                         QObject::tr("no overseas vantage (overseas_proxy) in the scan profile"));
        co_return;
    }
    // Credentials of the vantage (socks5://user:pass@host:port) reach the proxy object only, never a text.
    const QNetworkProxy proxy(QNetworkProxy::Socks5Proxy, vantage.host(), quint16(vantage.port(1080)),
                              vantage.userName(), vantage.password());
    const QString shown = vantage.toString(QUrl::RemoveUserInfo);
    QStringList reached, refused, vantageDown;
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
            evidence << transcriptEvidence(u"mail"_qs, Models::message(QT_TRANSLATE_NOOP("Finding", "{service} answered through {vantage}"), {{u"service"_qs, name}, {u"vantage"_qs, shown}}),
                                           p.transcript);
        } else if (p.status == MailConnection::OpenStatus::ProxyFailed) {
            vantageDown << u"%1 (%2)"_qs.arg(name, p.error);
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
            evidence << Sdk::Evidence::http(r, QObject::tr("webmail answered through %1").arg(shown));
        } else if (!r.hops.isEmpty() && isProxyError(r.last().networkError)) {
            vantageDown << u"%1 (%2)"_qs.arg(w.toString(), r.last().error);
        } else if (r.timedOut()) {
            doubt = true;
        } else {
            refused << w.toString();
        }
    }
    if (!reached.isEmpty())
        reportFinding(ctx, CheckId::Overseas, host,
                      Models::message(QT_TRANSLATE_NOOP("Finding", "{host} reachable from the overseas vantage: {services}"), {{u"host"_qs, host}, {u"services"_qs, reached}}),
                      evidence);
    else if (!vantageDown.isEmpty())
        // A dead or misbehaving vantage says nothing about the host: "Connection to proxy refused" is no pass.
        ctx.inconclusive(
            CheckId::Overseas, host,
            QObject::tr("the overseas vantage %1 could not be used: %2").arg(shown, vantageDown.join(u"; "_qs)));
    else if (doubt)
        ctx.inconclusive(CheckId::Overseas, host, QObject::tr("no answer in time through %1").arg(shown));
    else
        ctx.pass(CheckId::Overseas, host,
                 QObject::tr("refused from the overseas vantage: %1").arg(refused.join(u"; "_qs)));
}

} // namespace Govscope::Mail
