#pragma once

#include <QString>
#include <QStringList>

namespace Govscope::Identifier {

/// The 网站标识码 as a page shows it in its three usual places.
struct SiteCodes
{
    QString footer;              ///< after "网站标识码" in the visible text
    QString meta;                ///< <meta name="SiteIDCode">
    QString jiucuo;              ///< sitecode of the _jiucuo_ (纠错) script
    QStringList present() const; ///< "footer 9900000001", … for each place that shows one
    QStringList distinct() const;
};

namespace PageMarks {

/// Reads the site codes from raw HTML, its visible text and its SiteIDCode meta.
SiteCodes siteCodes(const QString &html, const QString &visibleText, const QString &metaCode);
/// A 网站标识码 is 10 digits (6-digit region code + 4) or "bm" + 8 digits.
bool isWellFormed(const QString &code);
/// Why the codes fail identifier.site_code_missing for an org of region @p orgRegion (6 digits;
/// empty skips the region rule), or an empty string when they pass.
QString siteCodeProblem(const SiteCodes &codes, const QString &orgRegion);
/// The ICP filing number shown in @p visibleText (…ICP备…号 or …ICP证…号), empty when none.
QString icpNumber(const QString &visibleText);

} // namespace PageMarks

} // namespace Govscope::Identifier
