#include "tlshandshake.h"

#include "opensslutil.h"

#include <QHostAddress>

#include <openssl/err.h>
#include <openssl/ssl.h>
#include <openssl/x509v3.h>

#include <algorithm>
#include <arpa/inet.h>
#include <cerrno>
#include <chrono>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <netdb.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

namespace Govscope::Sdk::Detail {

namespace {

struct Fd
{
    int fd = -1;
    ~Fd()
    {
        if (fd >= 0)
            ::close(fd);
    }
};

using Clock = std::chrono::steady_clock;

int msLeft(Clock::time_point deadline)
{
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
    return left > 0 ? int(left) : 0;
}

// Connects before @p deadline (non-blocking connect + poll). The socket stays non-blocking: the handshake
// polls against the same deadline, so a server that sends one byte just before every read timeout still
// cannot hold the connection past it (issue 12: a per-read timeout held a stalled handshake 26 s).
int connectTo(const QString &host, quint16 port, Clock::time_point deadline, QString &error, QString &peer)
{
    addrinfo hints{};
    hints.ai_socktype = SOCK_STREAM;
    hints.ai_family = AF_UNSPEC;
    addrinfo *found = nullptr;
    const int rc = ::getaddrinfo(host.toUtf8().constData(), QByteArray::number(port).constData(), &hints, &found);
    if (rc != 0) {
        error = QObject::tr("cannot resolve %1: %2").arg(host, QString::fromLocal8Bit(gai_strerror(rc)));
        return -1;
    }
    std::unique_ptr<addrinfo, void (*)(addrinfo *)> list(found, ::freeaddrinfo);
    for (addrinfo *ai = found; ai; ai = ai->ai_next) {
        const int fd = ::socket(ai->ai_family, SOCK_STREAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
        if (fd < 0)
            continue;
        int result = ::connect(fd, ai->ai_addr, ai->ai_addrlen);
        if (result < 0 && errno == EINPROGRESS) {
            pollfd p{fd, POLLOUT, 0};
            result = ::poll(&p, 1, msLeft(deadline));
            if (result == 0) {
                error = QObject::tr("no connection in time");
                ::close(fd);
                continue;
            }
            int soError = 0;
            socklen_t len = sizeof soError;
            ::getsockopt(fd, SOL_SOCKET, SO_ERROR, &soError, &len);
            result = soError == 0 ? 0 : -1;
            errno = soError;
        }
        if (result < 0) {
            error = QString::fromLocal8Bit(std::strerror(errno));
            ::close(fd);
            continue;
        }
        peer = QHostAddress(ai->ai_addr).toString();
        return fd;
    }
    return -1;
}

// SSL_connect on a non-blocking socket, polled until it completes, fails or @p deadline passes.
// Returns SSL_connect's last result; @p timedOut tells the deadline apart from a failure.
int handshakeBefore(SSL *ssl, int fd, Clock::time_point deadline, bool &timedOut)
{
    timedOut = false;
    for (;;) {
        const int rc = SSL_connect(ssl);
        if (rc == 1)
            return rc;
        const int err = SSL_get_error(ssl, rc);
        if (err != SSL_ERROR_WANT_READ && err != SSL_ERROR_WANT_WRITE)
            return rc;
        const int left = msLeft(deadline);
        pollfd p{fd, short(err == SSL_ERROR_WANT_READ ? POLLIN : POLLOUT), 0};
        if (left == 0 || ::poll(&p, 1, left) <= 0) {
            timedOut = true;
            return rc;
        }
    }
}

int versionConstant(const QString &v)
{
    if (v == u"TLSv1.0"_qs)
        return TLS1_VERSION;
    if (v == u"TLSv1.1"_qs)
        return TLS1_1_VERSION;
    if (v == u"TLSv1.2"_qs)
        return TLS1_2_VERSION;
    if (v == u"TLSv1.3"_qs)
        return TLS1_3_VERSION;
    return 0;
}

QDateTime timeOf(const ASN1_TIME *t)
{
    tm out{};
    if (!t || ASN1_TIME_to_tm(t, &out) != 1)
        return {};
    return QDateTime(QDate(out.tm_year + 1900, out.tm_mon + 1, out.tm_mday), QTime(out.tm_hour, out.tm_min, out.tm_sec),
                     Qt::UTC);
}

CertificateFacts factsOf(SSL *ssl, X509 *cert, const QString &host)
{
    CertificateFacts f;
    f.subject = Ssl::nameText(X509_get_subject_name(cert));
    f.issuer = Ssl::nameText(X509_get_issuer_name(cert));
    f.notBefore = timeOf(X509_get0_notBefore(cert));
    f.notAfter = timeOf(X509_get0_notAfter(cert));
    f.expired = X509_cmp_current_time(X509_get0_notAfter(cert)) < 0;
    f.notYetValid = X509_cmp_current_time(X509_get0_notBefore(cert)) > 0;
    f.selfSigned = X509_check_issued(cert, cert) == X509_V_OK;
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned int mdLen = 0;
    X509_digest(cert, EVP_sha256(), md, &mdLen);
    f.sha256 = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(md), int(mdLen)).toHex());
    if (auto *names = static_cast<GENERAL_NAMES *>(X509_get_ext_d2i(cert, NID_subject_alt_name, nullptr, nullptr))) {
        for (int i = 0; i < sk_GENERAL_NAME_num(names); ++i) {
            const GENERAL_NAME *n = sk_GENERAL_NAME_value(names, i);
            if (n->type == GEN_DNS)
                f.subjectAltNames << QString::fromUtf8(
                    reinterpret_cast<const char *>(ASN1_STRING_get0_data(n->d.dNSName)),
                    ASN1_STRING_length(n->d.dNSName));
            else if (n->type == GEN_IPADD && ASN1_STRING_length(n->d.iPAddress) == 4) {
                const unsigned char *p = ASN1_STRING_get0_data(n->d.iPAddress);
                f.subjectAltNames << u"%1.%2.%3.%4"_qs.arg(p[0]).arg(p[1]).arg(p[2]).arg(p[3]);
            }
        }
        GENERAL_NAMES_free(names);
    }
    const QByteArray h = host.toUtf8();
    f.nameMatches = QHostAddress(host).isNull() ? X509_check_host(cert, h.constData(), h.size(), 0, nullptr) == 1
                                                : X509_check_ip_asc(cert, h.constData(), 0) == 1;
    const long verify = SSL_get_verify_result(ssl);
    f.trusted = verify == X509_V_OK;
    if (!f.trusted)
        f.verifyError = QString::fromLatin1(X509_verify_cert_error_string(verify));
    return f;
}

} // namespace

