#pragma once

#include <QString>
#include <QStringList>

namespace Govscope::Cli {

/// One command of `govscope`: its name, a one-line usage and the function that runs it.
/// run() receives the arguments after the command name and returns an ExitCode.
struct Command
{
    const char *name;
    const char *usage;
    const char *summary;
    int (*run)(const QStringList &args);
};

// One function per command; each lives in its own <name>command.cpp.
int runImport(const QStringList &args);
int runOrgs(const QStringList &args);
int runFindings(const QStringList &args);
int runScan(const QStringList &args);
int runMerge(const QStringList &args);
int runReport(const QStringList &args);
int runVerify(const QStringList &args);
int runFeeds(const QStringList &args);
int runRematch(const QStringList &args);

} // namespace Govscope::Cli
