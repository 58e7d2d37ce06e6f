#include "pagemarks.h"

#include <QObject>
#include <QRegularExpression>

namespace Govscope::Identifier {

namespace {

const QRegularExpression kFooter(uR"(网站标识码\s*[:：]?\s*([A-Za-z]{0,2}[0-9]{8,10}))"_qs);
const QRegularExpression kJiucuoTag(uR"(<script\b[^>]*_jiucuo_[^>]*>)"_qs, QRegularExpression::CaseInsensitiveOption);
const QRegularExpression kSitecodeAttr(uR"(sitecode\s*=\s*["']?([A-Za-z0-9]+))"_qs,
                                       QRegularExpression::CaseInsensitiveOption);
const QRegularExpression kWellFormed(uR"(^(?:[0-9]{10}|bm[0-9]{8})$)"_qs, QRegularExpression::CaseInsensitiveOption);
const QRegularExpression kIcp(uR"([\x{4e00}-\x{9fff}]{0,2}\s*ICP\s*[备证]\s*[0-9]{4,12}\s*号(?:\s*-\s*[0-9]+)?)"_qs,
                              QRegularExpression::CaseInsensitiveOption);

} // namespace

QStringList SiteCodes::present() const
{
    QStringList out;
    if (!footer.isEmpty())
        out << u"footer "_qs + footer;
    if (!meta.isEmpty())
        out << u"meta SiteIDCode "_qs + meta;
    if (!jiucuo.isEmpty())
        out << u"_jiucuo_ sitecode "_qs + jiucuo;
    return out;
}

QStringList SiteCodes::distinct() const
{
    QStringList out;
    for (const QString &c : {footer, meta, jiucuo})
        if (!c.isEmpty() && !out.contains(c, Qt::CaseInsensitive))
            out << c;
    return out;
}

namespace PageMarks {

SiteCodes siteCodes(const QString &html, const QString &visibleText, const QString &metaCode)
{
    SiteCodes codes;
    codes.footer = kFooter.match(visibleText).captured(1);
    codes.meta = metaCode.trimmed();
    const QRegularExpressionMatch tag = kJiucuoTag.match(html);
    if (tag.hasMatch())
        codes.jiucuo = kSitecodeAttr.match(tag.captured(0)).captured(1);
    return codes;
}

bool isWellFormed(const QString &code)
{
    return kWellFormed.match(code).hasMatch();
}

QString siteCodeProblem(const SiteCodes &codes, const QString &orgRegion)
{
    const QStringList distinct = codes.distinct();
    if (distinct.isEmpty())
        return QObject::tr("no 网站标识码 in the footer, the SiteIDCode meta or the _jiucuo_ script");
    if (distinct.size() > 1)
        return QObject::tr("the site codes disagree: %1").arg(codes.present().join(u", "_qs));
    const QString code = distinct.first();
    if (!isWellFormed(code))
        return QObject::tr("%1 is not a 网站标识码 (10 digits, or bm + 8 digits)").arg(code);
    if (code.size() == 10 && code.at(0).isDigit() && orgRegion.size() == 6 && !code.startsWith(orgRegion))
        return QObject::tr("site code %1 has region prefix %2, but the org's region is %3")
            .arg(code, code.left(6), orgRegion);
    return {};
}

QString icpNumber(const QString &visibleText)
{
    return kIcp.match(visibleText).captured(0).simplified();
}

} // namespace PageMarks

} // namespace Govscope::Identifier
