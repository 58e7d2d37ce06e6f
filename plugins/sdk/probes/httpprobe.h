#pragma once

#include <QByteArray>
#include <QCoroTask>
#include <QList>
#include <QNetworkReply>
#include <QStringList>
#include <QUrl>

#include <chrono>
#include <functional>

class QNetworkAccessManager;

namespace Govscope::Sdk {

class HostLimiter;

using HttpHeaders = QList<std::pair<QByteArray, QByteArray>>;

/// What one request asks for.
struct HttpRequest
{
    QUrl url;
    QByteArray method = "GET";        ///< GET or HEAD
    int maxHops = 10;                 ///< redirects followed at most (never more than ProbeLimits::HttpMaxHops)
    qint64 maxBody = 2 * 1024 * 1024; ///< body bytes kept per hop, decompressed; the rest is not read
    bool followRedirects = true;
    /// The whole request, redirects included; zero: ProbeLimits::HttpRequestDeadlineFactor × the hop timeout.
    std::chrono::milliseconds deadline{0};
    /// Each hop's timeout; zero: the profile's. A longer one is for asking again before a verdict that a
    /// timeout alone would give (a dead link), so a loaded machine does not decide it.
    std::chrono::milliseconds hopTimeout{0};
    /// Asked before a redirect is followed: a non-empty answer is why it must not be (out of the org's
    /// scope, say); the chain then stops there with that reason in HttpResult::error.
    std::function<QString(const QUrl &next)> redirectGuard;
    bool overseas = false; ///< through the profile's SOCKS5 vantage
    HttpHeaders headers;   ///< extra request headers
    QString userAgent;     ///< overrides the profile's
};

/// The TLS session of an HTTPS hop as Qt negotiated it.
struct TlsSession
{
    QString protocol; ///< "TLSv1.3", …
    QString cipher;
    QStringList peerChain; ///< "subject CN / issuer CN / notAfter" per certificate, leaf first
    QStringList errors;    ///< verification errors, recorded and then ignored to read the page
    bool encrypted() const { return !protocol.isEmpty(); }
};

/// One request/response of a redirect chain.
struct HttpHop
{
    QUrl url;
    QByteArray method;
    HttpHeaders requestHeaders;
    /// 0 when no response (error), and when the response headers were refused (too large, or none that
    /// could be read: ProbeLimits::HttpMaxHeaderBytes): such an answer is not judged, error says why
    int status = 0;
    QByteArray reason;
    HttpHeaders responseHeaders;
    QByteArray body;        ///< at most HttpRequest::maxBody bytes
    bool truncated = false; ///< the server sent more than HttpRequest::maxBody: the body is a prefix
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString error; ///< empty when a response came
    bool timedOut = false;
    TlsSession tls;
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const; ///< first value, case-insensitive
    QString bodyText() const;                        ///< decoded by charset (UTF-8, GBK/GB18030)
};

/// A request with every hop it went through.
struct HttpResult
{
    QList<HttpHop> hops;
    QString error; ///< why the chain stopped early (too many redirects, a loop, bad Location, deadline, scope)

    const HttpHop &last() const { return hops.last(); }
    bool responded() const { return !hops.isEmpty() && hops.last().status > 0; }
    bool timedOut() const { return !hops.isEmpty() && hops.last().timedOut; }
    QUrl finalUrl() const { return hops.isEmpty() ? QUrl() : hops.last().url; }
    /// The exchange as text a third party can read: request lines and headers, status and
    /// headers, TLS facts and the first @p bodyBytes of each body.
    QString transcript(int bodyBytes = 2048) const;
};

/// HTTP(S) fetches bounded in time (each hop and the whole request, redirects included) and size (the
/// body as decompressed, what Qt may buffer, the response headers), with the redirect chain followed by
/// hand so that every hop is recorded and only http(s) locations are followed. Certificate errors never
/// stop a fetch: they are recorded.
class HttpProbe final
{
public:
    HttpProbe(QNetworkAccessManager *direct, QNetworkAccessManager *overseas, HostLimiter *limiter,
              std::chrono::milliseconds timeout, QString userAgent);
    Q_DISABLE_COPY_MOVE(HttpProbe)

    QCoro::Task<HttpResult> fetch(HttpRequest request);
    QCoro::Task<HttpResult> get(const QUrl &url);
    QCoro::Task<HttpResult> head(const QUrl &url);

    bool hasOverseasVantage() const { return m_overseas != nullptr; }
    std::chrono::milliseconds timeout() const { return m_timeout; } ///< the profile's, per hop

private:
    QCoro::Task<HttpHop> exchange(const HttpRequest &request, const QUrl &url, const QByteArray &method,
                                  std::chrono::milliseconds timeout);

    QNetworkAccessManager *m_direct;
    QNetworkAccessManager *m_overseas;
    HostLimiter *m_limiter;
    std::chrono::milliseconds m_timeout;
    QString m_userAgent;
};

} // namespace Govscope::Sdk
