#include "caseinspection.h"

#include "casefile.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Govscope::Models {

namespace {

// A read-only connection without the case's pragmas (journal_mode = WAL would write the header).
class ReadOnlyConnection final
{
public:
    explicit ReadOnlyConnection(const QString &path)
    {
        static QAtomicInteger<quint64> counter;
        m_name = u"govscope-mergecheck-%1"_qs.arg(counter.fetchAndAddRelaxed(1));
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, m_name);
        m_db.setDatabaseName(path);
        m_db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"_qs);
        m_db.open();
    }
    ~ReadOnlyConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(ReadOnlyConnection)

    QSqlDatabase &db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

QString damaged(const QString &path, const QString &why)
{
    return QObject::tr("%1 is damaged (%2); it was not merged. Restore it from a backup or scan its shard "
                       "again.")
        .arg(path, why);
}

Result<QVariant> scalar(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(sql) || !q.next())
        return makeError(q.lastError().text().isEmpty() ? QObject::tr("no result") : q.lastError().text());
    return q.value(0);
}

} // namespace

const QStringList &CaseInspection::knownTables()
{
    static const QStringList tables{u"meta"_qs, u"orgs"_qs, u"assets"_qs, u"apps"_qs, u"accounts"_qs, u"leads"_qs,
                                    u"scans"_qs, u"scan_tasks"_qs, u"scan_feeds"_qs, u"check_results"_qs,
                                    u"findings"_qs, u"finding_status_history"_qs, u"triage_notes"_qs, u"evidence"_qs,
                                    u"blobs"_qs, u"observations"_qs, u"fingerprints"_qs,
                                    // The record of the migrations the case went through: each case keeps
                                    // its own (the output's), it is not merged.
                                    u"schema_steps"_qs};
    return tables;
}

Status CaseInspection::checkMergeable(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile())
        return makeError(QObject::tr("%1 does not exist or is not a file.").arg(path));
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return makeError(QObject::tr("Cannot read %1: %2").arg(path, f.errorString()));
        if (f.read(16) != QByteArray("SQLite format 3\0", 16))
            return makeError(QObject::tr("%1 is not a Govscope case file (not an SQLite database).").arg(path));
    }
    ReadOnlyConnection conn(path);
    QSqlDatabase &db = conn.db();
    if (!db.isOpen())
        return makeError(QObject::tr("Cannot open %1: %2").arg(path, db.lastError().text()));
    const auto appId = scalar(db, u"PRAGMA application_id"_qs);
    const auto version = scalar(db, u"PRAGMA user_version"_qs);
    for (const auto *r : {&appId, &version})
        if (!*r)
            return makeError(damaged(path, r->errorMessage()));
    if (appId->toInt() != CaseFile::applicationId)
        return makeError(QObject::tr("%1 is an SQLite database but not a Govscope case file.").arg(path));
    const int current = CaseFile::currentSchemaVersion();
    if (version->toInt() != current)
        return makeError(
            QObject::tr("%1 has case schema version %2, this Govscope writes version %3: cases of different schema "
                        "versions are not merged. %4")
                .arg(path)
                .arg(version->toInt())
                .arg(current)
                .arg(version->toInt() < current
                         ? QObject::tr("Open it once with this version (govscope orgs %1) to upgrade it.").arg(path)
                         : QObject::tr("Merge with the Govscope that wrote it.")));
    const auto check = scalar(db, u"PRAGMA quick_check(1)"_qs);
    if (!check)
        return makeError(damaged(path, check.errorMessage()));
    if (check->toString() != u"ok"_qs)
        return makeError(damaged(path, check->toString()));

    QSqlQuery tables(db);
    if (!tables.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                     "AND name NOT LIKE 'findings_fts%' AND name NOT LIKE 'findings_bigram%'"_qs))
        return makeError(damaged(path, tables.lastError().text()));
    while (tables.next()) {
        const QString name = tables.value(0).toString();
        if (!knownTables().contains(name))
            return makeError(QObject::tr("%1 has a table '%2' that govscope merge does not know; merging would lose "
                                         "it. Use the Govscope that wrote the case.")
                                 .arg(path, name));
    }
    return Done{};
}

} // namespace Govscope::Models
