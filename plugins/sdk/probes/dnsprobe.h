#pragma once

#include <QCoroTask>
#include <QDnsLookup>
#include <QHostAddress>
#include <QStringList>

#include <chrono>

namespace Govscope::Sdk {

/// How a DNS question ended. NXDOMAIN (the name does not exist) and "exists but has no record of
/// that type" and "no answer in time" mean different things to the checks and are kept apart.
enum class DnsStatus { Ok, NoRecords, NxDomain, Timeout, ServerFailure, Refused, Error };

QString toId(DnsStatus status); ///< "NOERROR", "NODATA", "NXDOMAIN", "TIMEOUT", "SERVFAIL", "REFUSED", "ERROR"
QString dnsTypeName(QDnsLookup::Type type); ///< "A", "MX", …

/// One question and its answer.
struct DnsAnswer
{
    QString name; ///< as asked (ASCII)
    QDnsLookup::Type type = QDnsLookup::A;
    DnsStatus status = DnsStatus::Error;
    QString error;                             ///< resolver message when not Ok/NoRecords
    QStringList values;                        ///< addresses, "10 mx.host", TXT strings, names — sorted
    QList<std::pair<QString, QString>> cnames; ///< CNAME records seen in the answer (owner, target)
    QString text;                              ///< dig-like transcript of this question and answer

    bool ok() const { return status == DnsStatus::Ok; }
    /// Definite answers (record or proof of absence) as opposed to timeouts and failures.
    bool definite() const
    {
        return status == DnsStatus::Ok || status == DnsStatus::NoRecords || status == DnsStatus::NxDomain;
    }
};

/// Where a host name leads: its CNAME chain and the addresses at its end.
struct HostResolution
{
    QString host;
    QStringList chain;                   ///< host, then every CNAME target in order
    QStringList addresses;               ///< A and AAAA of the last name in the chain
    DnsStatus status = DnsStatus::Error; ///< of the last name: NxDomain for a dangling CNAME target
    QString error;
    QString text; ///< every question asked, dig-like, for evidence

    bool hasCname() const { return chain.size() > 1; }
    QString finalName() const { return chain.isEmpty() ? host : chain.last(); }
    bool resolves() const { return !addresses.isEmpty(); }
};

/// DNS questions through the system resolver (QDnsLookup), each bounded by a timeout. Runs on
/// the thread that owns it; the lookups themselves run in Qt's resolver threads.
class DnsProbe final
{
public:
    explicit DnsProbe(std::chrono::milliseconds timeout);
    Q_DISABLE_COPY_MOVE(DnsProbe)

    /// Asks one question. A, AAAA, CNAME, MX, TXT, NS (and the other QDnsLookup types).
    QCoro::Task<DnsAnswer> query(const QString &name, QDnsLookup::Type type);
    /// Follows the CNAME chain of @p host (at most 8 hops, a loop stops it) and asks A and AAAA of its end,
    /// all within ProbeLimits::DnsResolveDeadlineFactor × the timeout.
    QCoro::Task<HostResolution> resolveHost(const QString &host);

    /// Asks this server instead of the system's (tests: a black hole for timeouts).
    void setNameserver(const QHostAddress &server) { m_nameserver = server; }
    std::chrono::milliseconds timeout() const { return m_timeout; }

private:
    QCoro::Task<DnsAnswer> queryWithin(const QString &name, QDnsLookup::Type type, std::chrono::milliseconds timeout);

    std::chrono::milliseconds m_timeout;
    QHostAddress m_nameserver;
};

} // namespace Govscope::Sdk
