#pragma once

#include "casemerge.h"

#include <QSqlDatabase>

namespace Govscope::Models {

/// The SQL of one input of CaseMerge: @p db is the output case with the input attached as schema `src`.
/// Runs inside the caller's transaction; see CaseMerge for what each table's rule is.
class CaseMergeInput final
{
public:
    static Result<MergeCounts> run(QSqlDatabase &db);
};

} // namespace Govscope::Models
