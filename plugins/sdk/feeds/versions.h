#pragma once

#include <QString>

namespace Govscope::Sdk::Versions {

/// Compares two software version strings the way feeds mean them ("2.2.15" < "2.2.35" < "2.10",
/// "1.0.0-beta" < "1.0.0"): dot/dash separated parts, numeric parts by value, others by text.
/// Returns <0, 0 or >0. Missing trailing parts count as 0 ("2.2" == "2.2.0").
int compare(const QString &a, const QString &b);

/// Whether @p version belongs to release line @p cycle ("2.2.15" is in "2.2" and in "2", not in "2.20").
bool inCycle(const QString &version, const QString &cycle);

} // namespace Govscope::Sdk::Versions
