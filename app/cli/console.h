#pragma once

#include <QByteArray>
#include <QString>

namespace Govscope::Cli {

/// stdout and stderr for the commands: UTF-8, flushed per call so progress interleaves correctly.
void out(const QByteArray &bytes);
void out(const QString &text);
void err(const QString &text);
/// Prints "govscope: <message>" on stderr and returns @p code, for `return fail(...)`.
int fail(const QString &message, int code = 1);
/// A usage error: the message, then the command's usage line; returns 2.
int usageError(const QString &message, const QString &usage);
/// True when stderr is a terminal (then progress is drawn as a bar, else as plain lines).
bool stderrIsTty();

} // namespace Govscope::Cli
