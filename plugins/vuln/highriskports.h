#pragma once

#include "probeset.h"

#include <QCoroTask>

namespace Govscope::Sdk {
class CheckContext;
}

namespace Govscope::Vuln {

/// A port vuln.high_risk_port reports when it accepts connections, with what usually listens there.
struct RiskyPort
{
    quint16 port;
    QString service;
    QByteArray greeting; ///< sent to services that speak only when spoken to (empty: wait for a banner)
};

/// How a connection attempt ended, told as soon as the socket connects or fails.
enum class PortState {
    Open,     ///< connected
    Closed,   ///< refused (a RST): nothing listens
    Filtered, ///< no answer in time: a firewall that drops, or a host or scanner too slow to tell
    Failed,   ///< another error (no route, no address, …): nothing is known about the port
};

/// What vuln.high_risk_port learnt of one host.
struct PortScan
{
    QList<quint16> open;    ///< connected: reported as findings
    QList<quint16> unknown; ///< still filtered or failed after the second attempt: no verdict on them
};

/// vuln.high_risk_port: TCP connect to each port of the list on an org host, concurrently but within
/// the profile's per-host limit, then a banner grab on the open ones for evidence.
namespace HighRiskPorts {

/// spec/checks.md §8's list plus a few services of the same kind (NFS, CouchDB, WebLogic, Hadoop).
/// Mail ports (25, 110, 143, 993, 995) are not on it (tests/world README decision).
QList<RiskyPort> ports();

/// Connects once to @p address (already resolved: no name lookup per port, which under load would
/// eat the connect's time) under the host limit of @p host, waiting at most @p timeout.
QCoro::Task<PortState> connectOnce(Sdk::ProbeSet &probes, const QString &host, const QString &address, quint16 port,
                                   std::chrono::milliseconds timeout);

/// Probes @p host: every port at once with a short wait (a SYN unanswered for 3 s is usually a
/// firewall), then the ports that gave no answer again, one by one, with the profile's full timeout.
/// One finding per open port (target host:port); ports still silent make the host inconclusive, never
/// a pass (checks.md: a timeout is no verdict).
QCoro::Task<PortScan> check(Sdk::CheckContext &ctx, const QString &host);

} // namespace HighRiskPorts

} // namespace Govscope::Vuln
