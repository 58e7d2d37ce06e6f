#pragma once

#include <QCoroTask>
#include <QElapsedTimer>
#include <QNetworkProxy>
#include <QObject>
#include <QSslError>
#include <QSslSocket>
#include <QStringList>

#include "signalwait.h"

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

namespace Govscope::Mail {

/// The TLS session of a mail connection as Qt negotiated it (after STARTTLS or on 993/995).
struct SessionTls
{
    QString protocol; ///< "TLSv1.2", …
    QString cipher;
    QString subject, issuer;
    QDateTime notAfter;
    QString sha256;     ///< of the leaf certificate (DER), hex
    QStringList errors; ///< verification errors (text); ignored to learn the facts unless the connection is strict
    QList<QSslError::SslError> errorCodes;
    bool pinned = false; ///< the errors were accepted because the leaf is pinned in the profile
    bool encrypted() const { return !protocol.isEmpty(); }
    /// Safe to send a password: the chain verified, or the leaf is pinned.
    bool trusted() const { return encrypted() && (errorCodes.isEmpty() || pinned); }
};

/// What a connection does with a certificate that does not verify.
struct TlsPolicy
{
    /// false: record the errors and go on (probes that only look); true: the handshake fails unless the leaf's
    /// SHA-256 is in @c pins (connections that will carry a password).
    bool strict = false;
    QStringList pins; ///< lower-case hex SHA-256 of accepted leaf certificates
};

/// A line-oriented client for IMAP, POP3 and SMTP: connect (directly or through a SOCKS5 proxy,
/// optionally with implicit TLS), send commands, read replies, upgrade with STARTTLS. Every step is
/// bounded by the timeout and recorded in a transcript in which secrets are masked.
class MailConnection final
{
public:
    explicit MailConnection(std::chrono::milliseconds timeout, const QNetworkProxy &proxy = QNetworkProxy::NoProxy,
                            TlsPolicy policy = {});
    ~MailConnection();
    Q_DISABLE_COPY_MOVE(MailConnection)

    /// ProxyFailed: the SOCKS5 proxy itself could not be used (refused, closed, timed out, protocol or
    /// authentication error), which says nothing about the target.
    enum class OpenStatus { Connected, Refused, Timeout, Failed, ProxyFailed };
    QCoro::Task<OpenStatus> open(const QString &host, quint16 port, bool implicitTls = false);

    /// One line without its CRLF; nullopt when the peer closed or nothing came in time.
    QCoro::Task<std::optional<QByteArray>> readLine();
    /// Lines until @p isLast says the reply ended (inclusive); nullopt when cut short.
    QCoro::Task<std::optional<QList<QByteArray>>> readReply(std::function<bool(const QByteArray &)> isLast);
    /// Sends @p line plus CRLF; the transcript shows @p shownAs instead when given (passwords).
    void send(const QByteArray &line, const QByteArray &shownAs = {});
    /// Starts the TLS handshake on the open connection (after the protocol's STARTTLS/STLS was accepted).
    QCoro::Task<bool> startTls();

    bool isOpen() const;
    const SessionTls &tls() const { return m_tls; }
    QString error() const { return m_error; }
    QString transcript() const { return m_lines.join(u'\n'); }
    void note(const QString &line) { m_lines << u"* "_qs + line; }
    void close();

private:
    QCoro::Task<bool> waitFor(std::function<bool()> done);
    void onSslErrors(const QList<QSslError> &errors);
    void recordTls();

    std::chrono::milliseconds m_timeout;
    TlsPolicy m_policy;
    std::unique_ptr<QSslSocket> m_socket;
    /// every socket signal in one: a failed handshake must not cost the whole timeout waiting for `encrypted`
    std::unique_ptr<Sdk::SignalFunnel> m_signals;
    QString m_host;
    QString m_error;
    QStringList m_lines;
    SessionTls m_tls;
    qint64 m_received = 0;
};

QString printableLine(const QByteArray &line);

} // namespace Govscope::Mail
