#include "databases.h"

#include "tcpprobe.h"

#include <QJsonDocument>

#include <QJsonObject>
#include <QObject>
#include <optional>

namespace Govscope::Datasec::Databases {

namespace {

using State = ServiceVerdict::State;

// Asked once, under the per-host limit, before a service is spoken to: a closed port ends at once.
QCoro::Task<Sdk::TcpStatus> reach(Sdk::ProbeSet &probes, const QString &host, quint16 port)
{
    co_return co_await probes.tcp().reach(host, host, port, std::chrono::milliseconds{probes.profile().timeoutMs});
}

/// The verdict for a port that did not connect, or nullopt when it is open and must be asked.
std::optional<ServiceVerdict> unreached(const QString &service, quint16 port, Sdk::TcpStatus r, int timeoutMs)
{
    if (r == Sdk::TcpStatus::Open)
        return std::nullopt;
    ServiceVerdict v;
    v.service = service;
    v.port = port;
    v.state = r == Sdk::TcpStatus::Timeout ? State::Unknown : State::Closed;
    v.detail = r == Sdk::TcpStatus::Refused       ? QObject::tr("connection refused")
               : r == Sdk::TcpStatus::Unreachable ? QObject::tr("unreachable")
                                                  : QObject::tr("no connection within %1 ms").arg(timeoutMs);
    v.transcript = u"* connect %1: %2"_qs.arg(port).arg(v.detail);
    return v;
}

ServiceVerdict fromTcp(const QString &service, const Sdk::TcpResult &tcp)
{
    ServiceVerdict v;
    v.service = service;
    v.port = tcp.port;
    v.transcript = tcp.transcript;
    switch (tcp.status) {
    case Sdk::TcpStatus::Open:
        v.state = State::Unknown; // the caller classifies the answer
        break;
    case Sdk::TcpStatus::Refused:
    case Sdk::TcpStatus::Unreachable:
        v.state = State::Closed;
        v.detail = Sdk::toId(tcp.status);
        break;
    default:
        v.state = State::Unknown;
        v.detail = QObject::tr("%1: %2").arg(Sdk::toId(tcp.status), tcp.error);
        break;
    }
    return v;
}

QString firstLine(const QByteArray &reply)
{
    return QString::fromUtf8(reply.left(reply.indexOf('\n') < 0 ? 200 : reply.indexOf('\n'))).trimmed();
}

QCoro::Task<ServiceVerdict> redis(Sdk::ProbeSet &probes, const QString &host)
{
    // named arguments: GCC 12 destroys temporaries of a co_await expression twice
    const Sdk::TcpStatus r = co_await reach(probes, host, 6379);
    if (auto v = unreached(u"Redis"_qs, 6379, r, probes.profile().timeoutMs))
        co_return *v;
    const QByteArray pingCommand = "PING\r\n";
    const Sdk::TcpResult ping = co_await probes.tcp().probe(host, 6379, pingCommand);
    ServiceVerdict v = fromTcp(u"Redis"_qs, ping);
    if (!ping.open())
        co_return v;
    v.state = classifyRedis(ping.banner);
    v.detail = firstLine(ping.banner);
    if (v.state == State::Open) {
        // the version, for the report: INFO server is read-only
        const QByteArray infoCommand = "INFO server\r\n";
        const Sdk::TcpResult info = co_await probes.tcp().probe(host, 6379, infoCommand);
        const qsizetype at = info.banner.indexOf("redis_version:");
        if (at >= 0)
            v.detail += u"; "_qs + firstLine(info.banner.mid(at));
        v.transcript += u"\n\n"_qs + info.transcript;
    }
    co_return v;
}

QCoro::Task<ServiceVerdict> memcached(Sdk::ProbeSet &probes, const QString &host)
{
    const Sdk::TcpStatus r = co_await reach(probes, host, 11211);
    if (auto v = unreached(u"Memcached"_qs, 11211, r, probes.profile().timeoutMs))
        co_return *v;
    const QByteArray statsCommand = "stats\r\n";
    const Sdk::TcpResult stats = co_await probes.tcp().probe(host, 11211, statsCommand);
    ServiceVerdict v = fromTcp(u"Memcached"_qs, stats);
    if (!stats.open())
        co_return v;
    v.state = classifyMemcached(stats.banner);
    const qsizetype at = stats.banner.indexOf("STAT version ");
    v.detail = at >= 0 ? firstLine(stats.banner.mid(at)) : firstLine(stats.banner);
    co_return v;
}

QCoro::Task<ServiceVerdict> overHttp(Sdk::ProbeSet &probes, const QString &host, const QString &service, quint16 port,
                                     const QString &listPath)
{
    ServiceVerdict v;
    v.service = service;
    v.port = port;
    // a closed port is told at once; asking TCP first spares an HTTP request to nothing
    const Sdk::TcpStatus r = co_await reach(probes, host, port);
    if (auto closed = unreached(service, port, r, probes.profile().timeoutMs))
        co_return *closed;
    const QUrl rootUrl(u"http://%1:%2/"_qs.arg(host).arg(port));
    const Sdk::HttpResult root = co_await probes.http().get(rootUrl);
    v.transcript = root.transcript(1024);
    if (!root.responded()) {
        v.state = State::Unknown;
        v.detail = root.hops.isEmpty() ? root.error : root.last().error;
        co_return v;
    }
    const auto classify = service == u"Elasticsearch"_qs ? classifyElasticsearch : classifyCouchDb;
    v.state = classify(root.last().status, root.last().body);
    v.detail = QObject::tr("GET / → HTTP %1").arg(root.last().status);
    if (v.state == State::Open) {
        // confirm that data is readable without credentials: the list of indices/databases only
        const QUrl listUrl(u"http://%1:%2%3"_qs.arg(host).arg(port).arg(listPath));
        const Sdk::HttpResult list = co_await probes.http().get(listUrl);
        v.transcript += u"\n\n"_qs + list.transcript(1024);
        if (list.responded())
            v.detail += QObject::tr("; GET %1 → HTTP %2").arg(listPath).arg(list.last().status);
        // CouchDB 3 answers GET / to anyone; only the database list tells an open server from a locked one
        if (service == u"CouchDB"_qs) {
            const int status = list.responded() ? list.last().status : 0;
            v.state = status == 200                      ? State::Open
                      : (status == 401 || status == 403) ? State::Protected
                                                         : State::Unknown;
        }
    }
    co_return v;
}

} // namespace

State classifyRedis(const QByteArray &reply)
{
    if (reply.startsWith("+PONG"))
        return State::Open;
    if (reply.startsWith("-NOAUTH") || reply.startsWith("-WRONGPASS") || reply.contains("Authentication required") ||
        reply.startsWith("-DENIED")) // protected mode
        return State::Protected;
    return State::Unknown;
}

State classifyMemcached(const QByteArray &reply)
{
    if (reply.startsWith("STAT "))
        return State::Open;
    if (reply.startsWith("CLIENT_ERROR") || reply.startsWith("ERROR")) // SASL-only servers refuse text commands
        return State::Protected;
    return State::Unknown;
}

State classifyElasticsearch(int status, const QByteArray &body)
{
    if (status == 401 || status == 403)
        return State::Protected;
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    if (status == 200 && (o.contains(u"cluster_name"_qs) || o.value(u"tagline"_qs).toString().contains(u"Search"_qs)))
        return State::Open;
    return State::Unknown;
}

State classifyCouchDb(int status, const QByteArray &body)
{
    if (status == 401 || status == 403)
        return State::Protected;
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    if (status == 200 && o.contains(u"couchdb"_qs))
        return State::Open;
    return State::Unknown;
}

QCoro::Task<QList<ServiceVerdict>> probeAll(Sdk::ProbeSet &probes, QString host)
{
    QList<ServiceVerdict> out;
    const ServiceVerdict redisVerdict = co_await redis(probes, host);
    const ServiceVerdict memcachedVerdict = co_await memcached(probes, host);
    const QString elasticsearch = u"Elasticsearch"_qs, esList = u"/_cat/indices?h=index"_qs;
    const QString couchDb = u"CouchDB"_qs, couchList = u"/_all_dbs"_qs;
    const ServiceVerdict esVerdict = co_await overHttp(probes, host, elasticsearch, 9200, esList);
    const ServiceVerdict couchVerdict = co_await overHttp(probes, host, couchDb, 5984, couchList);
    out << redisVerdict << memcachedVerdict << esVerdict << couchVerdict;
    co_return out;
}

} // namespace Govscope::Datasec::Databases
