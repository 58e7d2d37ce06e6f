#include "cellparsing.h"

#include "table.h"

#include <QRegularExpression>
#include <QUrl>

#include <array>
#include <utility>

namespace Govscope::Models::Import {

namespace {

const QRegularExpression &listSeparators()
{
    static const QRegularExpression re(u"[;；\\s]+"_qs);
    return re;
}

bool isIpv4(const QString &host)
{
    static const QRegularExpression re(u"^(25[0-5]|2[0-4]\\d|1?\\d?\\d)(\\.(25[0-5]|2[0-4]\\d|1?\\d?\\d)){3}$"_qs);
    return re.match(host).hasMatch();
}

} // namespace

QStringList splitList(const QString &cell)
{
    return cell.split(listSeparators(), Qt::SkipEmptyParts);
}

std::optional<bool> parseBool(const QString &cell)
{
    const QString t = cell.trimmed().toLower();
    static const QStringList yes{u"是"_qs, u"yes"_qs, u"y"_qs, u"true"_qs, u"1"_qs};
    static const QStringList no{u""_qs, u"否"_qs, u"no"_qs, u"n"_qs, u"false"_qs, u"0"_qs};
    if (yes.contains(t))
        return true;
    if (no.contains(t))
        return false;
    return std::nullopt;
}

bool isHostName(const QString &host)
{
    if (isIpv4(host))
        return true;
    const QByteArray ace = QUrl::toAce(host);
    if (ace.isEmpty() || ace.size() > 253)
        return false;
    const QList<QByteArray> labels = ace.endsWith('.') ? ace.chopped(1).split('.') : ace.split('.');
    if (labels.size() < 2)
        return false;
    for (const QByteArray &label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith('-') || label.endsWith('-'))
            return false;
        for (const char c : label)
            if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-'))
                return false;
    }
    // The top-level label is never all digits (that would be a mistyped address).
    return !std::all_of(labels.last().cbegin(), labels.last().cend(), [](char c) { return std::isdigit(c); });
}

Result<QString> parseWebsite(const QString &text)
{
    const QString t = text.trimmed();
    const bool hasScheme = t.contains(u"://"_qs);
    const QUrl url(hasScheme ? t : u"http://"_qs + t, QUrl::StrictMode);
    if (!url.isValid() || (url.scheme() != u"http"_qs && url.scheme() != u"https"_qs) || !isHostName(url.host()))
        return makeError(ImportText::tr("'%1' is not a website; write a host such as www.example.gov.cn or a URL "
                                        "such as https://www.example.gov.cn/")
                             .arg(t));
    return t;
}

Result<QString> parseMailDomain(const QString &text)
{
    QString t = text.trimmed().toLower();
    if (t.startsWith(u'@'))
        t.remove(0, 1);
    if (!isHostName(t) || isIpv4(t))
        return makeError(ImportText::tr("'%1' is not a mail domain; write the part after @, such as example.gov.cn")
                             .arg(text.trimmed()));
    return t;
}

Result<QString> parseUrl(const QString &text)
{
    const QString t = text.trimmed();
    const QString withScheme = t.contains(u"://"_qs) ? t : u"http://"_qs + t;
    const QUrl url(withScheme, QUrl::StrictMode);
    if (t.isEmpty() || !url.isValid() || (url.scheme() != u"http"_qs && url.scheme() != u"https"_qs) ||
        !isHostName(url.host()))
        return makeError(
            ImportText::tr("'%1' is not a web address; write a URL such as https://www.example.com/page").arg(t));
    return withScheme;
}

Result<QString> parseSha256(const QString &text)
{
    QString hex = text.trimmed().toLower();
    hex.remove(QRegularExpression(u"[:\\s]"_qs));
    static const QRegularExpression re(u"^[0-9a-f]{64}$"_qs);
    if (!re.match(hex).hasMatch())
        return makeError(ImportText::tr("'%1' is not a SHA-256 fingerprint; write the 64 hexadecimal digits of the "
                                        "signing certificate's SHA-256")
                             .arg(text.trimmed()));
    return hex;
}

bool isRegionCode(const QString &text)
{
    static const QRegularExpression re(u"^\\d{6}$"_qs);
    return re.match(text).hasMatch();
}

std::optional<QString> platformFrom(const QString &text)
{
    static const auto kPlatforms = std::to_array<std::pair<const char16_t *, const char16_t *>>({
        {u"wechat_mp", u"微信公众号|公众号"},
        {u"wechat_mini", u"微信小程序"},
        {u"wechat_channels", u"微信视频号|视频号"},
        {u"alipay_mini", u"支付宝小程序"},
        {u"baidu_mini", u"百度小程序"},
        {u"douyin", u"抖音"},
        {u"kuaishou", u"快手"},
        {u"toutiao", u"今日头条|头条号|头条"},
        {u"weibo", u"微博|新浪微博"},
        {u"bilibili", u"哔哩哔哩|b站"},
    });
    const QString t = text.trimmed().toLower();
    for (const auto &[id, names] : kPlatforms)
        if (t == QStringView(id) || QString::fromUtf16(names).split(u'|').contains(t))
            return QString::fromUtf16(id);
    // Other platforms are allowed by their id, written like the known ones.
    static const QRegularExpression re(u"^[a-z][a-z0-9_]{1,31}$"_qs);
    if (re.match(t).hasMatch())
        return t;
    return std::nullopt;
}

} // namespace Govscope::Models::Import
