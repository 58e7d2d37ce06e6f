#pragma once

#include "result.h"
#include "types.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>

namespace Govscope::Models {

/// The imported catalogues besides organisations: official apps, official accounts and leads (suspect
/// URLs). Rows are keyed as in resources/sql: apps by (store, package, name), accounts by (platform, name,
/// account_id), leads by url, so importing a list again updates instead of duplicating.
///
/// An instance keeps its statements prepared for the life of one job, so a list of thousands of rows costs
/// one prepare per statement, not one per row.
class CatalogRepository final
{
    Q_DISABLE_COPY_MOVE(CatalogRepository)

public:
    explicit CatalogRepository(QSqlDatabase &db);
    ~CatalogRepository();

    /// Insert or update; the value is true when the row is new.
    Result<bool> upsert(const App &app);
    Result<bool> upsert(const Account &account);
    Result<bool> upsert(const Lead &lead);

    static Result<QList<App>> apps(QSqlDatabase &db);
    static Result<QList<Account>> accounts(QSqlDatabase &db);
    static Result<QList<Lead>> leads(QSqlDatabase &db);

private:
    struct Statements;
    QSqlDatabase &m_db;
    std::unique_ptr<Statements> m_statements;
};

} // namespace Govscope::Models
