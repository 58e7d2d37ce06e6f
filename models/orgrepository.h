#pragma once

#include "result.h"
#include "types.h"

#include <QHash>
#include <QSqlDatabase>

namespace Govscope::Models {

/// Organisations and their assets. Writes are meant to run as CaseWriter jobs.
class OrgRepository final
{
public:
    /// Inserts or updates by id; the org's declared assets are replaced by those of @p org
    /// (discovered assets stay).
    static Status upsert(QSqlDatabase &db, const Organization &org);
    /// Adds a discovered asset unless the org already has it (declared or discovered).
    static Status addDiscoveredAsset(QSqlDatabase &db, const QString &org, AssetType type, const QString &value);

    static Result<QList<Organization>> all(QSqlDatabase &db);
    static Result<Organization> byId(QSqlDatabase &db, const QString &id);
    static Result<QList<Asset>> assets(QSqlDatabase &db, const QString &org);
    /// Number of assets per org id, for the organisation tree.
    static Result<QHash<QString, int>> assetCounts(QSqlDatabase &db);
};

} // namespace Govscope::Models
