#pragma once

#include <QCoroTask>
#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QThreadPool>

#include <chrono>
#include <optional>

namespace Govscope::Sdk {

class HostLimiter;

/// Facts about a server certificate, checked by OpenSSL against the system's CA store.
struct CertificateFacts
{
    QString subject; ///< RFC 2253, UTF-8
    QString issuer;
    QStringList subjectAltNames; ///< DNS names and IP addresses
    QDateTime notBefore, notAfter;
    QString sha256; ///< of the DER certificate, hex
    bool selfSigned = false;
    bool expired = false;
    bool notYetValid = false;
    bool trusted = false;     ///< the chain verifies against the system CAs
    QString verifyError;      ///< OpenSSL's reason when not trusted
    bool nameMatches = false; ///< the certificate is valid for the host asked
};

/// Whether one protocol version was accepted.
struct TlsVersionSupport
{
    QString version; ///< "TLSv1.0" … "TLSv1.3"
    enum Outcome { Accepted, Rejected, Unknown } outcome = Unknown;
    QString detail; ///< cipher when accepted, OpenSSL's alert or the network error otherwise
};

struct TlsResult
{
    QString host;
    quint16 port = 443;
    bool reachable = false; ///< a TCP connection could be made
    QString error;          ///< why nothing could be learnt (unreachable, timeout)
    QList<TlsVersionSupport> versions;
    std::optional<CertificateFacts> certificate;
    QString transcript; ///< what was tried and seen, for evidence

    bool accepts(const QString &version) const;
    /// TLS 1.0 or 1.1 accepted.
    bool acceptsLegacy() const { return accepts(u"TLSv1.0"_qs) || accepts(u"TLSv1.1"_qs); }
};

/// Which TLS versions a host:port accepts and what its certificate says, via OpenSSL with the
/// security level lowered so that old protocols can be tried at all. The handshakes are blocking
/// OpenSSL calls, so they run on a small thread pool of the probe, each socket step bounded by
/// the timeout; the caller's thread only awaits the result.
class TlsProbe final
{
public:
    TlsProbe(HostLimiter *limiter, std::chrono::milliseconds timeout);
    ~TlsProbe();
    Q_DISABLE_COPY_MOVE(TlsProbe)

    /// @p versions defaults to all four; @p sniName defaults to @p host.
    QCoro::Task<TlsResult> probe(const QString &host, quint16 port = 443, QStringList versions = {});

    static QStringList allVersions() { return {u"TLSv1.0"_qs, u"TLSv1.1"_qs, u"TLSv1.2"_qs, u"TLSv1.3"_qs}; }

private:
    HostLimiter *m_limiter;
    std::chrono::milliseconds m_timeout;
    QThreadPool m_pool;
};

} // namespace Govscope::Sdk
