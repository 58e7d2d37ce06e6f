#include "casefile.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace Govscope::Models {

Q_LOGGING_CATEGORY(lcCase, "govscope.case")

namespace {

// PRAGMA application_id of every case file: "GSCA". Tells a case from any other SQLite file.
constexpr int kApplicationId = 0x47534341;

struct Migration
{
    int version;
    QString path;
};

QList<Migration> migrations()
{
    static const QList<Migration> list = [] {
        QList<Migration> result;
        const QRegularExpression re(u"^(\\d{3})_.*\\.sql$"_qs);
        const auto entries = QDir(u":/sql"_qs).entryList(QDir::Files, QDir::Name);
        for (const QString &name : entries) {
            const auto m = re.match(name);
            if (m.hasMatch())
                result.append({m.captured(1).toInt(), u":/sql/"_qs + name});
        }
        return result;
    }();
    return list;
}

// The schema files hold plain statements (no triggers), each ending with ';' at the end of a line.
QStringList statementsOf(const QString &sql)
{
    QStringList statements;
    QString current;
    const auto lines = sql.split(u'\n');
    for (const QString &line : lines) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(u"--"_qs) || trimmed.isEmpty())
            continue;
        current += line + u'\n';
        if (trimmed.endsWith(u';')) {
            statements.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        statements.append(current.trimmed());
    return statements;
}

Result<int> pragmaInt(QSqlDatabase &db, const QString &pragma)
{
    QSqlQuery q(db);
    if (!q.exec(u"PRAGMA "_qs + pragma) || !q.next())
        return makeError(q.lastError().text());
    return q.value(0).toInt();
}

Status migrate(QSqlDatabase &db, int from, const QString &path)
{
    for (const Migration &m : migrations()) {
        if (m.version <= from)
            continue;
        QFile file(m.path);
        if (!file.open(QIODevice::ReadOnly))
            return makeError(QObject::tr("Cannot read the built-in schema %1").arg(m.path));
        if (!db.transaction())
            return makeError(QObject::tr("%1: cannot start a transaction: %2").arg(path, db.lastError().text()));
        const auto statements = statementsOf(QString::fromUtf8(file.readAll()));
        for (const QString &statement : statements) {
            if (Status s = exec(db, statement); !s) {
                db.rollback();
                return makeError(QObject::tr("%1: migration to schema %2 failed, nothing was changed: %3")
                                     .arg(path)
                                     .arg(m.version)
                                     .arg(s.errorMessage()));
            }
        }
        (void)exec(db, u"PRAGMA application_id = %1"_qs.arg(kApplicationId));
        (void)exec(db, u"PRAGMA user_version = %1"_qs.arg(m.version));
        if (!db.commit())
            return makeError(QObject::tr("%1: cannot commit migration: %2").arg(path, db.lastError().text()));
        qCInfo(lcCase) << "migrated" << path << "to schema" << m.version;
    }
    return Done{};
}

bool looksLikeSqlite(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    return f.read(16) == QByteArray("SQLite format 3\0", 16);
}

Status validateAndMigrate(const QString &path)
{
    Connection conn(path);
    if (!conn.ok())
        return makeError(conn.error());
    QSqlDatabase &db = conn.db();
    const auto appId = pragmaInt(db, u"application_id"_qs);
    const auto version = pragmaInt(db, u"user_version"_qs);
    if (!appId || !version)
        return makeError(QObject::tr("%1 is damaged and cannot be read (%2). Restore it from a backup.")
                             .arg(path, appId ? version.errorMessage() : appId.errorMessage()));
    // A freshly created database has neither id nor tables; anything else must carry our id.
    QSqlQuery tables(db);
    if (!tables.exec(u"SELECT count(*) FROM sqlite_master"_qs) || !tables.next())
        return makeError(QObject::tr("%1 is damaged and cannot be read (%2). Restore it from a backup.")
                             .arg(path, tables.lastError().text()));
    const bool empty = tables.value(0).toInt() == 0;
    if (*appId != kApplicationId && !empty)
        return makeError(QObject::tr("%1 is an SQLite database but not a Govscope case file. "
                                     "Choose a .govcase file or a new file name.")
                             .arg(path));
    if (*version > CaseFile::currentSchemaVersion())
        return makeError(QObject::tr("%1 was written by a newer Govscope (schema %2; this version reads up to %3). "
                                     "Update Govscope to open it.")
                             .arg(path)
                             .arg(*version)
                             .arg(CaseFile::currentSchemaVersion()));
    if (*version > 0) {
        // Touch every table the schema knows, so a damaged page is found now and not in mid-scan.
        QSqlQuery probe(db);
        if (!probe.exec(u"SELECT (SELECT count(*) FROM orgs), (SELECT max(id) FROM findings)"_qs))
            return makeError(QObject::tr("%1 is damaged and cannot be read (%2). Restore it from a backup.")
                                 .arg(path, probe.lastError().text()));
    }
    return migrate(db, *version, path);
}

} // namespace

int CaseFile::currentSchemaVersion()
{
    const auto list = migrations();
    return list.isEmpty() ? 0 : list.last().version;
}

Status CaseFile::open(const QString &path, Mode mode)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        if (mode == Mode::OpenExisting)
            return makeError(QObject::tr("%1 does not exist. Check the path, or import a list to create a case.")
                                 .arg(path));
        if (!info.absoluteDir().exists())
            return makeError(QObject::tr("Cannot create %1: the folder %2 does not exist.")
                                 .arg(path, info.absolutePath()));
        // Build the new case aside and rename it into place, so no half-made case is ever left.
        const QString temp = path + u".creating"_qs;
        QFile::remove(temp);
        Status created = validateAndMigrate(temp);
        for (const char *suffix : {"-wal", "-shm"})
            QFile::remove(temp + QLatin1String(suffix));
        if (!created) {
            QFile::remove(temp);
            return created;
        }
        if (!QFile::rename(temp, path)) {
            QFile::remove(temp);
            return makeError(QObject::tr("Cannot create %1: renaming the new file failed.").arg(path));
        }
        return Done{};
    }
    if (!info.isFile())
        return makeError(QObject::tr("%1 is not a file.").arg(path));
    if (info.size() > 0 && !looksLikeSqlite(path))
        return makeError(QObject::tr("%1 is not a Govscope case file (not an SQLite database). "
                                     "Choose a .govcase file.")
                             .arg(path));
    if (info.size() == 0)
        return makeError(QObject::tr("%1 is empty, not a Govscope case file. Delete it or choose another name.")
                             .arg(path));
    return validateAndMigrate(path);
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
    for (const QString &pragma : {u"PRAGMA journal_mode = WAL"_qs, u"PRAGMA synchronous = NORMAL"_qs,
                                  u"PRAGMA temp_store = MEMORY"_qs, u"PRAGMA cache_size = -65536"_qs,
                                  u"PRAGMA mmap_size = 268435456"_qs}) {
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
        q.addBindValue(v);
    if (!q.exec())
        return makeError(q.lastError().text() + u" in: "_qs + sql.left(200));
    return Done{};
}

} // namespace Govscope::Models
