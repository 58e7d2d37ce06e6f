#include "headermap.h"

#include <QRegularExpression>

#include <array>

namespace Govscope::Models::Import {

namespace {

constexpr unsigned kOrgs = 1u << unsigned(ListKind::Orgs);
constexpr unsigned kApps = 1u << unsigned(ListKind::Apps);
constexpr unsigned kAccounts = 1u << unsigned(ListKind::Accounts);
constexpr unsigned kLeads = 1u << unsigned(ListKind::Leads);
constexpr unsigned kCatalogues = kApps | kAccounts | kLeads;

struct Alias
{
    Field field;
    unsigned kinds;
    const char16_t *names; // '|'-separated; the first is the English id
};

// The same word can mean different fields in different lists: 账号 is the accounts column of an org list
// and the account id of an accounts list.
const auto kAliases = std::to_array<Alias>({
    {Field::Id, kOrgs, u"id|编号|单位编号|机构编号|单位代码"},
    {Field::Name, kOrgs | kApps | kAccounts, u"name|名称|单位名称|机构名称|应用名称|账号名称"},
    {Field::Kind, kOrgs, u"kind|类型|单位类型|机构类型|单位性质"},
    {Field::Level, kOrgs, u"level|层级|级别|行政级别"},
    {Field::Role, kOrgs, u"role|角色"},
    {Field::Region, kOrgs, u"region|行政区划代码|区划代码|行政区划"},
    {Field::Parent, kOrgs, u"parent|上级编号|上级单位编号|上级"},
    {Field::Websites, kOrgs, u"websites|website|网站|网站地址|门户网站"},
    {Field::MailDomains, kOrgs, u"mail_domains|mail_domain|邮件域名|邮箱域名"},
    {Field::Webmail, kOrgs, u"webmail|webmail_url|webmail地址|邮箱网址|邮箱登录地址"},
    {Field::Apps, kOrgs, u"apps|app|移动应用|应用|官方应用"},
    {Field::Accounts, kOrgs, u"accounts|账号|新媒体账号|公众号|小程序"},
    {Field::Authorized, kOrgs, u"authorized|authorised|授权主动检测|授权|是否授权"},
    {Field::Store, kApps, u"store|应用商店|商店|应用市场"},
    {Field::Developer, kApps, u"developer|开发者|开发商"},
    {Field::Package, kApps, u"package|包名|应用包名"},
    {Field::Version, kApps, u"version|版本|版本号"},
    {Field::SignerSha256, kApps, u"signer_sha256|signer|签名|签名sha256|签名证书sha256|证书sha256"},
    {Field::Icon, kApps, u"icon|图标"},
    {Field::Apk, kApps, u"apk|安装包|apk路径|apk文件"},
    {Field::Official, kApps | kAccounts, u"official|官方|是否官方"},
    {Field::Org, kCatalogues, u"org|所属单位|所属单位编号|单位|单位编号"},
    {Field::Platform, kAccounts, u"platform|平台"},
    {Field::AccountId, kAccounts, u"account_id|账号id|原始id|账号"},
    {Field::Operator, kAccounts, u"operator|运营主体|运营者|运营单位"},
    {Field::Url, kLeads, u"url|网址|链接|地址"},
    {Field::Source, kLeads, u"source|来源"},
    {Field::Note, kLeads, u"note|备注|说明"},
});

QString normalized(QString text)
{
    text = text.trimmed();
    // Templates often annotate headers: "网站（多个用分号分隔）", "编号*".
    const int bracket = int(text.indexOf(QRegularExpression(u"[(（\\[【]"_qs)));
    if (bracket > 0)
        text = text.left(bracket);
    text = text.trimmed();
    while (text.endsWith(u'*') || text.endsWith(u'＊'))
        text.chop(1);
    text = text.trimmed().toLower();
    text.replace(QRegularExpression(u"[\\s\\-]+"_qs), u"_"_qs);
    return text;
}

QStringList namesOf(const Alias &a)
{
    return QString::fromUtf16(a.names).split(u'|');
}

QString expectedColumns(ListKind kind)
{
    switch (kind) {
    case ListKind::Orgs:
        return u"id (编号), name (名称), kind (类型)"_qs;
    case ListKind::Apps:
        return u"name (名称), package (包名) or apk"_qs;
    case ListKind::Accounts:
        return u"platform (平台), name (名称)"_qs;
    case ListKind::Leads:
        return u"url (网址)"_qs;
    }
    return {};
}

} // namespace

QString fieldName(Field field)
{
    for (const Alias &a : kAliases)
        if (a.field == field)
            return namesOf(a).first();
    return {};
}

std::optional<Field> ColumnMap::fieldOf(const QString &headerCell, ListKind kind)
{
    const QString key = normalized(headerCell);
    if (key.isEmpty())
        return std::nullopt;
    const unsigned bit = 1u << unsigned(kind);
    for (const Alias &a : kAliases)
        if ((a.kinds & bit) && namesOf(a).contains(key))
            return a.field;
    return std::nullopt;
}

std::optional<ListKind> ColumnMap::detectKind(const QStringList &header)
{
    auto fields = [&](ListKind kind) {
        QSet<Field> set;
        for (const QString &h : header)
            if (auto f = fieldOf(h, kind))
                set.insert(*f);
        return set;
    };
    const auto orgs = fields(ListKind::Orgs);
    if (orgs.contains(Field::Id) && orgs.contains(Field::Name) && orgs.contains(Field::Kind))
        return ListKind::Orgs;
    const auto apps = fields(ListKind::Apps);
    if (apps.contains(Field::Package) || apps.contains(Field::SignerSha256) || apps.contains(Field::Apk) ||
        apps.contains(Field::Store))
        return ListKind::Apps;
    const auto accounts = fields(ListKind::Accounts);
    if (accounts.contains(Field::Platform) &&
        (accounts.contains(Field::AccountId) || accounts.contains(Field::Operator)))
        return ListKind::Accounts;
    if (fields(ListKind::Leads).contains(Field::Url))
        return ListKind::Leads;
    return std::nullopt;
}

Result<ColumnMap> ColumnMap::build(const Table &table, ListKind kind, const QString &fileName)
{
    ColumnMap map;
    map.m_headerSize = int(table.header.size());
    for (int i = 0; i < table.header.size(); ++i) {
        const auto field = fieldOf(table.header.at(i), kind);
        if (!field)
            continue; // columns of the auditor's own (remarks, contact person) are allowed and ignored
        if (map.m_columns.contains(*field))
            return makeError(ImportText::tr("%1:%2: columns '%3' and '%4' both mean '%5'; keep one of them.")
                                 .arg(fileName)
                                 .arg(table.headerLine)
                                 .arg(map.m_headers.value(*field), table.header.at(i).trimmed(), fieldName(*field)));
        map.m_columns.insert(*field, i);
        map.m_headers.insert(*field, table.header.at(i).trimmed());
    }
    bool complete = true;
    switch (kind) {
    case ListKind::Orgs:
        complete = map.has(Field::Id) && map.has(Field::Name) && map.has(Field::Kind);
        break;
    case ListKind::Apps:
        complete = map.has(Field::Name) || map.has(Field::Package) || map.has(Field::Apk);
        break;
    case ListKind::Accounts:
        complete = map.has(Field::Platform) && map.has(Field::Name);
        break;
    case ListKind::Leads:
        complete = map.has(Field::Url);
        break;
    }
    if (!complete)
        return makeError(ImportText::tr("%1:%2: a list of %3 needs the columns %4; the header row has: %5.")
                             .arg(fileName)
                             .arg(table.headerLine)
                             .arg(toId(kind), expectedColumns(kind), table.header.join(u", "_qs)));
    return map;
}

QString ColumnMap::value(const TableRow &row, Field field) const
{
    // Never a null string: Qt binds a null QString as SQL NULL, which the case's NOT NULL columns refuse.
    const int column = m_columns.value(field, -1);
    const QString text = column < 0 ? QString() : row.cells.value(column).trimmed();
    return text.isNull() ? u""_qs : text;
}

QString ColumnMap::headerOf(Field field) const
{
    return m_headers.value(field, fieldName(field));
}

} // namespace Govscope::Models::Import
