#pragma once

#include "probeset.h"

#include <QByteArray>
#include <QCoroTask>
#include <QString>

namespace Govscope::Datasec {

/// What one service probe learnt.
struct ServiceVerdict
{
    enum State { Closed, Open, Protected, Unknown } state = Closed;
    QString service; ///< "Redis", "Memcached", …
    quint16 port = 0;
    QString detail;     ///< what the answer showed (version, database names, the error)
    QString transcript; ///< the exchange, for evidence
};

/// datasec.open_database probes. Each sends only read-only, harmless requests: Redis PING (and INFO
/// server when PING is answered), Memcached `stats`, Elasticsearch `GET /` and `GET /_cat/indices`,
/// CouchDB `GET /` and `GET /_all_dbs`, MongoDB's `isMaster` handshake facts. None logs in,
/// writes or reads records.
namespace Databases {

/// Classifiers of the answers, separate from the network so they can be tested alone.
ServiceVerdict::State classifyRedis(const QByteArray &reply);
ServiceVerdict::State classifyMemcached(const QByteArray &reply);
ServiceVerdict::State classifyElasticsearch(int status, const QByteArray &body);
ServiceVerdict::State classifyCouchDb(int status, const QByteArray &body);

/// Probes every supported service on @p host, one port after another.
QCoro::Task<QList<ServiceVerdict>> probeAll(Sdk::ProbeSet &probes, QString host);

} // namespace Databases

} // namespace Govscope::Datasec
