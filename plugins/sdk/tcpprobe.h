#pragma once

#include <QByteArray>
#include <QCoroTask>
#include <QString>

#include <chrono>

namespace Govscope::Sdk {

class HostLimiter;

/// How a TCP connection attempt ended.
enum class TcpStatus { Open, Refused, Timeout, Unreachable, Error };

QString toId(TcpStatus status); ///< "open", "refused", "timeout", "unreachable", "error"

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

private:
    HostLimiter *m_limiter;
    std::chrono::milliseconds m_timeout;
};

} // namespace Govscope::Sdk
