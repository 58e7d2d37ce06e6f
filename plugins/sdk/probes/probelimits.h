#pragma once

// The bounds every network probe of the SDK keeps against hostile servers (issue 9 item 4, issue 12):
// what a server can make the scanner hold — memory, a connection, a coroutine — is capped here in one
// place, so that a site that never ends costs a check its time bound and a few hundred KiB, no more.

#include <QtGlobal>

#include <chrono>

namespace Govscope::Sdk::ProbeLimits {

/// Bytes Qt may buffer for one HTTP reply before the scanner reads them. Without it Qt's network thread
/// reads (and decompresses) as fast as the server sends while the scan thread is busy elsewhere: an
/// endless chunked response was buffered to 800 MB before the body cap could see it.
constexpr qint64 HttpReadBuffer = 256 * 1024;

/// What is kept of a body that was not read whole (cut at the size limit, the deadline, or broken): such
/// a body is not judged as the page, only shown in evidence, and keeping every such prefix at the full
/// cap made a scan of hostile sites (every path a 1 GB answer) hold hundreds of MB of dead prefixes.
constexpr qint64 HttpIncompleteBodyKept = 256 * 1024;

/// Response header bytes (every field, name and value, as Qt hands them over) one HTTP exchange accepts.
/// Larger headers fail the exchange as soon as they arrive (QNetworkReply::metaDataChanged), before any
/// of the body is read: real sites send a few KiB (a reverse proxy refuses more than 4 or 8 KiB by
/// default), and this bound holds whatever Qt's own limits are.
/// Qt 6.4.2's limits, measured: 100 fields, 100 KiB in one field, 256 KiB in all. It reads a header block
/// of any size first (1 MiB cost it about 2 s of CPU, a few bytes a read() call), and one past a limit
/// loses every field without a word: the reply looks like a 200 with no header at all, its body read to
/// the close. A status line with not one header field is therefore refused too (HttpProbe::exchange).
constexpr qint64 HttpMaxHeaderBytes = 128 * 1024;

/// The whole of one HTTP request, every redirect included, gets this many times the profile timeout;
/// each hop gets at most the profile timeout of what is left. A drip or a redirect chain of slow hops
/// therefore ends in bound, whatever the server does between bytes.
constexpr int HttpRequestDeadlineFactor = 2;

/// A redirect chain stops after this many hops even if the caller allows more.
constexpr int HttpMaxHops = 10;

/// The TLS version probe of one host:port, all versions together, gets this many times the profile
/// timeout; each handshake (connect included) at most the profile timeout.
constexpr int TlsProbeDeadlineFactor = 2;

/// Resolving one host (its CNAME chain, then A and AAAA) gets this many times the profile timeout.
constexpr int DnsResolveDeadlineFactor = 2;

/// What is left of @p budget after @p elapsed, never below zero.
inline std::chrono::milliseconds remaining(std::chrono::milliseconds budget, qint64 elapsedMs)
{
    const auto left = budget - std::chrono::milliseconds(elapsedMs);
    return left.count() > 0 ? left : std::chrono::milliseconds(0);
}

} // namespace Govscope::Sdk::ProbeLimits
