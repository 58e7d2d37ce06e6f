#include "casefile.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace Govscope::Models {

Q_LOGGING_CATEGORY(lcCase, "govscope.case")

namespace {

// Below this size a full PRAGMA quick_check costs a few milliseconds; above it (a case with a million
// findings is about a gigabyte) it would cost seconds at every open, so only the tables are probed.
QAtomicInteger<qint64> g_fullCheckLimit = 64LL * 1024 * 1024;

QString damaged(const QString &path, const QString &why)
{
    return QObject::tr("%1 is damaged and cannot be read (%2). Restore it from a backup.").arg(path, why);
}

// A connection that only reads: no pragma that writes (journal_mode = WAL rewrites the header), so a
// file that turns out not to be ours, to be newer or damaged is left byte for byte as it was.
class InspectConnection final
{
public:
    explicit InspectConnection(const QString &path)
    {
        static QAtomicInteger<quint64> counter;
        m_name = u"govscope-inspect-%1"_qs.arg(counter.fetchAndAddRelaxed(1));
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, m_name);
        m_db.setDatabaseName(path);
        m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=10000"_qs);
        m_db.open();
    }
    ~InspectConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(InspectConnection)

    QSqlDatabase &db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

Result<QVariant> scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql) || !q.next())
        return makeError(q.lastError().text().isEmpty() ? QObject::tr("no result") : q.lastError().text());
    return q.value(0);
}

// Reads the first and last row of every table, which walks the root and both edges of each b-tree:
// garbage in a root page or a truncated file shows up here rather than in the middle of a scan.
Status probeTables(QSqlDatabase &db, const QString &path)
{
    QSqlQuery list(db);
    if (!list.exec(u"SELECT name, sql LIKE '%WITHOUT ROWID%' FROM sqlite_master "
                   "WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"_qs))
        return makeError(damaged(path, list.lastError().text()));
    QList<std::pair<QString, bool>> tables;
    while (list.next())
        tables.append({list.value(0).toString(), list.value(1).toBool()});
    for (const auto &[table, withoutRowid] : std::as_const(tables)) {
        const QString quoted = u'"' + QString(table).replace(u'"', u"\"\""_qs) + u'"';
        // FTS5 keeps some shadow tables WITHOUT ROWID; their first row is what can be read cheaply.
        const QStringList orders =
            withoutRowid ? QStringList{QString()} : QStringList{u" ORDER BY rowid ASC"_qs, u" ORDER BY rowid DESC"_qs};
        for (const QString &order : orders) {
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (!q.exec(u"SELECT * FROM %1%2 LIMIT 1"_qs.arg(quoted, order)))
                return makeError(damaged(path, q.lastError().text()));
            q.next();
            if (q.lastError().isValid())
                return makeError(damaged(path, q.lastError().text()));
        }
    }
    return Done{};
}

Status checkIntegrity(QSqlDatabase &db, const QString &path)
{
    if (QFileInfo(path).size() > g_fullCheckLimit.loadRelaxed())
        return probeTables(db, path);
    const auto result = scalar(db, u"PRAGMA quick_check(1)"_qs);
    if (!result)
        return makeError(damaged(path, result.errorMessage()));
    if (result->toString() != u"ok"_qs)
        return makeError(damaged(path, result->toString()));
    return Done{};
}

// Decides from a read-only look whether @p path is a case this build can open; returns the schema
// version to migrate from.
Result<int> inspect(const QString &path, const SchemaMigrator &schema)
{
    InspectConnection conn(path);
    QSqlDatabase &db = conn.db();
    if (!db.isOpen())
        return makeError(QObject::tr("Cannot open %1: %2").arg(path, db.lastError().text()));
    const auto appId = scalar(db, u"PRAGMA application_id"_qs);
    const auto version = scalar(db, u"PRAGMA user_version"_qs);
    const auto objects = scalar(db, u"SELECT count(*) FROM sqlite_master"_qs);
    for (const auto *r : {&appId, &version, &objects})
        if (!*r)
            return makeError(damaged(path, r->errorMessage()));
    // An SQLite file with no tables and no version (made by `sqlite3 x.govcase ''`) may become a case.
    const bool blank = objects->toInt() == 0 && version->toInt() == 0;
    if (appId->toInt() != CaseFile::applicationId && !blank)
        return makeError(QObject::tr("%1 is an SQLite database but not a Govscope case file. "
                                     "Choose a .govcase file or a new file name.")
                             .arg(path));
    if (version->toInt() > schema.latestVersion())
        return makeError(QObject::tr("%1 was written by a newer Govscope (schema %2; this version reads up to %3). "
                                     "Update Govscope to open it.")
                             .arg(path)
                             .arg(version->toInt())
                             .arg(schema.latestVersion()));
    if (!blank)
        if (Status s = checkIntegrity(db, path); !s)
            return s.error();
    return version->toInt();
}

bool looksLikeSqlite(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(16) == QByteArray("SQLite format 3\0", 16);
}

