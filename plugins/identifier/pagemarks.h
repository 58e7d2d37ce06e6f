#pragma once

#include <QString>
#include <QStringList>

namespace Govscope::Identifier {

/// The 网站标识码 as a page shows it in its three usual places.
struct SiteCodes
{
    QString footer; ///< the code after "网站标识码"/"政府网站标识码"/"标识码" in the text a reader sees
    QString meta;   ///< <meta name="SiteIDCode">
    QString jiucuo; ///< sitecode of the _jiucuo_ (纠错) script
    QString footerQuote;         ///< the footer text the code was read from, for evidence
    QStringList present() const; ///< "footer 9900000001", … for each place that shows one
    QStringList distinct() const;
};

namespace PageMarks {

/// Reads the site codes: the footer from @p readerText (PageText::readerText of the page and of what
/// its scripts write), the jiucuo script from @p markup (comments removed, written markup included),
/// and @p metaCode. Whatever follows a label is read whole: a 12-digit number is not cut to 10.
SiteCodes siteCodes(const QString &markup, const QString &readerText, const QString &metaCode);
/// A 网站标识码 is 10 digits (6-digit region code + 4) or "bm" + 8 digits, and not a placeholder
/// (one digit repeated, 1234567890, region 000000, or x/* in place of digits).
bool isWellFormed(const QString &code);
/// Why the codes fail identifier.site_code_missing for an org of region @p orgRegion (6 digits;
/// empty skips the region rule), or an empty string when they pass.
QString siteCodeProblem(const SiteCodes &codes, const QString &orgRegion);
/// The ICP filing number shown in @p readerText as written there (…ICP备…号, …ICP证…号, with a
/// space, a "-1"/"－1" suffix, or after 备案序号/ICP备案编号/ICP证/备案证编号), empty when none. A
/// 公安 filing number is never taken for one.
QString icpNumber(const QString &readerText);
/// The 公安 (public security) filing number shown in @p readerText (…公网安备…号, 公安备, 公网安,
/// 公安机关备案号：…), empty when none.
QString publicSecurityNumber(const QString &readerText);

} // namespace PageMarks

} // namespace Govscope::Identifier
