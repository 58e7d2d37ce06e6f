#pragma once

#include "result.h"
#include "schemamigrator.h"

#include <QSqlDatabase>
#include <QString>
#include <QVariant>

namespace Govscope::Models {

/// The case file (`*.govcase`): one SQLite database in WAL mode with the schema of resources/sql.
///
/// open() validates and migrates; connections are then made per thread with Connection.
/// A file that is not a case, comes from a newer Govscope or is damaged is reported and left as it was.
class CaseFile final
{
public:
    enum class Mode { OpenExisting, CreateIfMissing };

    /// Schema version this build writes (the highest resources/sql/NNN_*.sql).
    static int currentSchemaVersion();

    /// Validates @p path, creating it (atomically: built aside, then renamed) or migrating it forward.
    static Status open(const QString &path, Mode mode = Mode::OpenExisting);
    /// As above with the migrations of @p schema instead of the built-in ones (tests of future schemas).
    static Status open(const QString &path, Mode mode, const SchemaMigrator &schema);

    /// Files up to @p bytes (default 64 MiB) get a full PRAGMA quick_check on open; larger ones only have
    /// the first and last row of every table read, which finds a damaged root or a truncated file in
    /// milliseconds. Tests lower it to exercise the probe.
    static void setFullCheckLimit(qint64 bytes);

    /// PRAGMA application_id of every case file ("GSCA"); tells a case from any other SQLite file.
    static constexpr int applicationId = 0x47534341;

    /// Opens a connection with the case's pragmas; @p name must be unique per thread.
    static Result<QSqlDatabase> connect(const QString &path, const QString &name, bool readOnly = false);
};

/// A connection owned by one scope and thread; removed from QSqlDatabase's registry on destruction.
class Connection final
{
public:
    explicit Connection(const QString &path, bool readOnly = false);
    ~Connection();
    Q_DISABLE_COPY_MOVE(Connection)

    bool ok() const { return m_db.isOpen(); }
    QString error() const { return m_error; }
    QSqlDatabase &db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
    QString m_error;
};

/// Runs one SQL statement with bound values (each through bindable()); on failure returns an Error
/// quoting SQLite's message.
Status exec(QSqlDatabase &db, const QString &sql, const QVariantList &values = {});

/// A value ready to bind: a null QString becomes '' — every text column of the schema is NOT NULL and
/// a default-constructed field means "empty", not "unknown". Pass QVariant() for SQL NULL.
QVariant bindable(const QVariant &value);

} // namespace Govscope::Models
