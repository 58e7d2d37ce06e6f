#pragma once

#include "htmldocument.h"
#include "newsdates.h"
#include "types.h"

namespace Govscope::Entity {

/// Pure rules of spec/checks.md §10 over pages already fetched.
class SiteRules final
{
public:
    /// entity.county_department_site / entity.township_site apply to this org: the id of the
    /// check, or empty when neither does.
    static QString ownSiteCheck(const Models::Organization &org);
    /// The page presents itself as the org's site: its <title> or <meta name="SiteName"> names the
    /// org (contains its full name; or a SiteName that is contained in the name, e.g. an
    /// abbreviation-free site name).
    static bool namesOrg(const Sdk::HtmlDocument &page, const Models::Organization &org);
    /// stale_site: older than this many days is stale.
    static constexpr int StaleAfterDays = 14;
    static bool isStale(const QDate &newest, const QDate &today) { return newest.daysTo(today) > StaleAfterDays; }
};

} // namespace Govscope::Entity
