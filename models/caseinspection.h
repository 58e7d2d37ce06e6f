#pragma once

#include "result.h"

#include <QString>

namespace Govscope::Models {

/// Read-only checks that a file is a case `govscope merge` can take as it is: a Govscope case, of this
/// build's schema version exactly (a merge never migrates its inputs: they are left byte for byte), whole
/// (PRAGMA quick_check over every page, whatever the size: the merge reads every row anyway), and holding no
/// table the merge does not know how to carry over (so nothing is dropped silently).
class CaseInspection final
{
public:
    /// Done when @p path can be merged; otherwise an error naming the file and what to do.
    static Status checkMergeable(const QString &path);

    /// The tables merge carries (besides the search indexes, which it rebuilds for the rows it adds).
    static const QStringList &knownTables();
};

} // namespace Govscope::Models
