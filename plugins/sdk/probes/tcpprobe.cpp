#include "tcpprobe.h"

#include "hostlimiter.h"
#include "sdklogging.h"

#include "signalwait.h"
#include <QElapsedTimer>
#include <QNetworkProxy>
#include <QTcpSocket>

namespace Govscope::Sdk {

namespace {

constexpr qint64 MaxBanner = 4096;

// Banners are bytes: show printable ASCII/UTF-8 and escape the rest, so evidence stays readable.
QString printable(const QByteArray &bytes)
{
    QString out;
    for (const QChar c : QString::fromUtf8(bytes)) {
        if (c == u'\r')
            out += u"\\r"_qs;
        else if (c == u'\n')
            out += u"\\n\n"_qs;
        else if (c.isPrint() || c == u'\t')
            out += c;
        else
            out += u"\\x%1"_qs.arg(c.unicode() & 0xff, 2, 16, QChar(u'0'));
    }
    return out;
}

} // namespace

QString toId(TcpStatus status)
{
    switch (status) {
    case TcpStatus::Open:
        return u"open"_qs;
    case TcpStatus::Refused:
        return u"refused"_qs;
    case TcpStatus::Timeout:
        return u"timeout"_qs;
    case TcpStatus::Unreachable:
        return u"unreachable"_qs;
    case TcpStatus::Error:
        return u"error"_qs;
    }
    return {};
}

QCoro::Task<TcpStatus> connectSocket(QTcpSocket &socket, const QString &host, quint16 port,
                                     std::chrono::milliseconds timeout)
{
    socket.setProxy(QNetworkProxy::NoProxy);
    socket.connectToHost(host, port);
    co_await settleConnect(socket, timeout);
    if (socket.state() == QAbstractSocket::ConnectedState)
        co_return TcpStatus::Open;
    if (socket.state() != QAbstractSocket::UnconnectedState)
        co_return TcpStatus::Timeout;
    co_return socket.error() == QAbstractSocket::ConnectionRefusedError ? TcpStatus::Refused : TcpStatus::Unreachable;
}

TcpProbe::TcpProbe(HostLimiter *limiter, std::chrono::milliseconds timeout)
    : m_limiter(limiter)
    , m_timeout(timeout)
{}

QCoro::Task<TcpResult> TcpProbe::probe(const QString &host, quint16 port, QByteArray greeting,
                                       std::chrono::milliseconds bannerWait)
{
    TcpResult r;
    r.host = host.toLower();
    r.port = port;
    const HostSlot slot = co_await m_limiter->acquire(r.host);
    QElapsedTimer clock;
    clock.start();
    QTcpSocket socket;
    // Only MaxBanner bytes are kept: a banner that never ends must not fill Qt's buffer meanwhile.
    socket.setReadBufferSize(MaxBanner);
    QStringList lines{u"* connect %1:%2"_qs.arg(r.host).arg(port)};
    // the finer statuses (error, timeout by QCoro) come from the socket's own error below
    co_await connectSocket(socket, r.host, port, m_timeout);
    const bool connected = socket.state() == QAbstractSocket::ConnectedState;
    if (!connected) {
        switch (socket.error()) {
        case QAbstractSocket::ConnectionRefusedError:
            r.status = TcpStatus::Refused;
            break;
        case QAbstractSocket::HostNotFoundError:
        case QAbstractSocket::NetworkError:
            r.status = TcpStatus::Unreachable;
            break;
        case QAbstractSocket::SocketTimeoutError:
        case QAbstractSocket::UnknownSocketError:
            r.status = TcpStatus::Timeout;
            break;
        default:
            r.status = TcpStatus::Error;
            break;
        }
        // QCoro gives up at the deadline without a socket error of its own
        if (socket.error() == QAbstractSocket::UnknownSocketError ||
            socket.state() != QAbstractSocket::UnconnectedState)
            r.status = TcpStatus::Timeout;
        r.error = r.status == TcpStatus::Timeout ? QObject::tr("no connection within %1 ms").arg(m_timeout.count())
                                                 : socket.errorString();
        socket.abort();
        lines << u"* %1: %2"_qs.arg(toId(r.status), r.error);
    } else {
        r.status = TcpStatus::Open;
        r.peerAddress = socket.peerAddress().toString();
        lines << u"* connected to %1 in %2 ms"_qs.arg(r.peerAddress).arg(clock.elapsed());
        if (!greeting.isEmpty()) {
            socket.write(greeting);
            lines << u"> "_qs + printable(greeting);
        }
        // Read what arrives until the wait ends, the peer closes or the cap is reached.
        QElapsedTimer wait;
        wait.start();
        while (r.banner.size() < MaxBanner && socket.state() == QAbstractSocket::ConnectedState) {
            const auto left = bannerWait - std::chrono::milliseconds(wait.elapsed());
            if (left.count() <= 0)
                break;
            co_await waitReadable(socket, left);
            const QByteArray chunk = socket.read(MaxBanner - r.banner.size());
            if (chunk.isEmpty())
                break;
            r.banner += chunk;
            // a first line that ends is a banner: do not wait for more once one arrived
            if (r.banner.contains('\n') && socket.bytesAvailable() == 0)
                break;
        }
        if (!r.banner.isEmpty())
            lines << u"< "_qs + printable(r.banner);
        else
            lines << QObject::tr("* the server sent nothing within %1 ms").arg(bannerWait.count());
        socket.abort();
    }
    r.elapsedMs = clock.elapsed();
    r.transcript = lines.join(u'\n');
    qCDebug(lcSdk) << "tcp" << r.host << port << toId(r.status);
    co_return r;
}

QCoro::Task<TcpStatus> TcpProbe::reach(const QString &host, const QString &address, quint16 port,
                                       std::chrono::milliseconds timeout)
{
    const HostSlot slot = co_await m_limiter->acquire(host);
    QTcpSocket socket;
    const TcpStatus status = co_await connectSocket(socket, address, port, timeout);
    socket.abort();
    co_return status;
}

} // namespace Govscope::Sdk
