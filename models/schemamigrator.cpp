#include "schemamigrator.h"

#include "casefile.h"
#include "findingsearchindex.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace Govscope::Models {

Q_LOGGING_CATEGORY(lcMigrate, "govscope.case.migrate")

namespace {

// Steps whose data cannot be derived in SQL: run in C++ right after the named file, in the same
// transaction. Keyed by file name, so a test folder's own NNN files never trigger them.
Status afterStep(QSqlDatabase &db, const QString &fileName)
{
    if (fileName == u"002_short_term_search.sql"_qs)
        return FindingSearchIndex::rebuild(db);
    return Done{};
}

} // namespace

SchemaMigrator::SchemaMigrator(const QString &directory)
{
    const QRegularExpression re(u"^(\\d{3})_.*\\.sql$"_qs);
    const auto entries = QDir(directory).entryList(QDir::Files, QDir::Name);
    for (const QString &name : entries) {
        const auto m = re.match(name);
        if (!m.hasMatch())
            continue;
        const int version = m.captured(1).toInt();
        // Two files claiming one version would make the outcome depend on file names; refuse.
        if (!m_steps.isEmpty() && m_steps.last().version == version)
            m_problem = QObject::tr("Schema folder %1 has two files for version %2.").arg(directory).arg(version);
        m_steps.append({version, QDir(directory).filePath(name)});
    }
}

int SchemaMigrator::latestVersion() const
{
    return m_steps.isEmpty() ? 0 : m_steps.last().version;
}

QStringList SchemaMigrator::statementsOf(const QString &sql)
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

Status SchemaMigrator::migrate(QSqlDatabase &db, int from, int applicationId, const QString &caseName) const
{
    if (!m_problem.isEmpty())
        return makeError(m_problem);
    const Result<QList<Step>> pending = pendingSteps(db, from);
    if (!pending)
        return pending.error();
    if (pending->isEmpty())
        return Done{};
    const bool listed = db.tables().contains(u"schema_steps"_qs);
    if (!db.transaction())
        return makeError(
            QObject::tr("%1: cannot start a transaction to migrate: %2").arg(caseName, db.lastError().text()));
    auto fail = [&](const QString &message) {
        db.rollback();
        return makeError(message);
    };
    if (!listed) {
        // the steps this case had before it kept a list: every one up to its version
        if (Status s = exec(db, u"CREATE TABLE schema_steps (version INTEGER PRIMARY KEY, file TEXT NOT NULL, "
                                "at TEXT NOT NULL)"_qs);
            !s)
            return fail(QObject::tr("%1: migration failed, nothing was changed: %2").arg(caseName, s.errorMessage()));
        for (const Step &step : m_steps)
            if (step.version <= from)
                if (Status s = exec(db, u"INSERT INTO schema_steps VALUES (?, ?, 'before the list')"_qs,
                                    {step.version, QFileInfo(step.path).fileName()});
                    !s)
                    return fail(
                        QObject::tr("%1: migration failed, nothing was changed: %2").arg(caseName, s.errorMessage()));
    }
    for (const Step &step : *pending) {
        QFile file(step.path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(QObject::tr("Cannot read the schema file %1.").arg(step.path));
        const auto statements = statementsOf(QString::fromUtf8(file.readAll()));
        for (const QString &statement : statements) {
            if (Status s = exec(db, statement); !s)
                return fail(QObject::tr("%1: migration to schema %2 failed, nothing was changed: %3")
                                .arg(caseName)
                                .arg(step.version)
                                .arg(s.errorMessage()));
        }
        if (Status s = afterStep(db, QFileInfo(step.path).fileName()); !s)
            return fail(QObject::tr("%1: migration to schema %2 failed, nothing was changed: %3")
                            .arg(caseName)
                            .arg(step.version)
                            .arg(s.errorMessage()));
        if (Status s = exec(
                db, u"INSERT OR REPLACE INTO schema_steps VALUES (?, ?, ?)"_qs,
                {step.version, QFileInfo(step.path).fileName(), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
            !s)
            return fail(QObject::tr("%1: migration to schema %2 failed, nothing was changed: %3")
                            .arg(caseName)
                            .arg(step.version)
                            .arg(s.errorMessage()));
    }
    // Both pragmas are transactional in SQLite: they land with the schema or not at all.
    for (const QString &pragma : {u"PRAGMA application_id = %1"_qs.arg(applicationId),
                                  u"PRAGMA user_version = %1"_qs.arg(std::max(from, latestVersion()))}) {
        if (Status s = exec(db, pragma); !s)
            return fail(QObject::tr("%1: migration failed, nothing was changed: %2").arg(caseName, s.errorMessage()));
    }
    if (!db.commit())
        return fail(QObject::tr("%1: cannot commit the migration: %2").arg(caseName, db.lastError().text()));
    qCInfo(lcMigrate) << "migrated" << caseName << "from schema" << from << "to" << latestVersion() << "with"
                      << pending->size() << "steps";
    return Done{};
}

Result<QList<SchemaMigrator::Step>> SchemaMigrator::pendingSteps(QSqlDatabase &db, int from) const
{
    QList<Step> pending;
    if (!db.tables().contains(u"schema_steps"_qs)) {
        for (const Step &step : m_steps)
            if (step.version > from)
                pending << step;
        return pending;
    }
    QSqlQuery q(db);
    if (!q.exec(u"SELECT version FROM schema_steps"_qs))
        return makeError(QObject::tr("Cannot read the schema steps of the case: %1").arg(q.lastError().text()));
    QSet<int> had;
    while (q.next())
        had.insert(q.value(0).toInt());
    for (const Step &step : m_steps)
        if (!had.contains(step.version))
            pending << step;
    return pending;
}

} // namespace Govscope::Models
