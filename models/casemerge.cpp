#include "casemerge.h"

#include "casefile.h"
#include "caseinspection.h"
#include "casemergeinput.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace Govscope::Models {

MergeCounts &MergeCounts::operator+=(const MergeCounts &o)
{
    orgs += o.orgs, assets += o.assets, scans += o.scans, tasks += o.tasks, checkResults += o.checkResults;
    findingsAdded += o.findingsAdded, findingsUpdated += o.findingsUpdated, statusChanges += o.statusChanges;
    notes += o.notes, evidence += o.evidence, blobs += o.blobs;
    return *this;
}

qint64 MergeCounts::total() const
{
    return orgs + assets + scans + tasks + checkResults + findingsAdded + findingsUpdated + statusChanges + notes +
           evidence + blobs;
}

namespace {

const char *const kSidecars[] = {"", "-wal", "-shm", "-journal"};

void removeWithSidecars(const QString &path)
{
    for (const char *suffix : kSidecars)
        QFile::remove(path + QLatin1String(suffix));
}

bool syncFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

// The connection that builds the merged case. URIs let each input be attached read-only; the temporary
// file needs no journal (on any failure it is deleted, never rolled back) and no fsync per commit (it is
// synced once before the rename).
class BuildConnection final
{
public:
    explicit BuildConnection(const QString &path)
    {
        static QAtomicInteger<quint64> counter;
        m_name = u"govscope-merge-%1"_qs.arg(counter.fetchAndAddRelaxed(1));
        m_db = QSqlDatabase::addDatabase(u"QSQLITE"_qs, m_name);
        m_db.setDatabaseName(path);
        m_db.setConnectOptions(u"QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=10000"_qs);
        if (!m_db.open()) {
            m_error = m_db.lastError().text();
            return;
        }
        for (const char *pragma : {"PRAGMA journal_mode = OFF", "PRAGMA synchronous = OFF",
                                   "PRAGMA temp_store = MEMORY", "PRAGMA cache_size = -65536"}) {
            if (Status s = exec(m_db, QLatin1String(pragma)); !s) {
                m_error = s.errorMessage();
                return;
            }
        }
    }
    ~BuildConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    Q_DISABLE_COPY_MOVE(BuildConnection)

    QString error() const { return m_error; }
    QSqlDatabase &db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
    QString m_error;
};

QString readOnlyUri(const QString &path)
{
    return u"file:"_qs + QString::fromLatin1(QUrl::toPercentEncoding(QFileInfo(path).absoluteFilePath(), "/")) +
           u"?mode=ro"_qs;
}

Status mergeOne(QSqlDatabase &db, const QString &input, MergeCounts &counts)
{
    if (Status s = exec(db, u"ATTACH DATABASE ? AS src"_qs, {readOnlyUri(input)}); !s)
        return makeError(QObject::tr("Cannot read %1: %2").arg(input, s.errorMessage()));
    Status merged = exec(db, u"BEGIN"_qs);
    if (merged) {
        auto c = CaseMergeInput::run(db);
        if (c) {
            counts = *c;
            merged = exec(db, u"COMMIT"_qs);
        } else {
            merged = makeError(QObject::tr("Merging %1 failed: %2").arg(input, c.errorMessage()));
        }
    }
    if (!merged)
        (void)exec(db, u"ROLLBACK"_qs);
    (void)exec(db, u"DETACH DATABASE src"_qs);
    return merged;
}

// Builds the merged case in @p temp: a copy of @p out (when it exists) with every input merged into it.
Status build(const QString &out, bool outExists, const QString &temp, const QStringList &inputs,
             const CaseMerge::Progress &progress, MergeCounts &total)
{
    if (outExists) {
        // VACUUM INTO copies the committed state, WAL included, with the schema version and application id.
        Connection source(out, true);
        if (!source.ok())
            return makeError(source.error());
        if (Status s = exec(source.db(), u"VACUUM INTO ?"_qs, {temp}); !s)
            return makeError(QObject::tr("Cannot copy %1 to %2: %3").arg(out, temp, s.errorMessage()));
    } else if (Status s = CaseFile::open(temp, CaseFile::Mode::CreateIfMissing); !s) {
        return s;
    }
    BuildConnection conn(temp);
    if (!conn.error().isEmpty())
        return makeError(QObject::tr("Cannot open %1: %2").arg(temp, conn.error()));
    for (const QString &input : inputs) {
        MergeCounts counts;
        if (Status s = mergeOne(conn.db(), input, counts); !s)
            return s;
        total += counts;
        if (progress)
            progress(input, counts);
    }
    // Leave it as every case is: in WAL mode. (No PRAGMA optimize: its statistics rows would make a second
    // merge of the same inputs change the file.)
    return exec(conn.db(), u"PRAGMA journal_mode = WAL"_qs);
}

// OUT's own WAL must be empty before the new file replaces it, or SQLite would replay it onto the new file.
Status quiesce(const QString &out)
{
    {
        Connection conn(out);
        if (!conn.ok())
            return makeError(conn.error());
        QSqlQuery q(conn.db());
        if (!q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_qs) || !q.next() || q.value(0).toInt() != 0)
            return makeError(QObject::tr("%1 is in use by another program; close it and merge again.").arg(out));
    }
    if (QFileInfo(out + u"-wal"_qs).size() > 0)
        return makeError(QObject::tr("%1 is in use by another program; close it and merge again.").arg(out));
    for (const char *suffix : {"-wal", "-shm"})
        QFile::remove(out + QLatin1String(suffix));
    return Done{};
}

} // namespace

