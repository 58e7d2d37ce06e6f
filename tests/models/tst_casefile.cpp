// Opening, creating and migrating case files, and refusing everything that is not a case we can read
// without changing a byte of it.

#include "casefile.h"
#include "casefixtures.h"
#include "orgrepository.h"
#include "schemamigrator.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace Govscope;
using namespace Govscope::Models;
using Testing::fingerprint;
using Testing::rawSql;

class TestCaseFile final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // A case with enough orgs to span many pages, checkpointed so it stands alone without its WAL.
    QString makeCase(const QString &name, int orgs = 0)
    {
        const QString p = path(name);
        if (!CaseFile::open(p, CaseFile::Mode::CreateIfMissing))
            qFatal("cannot create %s", qPrintable(p));
        if (orgs > 0) {
            Connection conn(p);
            conn.db().transaction();
            for (int i = 0; i < orgs; ++i) {
                Organization o;
                o.id = u"A%1"_qs.arg(i, 5, 10, QChar(u'0'));
                o.name = u"测试单位%1号政务服务中心"_qs.arg(i);
                o.kind = OrgKind::PartyGov;
                o.websites = {u"https://www%1.example.gov.cn"_qs.arg(i)};
                if (const Status s = OrgRepository::upsert(conn.db(), o); !s)
                    qFatal("upsert failed: %s", qPrintable(s.errorMessage()));
            }
            conn.db().commit();
        }
        return p;
    }

    static void expectRefused(const QString &file, const QString &mentions)
    {
        const QByteArray before = fingerprint(file);
        const Status s = CaseFile::open(file);
        QVERIFY2(!s, "a file that is not a readable case was accepted");
        QVERIFY2(s.errorMessage().contains(file), qPrintable(s.errorMessage()));
        QVERIFY2(s.errorMessage().contains(mentions, Qt::CaseInsensitive), qPrintable(s.errorMessage()));
        QCOMPARE(fingerprint(file), before);
        QVERIFY(!QFile::exists(file + u"-journal"_qs));
    }

    // A schema folder holding the built-in files plus @p extra (name -> SQL), as a later release would.
    QString schemaFolder(const QString &name, const QHash<QString, QByteArray> &extra)
    {
        const QString dir = path(name);
        QDir().mkpath(dir);
        for (const QString &f : QDir(u":/sql"_qs).entryList(QDir::Files))
            QFile::copy(u":/sql/"_qs + f, dir + u'/' + f);
        for (auto it = extra.cbegin(); it != extra.cend(); ++it) {
            QFile out(dir + u'/' + it.key());
            out.open(QIODevice::WriteOnly);
            out.write(it.value());
        }
        return dir;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void createsAtomicallyWithWalAndIds()
    {
        const QString p = path(u"new.govcase"_qs);
        QVERIFY(CaseFile::open(p, CaseFile::Mode::CreateIfMissing));
        QVERIFY(QFile::exists(p));
        QVERIFY(!QFile::exists(p + u".creating"_qs));
        QVERIFY(!QFile::exists(p + u".creating-wal"_qs));
        QCOMPARE(rawSql(p, {u"PRAGMA user_version"_qs}).toInt(), CaseFile::currentSchemaVersion());
        QCOMPARE(rawSql(p, {u"PRAGMA application_id"_qs}).toInt(), CaseFile::applicationId);
        QCOMPARE(rawSql(p, {u"PRAGMA journal_mode"_qs}).toString(), u"wal"_qs);
        QVERIFY(CaseFile::currentSchemaVersion() >= 1);

        Connection conn(p);
        QVERIFY2(conn.ok(), qPrintable(conn.error()));
        QSqlQuery q(conn.db());
        QVERIFY(q.exec(u"PRAGMA journal_mode"_qs) && q.next());
        QCOMPARE(q.value(0).toString(), u"wal"_qs);
        // A case may come from someone else: its schema is not trusted to call functions with side effects.
        QVERIFY(q.exec(u"PRAGMA trusted_schema"_qs) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        // Opening an existing, current case succeeds and changes nothing.
        const QByteArray before = fingerprint(p);
        QVERIFY(CaseFile::open(p));
        QCOMPARE(fingerprint(p), before);
    }

    void openMissingFileFails()
    {
        const QString p = path(u"absent.govcase"_qs);
        const Status s = CaseFile::open(p);
        QVERIFY(!s);
        QVERIFY(s.errorMessage().contains(p));
        QVERIFY(!QFile::exists(p));
    }

    void createInMissingFolderFails()
    {
        const QString p = path(u"no/such/folder/x.govcase"_qs);
        const Status s = CaseFile::open(p, CaseFile::Mode::CreateIfMissing);
        QVERIFY(!s);
        QVERIFY2(s.errorMessage().contains(u"does not exist"_qs), qPrintable(s.errorMessage()));
    }

    void createInUnwritableFolderLeavesNothing()
    {
        // Root ignores file modes; /proc refuses new files to everyone.
        QString folder = u"/proc"_qs;
        if (geteuid() != 0) {
            folder = path(u"readonly"_qs);
            QDir().mkpath(folder);
            QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner);
        }
        const QString p = folder + u"/locked.govcase"_qs;
        const Status s = CaseFile::open(p, CaseFile::Mode::CreateIfMissing);
        QVERIFY(!s);
        QVERIFY2(s.errorMessage().contains(p), qPrintable(s.errorMessage()));
        QVERIFY(!QFile::exists(p));
        QVERIFY(!QFile::exists(p + u".creating"_qs));
    }

    void blankSqliteFileIsMigrated()
    {
        const QString p = path(u"blank.govcase"_qs);
        rawSql(p, {u"PRAGMA user_version = 0"_qs, u"CREATE TABLE t(x)"_qs, u"DROP TABLE t"_qs, u"VACUUM"_qs});
        QVERIFY(QFileInfo(p).size() > 0);
        const Status s = CaseFile::open(p);
        QVERIFY2(s, qPrintable(s.errorMessage()));
        QCOMPARE(rawSql(p, {u"PRAGMA user_version"_qs}).toInt(), CaseFile::currentSchemaVersion());
        QCOMPARE(rawSql(p, {u"PRAGMA application_id"_qs}).toInt(), CaseFile::applicationId);
        QCOMPARE(rawSql(p, {u"SELECT count(*) FROM sqlite_master WHERE name = 'findings_fts'"_qs}).toInt(), 1);
    }

    void migratesForwardToAFutureSchema()
    {
        const int current = CaseFile::currentSchemaVersion();
        const QString next = u"%1_org_notes.sql"_qs.arg(current + 1, 3, 10, QChar(u'0'));
        const SchemaMigrator future(
            schemaFolder(u"schema-future"_qs, {{next, "-- a later release\nALTER TABLE orgs ADD COLUMN "
                                                      "note TEXT NOT NULL DEFAULT '';\nCREATE INDEX "
                                                      "orgs_note ON orgs(note);\n"}}));
        QVERIFY(future.problem().isEmpty());
        QCOMPARE(future.latestVersion(), current + 1);

        const QString p = makeCase(u"old.govcase"_qs, 3);
        Status s = CaseFile::open(p, CaseFile::Mode::OpenExisting, future);
        QVERIFY2(s, qPrintable(s.errorMessage()));
        QCOMPARE(rawSql(p, {u"PRAGMA user_version"_qs}).toInt(), current + 1);
        QCOMPARE(rawSql(p, {u"SELECT count(*) FROM orgs WHERE note = ''"_qs}).toInt(), 3);

        // Forward only: opening again runs nothing, and this build now refuses the newer file.
        const QByteArray migrated = fingerprint(p);
        QVERIFY(CaseFile::open(p, CaseFile::Mode::OpenExisting, future));
        QCOMPARE(fingerprint(p), migrated);
        expectRefused(p, u"newer"_qs);

        // A new case made with the future schema runs every step at once.
        const QString fresh = path(u"fresh-future.govcase"_qs);
        QVERIFY(CaseFile::open(fresh, CaseFile::Mode::CreateIfMissing, future));
        QCOMPARE(rawSql(fresh, {u"SELECT count(*) FROM sqlite_master WHERE name = 'orgs_note'"_qs}).toInt(), 1);
    }

    void failedMigrationChangesNothing()
    {
        const int current = CaseFile::currentSchemaVersion();
        const SchemaMigrator broken(schemaFolder(
            u"schema-broken"_qs, {{u"%1_ok.sql"_qs.arg(current + 1, 3, 10, QChar(u'0')), "CREATE TABLE extra (x);\n"},
                                  {u"%1_bad.sql"_qs.arg(current + 2, 3, 10, QChar(u'0')), "CREATE TABLE oops (;\n"}}));
        const QString p = makeCase(u"stays.govcase"_qs, 2);
        const QByteArray before = fingerprint(p);
        const Status s = CaseFile::open(p, CaseFile::Mode::OpenExisting, broken);
        QVERIFY(!s);
        QVERIFY2(s.errorMessage().contains(p) && s.errorMessage().contains(QString::number(current + 2)),
                 qPrintable(s.errorMessage()));
        QCOMPARE(fingerprint(p), before);
        QCOMPARE(rawSql(p, {u"PRAGMA user_version"_qs}).toInt(), current);
        QCOMPARE(rawSql(p, {u"SELECT count(*) FROM sqlite_master WHERE name = 'extra'"_qs}).toInt(), 0);
    }

    void duplicateSchemaVersionsAreRefused()
    {
        const SchemaMigrator twice(schemaFolder(u"schema-twice"_qs, {{u"001_again.sql"_qs, "CREATE TABLE x (y);\n"}}));
        QVERIFY(!twice.problem().isEmpty());
        const Status s = CaseFile::open(path(u"twice.govcase"_qs), CaseFile::Mode::CreateIfMissing, twice);
        QVERIFY(!s);
        QVERIFY(!QFile::exists(path(u"twice.govcase"_qs)));
    }

    void statementsAreSplitAtLineEnds()
    {
        const auto statements = SchemaMigrator::statementsOf(
            u"-- comment; not a statement\nCREATE TABLE a (\n  x TEXT -- inline\n);\n\nCREATE INDEX i ON a(x);\nSELECT 1"_qs);
        QCOMPARE(statements.size(), 3);
        QVERIFY(statements.at(0).startsWith(u"CREATE TABLE a"_qs));
        QCOMPARE(statements.at(2), u"SELECT 1"_qs);
    }

    void newerCaseIsRefusedUntouched()
    {
        const QString p = makeCase(u"newer.govcase"_qs, 5);
        rawSql(p, {u"PRAGMA user_version = 99"_qs});
        expectRefused(p, u"newer Govscope (schema 99"_qs);
        QVERIFY(!QFile::exists(p + u"-wal"_qs));
    }

    void notACaseIsRefusedUntouched_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("mentions");
        QTest::addRow("text file") << u"notes.txt"_qs << QByteArray("政务应用清单\nA001,省政府办公厅\n")
                                   << u"not an SQLite database"_qs;
        QByteArray png("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
        png += QByteArray(200, '\x07');
        QTest::addRow("png") << u"logo.png"_qs << png << u"not an SQLite database"_qs;
        QTest::addRow("empty") << u"empty.govcase"_qs << QByteArray() << u"empty"_qs;
        QTest::addRow("sqlite header only")
            << u"header.govcase"_qs << QByteArray("SQLite format 3\0", 16) << u"damaged"_qs;
    }

    void notACaseIsRefusedUntouched()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, mentions);
        const QString p = path(name);
        QFile f(p);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        expectRefused(p, mentions);
    }

    void otherAppsDatabaseIsRefused_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::addRow("tables, no id") << QStringList{u"CREATE TABLE people (name TEXT)"_qs,
                                                      u"INSERT INTO people VALUES ('张三')"_qs};
        QTest::addRow("another app id") << QStringList{u"PRAGMA application_id = 1234"_qs, u"CREATE TABLE t (x)"_qs};
        QTest::addRow("our tables, no id") << QStringList{u"CREATE TABLE orgs (id TEXT)"_qs};
        QTest::addRow("wal, other app") << QStringList{u"PRAGMA journal_mode = WAL"_qs, u"CREATE TABLE t (x)"_qs};
        QTest::addRow("no tables, a version") << QStringList{u"PRAGMA user_version = 3"_qs};
    }

    void otherAppsDatabaseIsRefused()
    {
        QFETCH(QStringList, statements);
        const QString p = path(u"other-%1.db"_qs.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
        rawSql(p, statements);
        expectRefused(p, u"not a Govscope case"_qs);
    }

    void directoryIsRefused()
    {
        const QString p = path(u"folder.govcase"_qs);
        QVERIFY(QDir().mkpath(p));
        for (auto mode : {CaseFile::Mode::OpenExisting, CaseFile::Mode::CreateIfMissing}) {
            const Status s = CaseFile::open(p, mode);
            QVERIFY(!s);
            QVERIFY2(s.errorMessage().contains(p) && s.errorMessage().contains(u"not a file"_qs),
                     qPrintable(s.errorMessage()));
        }
        QVERIFY(QFileInfo(p).isDir());
        QVERIFY(QDir(p).isEmpty());
    }

    void damagedCaseIsRefusedUntouched_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<bool>("probeOnly"); // as for a case too big for a full check
        QTest::addRow("garbage pages") << u"garbage"_qs << false;
        QTest::addRow("truncated") << u"truncate"_qs << false;
        QTest::addRow("schema page garbage") << u"schema"_qs << false;
        QTest::addRow("last page zeroed") << u"zero-last"_qs << false;
        QTest::addRow("garbage pages, probe") << u"garbage"_qs << true;
        QTest::addRow("truncated, probe") << u"truncate"_qs << true;
        QTest::addRow("schema page garbage, probe") << u"schema"_qs << true;
    }

    void damagedCaseIsRefusedUntouched()
    {
        QFETCH(QString, damage);
        QFETCH(bool, probeOnly);
        const QString p = makeCase(u"damaged-%1-%2.govcase"_qs.arg(damage).arg(probeOnly), 3000);
        CaseFile::setFullCheckLimit(probeOnly ? 0 : 64LL * 1024 * 1024);
        auto restore = qScopeGuard([] { CaseFile::setFullCheckLimit(64LL * 1024 * 1024); });
        if (probeOnly) // a sound case passes the probe
            QVERIFY(CaseFile::open(p));
        QVERIFY(!QFile::exists(p + u"-wal"_qs));
        const int pageSize = rawSql(p, {u"PRAGMA page_size"_qs}).toInt();
        QFile f(p);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > 20 * pageSize);
        QRandomGenerator rng(42);
        auto garbage = [&](qint64 n) {
            QByteArray b(n, Qt::Uninitialized);
            for (char &c : b)
                c = char(rng.generate());
            return b;
        };
        if (damage == u"garbage"_qs) {
            f.seek(pageSize); // page 1 (header and schema) stays valid
            f.write(garbage(size - pageSize));
        } else if (damage == u"truncate"_qs) {
            f.resize(size / 2);
        } else if (damage == u"schema"_qs) {
            f.seek(100); // the 100-byte header stays valid
            f.write(garbage(pageSize - 100));
        } else {
            f.seek(size - pageSize);
            f.write(QByteArray(pageSize, '\0'));
        }
        f.close();
        expectRefused(p, u"damaged"_qs);
    }

    void connectionsAreIndependentPerName()
    {
        const QString p = makeCase(u"two.govcase"_qs, 1);
        Connection a(p);
        Connection b(p, true);
        QVERIFY(a.ok() && b.ok());
        QVERIFY(a.db().connectionName() != b.db().connectionName());
        QSqlQuery q(b.db());
        QVERIFY(q.exec(u"SELECT count(*) FROM orgs"_qs) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(!exec(b.db(), u"DELETE FROM orgs"_qs)); // read-only means read-only
        const Status bad = exec(a.db(), u"SELECT * FROM no_such_table"_qs);
        QVERIFY(!bad);
        QVERIFY(bad.errorMessage().contains(u"no_such_table"_qs));
    }
};

QTEST_GUILESS_MAIN(TestCaseFile)
#include "tst_casefile.moc"
