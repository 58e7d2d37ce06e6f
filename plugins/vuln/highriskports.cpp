#include "highriskports.h"

#include "catalogueinfo.h"
#include "checkcontext.h"
#include "evidence.h"
#include "hostlimiter.h"

#include "signalwait.h"
#include <QElapsedTimer>
#include <QNetworkProxy>
#include <QObject>
#include <QTcpSocket>

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

QCoro::Task<PortState> connectOnce(Sdk::ProbeSet &probes, const QString &host, quint16 port)
{
    const Sdk::HostSlot slot = co_await probes.limiter().acquire(host);
    // A SYN unanswered for 3 s is a filtered port: the full profile timeout (8 s) on every filtered
    // port of a firewalled host would cost most of a minute per host for no better verdict.
    const std::chrono::milliseconds timeout{std::min(probes.profile().timeoutMs, 3000)};
    QTcpSocket socket;
    socket.setProxy(QNetworkProxy::NoProxy);
    socket.connectToHost(host, port);
    co_await Sdk::settleConnect(socket, timeout);
    const PortState state = socket.state() == QAbstractSocket::ConnectedState     ? PortState::Open
                            : socket.state() == QAbstractSocket::UnconnectedState ? PortState::Closed
                                                                                  : PortState::Filtered;
    socket.abort();
    co_return state;
}

QCoro::Task<QList<quint16>> check(Sdk::CheckContext &ctx, const QString &host)
{
    QList<quint16> openPorts;
    const Sdk::HostResolution resolution = co_await ctx.probes().dns().resolveHost(host);
    if (!resolution.resolves()) {
        ctx.inconclusive(Check, host, QObject::tr("%1 has no address (%2)").arg(host, Sdk::toId(resolution.status)));
        co_return openPorts;
    }
    const QList<RiskyPort> list = ports();
    // QCoro tasks start at once: all attempts run together, the host limiter bounds how many connect
    std::vector<QCoro::Task<PortState>> attempts;
    attempts.reserve(list.size());
    for (const RiskyPort &p : list)
        attempts.push_back(connectOnce(ctx.probes(), host, p.port));
    QList<PortState> states;
    for (auto &a : attempts) {
        const PortState s = co_await a; // named: GCC 12 and co_await inside an expression
        states << s;
    }

    QStringList filtered;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const RiskyPort &p = list.at(i);
        if (states.at(i) == PortState::Filtered)
            filtered << QString::number(p.port);
        if (states.at(i) != PortState::Open || ctx.cancelled())
            continue;
        openPorts << p.port;
        const std::chrono::milliseconds bannerWait{1500};
        const Sdk::TcpResult banner = co_await ctx.probes().tcp().probe(host, p.port, p.greeting, bannerWait);
        const QString target = u"%1:%2"_qs.arg(host).arg(p.port);
        const QString said = printable(banner.banner);
        Models::NewFinding f = Sdk::makeFinding(
            ctx.org(), Check, target,
            said.isEmpty()
                ? Models::message(QT_TRANSLATE_NOOP("Finding", "{service} port {port} is open on {host}"), {{u"service"_qs, p.service}, {u"port"_qs, p.port}, {u"host"_qs, host}})
                : Models::message(QT_TRANSLATE_NOOP("Finding", "{service} port {port} is open on {host}: \"{banner}\""), {{u"service"_qs, p.service}, {u"port"_qs, p.port}, {u"host"_qs, host}, {u"banner"_qs, said}}));
        f.evidence << Sdk::Evidence::tcp(banner, Models::message(QT_TRANSLATE_NOOP("Finding", "TCP connect to {target} and what the service said"), {{u"target"_qs, target}}))
                   << Sdk::Evidence::org(ctx.org());
        ctx.finding(std::move(f));
    }
    if (openPorts.isEmpty())
        ctx.pass(Check, host,
                 filtered.isEmpty() ? QObject::tr("%1 high-risk ports closed").arg(list.size())
                                    : QObject::tr("%1 high-risk ports closed or filtered (no answer: %2)")
                                          .arg(list.size())
                                          .arg(filtered.join(u", "_qs)));
    co_return openPorts;
}

} // namespace Govscope::Vuln::HighRiskPorts
