#include "command.h"
#include "console.h"
#include "cli.h"

namespace Govscope::Cli {
int runFeeds(const QStringList &) { return fail(u"not yet"_qs); }
}
