#pragma once

namespace Govscope::Engine {

/// Lowers the calling thread's CPU priority (nice +10 on Linux) so that, when the machine's cores are
/// busy, the scheduler runs the GUI thread first. Threads the caller creates afterwards inherit the
/// value: on the scan thread that covers the network access manager's HTTP thread and the TLS pool.
/// It cannot be raised again without privileges, so call it only on threads that do background work
/// for the rest of their life. Returns false (and logs) when the system refused.
bool lowerCurrentThreadPriority();

} // namespace Govscope::Engine
