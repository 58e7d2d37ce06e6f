#include "httpprobe.h"

#include "hostlimiter.h"
#include "probelimits.h"
#include "sdklogging.h"

#include "signalwait.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSet>
#include <QSslCipher>
#include <QStringDecoder>

#include <memory>

namespace Govscope::Sdk {

namespace {

QString protocolName(QSsl::SslProtocol p)
{
    switch (p) {
        QT_WARNING_PUSH
        QT_WARNING_DISABLE_DEPRECATED
    case QSsl::TlsV1_0:
        return u"TLSv1.0"_qs;
    case QSsl::TlsV1_1:
        return u"TLSv1.1"_qs;
        QT_WARNING_POP
    case QSsl::TlsV1_2:
        return u"TLSv1.2"_qs;
    case QSsl::TlsV1_3:
        return u"TLSv1.3"_qs;
    case QSsl::DtlsV1_2:
        return u"DTLSv1.2"_qs;
    case QSsl::UnknownProtocol:
        return {};
    default:
        return u"other"_qs;
    }
}

QString certificateLine(const QSslCertificate &c)
{
    return QObject::tr("subject CN=%1; issuer CN=%2; valid %3 to %4; SHA-256 %5")
        .arg(c.subjectInfo(QSslCertificate::CommonName).join(u", "_qs),
             c.issuerInfo(QSslCertificate::CommonName).join(u", "_qs), c.effectiveDate().toUTC().toString(Qt::ISODate),
             c.expiryDate().toUTC().toString(Qt::ISODate),
             QString::fromLatin1(c.digest(QCryptographicHash::Sha256).toHex()));
}

QByteArray requestTarget(const QUrl &url)
{
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    return target;
}

// Errors of the transfer itself, as opposed to the ones Qt derives from an HTTP status (4xx/5xx).
bool bodyBroken(QNetworkReply::NetworkError e, int status)
{
    return (e > QNetworkReply::NoError && e < QNetworkReply::ProxyConnectionRefusedError &&
            e != QNetworkReply::OperationCanceledError) ||
           e == QNetworkReply::ProtocolFailure || e == QNetworkReply::ProtocolUnknownError ||
           // Qt reports a body it could not decompress (a brotli bomb past the safety check, corrupt gzip)
           // as UnknownContentError, which it also gives unmapped 4xx statuses: below 400 it is the body.
           (e == QNetworkReply::UnknownContentError && status > 0 && status < 400);
}

// Why the response headers of @p reply are not accepted (ProbeLimits::HttpMaxHeaderBytes), empty when
// they are. Asked when they arrive; Qt has read the whole header block by then, nothing of the body yet.
QString refusedHeaders(const QNetworkReply &reply)
{
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status <= 0)
        return {};
    const QList<QNetworkReply::RawHeaderPair> &fields = reply.rawHeaderPairs();
    // Qt 6.4 drops every field of a header block it refuses (ProbeLimits::HttpMaxHeaderBytes) without a
    // word: a status line with not one field is such a block far more often than a server that sends none
    if (fields.isEmpty())
        return QObject::tr("HTTP %1 came without any header field that could be read (Qt drops a whole header "
                           "block past 100 fields, 100 KiB in a field or 256 KiB in all): its body was not read")
            .arg(status);
    qint64 bytes = 0;
    for (const auto &[name, value] : fields)
        bytes += name.size() + 2 + value.size() + 2; // "name: value\r\n"
    if (bytes > ProbeLimits::HttpMaxHeaderBytes)
        return QObject::tr("HTTP %1 came with %2 bytes of response headers, more than the %3 accepted: its body "
                           "was not read")
            .arg(status)
            .arg(bytes)
            .arg(ProbeLimits::HttpMaxHeaderBytes);
    return {};
}

} // namespace

