#include "dnsprobe.h"

#include "dnsrawcheck.h"
#include "domainnames.h"
#include "probelimits.h"
#include "sdklogging.h"

#include "signalwait.h"
#include <QCoroFuture>
#include <QDnsDomainNameRecord>
#include <QDnsHostAddressRecord>
#include <QDnsMailExchangeRecord>
#include <QDnsTextRecord>

#include <QtConcurrent>

#include <memory>

namespace Govscope::Sdk {

namespace {

constexpr int MaxCnameHops = 8;
// An answer of more values than this (a TXT record set of 60 KB, thousands of A records) is kept to its
// first ones: no check reads further, and evidence stays readable.
constexpr int MaxValues = 64;
constexpr int MaxValueLength = 4096;

} // namespace

QString dnsTypeName(QDnsLookup::Type type)
{
    switch (type) {
    case QDnsLookup::A:
        return u"A"_qs;
    case QDnsLookup::AAAA:
        return u"AAAA"_qs;
    case QDnsLookup::ANY:
        return u"ANY"_qs;
    case QDnsLookup::CNAME:
        return u"CNAME"_qs;
    case QDnsLookup::MX:
        return u"MX"_qs;
    case QDnsLookup::NS:
        return u"NS"_qs;
    case QDnsLookup::PTR:
        return u"PTR"_qs;
    case QDnsLookup::SRV:
        return u"SRV"_qs;
    case QDnsLookup::TXT:
        return u"TXT"_qs;
    }
    return QString::number(int(type));
}

namespace {

QString fqdn(const QString &name)
{
    return name.endsWith(u'.') ? name : name + u'.';
}

DnsStatus statusOf(QDnsLookup::Error error)
{
    switch (error) {
    case QDnsLookup::NoError:
        return DnsStatus::Ok;
    case QDnsLookup::NotFoundError:
        return DnsStatus::NxDomain;
    case QDnsLookup::ServerFailureError:
        return DnsStatus::ServerFailure;
    case QDnsLookup::ServerRefusedError:
        return DnsStatus::Refused;
    default:
        return DnsStatus::Error;
    }
}

// The records of the asked type, as "value" strings and dig-like lines.
void collect(const QDnsLookup &lookup, QDnsLookup::Type type, DnsAnswer &answer, QStringList &lines)
{
    auto line = [&](const QString &owner, quint32 ttl, const QString &rtype, const QString &value) {
        lines << u"%1\t%2\tIN\t%3\t%4"_qs.arg(fqdn(owner)).arg(ttl).arg(rtype, value);
    };
    for (const QDnsDomainNameRecord &r : lookup.canonicalNameRecords()) {
        answer.cnames.append({r.name().toLower(), r.value().toLower()});
        line(r.name(), r.timeToLive(), u"CNAME"_qs, fqdn(r.value()));
        if (type == QDnsLookup::CNAME)
            answer.values << r.value().toLower();
    }
    for (const QDnsHostAddressRecord &r : lookup.hostAddressRecords()) {
        const bool v4 = r.value().protocol() == QAbstractSocket::IPv4Protocol;
        line(r.name(), r.timeToLive(), v4 ? u"A"_qs : u"AAAA"_qs, r.value().toString());
        if ((type == QDnsLookup::A && v4) || (type == QDnsLookup::AAAA && !v4))
            answer.values << r.value().toString();
    }
    for (const QDnsMailExchangeRecord &r : lookup.mailExchangeRecords()) {
        const QString value = u"%1 %2"_qs.arg(r.preference()).arg(r.exchange().toLower());
        line(r.name(), r.timeToLive(), u"MX"_qs, u"%1 %2"_qs.arg(r.preference()).arg(fqdn(r.exchange())));
        answer.values << value;
    }
    for (const QDnsDomainNameRecord &r : lookup.nameServerRecords()) {
        line(r.name(), r.timeToLive(), u"NS"_qs, fqdn(r.value()));
        answer.values << r.value().toLower();
    }
    for (const QDnsTextRecord &r : lookup.textRecords()) {
        QStringList parts;
        for (const QByteArray &p : r.values())
            parts << QString::fromUtf8(p);
        QStringList quoted;
        for (const QString &p : parts)
            quoted << u'"' + p + u'"';
        line(r.name(), r.timeToLive(), u"TXT"_qs, quoted.join(u' '));
        answer.values << parts.join(QString());
    }
    answer.values.sort();
    if (answer.values.size() > MaxValues) {
        lines << u";; … %1 values in all, the first %2 kept"_qs.arg(answer.values.size()).arg(MaxValues);
        answer.values.resize(MaxValues);
    }
    for (QString &v : answer.values)
        if (v.size() > MaxValueLength)
            v = v.left(MaxValueLength) + u"…"_qs;
}

} // namespace

QString toId(DnsStatus status)
{
    switch (status) {
    case DnsStatus::Ok:
        return u"NOERROR"_qs;
    case DnsStatus::NoRecords:
        return u"NODATA"_qs;
    case DnsStatus::NxDomain:
        return u"NXDOMAIN"_qs;
    case DnsStatus::Timeout:
        return u"TIMEOUT"_qs;
    case DnsStatus::ServerFailure:
        return u"SERVFAIL"_qs;
    case DnsStatus::Refused:
        return u"REFUSED"_qs;
    case DnsStatus::Error:
        return u"ERROR"_qs;
    }
    return {};
}

DnsProbe::DnsProbe(std::chrono::milliseconds timeout)
    : m_timeout(timeout)
{}

QCoro::Task<DnsAnswer> DnsProbe::query(const QString &name, QDnsLookup::Type type)
{
    co_return co_await queryWithin(name, type, m_timeout);
}

QCoro::Task<DnsAnswer> DnsProbe::queryWithin(const QString &name, QDnsLookup::Type type,
                                             std::chrono::milliseconds timeout)
{
    DnsAnswer answer;
    answer.name = DomainNames::toAscii(name);
    answer.type = type;
    QStringList lines{u";; QUESTION: %1 IN %2%3"_qs.arg(
        fqdn(answer.name), dnsTypeName(type),
        m_nameserver.isNull() ? QString() : u" (server %1)"_qs.arg(m_nameserver.toString()))};
    if (answer.name.isEmpty()) {
        answer.error = QObject::tr("\"%1\" is not a valid host name").arg(name);
        answer.text = lines.join(u'\n') + u"\n;; ERROR: "_qs + answer.error;
        co_return answer;
    }

    // deleteLater: the resolver thread may still report to it after a timeout
    std::unique_ptr<QDnsLookup, void (*)(QDnsLookup *)> lookup(new QDnsLookup, [](QDnsLookup *l) {
        l->disconnect();
        l->deleteLater();
    });
    lookup->setType(type);
    lookup->setName(answer.name);
    if (!m_nameserver.isNull())
        lookup->setNameserver(m_nameserver);
    lookup->lookup();
    QElapsedTimer clock;
    clock.start();
    const bool finished = timeout.count() > 0 && co_await waitForSignal(lookup.get(), &QDnsLookup::finished, timeout);
    if (!finished) {
        lookup->abort();
        answer.status = DnsStatus::Timeout;
        answer.error = QObject::tr("no answer within %1 ms").arg(timeout.count());
    } else {
        answer.status = statusOf(lookup->error());
        if (answer.status != DnsStatus::Ok)
            answer.error = lookup->errorString();
        if (lookup->error() == QDnsLookup::InvalidReplyError) {
            // Qt 6.4 reports an empty NOERROR answer (NODATA) this way: ask again and read the header
            // What is left of this question's time, and awaited with that deadline: res_nsend's TCP
            // fallback (a truncated, oversized answer) has no read timeout of its own in glibc.
            const auto left = ProbeLimits::remaining(timeout, clock.elapsed());
            DnsStatus status = DnsStatus::Timeout;
            if (left.count() > 0) {
                auto watcher = std::make_shared<QFutureWatcher<DnsStatus>>();
                QFuture<DnsStatus> second =
                    QtConcurrent::run(&Detail::rawDnsStatus, answer.name, int(type), m_nameserver, int(left.count()));
                watcher->setFuture(second);
                const bool done =
                    second.isFinished() || co_await waitForSignal(watcher.get(), &QFutureWatcherBase::finished, left);
                status = done ? second.result() : DnsStatus::Error;
                watcher->disconnect(); // a stuck resolver thread finishes on its own later
            }
            if (status != DnsStatus::Error) {
                answer.status = status;
                answer.error = status == DnsStatus::NoRecords ? QString() : answer.error;
            }
        }
        collect(*lookup, type, answer, lines);
        // a name that exists but has no record of this type
        if (answer.status == DnsStatus::Ok && answer.values.isEmpty())
            answer.status = DnsStatus::NoRecords;
    }
    lines.insert(1, u";; STATUS: %1%2"_qs.arg(toId(answer.status),
                                              answer.error.isEmpty() ? QString() : u" ("_qs + answer.error + u')'));
    answer.text = lines.join(u'\n');
    qCDebug(lcSdk) << "dns" << answer.name << dnsTypeName(type) << toId(answer.status) << answer.values;
    co_return answer;
}

QCoro::Task<HostResolution> DnsProbe::resolveHost(const QString &host)
{
    HostResolution r;
    r.host = DomainNames::toAscii(host);
    r.chain << r.host;
    QStringList texts;
    QString current = r.host;
    // one deadline for the chain and the addresses: a chain of slow (or endless) CNAMEs ends in bound
    const std::chrono::milliseconds budget = m_timeout * ProbeLimits::DnsResolveDeadlineFactor;
    QElapsedTimer clock;
    clock.start();
    auto left = [&] { return std::min(m_timeout, ProbeLimits::remaining(budget, clock.elapsed())); };
    for (int hop = 0; hop < MaxCnameHops; ++hop) {
        const DnsAnswer cname = co_await queryWithin(current, QDnsLookup::CNAME, left());
        texts << cname.text;
        if (cname.status != DnsStatus::Ok) {
            if (!cname.definite()) { // the chain cannot be known: say why
                r.status = cname.status;
                r.error = cname.error;
                r.text = texts.join(u"\n\n"_qs);
                co_return r;
            }
            break;
        }
        const QString target = cname.values.value(0);
        if (target.isEmpty() || r.chain.contains(target)) {
            r.error = QObject::tr("CNAME loop at %1").arg(target);
            break;
        }

        r.chain << target;
        current = target;
    }
    const DnsAnswer a = co_await queryWithin(current, QDnsLookup::A, left());
    const DnsAnswer aaaa = co_await queryWithin(current, QDnsLookup::AAAA, left());
    texts << a.text << aaaa.text;
    r.addresses = a.values + aaaa.values;
    if (!r.addresses.isEmpty())
        r.status = DnsStatus::Ok;
    else if (a.status == DnsStatus::NxDomain || aaaa.status == DnsStatus::NxDomain)
        r.status = DnsStatus::NxDomain;
    else if (a.definite() && aaaa.definite())
        r.status = DnsStatus::NoRecords;
    else {
        r.status = a.definite() ? aaaa.status : a.status;
        r.error = a.definite() ? aaaa.error : a.error;
    }
    r.text = texts.join(u"\n\n"_qs);
    co_return r;
}

} // namespace Govscope::Sdk
