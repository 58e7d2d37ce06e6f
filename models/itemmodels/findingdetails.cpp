#include "findingdetails.h"

#include "blobstore.h"
#include "findingrepository.h"

#include <QSqlError>
#include <QSqlQuery>

namespace Govscope::Models {

namespace {

Result<QList<TriageNote>> notesOf(QSqlDatabase &db, qint64 id)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT at, who, note FROM triage_notes WHERE finding = ? ORDER BY id"_qs);
    q.addBindValue(id);
    if (!q.exec())
        return makeError(q.lastError().text());
    QList<TriageNote> notes;
    while (q.next())
        notes.append(TriageNote{QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs), q.value(1).toString(),
                                q.value(2).toString()});
    return notes;
}

} // namespace

Result<FindingDetails> loadFindingDetails(QSqlDatabase &db, qint64 id)
{
    FindingDetails details;
    auto finding = FindingRepository::byId(db, id);
    if (!finding)
        return finding.error();
    details.finding = std::move(*finding);
    auto history = FindingRepository::history(db, id);
    if (!history)
        return history.error();
    details.history = std::move(*history);
    auto notes = notesOf(db, id);
    if (!notes)
        return notes.error();
    details.notes = std::move(*notes);
    for (const Evidence &e : details.finding.evidence) {
        if (e.blob.isEmpty() || !e.mime.startsWith(u"image/"_qs) || details.images.contains(e.blob))
            continue;
        auto bytes = BlobStore::get(db, e.blob);
        // A missing or oversized picture is not worth failing the pane for: its summary still shows.
        if (bytes && bytes->size() <= FindingDetails::kMaxImageBytes)
            details.images.insert(e.blob, *bytes);
    }
    return details;
}

} // namespace Govscope::Models
