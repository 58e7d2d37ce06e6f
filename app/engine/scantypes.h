#pragma once

#include "scanprofile.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Govscope::Engine {

/// What to scan. Empty family or org lists mean "all of them".
struct ScanRequest
{
    QString casePath;
    QStringList families;
    QStringList orgs;
    Sdk::ScanProfile profile;
    QStringList feedDirs;  ///< shipped feeds first, then the user's (later ones override)
    qint64 resumeScan = 0; ///< > 0: run the undone tasks of this scan instead of planning a new one
    /// The workbench sets this: the scan's threads (and the case writer's) run at a lower CPU priority so
    /// the GUI thread wins the cores while a scan saturates them. The CLI leaves it off.
    bool yieldToGui = false;
};

/// Progress of one family across the orgs of a scan.
struct FamilyProgress
{
    QString family;
    int done = 0;
    int total = 0;
    int findings = 0;
};

/// How a scan ended.
struct ScanSummary
{
    qint64 scanId = 0;
    bool resumed = false;
    bool cancelled = false;
    QString error;      ///< set when the scan could not start or the case could not be written
    int tasksTotal = 0; ///< tasks this run had to do (undone tasks when resumed)
    int tasksDone = 0;
    int tasksFailed = 0; ///< gave up after the retry; their checks are recorded `inconclusive`
    int findings = 0;
    int passes = 0;
    int inconclusive = 0;
    qint64 writeErrors = 0;
    QList<FamilyProgress> families;
};

} // namespace Govscope::Engine

Q_DECLARE_METATYPE(Govscope::Engine::FamilyProgress)
Q_DECLARE_METATYPE(Govscope::Engine::ScanSummary)
