#include "orgrepository.h"

#include "casefile.h"
#include "hosts.h"
#include "orgupserter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUrl>

namespace Govscope::Models {

namespace {

QStringList fromJson(const QString &json)
{
    QStringList list;
    const auto array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const auto &v : array)
        list.append(v.toString());
    return list;
}

constexpr auto kOrgColumns = "id, name, kind, level, role, region, parent, websites, mail_domains, webmail, apps, "
                             "accounts, authorized";

Organization orgFrom(const QSqlQuery &q)
{
    Organization o;
    o.id = q.value(0).toString();
    o.name = q.value(1).toString();
    o.kind = orgKindFrom(q.value(2).toString()).value_or(OrgKind::Other);
    o.level = orgLevelFrom(q.value(3).toString()).value_or(OrgLevel::Unknown);
    o.role = orgRoleFrom(q.value(4).toString()).value_or(OrgRole::Unknown);
    o.region = q.value(5).toString();
    o.parent = q.value(6).toString();
    o.websites = fromJson(q.value(7).toString());
    o.mailDomains = fromJson(q.value(8).toString());
    o.webmail = fromJson(q.value(9).toString());
    o.apps = fromJson(q.value(10).toString());
    o.accounts = fromJson(q.value(11).toString());
    o.authorized = q.value(12).toBool();
    return o;
}

Error sqlError(const QSqlQuery &q)
{
    return makeError(q.lastError().text());
}

} // namespace

Status OrgRepository::upsert(QSqlDatabase &db, const Organization &o)
{
    // One copy of the SQL: the bulk upserter prepares it once per import, here once per call.
    OrgUpserter upserter(db);
    if (auto isNew = upserter.upsert(o); !isNew)
        return isNew.error();
    return Done{};
}

Status OrgRepository::addDiscoveredAsset(QSqlDatabase &db, const QString &org, AssetType type, const QString &value)
{
    return exec(db,
                u"INSERT OR IGNORE INTO assets (org, type, value, source, first_seen) VALUES (?,?,?,'discovered',?)"_qs,
                {org, toId(type), value, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
}

Result<QList<Organization>> OrgRepository::all(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT %1 FROM orgs ORDER BY id"_qs.arg(QLatin1String(kOrgColumns))))
        return sqlError(q);
    QList<Organization> list;
    while (q.next())
        list.append(orgFrom(q));
    return list;
}

Result<Organization> OrgRepository::byId(QSqlDatabase &db, const QString &id)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT %1 FROM orgs WHERE id = ?"_qs.arg(QLatin1String(kOrgColumns)));
    q.addBindValue(bindable(id));
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return makeError(QObject::tr("No organisation with id %1 in the case.").arg(id));
    return orgFrom(q);
}

Result<QList<Asset>> OrgRepository::assets(QSqlDatabase &db, const QString &org)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(u"SELECT id, org, type, value, source FROM assets WHERE org = ? ORDER BY type, value"_qs);
    q.addBindValue(bindable(org));
    if (!q.exec())
        return sqlError(q);
    QList<Asset> list;
    while (q.next())
        list.append(Asset{q.value(0).toLongLong(), q.value(1).toString(),
                          assetTypeFrom(q.value(2).toString()).value_or(AssetType::Host), q.value(3).toString(),
                          q.value(4).toString() == u"declared"_qs ? AssetSource::Declared : AssetSource::Discovered});
    return list;
}

Result<QHash<QString, int>> OrgRepository::assetCounts(QSqlDatabase &db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT org, count(*) FROM assets GROUP BY org"_qs))
        return sqlError(q);
    QHash<QString, int> counts;
    while (q.next())
        counts.insert(q.value(0).toString(), q.value(1).toInt());
    return counts;
}

} // namespace Govscope::Models
