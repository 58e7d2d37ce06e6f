#include "legalbasis.h"

#include <QHash>
#include <QRegularExpression>

namespace Govscope::Report {

namespace {

const QHash<QString, QString> &knownTitles()
{
    static const QHash<QString, QString> titles{
        {u"互联网政务应用安全管理规定"_qs,
         u"Regulations on the Security Management of Internet Government Applications"_qs},
        {u"非经营性互联网信息服务备案管理办法"_qs,
         u"Measures for the Record-Filing of Non-Commercial Internet Information Services"_qs},
        {u"政府网站发展指引"_qs, u"Guidelines for the Development of Government Websites"_qs},
        {u"云计算服务安全评估办法"_qs, u"Measures for the Security Assessment of Cloud Computing Services"_qs},
        {u"中华人民共和国数据安全法"_qs, u"Data Security Law of the PRC"_qs},
        {u"中华人民共和国网络安全法"_qs, u"Cybersecurity Law of the PRC"_qs},
        {u"中华人民共和国个人信息保护法"_qs, u"Personal Information Protection Law of the PRC"_qs},
        {u"党政机关网站开办审核、资格复核和网站标识管理办法"_qs,
         u"Measures for the Opening Review, Qualification Recheck and Identifier Management of Party and Government "
         "Websites"_qs},
        {u"国务院办公厅关于加强政府网站域名管理的通知"_qs,
         u"Notice of the General Office of the State Council on Strengthening the Management of Government Website "
         "Domain Names"_qs},
    };
    return titles;
}

const QHash<QString, QString> &documentPrefixes()
{
    static const QHash<QString, QString> prefixes{{u"国办发"_qs, u"Guobanfa"_qs}, {u"国办函"_qs, u"Guobanhan"_qs}};
    return prefixes;
}

QString oneCitation(const QString &part)
{
    static const QRegularExpression title(u"《([^》]+)》"_qs);
    static const QRegularExpression article(u"第([零一二三四五六七八九十]+)条"_qs);
    static const QRegularExpression chapter(u"第([零一二三四五六七八九十]+)章"_qs);
    static const QRegularExpression docNumber(u"([\\x{4e00}-\\x{9fff}]+)〔(\\d{4})〕(\\d+)号"_qs);
    static const QRegularExpression reference(u"（参照）"_qs);

    static const QHash<QString, QString> untitled{
        {u"全国政府网站普查评分表（单项否决：首页不更新）"_qs,
         u"National government website census scoring table (single veto item: home page not updated)"_qs}};
    if (untitled.contains(part))
        return untitled.value(part);
    const auto t = title.match(part);
    if (!t.hasMatch() || !knownTitles().contains(t.captured(1)))
        return part;
    QString english = knownTitles().value(t.captured(1));
    if (const auto c = chapter.match(part, t.capturedEnd()); c.hasMatch())
        english += u", Chapter %1"_qs.arg(chineseNumber(c.captured(1)));
    if (const auto a = article.match(part, t.capturedEnd()); a.hasMatch())
        english += u", Article %1"_qs.arg(chineseNumber(a.captured(1)));
    if (const auto d = docNumber.match(part); d.hasMatch() && documentPrefixes().contains(d.captured(1)))
        english += u" (%1 [%2] No. %3)"_qs.arg(documentPrefixes().value(d.captured(1)), d.captured(2), d.captured(3));
    if (reference.match(part).hasMatch())
        english += u" (by reference)"_qs;
    return english;
}

} // namespace

int chineseNumber(const QString &text)
{
    static const QString digits = u"零一二三四五六七八九"_qs;
    if (text.isEmpty())
        return 0;
    const qsizetype ten = text.indexOf(u'十');
    if (ten < 0)
        return text.size() == 1 ? int(std::max<qsizetype>(0, digits.indexOf(text.at(0)))) : 0;
    const int tens = ten == 0 ? 1 : int(digits.indexOf(text.at(0)));
    const int units = ten + 1 < text.size() ? int(digits.indexOf(text.at(ten + 1))) : 0;
    return tens < 0 || units < 0 ? 0 : tens * 10 + units;
}

QString legalBasisInEnglish(const QString &citation)
{
    QStringList parts;
    for (const QString &part : citation.split(u'；', Qt::SkipEmptyParts))
        parts << oneCitation(part.trimmed());
    return parts.join(u"; "_qs);
}

} // namespace Govscope::Report
