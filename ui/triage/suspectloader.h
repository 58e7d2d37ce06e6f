#pragma once

#include "result.h"
#include "triagesuspect.h"

#include <QSqlDatabase>

namespace Govscope::Ui::Triage {

/// Reads the triage queue: every counterfeit site finding of the case with its evidence, ranked
/// (SuspectReader::rank). Only reads; run it on a worker thread with a read-only connection.
class SuspectLoader final
{
public:
    static Result<QList<Suspect>> load(QSqlDatabase &db);
};

} // namespace Govscope::Ui::Triage
