#include "mailconnection.h"

#include "signalwait.h"

#include <QCryptographicHash>
#include <QSslCipher>

namespace Govscope::Mail {

namespace {

constexpr qint64 MaxLine = 8 * 1024;
constexpr qint64 MaxReceived = 256 * 1024; // a reply larger than this is not a mail server talking to us

QString protocolName(QSsl::SslProtocol p)
{
    // The old versions are deprecated in Qt as protocols to ask for, but a server may still negotiate them.
    QT_WARNING_PUSH
    QT_WARNING_DISABLE_DEPRECATED
    switch (p) {
    case QSsl::TlsV1_0:
        return u"TLSv1.0"_qs;
    case QSsl::TlsV1_1:
        return u"TLSv1.1"_qs;
    case QSsl::TlsV1_2:
        return u"TLSv1.2"_qs;
    case QSsl::TlsV1_3:
        return u"TLSv1.3"_qs;
    default:
        return u"unknown"_qs;
    }
    QT_WARNING_POP
}

} // namespace

QString printableLine(const QByteArray &line)
{
    QString out;
    for (const QChar c : QString::fromUtf8(line.left(MaxLine)))
        out += (c.isPrint() || c == u'\t') ? QString(c) : u"\\x%1"_qs.arg(c.unicode() & 0xff, 2, 16, QChar(u'0'));
    return out;
}

MailConnection::MailConnection(std::chrono::milliseconds timeout, const QNetworkProxy &proxy, TlsPolicy policy)
    : m_timeout(timeout)
    , m_policy(std::move(policy))
    , m_socket(std::make_unique<QSslSocket>())
    , m_signals(std::make_unique<Sdk::SignalFunnel>())
{
    m_socket->setProxy(proxy);
    QSslSocket *s = m_socket.get();
    Sdk::SignalFunnel *sig = m_signals.get();
    QObject::connect(s, &QSslSocket::stateChanged, sig, &Sdk::SignalFunnel::changed);
    QObject::connect(s, &QSslSocket::readyRead, sig, &Sdk::SignalFunnel::changed);
    QObject::connect(s, &QSslSocket::encrypted, sig, &Sdk::SignalFunnel::changed);
    QObject::connect(s, &QSslSocket::errorOccurred, sig, &Sdk::SignalFunnel::changed);
    QObject::connect(s, &QSslSocket::sslErrors, sig, [this](const QList<QSslError> &errors) { onSslErrors(errors); });
}

void MailConnection::onSslErrors(const QList<QSslError> &errors)
{
    for (const QSslError &e : errors) {
        m_tls.errors << e.errorString();
        m_tls.errorCodes << e.error();
    }
    const QString leaf =
        QString::fromLatin1(m_socket->peerCertificate().digest(QCryptographicHash::Sha256).toHex()).toLower();
    if (!m_policy.strict) {
        // Learn the facts even from a bad certificate; tls_weak reports the errors themselves. Nothing secret
        // is sent on such a connection.
        m_socket->ignoreSslErrors();
    } else if (!leaf.isEmpty() && m_policy.pins.contains(leaf)) {
        m_tls.pinned = true;
        m_lines << u"* certificate %1 does not verify but is pinned in the scan profile"_qs.arg(leaf);
        m_socket->ignoreSslErrors(errors);
    } else {
        // Not ignored: the handshake fails and no credential is ever written to this connection.
        m_lines << u"* certificate not verified (%1): refusing to continue with credentials"_qs.arg(
            m_tls.errors.join(u"; "_qs));
    }
}

MailConnection::~MailConnection()
{
    m_socket->abort();
}

QCoro::Task<bool> MailConnection::waitFor(std::function<bool()> done)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        const auto left = m_timeout - std::chrono::milliseconds(clock.elapsed());
        if (left.count() <= 0)
            co_return false;
        co_await Sdk::waitForSignal(m_signals.get(), &Sdk::SignalFunnel::changed, left);
    }
    co_return true;
}

