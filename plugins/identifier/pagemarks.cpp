#include "pagemarks.h"

#include "pagetext.h"

#include <QObject>
#include <QRegularExpression>

namespace Govscope::Identifier {

namespace {

// All rules run on PageText::foldWidth() text: "：" is ":" and "－" is "-" there, so one pattern
// covers both widths, and a match's offsets are those of the original text quoted in evidence.

// The token after the label is read whole (digits, and the x/* of placeholders) so that a 12-digit
// number or "500xxxxxxx" is seen as what it is instead of being cut to a plausible 10 digits.
const QRegularExpression kFooter(uR"((?:政府)?(?:网站)?标识码\s?:?\s?([A-Za-z]{0,2}[0-9Xx*]+))"_qs);
const QRegularExpression kJiucuoTag(uR"(<script\b[^>]*_jiucuo_[^>]*>)"_qs, QRegularExpression::CaseInsensitiveOption);
const QRegularExpression kSitecodeAttr(uR"(sitecode\s*=\s*["']?([A-Za-z0-9]+))"_qs,
                                       QRegularExpression::CaseInsensitiveOption);
const QRegularExpression kWellFormed(uR"(^(?:[0-9]{10}|bm[0-9]{8})$)"_qs, QRegularExpression::CaseInsensitiveOption);

// 公安 filing numbers (公安机关备案号), read first so that their "备案号" is never an ICP label.
const QRegularExpression kPublicSecurity(
    uR"((?:[\x{4e00}-\x{9fff}] ?)?(?:公网安备|公安机关备案|公安备|公网安)(?:案)?(?:编号|序号|号)? ?:? ?[0-9]{10,15}(?: ?号)?)"_qs);
// The filing number itself: a province character, ICP备/ICP证, the number, 号, a "-N" site suffix.
const QRegularExpression
    kIcp(uR"((?:[\x{4e00}-\x{9fff}] ?)?ICP ?[备證证] ?:? ?[0-9]{4,14}(?: ?号)?(?: ?- ?[0-9]{1,3}(?![0-9]))?)"_qs,
         QRegularExpression::CaseInsensitiveOption);
// Labels that introduce the number in other words: the number may then be a bare one (…号) or the
// 增值电信 licence form (京B2-20090059).
const QRegularExpression kIcpLabelled(
    uR"((?:备案序号|ICP备案编号|ICP备案号|备案证编号|备案编号|ICP证) ?:? ?(?:[\x{4e00}-\x{9fff}][A-Z][0-9]-[0-9]{6,8}(?:-[0-9]{1,3})?|[0-9]{6,14} ?号(?: ?- ?[0-9]{1,3}(?![0-9]))?))"_qs,
    QRegularExpression::CaseInsensitiveOption);

bool isPlaceholder(const QString &code)
{
    const QString digits = code.right(code.size() >= 10 && code.at(0).isDigit() ? 10 : 8);
    if (digits.count(digits.at(0)) == digits.size())
        return true; // 0000000000, bm00000000
    if (digits == u"1234567890"_qs || digits == u"0123456789"_qs || digits == u"12345678"_qs)
        return true;
    return code.size() == 10 && code.startsWith(u"000000"_qs);
}

QString quote(const QString &text, const QRegularExpressionMatch &m)
{
    return text.mid(m.capturedStart(), m.capturedLength()).simplified();
}

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

SiteCodes siteCodes(const QString &markup, const QString &readerText, const QString &metaCode)
{
    SiteCodes codes;
    const QString folded = PageText::foldWidth(readerText);
    if (const QRegularExpressionMatch m = kFooter.match(folded); m.hasMatch()) {
        codes.footer = m.captured(1);
        codes.footerQuote = quote(readerText, m);
    }
    codes.meta = metaCode.trimmed();
    const QRegularExpressionMatch tag = kJiucuoTag.match(markup);
    if (tag.hasMatch())
        codes.jiucuo = kSitecodeAttr.match(tag.captured(0)).captured(1);
    return codes;
}

bool isWellFormed(const QString &code)
{
    return kWellFormed.match(code).hasMatch() && !isPlaceholder(code);
}

QString siteCodeProblem(const SiteCodes &codes, const QString &orgRegion)
{
    const QStringList distinct = codes.distinct();
    if (distinct.isEmpty())
        return QObject::tr("no 网站标识码 in the footer, the SiteIDCode meta or the _jiucuo_ script");
    const std::pair<QString, QString> places[] = {{QObject::tr("the footer"), codes.footer},
                                                  {QObject::tr("the SiteIDCode meta"), codes.meta},
                                                  {QObject::tr("the _jiucuo_ script"), codes.jiucuo}};
    for (const auto &[place, code] : places)
        if (!code.isEmpty() && !isWellFormed(code))
            return QObject::tr("%1 shows %2, which is not a 网站标识码 (10 digits, or bm + 8 digits, not a "
                               "placeholder)")
                .arg(place, code);
    if (distinct.size() > 1)
        return QObject::tr("the site codes disagree: %1").arg(codes.present().join(u", "_qs));
    const QString code = distinct.first();
    if (code.size() == 10 && code.at(0).isDigit() && orgRegion.size() == 6 && !code.startsWith(orgRegion))
        return QObject::tr("site code %1 has region prefix %2, but the org's region is %3")
            .arg(code, code.left(6), orgRegion);
    return {};
}

QString publicSecurityNumber(const QString &readerText)
{
    const QString folded = PageText::foldWidth(readerText);
    const QRegularExpressionMatch m = kPublicSecurity.match(folded);
    return m.hasMatch() ? quote(readerText, m) : QString();
}

QString icpNumber(const QString &readerText)
{
    QString folded = PageText::foldWidth(readerText);
    for (auto it = kPublicSecurity.globalMatch(folded); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        folded.replace(m.capturedStart(), m.capturedLength(), QString(m.capturedLength(), u' '));
    }
    for (const QRegularExpression *re : {&kIcp, &kIcpLabelled})
        if (const QRegularExpressionMatch m = re->match(folded); m.hasMatch())
            return quote(readerText, m);
    return {};
}

} // namespace PageMarks

} // namespace Govscope::Identifier
