#include "siterules.h"

namespace Govscope::Entity {

QString SiteRules::ownSiteCheck(const Models::Organization &org)
{
    if (org.level == Models::OrgLevel::Township)
        return u"entity.township_site"_qs;
    if (org.level == Models::OrgLevel::County && org.role == Models::OrgRole::Department)
        return u"entity.county_department_site"_qs;
    return {};
}

bool SiteRules::namesOrg(const Sdk::HtmlDocument &page, const Models::Organization &org)
{
    const QString name = org.name.simplified();
    if (name.isEmpty())
        return false;
    const QString title = page.title().simplified();
    const QString siteName = page.meta(u"SiteName"_qs).simplified();
    if (title.contains(name) || siteName.contains(name))
        return true;
    // a SiteName shorter than the org name but naming it (e.g. without the parent prefix)
    return siteName.size() >= 6 && name.endsWith(siteName);
}

} // namespace Govscope::Entity