QCoro::Task<MailConnection::OpenStatus> MailConnection::open(const QString &host, quint16 port, bool implicitTls)
{
    m_host = host;
    m_lines << u"* connect %1:%2%3%4"_qs.arg(host)
                   .arg(port)
                   .arg(implicitTls ? u" (TLS)"_qs : QString())
                   .arg(m_socket->proxy().type() == QNetworkProxy::Socks5Proxy
                            ? u" via SOCKS5 %1:%2"_qs.arg(m_socket->proxy().hostName()).arg(m_socket->proxy().port())
                            : QString());
    m_socket->setPeerVerifyName(host);
    if (implicitTls)
        m_socket->connectToHostEncrypted(host, port);
    else
        m_socket->connectToHost(host, port);
    QSslSocket *s = m_socket.get();
    // named: GCC 12 destroys temporaries of a co_await expression twice
    const std::function<bool()> connectedOrFailed = [s, implicitTls] {
        return s->state() == QAbstractSocket::UnconnectedState ||
               (s->state() == QAbstractSocket::ConnectedState && (!implicitTls || s->isEncrypted()));
    };
    const bool settled = co_await waitFor(connectedOrFailed);
    if (settled && s->state() == QAbstractSocket::ConnectedState) {
        m_lines << u"* connected to %1"_qs.arg(s->peerAddress().toString());
        if (implicitTls)
            recordTls();
        co_return OpenStatus::Connected;
    }
    OpenStatus status = OpenStatus::Failed;
    if (!settled) {
        status = OpenStatus::Timeout;
        m_error = QObject::tr("no connection within %1 ms").arg(m_timeout.count());
    } else {
        const auto e = s->error();
        switch (e) {
        case QAbstractSocket::ConnectionRefusedError:
            status = OpenStatus::Refused;
            break;
        case QAbstractSocket::ProxyConnectionRefusedError:
        case QAbstractSocket::ProxyConnectionClosedError:
        case QAbstractSocket::ProxyConnectionTimeoutError:
        case QAbstractSocket::ProxyNotFoundError:
        case QAbstractSocket::ProxyProtocolError:
        case QAbstractSocket::ProxyAuthenticationRequiredError:
            status = OpenStatus::ProxyFailed;
            break;
        default:
            status = OpenStatus::Failed;
        }
        m_error = s->errorString();
    }
    m_lines << u"* %1"_qs.arg(m_error);
    s->abort();
    co_return status;
}

bool MailConnection::isOpen() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

QCoro::Task<std::optional<QByteArray>> MailConnection::readLine()
{
    QSslSocket *s = m_socket.get();
    const std::function<bool()> lineOrClosed = [s] {
        return s->canReadLine() || s->bytesAvailable() >= MaxLine || s->state() != QAbstractSocket::ConnectedState;
    };
    const bool ready = co_await waitFor(lineOrClosed);
    if (!ready || !(s->canReadLine() || s->bytesAvailable() >= MaxLine)) {
        m_error = ready ? QObject::tr("the server closed the connection")
                        : QObject::tr("no answer within %1 ms").arg(m_timeout.count());
        m_lines << u"* "_qs + m_error;
        co_return std::nullopt;
    }
    QByteArray line = s->readLine(MaxLine);
    m_received += line.size();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    m_lines << u"< "_qs + printableLine(line);
    if (m_received > MaxReceived) {
        m_error = QObject::tr("the server sent more than %1 bytes").arg(MaxReceived);
        co_return std::nullopt;
    }
    co_return line;
}

QCoro::Task<std::optional<QList<QByteArray>>> MailConnection::readReply(std::function<bool(const QByteArray &)> isLast)
{
    QList<QByteArray> lines;
    for (;;) {
        const std::optional<QByteArray> line = co_await readLine();
        if (!line)
            co_return std::nullopt;
        lines << *line;
        if (isLast(*line))
            co_return lines;
    }
}

void MailConnection::send(const QByteArray &line, const QByteArray &shownAs)
{
    m_socket->write(line + "\r\n");
    m_lines << u"> "_qs + printableLine(shownAs.isEmpty() ? line : shownAs);
}

QCoro::Task<bool> MailConnection::startTls()
{
    m_lines << u"* TLS handshake"_qs;
    m_socket->startClientEncryption();
    QSslSocket *s = m_socket.get();
    const std::function<bool()> encryptedOrClosed = [s] {
        return s->isEncrypted() || s->state() != QAbstractSocket::ConnectedState;
    };
    const bool settled = co_await waitFor(encryptedOrClosed);
    if (!settled || !s->isEncrypted()) {
        m_error = settled ? s->errorString() : QObject::tr("no TLS handshake within %1 ms").arg(m_timeout.count());
        m_lines << u"* "_qs + m_error;
        co_return false;
    }
    recordTls();
    co_return true;
}

void MailConnection::recordTls()
{
    m_tls.protocol = protocolName(m_socket->sessionProtocol());
    m_tls.cipher = m_socket->sessionCipher().name();
    const QSslCertificate cert = m_socket->peerCertificate();
    m_tls.subject = cert.subjectDisplayName();
    m_tls.issuer = cert.issuerDisplayName();
    m_tls.notAfter = cert.expiryDate();
    m_tls.sha256 = QString::fromLatin1(cert.digest(QCryptographicHash::Sha256).toHex()).toLower();
    m_lines << u"* TLS %1 %2; certificate %3 issued by %4, valid until %5%6"_qs.arg(
        m_tls.protocol, m_tls.cipher, m_tls.subject, m_tls.issuer, m_tls.notAfter.toString(Qt::ISODate),
        m_tls.errors.isEmpty() ? QString() : u"; errors: "_qs + m_tls.errors.join(u"; "_qs));
}

void MailConnection::close()
{
    m_socket->abort();
}

} // namespace Govscope::Mail
