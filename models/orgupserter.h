#pragma once

#include "result.h"
#include "types.h"

#include <QSqlDatabase>

#include <memory>

namespace Govscope::Models {

/// The write path of OrgRepository::upsert, reusable across many rows in one job: the statements are
/// prepared once and reused, so an import of 10,000 organisations spends its time writing rows rather
/// than compiling SQL (prepare was most of the cost measured).
class OrgUpserter final
{
    Q_DISABLE_COPY_MOVE(OrgUpserter)

public:
    explicit OrgUpserter(QSqlDatabase &db);
    ~OrgUpserter();

    /// Inserts or updates @p org by id and replaces its declared assets; true when the org is new.
    Result<bool> upsert(const Organization &org);

private:
    struct Statements;
    std::unique_ptr<Statements> m_statements;
};

} // namespace Govscope::Models
