#pragma once

// A second opinion for DnsProbe: Qt 6.4's QDnsLookup reports "exists, but no record of this type"
// (NOERROR with an empty answer) as InvalidReplyError, indistinguishable from a broken reply. This
// asks the same question with the resolver library's res_nsend and reads the reply header itself.
// Blocking: run it on a thread pool.

#include "dnsprobe.h"

namespace Govscope::Sdk::Detail {

/// NoRecords, NxDomain, ServerFailure, Refused, Timeout or Error (when the answer has records Qt
/// could not read, or nothing usable came back).
DnsStatus rawDnsStatus(const QString &name, int qtype, const QHostAddress &nameserver, int timeoutMs);

} // namespace Govscope::Sdk::Detail
