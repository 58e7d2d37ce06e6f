#pragma once

// Case-file fixtures: raw SQLite access that bypasses CaseFile (to build files CaseFile must refuse) and a
// fingerprint to prove a refused file was not touched.

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Govscope::Testing {

/// SHA-256 of a file's bytes, or "missing".
QByteArray fingerprint(const QString &path);

/// Runs @p statements on @p path with a plain SQLite connection (no Govscope pragmas); returns the
/// first column of the last statement's first row. A statement that fails ends the test program.
QVariant rawSql(const QString &path, const QStringList &statements);

} // namespace Govscope::Testing