Status validateAndMigrate(const QString &path, const SchemaMigrator &schema)
{
    if (!schema.problem().isEmpty())
        return makeError(schema.problem());
    const auto from = inspect(path, schema);
    if (!from)
        return from.error();
    if (*from == schema.latestVersion()) {
        // up to date unless a step with a lower number arrived after the case was migrated (see SchemaMigrator)
        InspectConnection look(path);
        const auto pending = schema.pendingSteps(look.db(), *from);
        if (!pending)
            return pending.error();
        if (pending->isEmpty())
            return Done{};
    }
    Connection conn(path);
    if (!conn.ok())
        return makeError(conn.error());
    return schema.migrate(conn.db(), *from, CaseFile::applicationId, path);
}

const SchemaMigrator &builtinSchema()
{
    static const SchemaMigrator schema;
    return schema;
}

} // namespace

void CaseFile::setFullCheckLimit(qint64 bytes)
{
    g_fullCheckLimit.storeRelaxed(bytes);
}

int CaseFile::currentSchemaVersion()
{
    return builtinSchema().latestVersion();
}

Status CaseFile::open(const QString &path, Mode mode)
{
    return open(path, mode, builtinSchema());
}

Status CaseFile::open(const QString &path, Mode mode, const SchemaMigrator &schema)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        if (mode == Mode::OpenExisting)
            return makeError(
                QObject::tr("%1 does not exist. Check the path, or import a list to create a case.").arg(path));
        if (!info.absoluteDir().exists())
            return makeError(
                QObject::tr("Cannot create %1: the folder %2 does not exist.").arg(path, info.absolutePath()));
        // Build the new case aside and rename it into place, so no half-made case is ever left.
        const QString temp = path + u".creating"_qs;
        auto cleanUp = [&temp] {
            for (const char *suffix : {"", "-wal", "-shm", "-journal"})
                QFile::remove(temp + QLatin1String(suffix));
        };
        cleanUp();
        Status created = Done{};
        {
            Connection conn(temp);
            if (!conn.ok())
                created = makeError(QObject::tr("Cannot create %1: %2").arg(path, conn.error()));
            else
                created = schema.migrate(conn.db(), 0, applicationId, path);
        }
        if (!created) {
            cleanUp();
            return created;
        }
        // The last connection has checkpointed and removed the WAL; the file is complete on its own.
        for (const char *suffix : {"-wal", "-shm"})
            QFile::remove(temp + QLatin1String(suffix));
        if (!QFile::rename(temp, path)) {
            cleanUp();
            return makeError(
                QObject::tr("Cannot create %1: renaming the new file failed (does it exist now?).").arg(path));
        }
        qCInfo(lcCase) << "created" << path << "schema" << schema.latestVersion();
        return Done{};
    }
    if (!info.isFile())
        return makeError(QObject::tr("%1 is not a file.").arg(path));
    if (info.size() == 0)
        return makeError(
            QObject::tr("%1 is empty, not a Govscope case file. Delete it or choose another name.").arg(path));
    if (!looksLikeSqlite(path))
        return makeError(QObject::tr("%1 is not a Govscope case file (not an SQLite database). "
                                     "Choose a .govcase file.")
                             .arg(path));
    return validateAndMigrate(path, schema);
}

Result<QSqlDatabase> CaseFile::connect(const QString &path, const QString &name, bool readOnly)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, name);
    db.setDatabaseName(path);
    db.setConnectOptions(readOnly ? u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"_qs
                                  : u"QSQLITE_BUSY_TIMEOUT=10000"_qs);
    if (!db.open())
        return makeError(QObject::tr("Cannot open %1: %2").arg(path, db.lastError().text()));
    // WAL lets readers (GUI, report) work while the writer commits; NORMAL sync is durable at
    // checkpoints and keeps every committed transaction across a process kill.
    for (const QString &pragma :
         {u"PRAGMA journal_mode = WAL"_qs, u"PRAGMA synchronous = NORMAL"_qs, u"PRAGMA temp_store = MEMORY"_qs,
          u"PRAGMA cache_size = -65536"_qs, u"PRAGMA mmap_size = 268435456"_qs,
          // A case comes from someone else: its schema's views and triggers must not call functions with side
          // effects (SQLite's advice for files of unknown origin).
          u"PRAGMA trusted_schema = OFF"_qs}) {
        QSqlQuery q(db);
        if (!q.exec(pragma) && !readOnly)
            return makeError(QObject::tr("%1 is damaged or not writable (%2).").arg(path, q.lastError().text()));
    }
    return db;
}

Connection::Connection(const QString &path, bool readOnly)
{
    static QAtomicInteger<quint64> counter;
    m_name = u"govscope-%1"_qs.arg(counter.fetchAndAddRelaxed(1));
    auto db = CaseFile::connect(path, m_name, readOnly);
    if (db)
        m_db = *db;
    else
        m_error = db.errorMessage();
}

Connection::~Connection()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_name);
}

Status exec(QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        return makeError(q.lastError().text() + u" in: "_qs + sql.left(200));
    for (const QVariant &v : values)
        q.addBindValue(bindable(v));
    if (!q.exec())
        return makeError(q.lastError().text() + u" in: "_qs + sql.left(200));
    return Done{};
}

QVariant bindable(const QVariant &value)
{
    if (value.typeId() == QMetaType::QString && value.toString().isNull())
        return QString(u""_qs);
    return value;
}

} // namespace Govscope::Models
