#pragma once

// What the whole-scan world tests share: the demo case imported through the real executable, the demo's
// scan profile (overseas vantage, the authorised mail account), and the scan's findings as keys.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace FullScan {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// The executable under test: $GOVSCOPE_SCAN_BINARY (the sanitizer build in CI) or build/bin/govscope.
QString binary();
/// The Release executable for the non-scan commands (import, findings): quicker, same case format.
QString plainBinary();
Run run(const QString &program, const QStringList &args, int timeoutMs);
/// Sets the scan's environment on @p p (the mail test account's password) and returns the scan arguments.
QStringList scanArgs(const QString &casePath, const QString &profilePath);
void prepareScanProcess(QProcess &p);
/// Imports the demo lists into @p casePath; empty on success, else the error.
QString importDemo(const QString &casePath);
/// Writes the demo scan profile into @p dir; returns its path.
QString writeProfile(const QString &dir);
/// (org, check, target, status) of every finding, sorted; @p error set when the listing failed or an id
/// repeats.
QStringList findingKeys(const QString &casePath, QString *error);
/// Lines of stderr that show a sanitizer report or a Qt threading warning.
QStringList alarmingLines(const QString &stderrText);

} // namespace FullScan
