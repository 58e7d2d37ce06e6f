#pragma once

#include <QStringList>

namespace Govscope::Cli {

/// Exit statuses of spec/interfaces.md.
enum ExitCode { Success = 0, Failure = 1, Usage = 2 };

/// True when argv names a command-line command (then no window is opened).
bool isCommandLine(const QStringList &arguments);

/// Runs the command in @p arguments (arguments[0] is the program). Needs a Q(Core)Application.
int run(const QStringList &arguments);

} // namespace Govscope::Cli
