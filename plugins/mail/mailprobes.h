#pragma once

#include "mailconnection.h"
#include "mailrules.h"

#include <QCoroTask>
#include <QNetworkProxy>

#include <chrono>
#include <functional>

namespace Govscope::Sdk {
class HostLimiter;
}

namespace Govscope::Mail {

/// A mail port and the protocol it speaks.
struct MailPort
{
    MailProtocol protocol;
    quint16 port;
    bool implicitTls = false;
};
QList<MailPort> plaintextPorts(); ///< IMAP 143, POP3 110, SMTP 587 and 25
QList<MailPort> tlsPorts();       ///< IMAPS 993, POP3S 995

/// What one mail port said before and (when offered) after STARTTLS.
struct ServiceProbe
{
    MailPort service;
    MailConnection::OpenStatus status = MailConnection::OpenStatus::Failed;
    bool spoke = false; ///< a greeting and a capability answer came
    CapabilityVerdict capabilities;
    bool startTlsTried = false;
    SessionTls tls; ///< after STARTTLS, or of the implicit-TLS connection
    QString error;
    QString transcript;

    bool reachable() const { return status == MailConnection::OpenStatus::Connected; }
};

struct ProbeOptions
{
    std::chrono::milliseconds timeout{8000};
    Sdk::HostLimiter *limiter = nullptr;
    QNetworkProxy proxy = QNetworkProxy::NoProxy;
    TlsPolicy tls; ///< strict for connections that carry the test account's password
};

/// Connects, reads the greeting, asks for capabilities and, when STARTTLS is offered and
/// @p upgrade is set, performs it and records the TLS session.
QCoro::Task<ServiceProbe> probeService(QString host, MailPort service, ProbeOptions options, bool upgrade = true);

/// One IMAP LOGIN as the authorised test account, only ever over TLS that verified (or is pinned).
struct LoginAttempt
{
    enum Outcome { Accepted, Rejected, Failed } outcome = Failed;
    qint64 elapsedMs = 0; ///< from sending LOGIN to its tagged answer
    bool overTls = false;
    bool sent = false;          ///< LOGIN (with a password) was written
    bool noSafeChannel = false; ///< no IMAPS/STARTTLS with a verified certificate: nothing was sent
    bool noService = false;     ///< 993 and 143 both refused: the host has no IMAP
    QString channel;            ///< "IMAPS 993" or "IMAP 143 STARTTLS"
    SessionTls tls;
    QString detail;     ///< the server's answer or the error
    QString transcript; ///< password masked
    /// Still logged in after the idle period (only when asked to idle).
    std::optional<bool> aliveAfterIdle;
};

/// Logs in to IMAP on @p host over IMAPS or STARTTLS with @p options.tls made strict: a certificate that
/// neither verifies nor is pinned, or a server without TLS, means no LOGIN at all (noSafeChannel). @p mayLogin is
/// asked right before the password is written (the scan's attempt budget); false sends nothing. When @p idle is
/// non-zero stays logged in that long without a command, then sends NOOP to see whether the session is still
/// usable. @p cancelled ends the idle early.
QCoro::Task<LoginAttempt> imapLogin(QString host, QString user, QByteArray password, ProbeOptions options,
                                    std::chrono::seconds idle = std::chrono::seconds{0},
                                    std::function<bool()> cancelled = {}, std::function<bool()> mayLogin = {});

} // namespace Govscope::Mail
