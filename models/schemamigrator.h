#pragma once

#include "result.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace Govscope::Models {

/// Forward-only migrations of the case schema, read from numbered SQL files (`NNN_name.sql`) in one
/// folder — the built-in `:/sql` for real cases, another folder in tests that need a future schema.
///
/// The highest file number is the `PRAGMA user_version` a migrated case has. Migrating runs every step the
/// case has not had, in one transaction, so a case is either fully migrated or left exactly as it was.
///
/// Numbers may have gaps: branches add schema files independently (004 may land before 003). The steps a
/// case has had are therefore listed in its `schema_steps` table, and a step that arrives later with a
/// number below the case's version is still run. A case from before that table had every step up to its
/// `user_version`.
class SchemaMigrator final
{
public:
    struct Step
    {
        int version = 0;
        QString path;
    };

    explicit SchemaMigrator(const QString &directory = QStringLiteral(":/sql"));

    /// The steps found, ascending; empty when the folder has none.
    QList<Step> steps() const { return m_steps; }
    /// The version a fully migrated case has (0 when there are no steps).
    int latestVersion() const;
    /// Why the folder cannot be used (two files with one number); empty when it can.
    QString problem() const { return m_problem; }

    /// Applies every step above @p from in one transaction and stamps @p applicationId; @p caseName
    /// names the case in error messages. Never moves a case backwards.
    Status migrate(QSqlDatabase &db, int from, int applicationId, const QString &caseName) const;

    /// The steps a case at version @p from has not had yet (read from its `schema_steps` when it has one).
    Result<QList<Step>> pendingSteps(QSqlDatabase &db, int from) const;

    /// Splits a schema file into statements: each ends with ';' at the end of a line, `--` lines are
    /// comments. (The schema has no triggers, whose bodies would contain ';'.)
    static QStringList statementsOf(const QString &sql);

private:
    QList<Step> m_steps;
    QString m_problem;
};

} // namespace Govscope::Models
