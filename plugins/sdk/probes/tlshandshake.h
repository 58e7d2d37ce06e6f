#pragma once

// Blocking OpenSSL handshakes for TlsProbe; run only on its thread pool, never on the network thread.

#include "tlsprobe.h"

namespace Govscope::Sdk::Detail {

/// Tries each of @p versions on a fresh connection to @p host:@p port; each connection (connect and
/// handshake together) gets at most @p timeoutMs, all of them together at most @p totalMs, whatever the
/// server sends or withholds. After a handshake that stalled the remaining versions are not tried.
/// Fills versions, certificate (from the newest version accepted) and the transcript.
TlsResult runTlsHandshakes(const QString &host, quint16 port, const QStringList &versions, int timeoutMs, int totalMs);

} // namespace Govscope::Sdk::Detail