TlsResult runTlsHandshakes(const QString &host, quint16 port, const QStringList &versions, int timeoutMs, int totalMs)
{
    TlsResult result;
    result.host = host;
    result.port = port;
    QStringList lines;
    // newest first, so the certificate comes from the best handshake the server offers
    QStringList order = versions;
    std::sort(order.begin(), order.end(),
              [](const QString &a, const QString &b) { return versionConstant(a) > versionConstant(b); });
    const Clock::time_point probeDeadline = Clock::now() + std::chrono::milliseconds(totalMs);
    bool stalled = false;
    bool answered = false; // some handshake completed or was refused
    for (const QString &version : order) {
        TlsVersionSupport support{version, TlsVersionSupport::Unknown, {}};
        // A server that stalled a handshake before answering any would stall the next one too: the rest
        // are not tried (bounded probe). One that completed or refused others and stalls only the old
        // versions is asked about each: the probe's deadline still bounds it.
        if ((stalled && !answered) || msLeft(probeDeadline) == 0) {
            support.detail = stalled ? QObject::tr("not tried: an earlier handshake stalled")
                                     : QObject::tr("not tried: the probe's %1 ms were used up").arg(totalMs);
            lines << u"* %1: unknown (%2)"_qs.arg(version, support.detail);
            result.versions << support;
            continue;
        }
        // one deadline for connect and handshake together, within the probe's
        const Clock::time_point deadline = std::min(probeDeadline, Clock::now() + std::chrono::milliseconds(timeoutMs));
        QString error, peer;
        Fd fd{connectTo(host, port, deadline, error, peer)};
        if (fd.fd < 0) {
            support.detail = error;
            lines << u"* %1: no connection (%2)"_qs.arg(version, error);
            result.versions << support;
            if (result.error.isEmpty())
                result.error = QObject::tr("%1:%2 unreachable: %3").arg(host).arg(port).arg(error);
            continue;
        }
        result.reachable = true;
        std::unique_ptr<SSL_CTX, decltype(&SSL_CTX_free)> ctx(SSL_CTX_new(TLS_client_method()), SSL_CTX_free);
        // Security level 0 and the full cipher list: the point is to learn whether the *server* still
        // accepts old protocols, which OpenSSL's safe defaults would refuse to even offer.
        SSL_CTX_set_security_level(ctx.get(), 0);
        SSL_CTX_set_cipher_list(ctx.get(), "ALL:@SECLEVEL=0");
        SSL_CTX_set_min_proto_version(ctx.get(), versionConstant(version));
        SSL_CTX_set_max_proto_version(ctx.get(), versionConstant(version));
        SSL_CTX_set_options(ctx.get(), SSL_OP_LEGACY_SERVER_CONNECT);
        SSL_CTX_set_default_verify_paths(ctx.get());
        SSL_CTX_set_verify(ctx.get(), SSL_VERIFY_NONE, nullptr); // verify result still recorded
        std::unique_ptr<SSL, decltype(&SSL_free)> ssl(SSL_new(ctx.get()), SSL_free);
        SSL_set_fd(ssl.get(), fd.fd);
        const QByteArray sni = host.toUtf8();
        if (QHostAddress(host).isNull())
            SSL_set_tlsext_host_name(ssl.get(), sni.constData());
        ERR_clear_error();
        errno = 0;
        bool timedOut = false;
        const int rc = handshakeBefore(ssl.get(), fd.fd, deadline, timedOut);
        if (rc == 1) {
            answered = true;
            support.outcome = TlsVersionSupport::Accepted;
            support.detail = QString::fromLatin1(SSL_get_cipher_name(ssl.get()));
            lines << u"* %1: accepted by %2 (cipher %3)"_qs.arg(version, peer, support.detail);
            if (!result.certificate) {
                if (X509 *cert = SSL_get1_peer_certificate(ssl.get())) {
                    result.certificate = factsOf(ssl.get(), cert, host);
                    X509_free(cert);
                }
            }
            SSL_shutdown(ssl.get()); // non-blocking: sends close_notify if it can, never waits
        } else {
            const QString why = Ssl::errors();
            if (timedOut) {
                stalled = true;
                support.detail = QObject::tr("the handshake did not complete within %1 ms").arg(timeoutMs);
            } else {
                // an alert, or the server hanging up on the ClientHello: both refuse the version
                answered = true;
                support.outcome = TlsVersionSupport::Rejected;
                support.detail = why.isEmpty() ? QObject::tr("connection closed during the handshake") : why;
            }
            lines << u"* %1: %2 (%3)"_qs.arg(
                version, support.outcome == TlsVersionSupport::Rejected ? u"rejected"_qs : u"unknown"_qs,
                support.detail);
        }
        result.versions << support;
    }
    if (stalled && result.error.isEmpty() && !result.certificate)
        result.error = QObject::tr("%1:%2 accepts connections but never completes a TLS handshake").arg(host).arg(port);
    if (result.reachable && !(stalled && !result.certificate))
        result.error.clear();
    if (const auto &c = result.certificate) {
        lines << u"* certificate subject: %1"_qs.arg(c->subject) << u"* issuer: %1"_qs.arg(c->issuer)
              << u"* subjectAltName: %1"_qs.arg(c->subjectAltNames.join(u", "_qs))
              << u"* valid from %1 to %2%3"_qs.arg(c->notBefore.toString(Qt::ISODate),
                                                   c->notAfter.toString(Qt::ISODate),
                                                   c->expired ? u" (EXPIRED)"_qs : QString())
              << u"* SHA-256 %1"_qs.arg(c->sha256)
              << u"* self-signed: %1; matches %2: %3; verifies against system CAs: %4"_qs.arg(
                     c->selfSigned ? u"yes"_qs : u"no"_qs, host, c->nameMatches ? u"yes"_qs : u"no"_qs,
                     c->trusted ? u"yes"_qs : u"no ("_qs + c->verifyError + u')');
    }
    result.transcript = u"* TLS probe of %1:%2\n"_qs.arg(host).arg(port) + lines.join(u'\n');
    return result;
}

} // namespace Govscope::Sdk::Detail
