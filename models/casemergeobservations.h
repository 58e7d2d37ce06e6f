#pragma once

#include "casefile.h"

#include <QSqlDatabase>

namespace Govscope::Models {

/// The observations (what a scan saw on a target, schema 4) of the input attached as `src`, merged into
/// the output @p db as a scan keeps them: one observation per (org, check, target), the latest one; its
/// fingerprints follow it. Needs merge_smap (input scan id -> output scan id) from CaseMergeInput.
class CaseMergeObservations final
{
public:
    static Status merge(QSqlDatabase &db);
};

} // namespace Govscope::Models
