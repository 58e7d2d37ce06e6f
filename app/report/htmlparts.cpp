#include "htmlparts.h"

#include "checkcatalogue.h"

namespace Govscope::Report::Html {

QString severityLabel(Models::Severity severity, Language language)
{
    if (language == Language::Chinese)
        return Models::chineseLabel(severity);
    QString id = Models::toId(severity);
    id[0] = id[0].toUpper();
    return id;
}

QString severityClass(Models::Severity severity)
{
    return u"sev-"_qs + Models::toId(severity);
}

QString statusLabel(Models::FindingStatus status, Language language)
{
    const Phrase p{language};
    switch (status) {
    case Models::FindingStatus::Open:
        return p(u"open"_qs, u"未整改"_qs);
    case Models::FindingStatus::Confirmed:
        return p(u"confirmed"_qs, u"已确认"_qs);
    case Models::FindingStatus::FalsePositive:
        return p(u"false positive"_qs, u"误报"_qs);
    case Models::FindingStatus::Fixed:
        return p(u"fixed"_qs, u"已整改"_qs);
    case Models::FindingStatus::Reopened:
        return p(u"reopened"_qs, u"重新出现"_qs);
    }
    return {};
}

QString familyName(const QString &family, Language language)
{
    const QString name = language == Language::English ? Models::CheckCatalogue::familyNameEn(family)
                                                       : Models::CheckCatalogue::familyNameZh(family);
    return name.isEmpty() ? family : name;
}

QString assetTypeLabel(Models::AssetType type, Language language)
{
    const Phrase p{language};
    switch (type) {
    case Models::AssetType::Website:
        return p(u"Websites"_qs, u"网站"_qs);
    case Models::AssetType::Host:
        return p(u"Hosts"_qs, u"主机"_qs);
    case Models::AssetType::MailDomain:
        return p(u"Mail domains"_qs, u"邮件域名"_qs);
    case Models::AssetType::MailHost:
        return p(u"Mail hosts"_qs, u"邮件服务器"_qs);
    case Models::AssetType::App:
        return p(u"Mobile apps"_qs, u"移动应用"_qs);
    case Models::AssetType::Account:
        return p(u"Public accounts"_qs, u"公众账号"_qs);
    }
    return {};
}

QString orgKindLabel(Models::OrgKind kind, Language language)
{
    if (language == Language::Chinese)
        return Models::chineseLabel(kind);
    switch (kind) {
    case Models::OrgKind::PartyGov:
        return u"Party or government body"_qs;
    case Models::OrgKind::Institution:
        return u"Public institution"_qs;
    case Models::OrgKind::Enterprise:
        return u"Enterprise"_qs;
    case Models::OrgKind::Other:
        break;
    }
    return u"Other"_qs;
}

QString orgLevelLabel(Models::OrgLevel level, Language language)
{
    if (level == Models::OrgLevel::Unknown)
        return language == Language::English ? u"not given"_qs : u"未填写"_qs;
    if (language == Language::Chinese)
        return Models::chineseLabel(level);
    QString id = Models::toId(level);
    id[0] = id[0].toUpper();
    return id;
}

QString dateText(const QDateTime &when, Language language)
{
    if (!when.isValid())
        return language == Language::English ? u"—"_qs : u"—"_qs;
    const QDateTime local = when.toLocalTime();
    return language == Language::English ? local.toString(u"d MMM yyyy"_qs) : local.toString(u"yyyy年M月d日"_qs);
}

QString dateTimeText(const QDateTime &when, Language language)
{
    if (!when.isValid())
        return u"—"_qs;
    return when.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_qs);
}

QString row(const QString &label, const QString &valueHtml)
{
    return u"<tr><th class=\"label\">%1</th><td>%2</td></tr>\n"_qs.arg(esc(label), valueHtml);
}

} // namespace Govscope::Report::Html
