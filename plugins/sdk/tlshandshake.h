#pragma once

// Blocking OpenSSL handshakes for TlsProbe; run only on its thread pool, never on the network thread.

#include "tlsprobe.h"

namespace Govscope::Sdk::Detail {

/// Tries each of @p versions on a fresh connection to @p host:@p port; every socket step waits
/// at most @p timeoutMs. Fills versions, certificate (from the newest version accepted) and
/// the transcript.
TlsResult runTlsHandshakes(const QString &host, quint16 port, const QStringList &versions, int timeoutMs);

} // namespace Govscope::Sdk::Detail
