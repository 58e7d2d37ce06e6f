#pragma once

#include <QString>

namespace Govscope::Report {

/// Masks personal data that may have slipped past the checks (which store summaries masked already):
/// 18-digit resident ID numbers keep their first 6 and last 4 characters, 11-digit mainland mobile numbers
/// their first 3 and last 4. Numbers embedded in longer digit runs are left alone (they are not IDs).
QString maskPersonalData(const QString &text);

} // namespace Govscope::Report
