#pragma once

#include <QStringList>

namespace Govscope::Cli {

/// Exit statuses of spec/interfaces.md.
/// Unverified: `verify` found every file intact and the signature valid, but no CA was given, so who signed is
/// only a claim (anyone can sign with a self-made certificate); a script must not take it for "intact".
enum ExitCode { Success = 0, Failure = 1, Usage = 2, Unverified = 3 };

/// True when argv names a command-line command (then no window is opened).
bool isCommandLine(const QStringList &arguments);

/// Runs the command in @p arguments (arguments[0] is the program). Needs a Q(Core)Application.
int run(const QStringList &arguments);

} // namespace Govscope::Cli