QByteArray HttpHop::header(const QByteArray &name) const
{
    for (const auto &[key, value] : responseHeaders)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

QString HttpHop::bodyText() const
{
    const QByteArray contentType = header("content-type").toLower();
    const qsizetype at = contentType.indexOf("charset=");
    if (at >= 0) {
        QByteArray charset = contentType.mid(at + 8).trimmed();
        charset = charset.left(charset.indexOf(';')).replace('"', "");
        // GB2312 pages routinely use GBK characters; GB18030 is the superset that decodes all
        if (charset == "gb2312" || charset == "gbk")
            charset = "gb18030";
        QStringDecoder decoder(charset.constData());
        if (decoder.isValid())
            return decoder.decode(body);
    }
    QStringDecoder decoder = QStringDecoder::decoderForHtml(body);
    if (decoder.isValid())
        return decoder.decode(body);
    return QString::fromUtf8(body);
}

QString HttpResult::transcript(int bodyBytes) const
{
    QStringList out;
    for (const HttpHop &hop : hops) {
        out << u"> %1 %2 HTTP/1.1"_qs.arg(QString::fromLatin1(hop.method), QString::fromLatin1(requestTarget(hop.url)));
        out << u"> Host: %1"_qs.arg(hop.url.authority());
        for (const auto &[k, v] : hop.requestHeaders)
            out << u"> %1: %2"_qs.arg(QString::fromLatin1(k), QString::fromLatin1(v));
        if (hop.tls.encrypted())
            out << u"* TLS %1, cipher %2"_qs.arg(hop.tls.protocol, hop.tls.cipher);
        for (int i = 0; i < hop.tls.peerChain.size(); ++i)
            out << u"* certificate %1: %2"_qs.arg(i).arg(hop.tls.peerChain.at(i));
        for (const QString &e : hop.tls.errors)
            out << u"* certificate error (ignored to continue): %1"_qs.arg(e);
        if (hop.status == 0) {
            out << u"* no response: %1"_qs.arg(hop.error);
        } else {
            out << u"< HTTP/1.1 %1 %2"_qs.arg(hop.status).arg(QString::fromLatin1(hop.reason));
            for (const auto &[k, v] : hop.responseHeaders)
                out << u"< %1: %2"_qs.arg(QString::fromLatin1(k), QString::fromUtf8(v));
            out << u"<"_qs;
            if (!hop.body.isEmpty()) {
                QString text = QString::fromUtf8(hop.body.left(bodyBytes));
                if (hop.body.size() > bodyBytes || hop.truncated)
                    text += QObject::tr("\n[… %1 bytes in all%2]")
                                .arg(hop.body.size())
                                .arg(hop.truncated ? QObject::tr(", cut at the size limit") : QString());
                out << text;
            }
        }
        out << u"* %1 ms"_qs.arg(hop.elapsedMs) << QString();
    }
    if (!error.isEmpty())
        out << u"* stopped: %1"_qs.arg(error);
    return out.join(u'\n');
}

HttpProbe::HttpProbe(QNetworkAccessManager *direct, QNetworkAccessManager *overseas, HostLimiter *limiter,
                     std::chrono::milliseconds timeout, QString userAgent)
    : m_direct(direct)
    , m_overseas(overseas)
    , m_limiter(limiter)
    , m_timeout(timeout)
    , m_userAgent(std::move(userAgent))
{}

QCoro::Task<HttpResult> HttpProbe::get(const QUrl &url)
{
    HttpRequest request;
    request.url = url;
    co_return co_await fetch(std::move(request));
}

QCoro::Task<HttpResult> HttpProbe::head(const QUrl &url)
{
    HttpRequest request;
    request.url = url;
    request.method = "HEAD";
    co_return co_await fetch(std::move(request));
}

QCoro::Task<HttpResult> HttpProbe::fetch(HttpRequest request)
{
    HttpResult result;
    QUrl url = request.url;
    QByteArray method = request.method;
    const int maxHops = std::min(request.maxHops, ProbeLimits::HttpMaxHops);
    // One deadline for the whole request: a server that answers each hop just in time (a drip, a chain
    // of slow redirects) must not multiply the bound by the number of hops. It counts the time spent in
    // exchanges, not the wait for a per-host slot (a busy host's queue is not the server's fault).
    const std::chrono::milliseconds hopTimeout = request.hopTimeout.count() > 0 ? request.hopTimeout : m_timeout;
    const std::chrono::milliseconds budget =
        request.deadline.count() > 0 ? request.deadline : hopTimeout * ProbeLimits::HttpRequestDeadlineFactor;
    qint64 spentMs = 0;
    QSet<QString> visited;
    for (int hopCount = 0;; ++hopCount) {
        const std::chrono::milliseconds left = ProbeLimits::remaining(budget, spentMs);
        if (left.count() == 0) {
            result.error = QObject::tr("no complete answer within %1 ms (the whole request, redirects included)")
                               .arg(budget.count());
            break;
        }
        visited.insert(QString::fromLatin1(method) + u' ' + url.toString(QUrl::FullyEncoded));
        result.hops << co_await exchange(request, url, method, std::min(hopTimeout, left));
        const HttpHop &hop = result.hops.last();
        spentMs += hop.elapsedMs;
        const bool redirect = hop.status >= 300 && hop.status < 400 && hop.status != 304;
        if (!request.followRedirects || !redirect)
            break;
        const QByteArray location = hop.header("location");
        if (location.isEmpty())
            break;
        if (hopCount >= maxHops) {
            result.error = QObject::tr("more than %1 redirects").arg(maxHops);
            break;
        }
        const QUrl next = url.resolved(QUrl::fromEncoded(location.trimmed()));
        if (!next.isValid() || (next.scheme() != u"http"_qs && next.scheme() != u"https"_qs)) {
            result.error = QObject::tr("redirect to an unusable location \"%1\" (only http and https are followed)")
                               .arg(QString::fromUtf8(location.left(512)));
            break;
        }
        const QByteArray nextMethod = hop.status == 303 ? QByteArray("GET") : method;
        if (visited.contains(QString::fromLatin1(nextMethod) + u' ' + next.toString(QUrl::FullyEncoded))) {
            result.error = QObject::tr("redirect loop: %1 leads back to %2").arg(url.toString(), next.toString());
            break;
        }
        if (request.redirectGuard) {
            const QString refused = request.redirectGuard(next);
            if (!refused.isEmpty()) {
                result.error = refused;
                break;
            }
        }
        method = nextMethod;
        url = next;
    }
    co_return result;
}

QCoro::Task<HttpHop> HttpProbe::exchange(const HttpRequest &request, const QUrl &url, const QByteArray &method,
                                         std::chrono::milliseconds timeout)
{
    HttpHop hop;
    hop.url = url;
    hop.method = method;
    QNetworkAccessManager *nam = request.overseas ? m_overseas : m_direct;
    if (!nam) {
        hop.error = QObject::tr("no overseas vantage is configured (profile \"vantage.overseas\")");
        co_return hop;
    }
    const HostSlot slot = co_await m_limiter->acquire(url.host());

    QNetworkRequest r(url);
    r.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    r.setTransferTimeout(int(timeout.count()));
    // HTTP/1.1 only (issue 12.6): what every check reads and every transcript shows is an HTTP/1.1 exchange,
    // and a hostile server gets no HTTP/2 stream machinery to play with. Qt 6 would offer h2 in ALPN.
    r.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    // Qt's own bomb check (compression ratio) starts at this many decompressed bytes (10 MiB by default,
    // per reply): from the body cap on, a ratio no real page has stops the transfer.
    r.setDecompressedSafetyCheckThreshold(std::max<qint64>(request.maxBody, 256 * 1024));
    hop.requestHeaders << std::pair{QByteArray("User-Agent"),
                                    (request.userAgent.isEmpty() ? m_userAgent : request.userAgent).toUtf8()};
    hop.requestHeaders << std::pair{QByteArray("Accept"), QByteArray("text/html,application/xhtml+xml,*/*;q=0.8")};
    hop.requestHeaders << std::pair{QByteArray("Accept-Language"), QByteArray("zh-CN,zh;q=0.9,en;q=0.5")};
    hop.requestHeaders += request.headers;
    for (const auto &[k, v] : std::as_const(hop.requestHeaders))
        r.setRawHeader(k, v);

    QElapsedTimer clock;
    clock.start();
    std::unique_ptr<QNetworkReply, void (*)(QNetworkReply *)> reply(
        method == "HEAD" ? nam->head(r) : nam->sendCustomRequest(r, method), [](QNetworkReply *p) {
            p->disconnect();
            p->deleteLater();
        });
    QNetworkReply *raw = reply.get();
    // Flow control: Qt stops reading the socket (and decompressing) once this much waits unread, so a
    // fast endless body or a decompression bomb cannot fill memory while the scan thread is busy.
    raw->setReadBufferSize(std::min(ProbeLimits::HttpReadBuffer, std::max<qint64>(request.maxBody, 16 * 1024)));
    QObject::connect(raw, &QNetworkReply::sslErrors, raw, [&hop, raw](const QList<QSslError> &errors) {
        for (const QSslError &e : errors)
            if (!hop.tls.errors.contains(e.errorString()))
                hop.tls.errors << e.errorString();
        raw->ignoreSslErrors(); // recorded above; the page is still worth reading
    });
    // The headers are judged as they arrive: too large (or dropped by Qt) and the exchange stops there,
    // before any of the body is read. Nothing is touched after abort(): it emits finished.
    QString headersRefused;
    QObject::connect(raw, &QNetworkReply::metaDataChanged, raw, [&headersRefused, raw] {
        if (!headersRefused.isEmpty())
            return;
        headersRefused = refusedHeaders(*raw);
        if (!headersRefused.isEmpty())
            raw->abort();
    });
    // The body is read as it arrives so that a huge or endless one stops at the limit.
    QObject::connect(raw, &QNetworkReply::readyRead, raw, [&hop, &headersRefused, raw, max = request.maxBody] {
        if (!headersRefused.isEmpty())
            return;
        const qint64 room = max - hop.body.size();
        if (room > 0)
            hop.body += raw->read(room);
        if (raw->bytesAvailable() > 0 && hop.body.size() >= max) {
            hop.truncated = true;
            raw->abort();
        }
    });

    bool finished = raw->isFinished();
    if (!finished)
        finished = co_await waitForSignal(raw, &QNetworkReply::finished, timeout);
    if (!finished) {
        hop.timedOut = true;
        raw->abort();
    }
    if (headersRefused.isEmpty() && finished)
        headersRefused = refusedHeaders(*raw); // in case the headers came without their signal
    if (!headersRefused.isEmpty()) {
        // Not a usable answer, whatever its status line said: no status, no headers (they may be the
        // hundreds of KiB refused), no body. Every check sees an exchange that failed, and why.
        hop.elapsedMs = clock.elapsed();
        hop.networkError = raw->error();
        hop.timedOut = hop.truncated = false;
        hop.body.clear();
        hop.error = headersRefused;
    } else {
        if (!hop.truncated && raw->bytesAvailable() > 0)
            hop.body += raw->read(std::max<qint64>(0, request.maxBody - hop.body.size()));
        hop.elapsedMs = clock.elapsed();
        hop.status = raw->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        hop.reason = raw->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray();
        hop.responseHeaders = raw->rawHeaderPairs();
        hop.networkError = raw->error();
        if (hop.networkError == QNetworkReply::OperationCanceledError && !hop.truncated)
            hop.timedOut = true; // aborted by us or by the transfer timeout: both mean "no answer in time"
        if (hop.status == 0) {
            hop.error = hop.timedOut ? QObject::tr("no answer within %1 ms").arg(timeout.count()) : raw->errorString();
        } else if (hop.truncated) {
            hop.error = QObject::tr("the body exceeded %1 bytes and was cut there").arg(request.maxBody);
        } else if (bodyBroken(hop.networkError, hop.status)) {
            // the headers came but the body did not arrive whole: the connection broke, or Qt refused the
            // content (a decompression bomb: Qt's own ratio check) — what was read is only a prefix
            hop.truncated = true;
            hop.error = QObject::tr("the body was not received whole: %1").arg(raw->errorString());
        } else if (hop.timedOut) {
            // headers came, the body did not finish in time (a drip): what was read is only a prefix
            hop.truncated = true;
            hop.error = QObject::tr("the body did not finish within %1 ms").arg(timeout.count());
        }
    }
    if (hop.truncated && hop.body.size() > ProbeLimits::HttpIncompleteBodyKept) {
        hop.body.truncate(ProbeLimits::HttpIncompleteBodyKept);
        hop.body.squeeze();
    }
    if (hop.timedOut) {
        // Qt keeps the connection of a reply aborted at the deadline in its cache, socket open: a server
        // that stalled a TLS handshake was held until the scan ended. Flushing the cache closes it now
        // (idle connections of other hosts are reopened when needed; only deadlines flush, which are rare
        // on sites that answer).
        nam->clearConnectionCache();
    }
    if (url.scheme() == u"https"_qs) {
        const QSslConfiguration ssl = raw->sslConfiguration();
        hop.tls.protocol = protocolName(ssl.sessionProtocol());
        hop.tls.cipher = ssl.sessionCipher().name();
        for (const QSslCertificate &c : ssl.peerCertificateChain())
            hop.tls.peerChain << certificateLine(c);
    }
    qCDebug(lcSdk) << "http" << method << url.toString() << hop.status << hop.error << hop.elapsedMs << "ms";
    co_return hop;
}

} // namespace Govscope::Sdk
