#include "catalogueinfo.h"

#include "checkcatalogue.h"
#include "findingtext.h"

namespace Govscope::Sdk {

QList<CheckInfo> catalogueChecks(const QString &family)
{
    QList<CheckInfo> out;
    for (const Models::CheckMeta &m : Models::CheckCatalogue::ofFamily(family))
        out.append(CheckInfo{m.id, m.severity, m.titleEn, m.legalBasis, m.adviceEn, m.authorisedOnly});
    return out;
}

Models::NewFinding makeFinding(const Models::Organization &org, const QString &checkId, const QString &target,
                               const QString &title)
{
    Models::NewFinding f;
    f.org = org.id;
    f.check = checkId;
    f.family = checkId.section(u'.', 0, 0);
    f.target = target;
    f.title = title;
    const Models::CheckMeta *meta = Models::CheckCatalogue::find(checkId);
    Q_ASSERT_X(meta, "makeFinding", "check id missing from resources/checks/catalogue.json");
    f.severity = meta ? meta->severity : Models::Severity::Info;
    return f;
}

Models::NewFinding makeFinding(const Models::Organization &org, const QString &checkId, const QString &target,
                               const Models::Message &title)
{
    // The English rendering too, for whoever reads the finding before it is stored (tests, logs).
    Models::NewFinding f = makeFinding(org, checkId, target, Models::FindingText::render(title, u"en"_qs));
    f.titleText = title;
    return f;
}

} // namespace Govscope::Sdk
