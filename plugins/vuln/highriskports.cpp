#include "highriskports.h"

#include "catalogueinfo.h"
#include "checkcontext.h"
#include "evidence.h"
#include "tcpprobe.h"

#include <QHostAddress>
#include <QObject>

#include <vector>

namespace Govscope::Vuln::HighRiskPorts {

namespace {

const QString Check = u"vuln.high_risk_port"_qs;

QString printable(const QByteArray &banner)
{
    QString s = QString::fromUtf8(banner.left(200));
    for (QChar &c : s)
        if (c.unicode() < 0x20 && c != u'\n')
            c = u' ';
    return s.simplified();
}

} // namespace

QList<RiskyPort> ports()
{
    return {
        {21, u"FTP"_qs, {}},
        {23, u"Telnet"_qs, {}},
        {135, u"MS RPC"_qs, {}},
        {139, u"NetBIOS"_qs, {}},
        {445, u"SMB"_qs, {}},
        {873, u"rsync"_qs, {}},
        {1433, u"SQL Server"_qs, {}},
        {1521, u"Oracle"_qs, {}},
        {2049, u"NFS"_qs, {}},
        {2375, u"Docker API"_qs, {}},
        {3306, u"MySQL"_qs, {}},
        {3389, u"RDP"_qs, {}},
        {5432, u"PostgreSQL"_qs, {}},
        {5900, u"VNC"_qs, {}},
        {5984, u"CouchDB"_qs, {}},
        {6379, u"Redis"_qs, "PING\r\n"},
        {7001, u"WebLogic"_qs, {}},
        {9200, u"Elasticsearch"_qs, {}},
        {11211, u"Memcached"_qs, {}},
        {27017, u"MongoDB"_qs, {}},
        {50070, u"Hadoop NameNode"_qs, {}},
    };
}

QCoro::Task<PortState> connectOnce(Sdk::ProbeSet &probes, const QString &host, const QString &address, quint16 port,
                                   std::chrono::milliseconds timeout)
{
    const Sdk::TcpStatus status = co_await probes.tcp().reach(host, address, port, timeout);
    switch (status) {
    case Sdk::TcpStatus::Open:
        co_return PortState::Open;
    case Sdk::TcpStatus::Refused:
        co_return PortState::Closed;
    case Sdk::TcpStatus::Timeout:
        co_return PortState::Filtered;
    default:
        co_return PortState::Failed;
    }
}

QCoro::Task<PortScan> check(Sdk::CheckContext &ctx, const QString &host)
{
    PortScan scan;
    Sdk::HostResolution resolution = co_await ctx.probes().dns().resolveHost(host);
    const auto definite = [](Sdk::DnsStatus s) {
        return s == Sdk::DnsStatus::Ok || s == Sdk::DnsStatus::NxDomain || s == Sdk::DnsStatus::NoRecords;
    };
    if (!definite(resolution.status)) // asked once more: under load the first question may time out queued
        resolution = co_await ctx.probes().dns().resolveHost(host);
    if (!resolution.resolves()) {
        ctx.inconclusive(Check, host, QObject::tr("%1 has no address (%2)").arg(host, Sdk::toId(resolution.status)));
        if (!definite(resolution.status)) // the host may well have ports open: none of them is known
            for (const RiskyPort &p : ports())
                scan.unknown << p.port;
        co_return scan;
    }
    // the first address, IPv4 first: the one a client would most likely reach
    QString address = resolution.addresses.first();
    for (const QString &a : resolution.addresses)
        if (QHostAddress(a).protocol() == QAbstractSocket::IPv4Protocol) {
            address = a;
            break;
        }
    const QList<RiskyPort> list = ports();
    // A SYN unanswered for 3 s is a filtered port: the full profile timeout (8 s) on every filtered
    // port of a firewalled host would cost most of a minute per host; the second round gives those
    // ports the full timeout, one at a time, so that a loaded machine is not mistaken for a firewall.
    const std::chrono::milliseconds quick{std::min(ctx.probes().profile().timeoutMs, 3000)};
    const std::chrono::milliseconds full{std::max(ctx.probes().profile().timeoutMs, 3000)};
    // QCoro tasks start at once: all attempts run together, the host limiter bounds how many connect
    std::vector<QCoro::Task<PortState>> attempts;
    attempts.reserve(list.size());
    for (const RiskyPort &p : list)
        attempts.push_back(connectOnce(ctx.probes(), host, address, p.port, quick));
    QList<PortState> states;
    for (auto &a : attempts) {
        const PortState s = co_await a; // named: GCC 12 and co_await inside an expression
        states << s;
    }
    for (qsizetype i = 0; i < list.size(); ++i) {
        if (ctx.cancelled())
            co_return scan;
        if (states.at(i) == PortState::Filtered || states.at(i) == PortState::Failed) {
            const PortState again = co_await connectOnce(ctx.probes(), host, address, list.at(i).port, full);
            states[i] = again;
        }
    }

    QStringList unknown;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const RiskyPort &p = list.at(i);
        if (states.at(i) == PortState::Filtered || states.at(i) == PortState::Failed) {
            unknown << QString::number(p.port);
            scan.unknown << p.port;
        }
        if (states.at(i) != PortState::Open || ctx.cancelled())
            continue;
        scan.open << p.port;
        const std::chrono::milliseconds bannerWait{1500};
        const Sdk::TcpResult banner = co_await ctx.probes().tcp().probe(host, p.port, p.greeting, bannerWait);
        const QString target = u"%1:%2"_qs.arg(host).arg(p.port);
        const QString said = printable(banner.banner);
        Models::NewFinding f = Sdk::makeFinding(
            ctx.org(), Check, target,
            said.isEmpty()
                ? Models::message(QT_TRANSLATE_NOOP("Finding", "{service} port {port} is open on {host}"),
                                  {{u"service"_qs, p.service}, {u"port"_qs, p.port}, {u"host"_qs, host}})
                : Models::message(
                      QT_TRANSLATE_NOOP("Finding", "{service} port {port} is open on {host}: \"{banner}\""),
                      {{u"service"_qs, p.service}, {u"port"_qs, p.port}, {u"host"_qs, host}, {u"banner"_qs, said}}));
        f.evidence << Sdk::Evidence::tcp(
                          banner, Models::message(
                                      QT_TRANSLATE_NOOP(
                                          "Finding", "TCP connect to {target} ({address}) and what the service said"),
                                      {{u"target"_qs, target}, {u"address"_qs, address}}))
                   << Sdk::Evidence::org(ctx.org());
        ctx.finding(std::move(f));
    }
    if (!unknown.isEmpty())
        ctx.inconclusive(Check, host,
                         QObject::tr("ports %1 of %2 (%3) gave no answer within %4 ms, nor again within %5 ms: "
                                     "filtered by a firewall, or the host too slow to tell; whether they are open "
                                     "is not known")
                             .arg(unknown.join(u", "_qs), host, address)
                             .arg(quick.count())
                             .arg(full.count()));
    else if (scan.open.isEmpty())
        ctx.pass(Check, host, QObject::tr("%1 high-risk ports closed (refused) on %2").arg(list.size()).arg(address));
    co_return scan;
}

} // namespace Govscope::Vuln::HighRiskPorts
