#include "threadpriority.h"

#include "enginelog.h"

#include <cerrno>
#include <cstring>

#if defined(Q_OS_LINUX)
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>
#endif

namespace Govscope::Engine {

namespace {
// Enough for the GUI thread to win nearly every contended time slice (each nice step is ~1.25x weight),
// not so much that the scan starves behind unrelated desktop work.
constexpr int kBackgroundNice = 10;
} // namespace

bool lowerCurrentThreadPriority()
{
#if defined(Q_OS_LINUX)
    // On Linux the nice value belongs to the thread (task), not the process: this touches only the caller.
    const auto tid = static_cast<id_t>(::syscall(SYS_gettid));
    errno = 0;
    const int current = ::getpriority(PRIO_PROCESS, tid);
    if (errno == 0 && current >= kBackgroundNice)
        return true;
    if (::setpriority(PRIO_PROCESS, tid, kBackgroundNice) != 0) {
        qCWarning(lcEngine) << "could not lower the scan thread's priority:" << strerror(errno);
        return false;
    }
    return true;
#else
    return false;
#endif
}

} // namespace Govscope::Engine
