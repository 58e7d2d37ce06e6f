#pragma once

#include "fingerprint.h"
#include "result.h"

#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace Govscope::Models {

/// The observations table of schema 4 (resources/sql/004_fingerprints.sql).
class FingerprintRepository final
{
public:
    /// Replaces the observation of (org, check, target) with @p o, seen in scan @p scanId. Run as a CaseWriter job.
    static Status record(QSqlDatabase &db, qint64 scanId, const Observation &o);
    /// Every observation with its fingerprints, ordered by org, check and target. One query per table, not per
    /// observation: a case of thousands of targets reads in milliseconds.
    static Result<QList<StoredObservation>> all(QSqlDatabase &db);
};

} // namespace Govscope::Models
