#include "rowreaders.h"

#include "apkreader.h"
#include "blobstore.h"
#include "cellparsing.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QRegularExpression>

namespace Govscope::Models::Import {

namespace {

constexpr qint64 kMaxIconBytes = 2LL * 1024 * 1024;

} // namespace

Status RowReader::checkShape(const TableRow &row) const
{
    if (!row.problem.isEmpty())
        return makeError(row.problem);
    for (int i = m_map.columnCount(); i < row.cells.size(); ++i)
        if (!row.cells.at(i).trimmed().isEmpty())
            return makeError(ImportText::tr("the row has %1 cells but the header has %2 columns; put cells that "
                                            "contain a comma in double quotes")
                                 .arg(row.cells.size())
                                 .arg(m_map.columnCount()));
    return Done{};
}

Error RowReader::columnError(Field field, const QString &message) const
{
    return makeError(ImportText::tr("column '%1': %2").arg(m_map.headerOf(field), message));
}

Result<bool> RowReader::flag(const TableRow &row, Field field) const
{
    const QString text = m_map.value(row, field);
    if (auto b = parseBool(text))
        return *b;
    return columnError(field, ImportText::tr("'%1' is not yes or no; write 是/否 or yes/no").arg(text));
}

QString RowReader::resolve(const QString &path) const
{
    return QDir::isAbsolutePath(path) ? path : QDir(m_baseDir).filePath(path);
}

Result<Organization> RowReader::org(const TableRow &row) const
{
    if (Status s = checkShape(row); !s)
        return s.error();
    Organization o;
    o.id = m_map.value(row, Field::Id);
    if (o.id.isEmpty())
        return columnError(Field::Id, ImportText::tr("the id is empty; give every organisation a unique id"));
    static const QRegularExpression badId(u"[\\s,;，；]"_qs);
    if (o.id.contains(badId))
        return columnError(Field::Id, ImportText::tr("'%1' contains a space, comma or semicolon; ids are single "
                                                     "words such as A013")
                                          .arg(o.id));
    o.name = m_map.value(row, Field::Name);
    if (o.name.isEmpty())
        return columnError(Field::Name, ImportText::tr("the name is empty; write the organisation's full name"));

    const QString kind = m_map.value(row, Field::Kind);
    const auto parsedKind = orgKindFrom(kind);
    if (kind.isEmpty())
        return columnError(Field::Kind, ImportText::tr("the kind is empty; write 党政机关, 事业单位, 企业 or 其他"));
    if (!parsedKind)
        return columnError(Field::Kind, ImportText::tr("'%1' is not a kind; write 党政机关, 事业单位, 企业 or 其他 "
                                                       "(party_gov, institution, enterprise, other)")
                                            .arg(kind));
    o.kind = *parsedKind;
    const QString level = m_map.value(row, Field::Level);
    const auto parsedLevel = orgLevelFrom(level);
    if (!parsedLevel)
        return columnError(Field::Level, ImportText::tr("'%1' is not a level; write 中央, 省级, 市级, 县级 or 乡镇 "
                                                        "(national, province, city, county, township)")
                                             .arg(level));
    o.level = *parsedLevel;
    const QString role = m_map.value(row, Field::Role);
    const auto parsedRole = orgRoleFrom(role);
    if (!parsedRole)
        return columnError(Field::Role, ImportText::tr("'%1' is not a role; write 政府 or 部门 (government, "
                                                       "department)")
                                            .arg(role));
    o.role = *parsedRole;

    o.region = m_map.value(row, Field::Region);
    if (!o.region.isEmpty() && !isRegionCode(o.region))
        return columnError(Field::Region, ImportText::tr("'%1' is not a 6-digit 行政区划代码; write six digits such "
                                                         "as 440300 (format the column as text in Excel)")
                                              .arg(o.region));
    o.parent = m_map.value(row, Field::Parent);
    if (o.parent == o.id)
        return columnError(Field::Parent, ImportText::tr("the organisation is its own parent; write the id of the "
                                                         "organisation above it or leave the cell empty"));

    for (const QString &item : splitList(m_map.value(row, Field::Websites))) {
        auto site = parseWebsite(item);
        if (!site)
            return columnError(Field::Websites, site.errorMessage());
        o.websites.append(*site);
    }
    for (const QString &item : splitList(m_map.value(row, Field::MailDomains))) {
        auto domain = parseMailDomain(item);
        if (!domain)
            return columnError(Field::MailDomains, domain.errorMessage());
        if (!o.mailDomains.contains(*domain))
            o.mailDomains.append(*domain);
    }
    for (const QString &item : splitList(m_map.value(row, Field::Webmail))) {
        auto url = parseWebsite(item);
        if (!url)
            return columnError(Field::Webmail, url.errorMessage());
        o.webmail.append(*url);
    }
    o.apps = splitList(m_map.value(row, Field::Apps));
    o.accounts = splitList(m_map.value(row, Field::Accounts));
    auto authorized = flag(row, Field::Authorized);
    if (!authorized)
        return authorized.error();
    o.authorized = *authorized;
    return o;
}

Result<App> RowReader::app(const TableRow &row, QHash<QString, QByteArray> &icons) const
{
    if (Status s = checkShape(row); !s)
        return s.error();
    App a;
    a.store = m_map.value(row, Field::Store);
    a.name = m_map.value(row, Field::Name);
    a.developer = m_map.value(row, Field::Developer);
    a.package = m_map.value(row, Field::Package);
    a.version = m_map.value(row, Field::Version);
    a.apk = m_map.value(row, Field::Apk);
    a.org = m_map.value(row, Field::Org);
    if (const QString signer = m_map.value(row, Field::SignerSha256); !signer.isEmpty()) {
        auto hex = parseSha256(signer);
        if (!hex)
            return columnError(Field::SignerSha256, hex.errorMessage());
        a.signerSha256 = *hex;
    }
    auto official = flag(row, Field::Official);
    if (!official)
        return official.error();
    a.official = *official;

    QByteArray icon;
    if (const QString iconPath = m_map.value(row, Field::Icon); !iconPath.isEmpty()) {
        QFile file(resolve(iconPath));
        // Only a regular file: a list naming /dev/zero or a FIFO would otherwise be read without end (a
        // device's size() is 0) or block the import.
        if (file.exists() && !QFileInfo(file).isFile())
            return columnError(Field::Icon,
                               ImportText::tr("%1 is not a regular file; give a PNG or JPEG file").arg(iconPath));
        if (file.size() > kMaxIconBytes)
            return columnError(Field::Icon,
                               ImportText::tr("%1 is larger than 2 MB; give a smaller image").arg(iconPath));
        if (!file.open(QIODevice::ReadOnly))
            return columnError(Field::Icon, ImportText::tr("%1 cannot be read: %2; check the path (relative paths "
                                                           "start at the list's folder)")
                                                .arg(iconPath, file.errorString()));
        // The size can change between the check and the read; never read more than the limit.
        icon = file.read(kMaxIconBytes + 1);
        if (icon.size() > kMaxIconBytes)
            return columnError(Field::Icon,
                               ImportText::tr("%1 is larger than 2 MB; give a smaller image").arg(iconPath));
        QBuffer buffer(&icon);
        buffer.open(QIODevice::ReadOnly);
        if (!QImageReader(&buffer).canRead())
            return columnError(Field::Icon,
                               ImportText::tr("%1 is not an image; give a PNG or JPEG file").arg(iconPath));
    }
    if (!a.apk.isEmpty()) {
        auto apk = ApkReader::read(resolve(a.apk));
        if (!apk)
            return columnError(Field::Apk, apk.errorMessage());
        // The APK is the authority; a list that contradicts it is a mistake the auditor should see.
        if (!a.package.isEmpty() && a.package != apk->package)
            return columnError(Field::Package, ImportText::tr("'%1' differs from the package %2 declared in %3; "
                                                              "correct the cell or the apk path")
                                                   .arg(a.package, apk->package, a.apk));
        if (!a.signerSha256.isEmpty() && !apk->signerSha256.isEmpty() && a.signerSha256 != apk->signerSha256)
            return columnError(Field::SignerSha256, ImportText::tr("%1 differs from the signer %2 of %3; correct "
                                                                   "the cell or the apk path")
                                                        .arg(a.signerSha256, apk->signerSha256, a.apk));
        a.package = apk->package;
        if (!apk->signerSha256.isEmpty())
            a.signerSha256 = apk->signerSha256;
        if (a.version.isEmpty())
            a.version = apk->versionName;
        if (icon.isEmpty())
            icon = apk->icon;
    }
    if (a.name.isEmpty() && a.package.isEmpty())
        return columnError(Field::Name, ImportText::tr("the row has neither a name nor a package; give at least one"));
    if (!icon.isEmpty()) {
        a.icon = BlobStore::hashOf(icon);
        icons.insert(a.icon, icon);
    }
    return a;
}

Result<Account> RowReader::account(const TableRow &row) const
{
    if (Status s = checkShape(row); !s)
        return s.error();
    Account a;
    const QString platform = m_map.value(row, Field::Platform);
    const auto id = platformFrom(platform);
    if (!id)
        return columnError(Field::Platform, ImportText::tr("'%1' is not a platform; write an id such as wechat_mp, "
                                                           "wechat_mini, alipay_mini, douyin or weibo")
                                                .arg(platform));
    a.platform = *id;
    a.name = m_map.value(row, Field::Name);
    if (a.name.isEmpty())
        return columnError(Field::Name, ImportText::tr("the name is empty; write the account's name as shown on "
                                                       "the platform"));
    a.accountId = m_map.value(row, Field::AccountId);
    a.operatorName = m_map.value(row, Field::Operator);
    a.org = m_map.value(row, Field::Org);
    auto official = flag(row, Field::Official);
    if (!official)
        return official.error();
    a.official = *official;
    return a;
}

Result<Lead> RowReader::lead(const TableRow &row) const
{
    if (Status s = checkShape(row); !s)
        return s.error();
    Lead l;
    const QString url = m_map.value(row, Field::Url);
    if (url.isEmpty())
        return columnError(Field::Url, ImportText::tr("the URL is empty; write the address of the suspect site"));
    auto parsed = parseUrl(url);
    if (!parsed)
        return columnError(Field::Url, parsed.errorMessage());
    l.url = *parsed;
    l.org = m_map.value(row, Field::Org);
    l.source = m_map.value(row, Field::Source);
    l.note = m_map.value(row, Field::Note);
    return l;
}

} // namespace Govscope::Models::Import
