// Schema 4 (observations, fingerprints) and the migrator's tolerance of numbering gaps: 004 may land before
// 003, and a case migrated then must still get 003 when it arrives.

#include "casefile.h"
#include "casefixtures.h"
#include "casewriter.h"
#include "fingerprintrepository.h"
#include "schemamigrator.h"

#include <QDir>
#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QTest>

using namespace Govscope;
using namespace Govscope::Models;
using Testing::rawSql;

class TestFingerprintRepository : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    // The built-in schema files except those named in @p skip, plus @p extra.
    QString schemaFolder(const QString &name, const QStringList &skip, const QHash<QString, QByteArray> &extra = {})
    {
        const QString dir = path(name);
        QDir().mkpath(dir);
        for (const QString &f : QDir(u":/sql"_qs).entryList(QDir::Files))
            if (!skip.contains(f))
                QFile::copy(u":/sql/"_qs + f, dir + u'/' + f);
        for (auto it = extra.cbegin(); it != extra.cend(); ++it) {
            QFile out(dir + u'/' + it.key());
            out.open(QIODevice::WriteOnly);
            out.write(it.value());
        }
        return dir;
    }

private Q_SLOTS:
    void recordReplacesTheTargetsObservation()
    {
        const QString p = path(u"fp.govcase"_qs);
        QVERIFY(CaseFile::open(p, CaseFile::Mode::CreateIfMissing));
        Observation first{u"SL12"_qs,
                          u"vuln.known_vulnerability"_qs,
                          u"www.example.gov.cn"_qs,
                          {Fingerprint{u"technology"_qs,
                                       u"Apache HTTP Server"_qs,
                                       u"2.2.15"_qs,
                                       u"cpe:2.3:a:apache:http_server:*:*:*:*:*:*:*:*"_qs,
                                       {22},
                                       u"header Server: Apache/2.2.15"_qs},
                           Fingerprint{u"technology"_qs,
                                       u"PHP"_qs,
                                       u"5.3.3"_qs,
                                       u"cpe:2.3:a:php:php:*:*:*:*:*:*:*:*"_qs,
                                       {27},
                                       u"header X-Powered-By: PHP/5.3.3"_qs}},
                          NewEvidence{u"http"_qs, u"home page"_qs, "GET / HTTP/1.1\r\n\r\nHTTP/1.1 200 OK\r\n", {}}};
        {
            CaseWriter writer(p);
            writer.submit([first](QSqlDatabase &db) { return FingerprintRepository::record(db, 1, first); });
            writer.flushAndWait();
            QCOMPARE(writer.failedJobs(), 0);
        }
        {
            Connection c(p);
            auto all = FingerprintRepository::all(c.db());
            QVERIFY2(all, qPrintable(all.errorMessage()));
            QCOMPARE(all->size(), 1);
            QCOMPARE(all->first().scan, 1);
            QCOMPARE(all->first().fingerprints, first.fingerprints);
            QCOMPARE(all->first().evidence,
                     QString::fromLatin1(
                         QCryptographicHash::hash(first.source.content, QCryptographicHash::Sha256).toHex()));
        }
        // a later scan that sees nothing versioned replaces it: no stale product is matched again
        Observation later = first;
        later.fingerprints = {Fingerprint{u"technology"_qs, u"Nginx"_qs, {}, {}, {22}, u"header Server: nginx"_qs}};
        Observation other = first;
        other.target = u"mail.example.gov.cn"_qs;
        {
            CaseWriter writer(p);
            writer.submit([later](QSqlDatabase &db) { return FingerprintRepository::record(db, 2, later); });
            writer.submit([other](QSqlDatabase &db) { return FingerprintRepository::record(db, 2, other); });
            writer.flushAndWait();
        }
        Connection c(p);
        auto all = FingerprintRepository::all(c.db());
        QVERIFY(all);
        QCOMPARE(all->size(), 2);
        QCOMPARE(all->at(1).target, u"www.example.gov.cn"_qs); // ordered by target
        QCOMPARE(all->at(1).scan, 2);
        QCOMPARE(all->at(1).fingerprints, later.fingerprints);
        QCOMPARE(all->at(0).fingerprints.size(), 2);
        QCOMPARE(rawSql(p, {u"SELECT count(*) FROM fingerprints"_qs}).toInt(), 3);
    }

    void aLowerStepArrivingLaterIsStillRun()
    {
        // a build without 003 migrates a case to 4 ...
        const QString without = schemaFolder(u"schema-no003"_qs, {u"003_*"_qs});
        for (const QString &f : QDir(without).entryList({u"003_*.sql"_qs}))
            QFile::remove(without + u'/' + f);
        const SchemaMigrator gap(without);
        QVERIFY(gap.problem().isEmpty());
        const QString p = path(u"gap.govcase"_qs);
        QVERIFY(CaseFile::open(p, CaseFile::Mode::CreateIfMissing, gap));
        const int latest = gap.latestVersion();
        QVERIFY(latest >= 4);
        QCOMPARE(rawSql(p, {u"SELECT count(*) FROM schema_steps WHERE version = 3"_qs}).toInt(), 0);

        // ... then the other branch's 003 arrives: it runs although the case is at version 4 already
        const QString with = schemaFolder(u"schema-with003"_qs, {},
                                          {{u"003_other_branch.sql"_qs, "CREATE TABLE other_branch (x TEXT);\n"}});
        for (const QString &f : QDir(with).entryList({u"003_*.sql"_qs}))
            if (f != u"003_other_branch.sql"_qs)
                QFile::remove(with + u'/' + f);
        const SchemaMigrator full(with);
        QVERIFY2(full.problem().isEmpty(), qPrintable(full.problem()));
        QVERIFY(CaseFile::open(p, CaseFile::Mode::OpenExisting, full));
        QCOMPARE(rawSql(p, {u"SELECT count(*) FROM sqlite_master WHERE name = 'other_branch'"_qs}).toInt(), 1);
        QCOMPARE(rawSql(p, {u"SELECT count(*) FROM schema_steps WHERE version = 3"_qs}).toInt(), 1);
        QCOMPARE(rawSql(p, {u"PRAGMA user_version"_qs}).toInt(), latest);

        // and only once: opening again changes nothing
        const QByteArray before = Testing::fingerprint(p);
        QVERIFY(CaseFile::open(p, CaseFile::Mode::OpenExisting, full));
        QCOMPARE(Testing::fingerprint(p), before);
    }

    void aCaseFromBeforeTheListHadEveryStepUpToItsVersion()
    {
        // schema 2 made by an older build: no schema_steps; only the steps above 2 run
        const QString two = schemaFolder(u"schema-two"_qs, {});
        for (const QString &f : QDir(two).entryList({u"00[3-9]_*.sql"_qs}))
            QFile::remove(two + u'/' + f);
        const QString p = path(u"old.govcase"_qs);
        QVERIFY(CaseFile::open(p, CaseFile::Mode::CreateIfMissing, SchemaMigrator(two)));
        rawSql(p, {u"DROP TABLE schema_steps"_qs});
        QCOMPARE(rawSql(p, {u"PRAGMA user_version"_qs}).toInt(), 2);
        const Status s = CaseFile::open(p, CaseFile::Mode::OpenExisting);
        QVERIFY2(s, qPrintable(s.errorMessage()));
        QCOMPARE(rawSql(p, {u"PRAGMA user_version"_qs}).toInt(), CaseFile::currentSchemaVersion());
        QCOMPARE(rawSql(p, {u"SELECT count(*) FROM sqlite_master WHERE name = 'observations'"_qs}).toInt(), 1);
        QCOMPARE(rawSql(p, {u"SELECT file FROM schema_steps WHERE version = 1"_qs}).toString(), u"001_initial.sql"_qs);
        QCOMPARE(rawSql(p, {u"SELECT at FROM schema_steps WHERE version = 2"_qs}).toString(), u"before the list"_qs);
    }
};

QTEST_GUILESS_MAIN(TestFingerprintRepository)
#include "tst_fingerprintrepository.moc"
