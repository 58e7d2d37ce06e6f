#pragma once

#include <QCommandLineParser>

#include <optional>

namespace Govscope::Cli {

/// Parses a command's arguments with @p parser. Returns an exit code when parsing failed (usage error,
/// already printed) or help was asked for, nullopt when the command should go on. @p positional is the
/// number of positional arguments required; extra ones are a usage error.
std::optional<int> parseArguments(QCommandLineParser &parser, const QStringList &args, const QString &usage,
                                  int positional);

/// The value of an option restricted to @p allowed (first is the default); nullopt after a usage error.
std::optional<QString> choice(const QCommandLineParser &parser, const QString &option, const QStringList &allowed,
                              const QString &usage);

/// Opens an existing case for reading; prints the error and returns false when it cannot.
bool openExistingCase(const QString &path);

} // namespace Govscope::Cli