Result<MergeCounts> CaseMerge::merge(const QString &out, const QStringList &inputs, const Progress &progress)
{
    const QString untouched = QObject::tr("%1 was not changed.").arg(out);
    if (inputs.isEmpty())
        return makeError(QObject::tr("Nothing to merge: name at least one case after %1.").arg(out));
    const QString outPath = QFileInfo(out).absoluteFilePath();
    QStringList unique;
    QStringList seen;
    for (const QString &input : inputs) {
        const QString abs = QFileInfo(input).canonicalFilePath().isEmpty() ? QFileInfo(input).absoluteFilePath()
                                                                           : QFileInfo(input).canonicalFilePath();
        if (abs == outPath || (QFileInfo::exists(out) && abs == QFileInfo(out).canonicalFilePath()))
            return makeError(QObject::tr("%1 is both the output and an input; name another output.").arg(input));
        if (seen.contains(abs))
            continue;
        seen << abs;
        unique << input;
    }
    for (const QString &input : std::as_const(unique))
        if (Status s = CaseInspection::checkMergeable(input); !s)
            return makeError(s.errorMessage() + u' ' + untouched);
    const bool outExists = QFileInfo::exists(out);
    if (outExists)
        if (Status s = CaseInspection::checkMergeable(out); !s)
            return makeError(s.errorMessage() + u' ' + untouched);
    if (!QFileInfo(outPath).absoluteDir().exists())
        return makeError(
            QObject::tr("Cannot create %1: the folder %2 does not exist.").arg(out, QFileInfo(outPath).absolutePath()));

    const QString temp = out + u".merging"_qs;
    removeWithSidecars(temp);
    MergeCounts total;
    if (Status s = build(out, outExists, temp, unique, progress, total); !s) {
        removeWithSidecars(temp);
        return makeError(s.errorMessage() + u' ' + untouched);
    }
    for (const char *suffix : {"-wal", "-shm", "-journal"})
        QFile::remove(temp + QLatin1String(suffix));
    if (!syncFile(temp)) {
        removeWithSidecars(temp);
        return makeError(QObject::tr("Cannot write %1 to disk. %2").arg(temp, untouched));
    }
    if (outExists)
        if (Status s = quiesce(out); !s) {
            removeWithSidecars(temp);
            return makeError(s.errorMessage() + u' ' + untouched);
        }
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(out).constData()) != 0) {
        removeWithSidecars(temp);
        return makeError(QObject::tr("Cannot rename %1 to %2: %3. %4")
                             .arg(temp, out, QString::fromLocal8Bit(std::strerror(errno)), untouched));
    }
    syncFile(QFileInfo(outPath).absolutePath());
    return total;
}

} // namespace Govscope::Models
