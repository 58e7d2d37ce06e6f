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
enum class PortState { Open, Closed, Filtered };

/// vuln.high_risk_port: TCP connect to each port of the list on an org host, concurrently but within
/// the profile's per-host limit, then a banner grab on the open ones for evidence.
namespace HighRiskPorts {

/// spec/checks.md §8's list plus a few services of the same kind (NFS, CouchDB, WebLogic, Hadoop).
/// Mail ports (25, 110, 143, 993, 995) are not on it (tests/world README decision).
QList<RiskyPort> ports();

/// Connects once under the host limit; Filtered when nothing answered within the profile's timeout
/// (at most 3 s).
QCoro::Task<PortState> connectOnce(Sdk::ProbeSet &probes, const QString &host, quint16 port);

/// Probes @p host and reports one finding per open port (target host:port); returns the open ports.
QCoro::Task<QList<quint16>> check(Sdk::CheckContext &ctx, const QString &host);

} // namespace HighRiskPorts

} // namespace Govscope::Vuln
