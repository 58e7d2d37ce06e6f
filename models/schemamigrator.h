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
/// A file's number is the `PRAGMA user_version` it leaves behind. Migrating runs every file above the
/// current version in one transaction, so a case is either fully migrated or left exactly as it was.
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

    /// Splits a schema file into statements: each ends with ';' at the end of a line, `--` lines are
    /// comments. (The schema has no triggers, whose bodies would contain ';'.)
    static QStringList statementsOf(const QString &sql);

private:
    QList<Step> m_steps;
    QString m_problem;
};

} // namespace Govscope::Models
