#include "dnsrules.h"

#include <QObject>

namespace Govscope::Domain {

using Sdk::DnsStatus;

namespace {

QString why(DnsStatus status, const QString &error)
{
    return error.isEmpty() ? Sdk::toId(status) : u"%1 (%2)"_qs.arg(Sdk::toId(status), error);
}

} // namespace

DnsVerdict DnsRules::danglingCname(const Sdk::HostResolution &r)
{
    if (!r.hasCname()) {
        if (r.status == DnsStatus::Timeout || r.status == DnsStatus::ServerFailure || r.status == DnsStatus::Error ||
            r.status == DnsStatus::Refused)
            return {DnsVerdict::Inconclusive,
                    QObject::tr("the CNAME of %1 could not be asked: %2").arg(r.host, why(r.status, r.error))};
        return {DnsVerdict::Pass, QObject::tr("%1 has no CNAME").arg(r.host)};
    }
    const QString chain = r.chain.join(u" → "_qs);
    switch (r.status) {
    case DnsStatus::NxDomain:
        return {DnsVerdict::Fire, {},
                Models::message(QT_TRANSLATE_NOOP("Finding", "Dangling CNAME: {host} points to {target}, which does not exist"),
                                {{u"host"_qs, r.host}, {u"target"_qs, r.finalName()}})};
    case DnsStatus::Ok:
    case DnsStatus::NoRecords:
        // the target exists (an empty name is not claimable by a stranger the way NXDOMAIN is)
        return {DnsVerdict::Pass, QObject::tr("CNAME chain %1 ends in an existing name").arg(chain)};
    default:
        return {
            DnsVerdict::Inconclusive,
            QObject::tr("the CNAME target %1 could not be resolved: %2").arg(r.finalName(), why(r.status, r.error))};
    }
}

DnsVerdict DnsRules::websiteResolvable(const Sdk::HostResolution &r)
{
    switch (r.status) {
    case DnsStatus::Ok:
        return {DnsVerdict::Pass, QObject::tr("%1 resolves to %2").arg(r.host, r.addresses.join(u", "_qs))};
    case DnsStatus::NxDomain:
        return {DnsVerdict::Fire, {},
                r.hasCname() ? Models::message(QT_TRANSLATE_NOOP("Finding", "Website host {host} does not resolve: its CNAME target {target} does not exist (NXDOMAIN)"),
                                               {{u"host"_qs, r.host}, {u"target"_qs, r.finalName()}})
                             : Models::message(QT_TRANSLATE_NOOP("Finding", "Website host {host} does not exist (NXDOMAIN)"), {{u"host"_qs, r.host}})};
    case DnsStatus::NoRecords:
        return {DnsVerdict::Fire, {},
                Models::message(QT_TRANSLATE_NOOP("Finding", "Website host {host} has no A or AAAA record"), {{u"host"_qs, r.host}})};
    default:
        return {DnsVerdict::Inconclusive,
                QObject::tr("no definite DNS answer for %1: %2").arg(r.finalName(), why(r.status, r.error))};
    }
}

DnsVerdict DnsRules::mailDomainResolvable(const Sdk::DnsAnswer &mx, const Sdk::HostResolution &address)
{
    if (mx.ok())
        return {DnsVerdict::Pass, QObject::tr("%1 has MX %2").arg(mx.name, mx.values.join(u", "_qs))};
    if (address.status == DnsStatus::Ok)
        return {DnsVerdict::Pass, QObject::tr("%1 has no MX but an address (%2), which mail falls back to")
                                      .arg(mx.name, address.addresses.join(u", "_qs))};
    if (!mx.definite())
        return {DnsVerdict::Inconclusive,
                QObject::tr("no definite MX answer for %1: %2").arg(mx.name, why(mx.status, mx.error))};
    if (address.status != DnsStatus::NxDomain && address.status != DnsStatus::NoRecords)
        return {DnsVerdict::Inconclusive,
                QObject::tr("no definite address answer for %1: %2").arg(mx.name, why(address.status, address.error))};
    return {DnsVerdict::Fire, {},
            mx.status == DnsStatus::NxDomain
                ? Models::message(QT_TRANSLATE_NOOP("Finding", "Mail domain {domain} does not exist (NXDOMAIN)"), {{u"domain"_qs, mx.name}})
                : Models::message(QT_TRANSLATE_NOOP("Finding", "Mail domain {domain} has neither MX nor A/AAAA records"), {{u"domain"_qs, mx.name}})};
}

} // namespace Govscope::Domain
