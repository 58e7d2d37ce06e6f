#pragma once

#include "result.h"
#include "types.h"

#include <QByteArray>
#include <QHash>
#include <QSqlDatabase>

namespace Govscope::Models {

/// Everything the detail pane shows of one finding, read in one go on a worker thread.
struct FindingDetails
{
    Finding finding; ///< with its evidence
    QList<StatusChange> history;
    QList<TriageNote> notes;
    /// Bytes of the image evidence (mime image/*) by blob SHA-256, at most kMaxImageBytes each.
    QHash<QString, QByteArray> images;

    static constexpr qint64 kMaxImageBytes = 16 * 1024 * 1024;
};

/// Reads finding @p id with its evidence, status history, triage notes and image blobs.
Result<FindingDetails> loadFindingDetails(QSqlDatabase &db, qint64 id);

} // namespace Govscope::Models
