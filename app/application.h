#pragma once

#include <QString>

namespace Govscope::Application {

/// Organisation and application names for QSettings and data directories.
void setIdentity();

/// The composition root of the workbench: translations, the main window, then the event loop.
/// Opens @p casePath when given.
int runGui(const QString &casePath);

} // namespace Govscope::Application
