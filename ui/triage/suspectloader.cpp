#include "suspectloader.h"

#include "findingrepository.h"
#include "scanrepository.h"

namespace Govscope::Ui::Triage {

Result<QList<Suspect>> SuspectLoader::load(QSqlDatabase &db)
{
    // "New since the last scan": first seen at or after the start of the most recent scan that ran the
    // counterfeit family (a later mail-only scan does not make every suspect old).
    auto scans = Models::ScanRepository::all(db);
    if (!scans)
        return scans.error();
    QDateTime latest;
    for (const Models::Scan &scan : *scans) {
        const bool counterfeit = scan.families.isEmpty() || scan.families.contains(u"counterfeit"_qs);
        if (counterfeit && scan.startedAt.isValid() && (!latest.isValid() || scan.startedAt > latest))
            latest = scan.startedAt;
    }

    Models::FindingFilter filter;
    filter.family = u"counterfeit"_qs;
    auto findings = Models::FindingRepository::find(db, filter, 0, -1, true);
    if (!findings)
        return findings.error();
    QList<Suspect> suspects;
    for (const Models::Finding &f : std::as_const(*findings))
        if (SuspectReader::isSiteCheck(f.check) && f.status != Models::FindingStatus::Fixed)
            suspects << SuspectReader::fromFinding(f, latest);
    SuspectReader::rank(suspects);
    return suspects;
}

} // namespace Govscope::Ui::Triage
