#pragma once

#include "result.h"

#include <QString>

namespace Govscope::Bench {

/// Builds a large synthetic case through the real schema: orgs with declared assets, findings with
/// their status history, evidence rows (a fifth of them pointing at shared blobs) and search rows.
/// Inserts go straight through prepared statements in large transactions — the shape of a bulk load,
/// not of a scan — so a million findings take minutes, not hours.
struct CaseGenerator
{
    int orgs = 10000;
    int findings = 1000000;

    Status generate(const QString &path) const;
    /// The CSV of @p count orgs in the import format of interfaces.md (Chinese headers).
    static QByteArray orgsCsv(int count);
};

} // namespace Govscope::Bench
