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
    /// What identifies a home page's content whatever name it was fetched under: its title, SiteName and
    /// visible text with the names in @p names (the host asked for and the one answering) and digits
    /// (counters, today's date) taken out. One site served under two names (a .政务 alias beside the
    /// .gov.cn name) gives the same fingerprint. Empty for a page with too little text to tell.
    static QByteArray contentFingerprint(const Sdk::HtmlDocument &page, const QStringList &names);
    /// Fewer characters than this (after normalising) say nothing about which site a page is.
    static constexpr int MinFingerprintText = 40;
    /// stale_site: older than this many days is stale.
    static constexpr int StaleAfterDays = 14;
    static bool isStale(const QDate &newest, const QDate &today) { return newest.daysTo(today) > StaleAfterDays; }
};

} // namespace Govscope::Entity
