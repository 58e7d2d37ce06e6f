#include "mailprobes.h"

#include "hostlimiter.h"

#include <QCoroTimer>
#include <QElapsedTimer>

namespace Govscope::Mail {

namespace {

bool isSmtpLast(const QByteArray &l)
{
    return l.size() < 4 || l[3] != '-';
}

bool tagged(const QByteArray &l, const QByteArray &tag)
{
    return l.startsWith(QByteArray(tag + ' '));
}

// Greeting, then the capability command of the protocol; the reply lines or nullopt.
QCoro::Task<std::optional<QList<QByteArray>>> capabilities(MailConnection &c, MailProtocol protocol)
{
    switch (protocol) {
    case MailProtocol::Imap: {
        const auto greeting = co_await c.readLine();
        if (!greeting || !greeting->startsWith("* "))
            co_return std::nullopt;
        c.send("a1 CAPABILITY");
        const std::function<bool(const QByteArray &)> isLast = [](const QByteArray &l) { return tagged(l, "a1"); };
        auto reply = co_await c.readReply(isLast);
        if (reply)
            reply->prepend(*greeting);
        co_return reply;
    }
    case MailProtocol::Pop3: {
        const auto greeting = co_await c.readLine();
        if (!greeting || !greeting->startsWith("+OK"))
            co_return std::nullopt;
        c.send("CAPA");
        const auto first = co_await c.readLine();
        if (!first)
            co_return std::nullopt;
        if (!first->startsWith("+OK"))
            co_return QList<QByteArray>{*first};
        const std::function<bool(const QByteArray &)> isLast = [](const QByteArray &l) { return l == "."; };
        auto rest = co_await c.readReply(isLast);
        if (rest)
            rest->prepend(*first);
        co_return rest;
    }
    case MailProtocol::Smtp: {
        const std::function<bool(const QByteArray &)> isLast = isSmtpLast;
        const auto greeting = co_await c.readReply(isLast);
        if (!greeting || !greeting->last().startsWith("220"))
            co_return std::nullopt;
        c.send("EHLO govscope.invalid");
        auto ehlo = co_await c.readReply(isLast);
        co_return ehlo;
    }
    }
    co_return std::nullopt;
}

QCoro::Task<bool> startTls(MailConnection &c, MailProtocol protocol)
{
    QByteArray ok;
    switch (protocol) {
    case MailProtocol::Imap:
        c.send("a2 STARTTLS");
        ok = "a2 OK";
        break;
    case MailProtocol::Pop3:
        c.send("STLS");
        ok = "+OK";
        break;
    case MailProtocol::Smtp:
        c.send("STARTTLS");
        ok = "220";
        break;
    }
    // One co_await per statement: GCC 12 miscompiles co_await inside ?: and && (a crash, seen here).
    std::function<bool(const QByteArray &)> isLast = isSmtpLast;
    if (protocol != MailProtocol::Smtp)
        isLast = [protocol](const QByteArray &l) { return protocol == MailProtocol::Pop3 || tagged(l, "a2"); };
    const auto reply = co_await c.readReply(isLast);
    if (!reply || !reply->last().startsWith(ok))
        co_return false;
    const bool encrypted = co_await c.startTls();
    co_return encrypted;
}

QByteArray imapQuoted(const QByteArray &s)
{
    QByteArray out = s;
    out.replace('\\', "\\\\").replace('"', "\\\"");
    return '"' + out + '"';
}

} // namespace

QList<MailPort> plaintextPorts()
{
    return {{MailProtocol::Imap, 143}, {MailProtocol::Pop3, 110}, {MailProtocol::Smtp, 587}, {MailProtocol::Smtp, 25}};
}

QList<MailPort> tlsPorts()
{
    return {{MailProtocol::Imap, 993, true}, {MailProtocol::Pop3, 995, true}};
}

QCoro::Task<ServiceProbe> probeService(QString host, MailPort service, ProbeOptions options, bool upgrade)
{
    ServiceProbe p;
    p.service = service;
    Sdk::HostSlot slot;
    if (options.limiter)
        slot = co_await options.limiter->acquire(host);
    MailConnection c(options.timeout, options.proxy);
    p.status = co_await c.open(host, service.port, service.implicitTls);
    if (p.reachable()) {
        p.tls = c.tls();
        const auto reply = co_await capabilities(c, service.protocol);
        if (reply) {
            p.spoke = true;
            if (!service.implicitTls) {
                p.capabilities = analyseCapabilities(service.protocol, *reply);
                if (upgrade && p.capabilities.startTls) {
                    p.startTlsTried = true;
                    const bool encrypted = co_await startTls(c, service.protocol);
                    if (encrypted)
                        p.tls = c.tls();
                }
            }
        }
        c.close();
    }
    p.error = c.error();
    p.transcript = c.transcript();
    co_return p;
}

QCoro::Task<LoginAttempt> imapLogin(QString host, QString user, QByteArray password, ProbeOptions options,
                                    std::chrono::seconds idle, std::function<bool()> cancelled,
                                    std::function<bool()> mayLogin)
{
    LoginAttempt a;
    Sdk::HostSlot slot;
    if (options.limiter)
        slot = co_await options.limiter->acquire(host);
    // A password goes only over TLS whose certificate verifies or is pinned: IMAPS first, then STARTTLS on 143,
    // never in clear (issue 12: a server without STARTTLS was sent the real password in plaintext).
    TlsPolicy strict = options.tls;
    strict.strict = true;
    auto c = std::make_unique<MailConnection>(options.timeout, options.proxy, strict);
    bool ready = false;
    QStringList whyNot;
    const MailConnection::OpenStatus imaps = co_await c->open(host, 993, true);
    if (imaps == MailConnection::OpenStatus::Connected) {
        const std::optional<QByteArray> greeting = co_await c->readLine();
        ready = greeting.has_value() && c->tls().trusted();
        a.channel = u"IMAPS 993"_qs;
    }
    if (!ready) {
        whyNot << QObject::tr("IMAPS 993: %1")
                      .arg(c->tls().errors.isEmpty() ? c->error() : c->tls().errors.join(u"; "_qs));
        a.noSafeChannel = !c->tls().errors.isEmpty();
        const QStringList tried = c->transcript().split(u'\n');
        c = std::make_unique<MailConnection>(options.timeout, options.proxy, strict);
        for (const QString &line : tried)
            c->note(line); // the IMAPS try stays in the evidence
        c->note(QObject::tr("IMAPS not usable: %1").arg(whyNot.last()));
        const MailConnection::OpenStatus plain = co_await c->open(host, 143);
        if (plain == MailConnection::OpenStatus::Connected) {
            const auto caps = co_await capabilities(*c, MailProtocol::Imap);
            if (caps) {
                const CapabilityVerdict v = analyseCapabilities(MailProtocol::Imap, *caps);
                if (v.startTls) {
                    const bool upgraded = co_await startTls(*c, MailProtocol::Imap);
                    ready = upgraded && c->tls().trusted();
                    a.channel = u"IMAP 143 STARTTLS"_qs;
                    if (!ready) {
                        a.noSafeChannel = true;
                        whyNot << QObject::tr("IMAP 143 STARTTLS: %1")
                                      .arg(c->tls().errors.isEmpty() ? c->error() : c->tls().errors.join(u"; "_qs));
                    }
                } else {
                    a.noSafeChannel = true;
                    whyNot << QObject::tr("IMAP 143 offers no STARTTLS: the password is not sent in clear");
                    c->note(whyNot.last());
                }
            }
        } else {
            whyNot << QObject::tr("IMAP 143: %1").arg(c->error());
            a.noService = imaps == MailConnection::OpenStatus::Refused && plain == MailConnection::OpenStatus::Refused;
        }
    }
    a.overTls = ready;
    a.tls = c->tls();
    if (!ready) {
        a.detail = a.noSafeChannel ? QObject::tr("no verified TLS channel: %1").arg(whyNot.join(u"; "_qs))
                                   : QObject::tr("no IMAP service to log in to: %1").arg(whyNot.join(u"; "_qs));
        a.transcript = c->transcript();
        co_return a;
    }
    if (mayLogin && !mayLogin()) {
        a.detail = QObject::tr("the scan's attempt budget for this account is spent: nothing sent");
        c->note(a.detail);
        a.transcript = c->transcript();
        co_return a;
    }
    a.sent = true;
    const std::function<bool(const QByteArray &)> isTagged1 = [](const QByteArray &l) { return tagged(l, "l1"); };
    const std::function<bool(const QByteArray &)> isTagged2 = [](const QByteArray &l) { return tagged(l, "l2"); };
    const std::function<bool(const QByteArray &)> isTagged3 = [](const QByteArray &l) { return tagged(l, "l3"); };
    QElapsedTimer clock;
    clock.start();
    c->send("l1 LOGIN " + imapQuoted(user.toUtf8()) + ' ' + imapQuoted(password),
            "l1 LOGIN " + imapQuoted(user.toUtf8()) + " \"********\"");
    const auto reply = co_await c->readReply(isTagged1);
    a.elapsedMs = clock.elapsed();
    if (!reply) {
        a.detail = c->error();
    } else {
        a.detail = QString::fromUtf8(reply->last());
        a.outcome = reply->last().startsWith("l1 OK") ? LoginAttempt::Accepted : LoginAttempt::Rejected;
    }
    if (a.outcome == LoginAttempt::Accepted && idle.count() > 0) {
        c->note(QObject::tr("idle for %1 s without a command").arg(idle.count()));
        QElapsedTimer idleClock;
        idleClock.start();
        while (idleClock.elapsed() < idle.count() * 1000 && !(cancelled && cancelled())) {
            const std::chrono::milliseconds step = std::min<std::chrono::milliseconds>(
                std::chrono::milliseconds(idle.count() * 1000 - idleClock.elapsed()), std::chrono::seconds{1});
            co_await QCoro::sleepFor(step);
        }
        if (!(cancelled && cancelled())) {
            c->send("l2 NOOP");
            const auto noop = co_await c->readReply(isTagged2);
            a.aliveAfterIdle = noop && noop->last().startsWith("l2 OK");
        }
    }
    if (c->isOpen()) {
        c->send("l3 LOGOUT");
        co_await c->readReply(isTagged3);
    }
    a.transcript = c->transcript();
    co_return a;
}

} // namespace Govscope::Mail
