#pragma once

#include <QByteArray>
#include <QCoroTask>
#include <QString>

#include <chrono>

class QTcpSocket;

namespace Govscope::Sdk {

class HostLimiter;

/// How a TCP connection attempt ended.
enum class TcpStatus { Open, Refused, Timeout, Unreachable, Error };

QString toId(TcpStatus status); ///< "open", "refused", "timeout", "unreachable", "error"

/// Connects @p socket (no proxy) to @p host:@p port, which may be a name or an address, and returns as soon
/// as it has connected or failed, at the latest at @p timeout: Open (the socket stays connected, for the
/// caller to speak on), Refused, Unreachable (any other failure) or Timeout (still no answer). Not QCoro
/// 0.8's connectToHost(): that waits for `connected` only, so a refused port would cost the whole timeout.
QCoro::Task<TcpStatus> connectSocket(QTcpSocket &socket, const QString &host, quint16 port,
                                     std::chrono::milliseconds timeout);

struct TcpResult
{
    QString host;
    quint16 port = 0;
    TcpStatus status = TcpStatus::Error;
    QString error;
    QString peerAddress;
    QByteArray banner; ///< what the server said first (at most 4 KiB), or the answer to the greeting
    qint64 elapsedMs = 0;
    QString transcript; ///< connect, sent and received bytes as text, for evidence

    bool open() const { return status == TcpStatus::Open; }
};

/// TCP connect and banner grab, each step bounded by the profile's timeout.
class TcpProbe final
{
public:
    TcpProbe(HostLimiter *limiter, std::chrono::milliseconds timeout);
    Q_DISABLE_COPY_MOVE(TcpProbe)

    /// Connects to @p host:@p port; when @p greeting is non-empty sends it after connecting (for
    /// services that speak only when spoken to) and reads the answer; otherwise waits up to
    /// @p bannerWait for the server to speak first.
    QCoro::Task<TcpResult> probe(const QString &host, quint16 port, QByteArray greeting = {},
                                 std::chrono::milliseconds bannerWait = std::chrono::milliseconds{2000});

    /// Whether @p address:@p port accepts a connection (see connectSocket), asked under @p host's slot of
    /// the limiter and closed at once: a port scan's question, which reads nothing. @p address is @p host
    /// or one of its addresses; @p timeout may be shorter than the profile's (a first, quick round).
    QCoro::Task<TcpStatus> reach(const QString &host, const QString &address, quint16 port,
                                 std::chrono::milliseconds timeout);

private:
    HostLimiter *m_limiter;
    std::chrono::milliseconds m_timeout;
};

} // namespace Govscope::Sdk
