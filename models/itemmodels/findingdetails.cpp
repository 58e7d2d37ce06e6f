#include "findingdetails.h"

#include "blobstore.h"
#include "findingrepository.h"

namespace Govscope::Models {

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
    auto notes = FindingRepository::notes(db, id);
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
