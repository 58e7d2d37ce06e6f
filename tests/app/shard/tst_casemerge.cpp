// The rules of `govscope merge` (Models::CaseMerge) on cases written through the repositories, as scans
// write them: shards united with stable ids, evidence blobs stored once, the search indexes following;
// triage made in OUT surviving a later merge; a shard scanned from a copy of the merged case bringing back
// only what changed (a later "fixed" wins, stale rows of other orgs change nothing); inputs left as they were.

#include "casefile.h"
#include "casemerge.h"
#include "findingrepository.h"
#include "fingerprintrepository.h"
#include "scanrepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Govscope;
using namespace Govscope::Models;

namespace {

QString one(const QString &path, const QString &sql)
{
    Connection conn(path, true);
    QSqlQuery q(conn.db());
    if (!q.exec(sql) || !q.next())
        return u"<error>"_qs;
    return q.value(0).toString();
}

// Every row of every table but the search index internals, in a fixed order: what "changes nothing" means.
QString contents(const QString &path)
{
    Connection conn(path, true);
    QStringList tables;
    QSqlQuery list(conn.db());
    list.exec(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"_qs);
    while (list.next())
        tables << list.value(0).toString();
    QString out;
    for (const QString &t : std::as_const(tables)) {
        QSqlQuery q(conn.db());
        if (!q.exec(u"SELECT * FROM \"%1\""_qs.arg(t)))
            continue; // virtual tables are read through their shadow tables
        QStringList rows;
        while (q.next()) {
            QStringList cols;
            for (int i = 0; i < q.record().count(); ++i)
                cols << q.value(i).toString();
            rows << cols.join(u'|');
        }
        rows.sort();
        out += t + u":\n"_qs + rows.join(u'\n') + u'\n';
    }
    return out;
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

// One scan over @p orgs of family "web", in which @p seen are found (org -> target), then every task completed.
void scan(const QString &path, const QStringList &orgs, const QHash<QString, QString> &seen)
{
    Connection conn(path);
    QSqlDatabase &db = conn.db();
    QVERIFY(db.transaction());
    auto id = ScanRepository::create(db, {u"web"_qs}, orgs, "{}", u"test"_qs);
    QVERIFY(id);
    for (const QString &org : orgs) {
        const bool found = seen.contains(org);
        QVERIFY(ScanRepository::recordResult(db, *id,
                                             {org,
                                              u"web"_qs,
                                              u"web.no_https"_qs,
                                              found ? seen[org] : u"*"_qs,
                                              found ? Outcome::Finding : Outcome::Pass,
                                              {}}));
        if (found) {
            NewFinding f{org, u"web"_qs, u"web.no_https"_qs, seen[org], u"未启用 HTTPS 加密"_qs, Severity::High, {}};
            // The same page bytes in every shard: one blob after the merge.
            f.evidence = {{u"http"_qs, u"GET http://%1/ 200"_qs.arg(seen[org]), QByteArray("HTTP/1.1 200 OK\r\n"),
                           u"message/http"_qs}};
            // Rendered in the reader's language: the template and its parameters travel with the finding.
            // (A02's only: the others keep a Chinese stored title for the pair index below.)
            if (org == u"A02"_qs)
                f.titleText = message("No HTTPS on %{host}", {{u"host"_qs, seen[org]}});
            QVERIFY(FindingRepository::record(db, *id, f));
            // What the scan saw, for a later `govscope rematch`.
            Observation o{org, u"vuln.component_version"_qs, seen[org], {}, f.evidence.first()};
            o.fingerprints = {{u"technology"_qs, u"nginx"_qs, u"1.2.3"_qs, {}, {22}, u"header Server: nginx/1.2.3"_qs}};
            QVERIFY(FingerprintRepository::record(db, *id, o));
        }
        QVERIFY(ScanRepository::completeTask(db, *id, org, u"web"_qs));
    }
    QVERIFY(ScanRepository::finish(db, *id, u"finished"_qs));
    QVERIFY(db.commit());
}

} // namespace

class TestCaseMerge : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(CaseFile::open(path(u"base.govcase"_qs), CaseFile::Mode::CreateIfMissing));
        Connection conn(path(u"base.govcase"_qs));
        for (const char *org : {"A01", "A02", "A03"})
            QVERIFY(exec(
                conn.db(), u"INSERT INTO orgs (id, name, kind, updated_at) VALUES (?, ?, 'party_gov', ?)"_qs,
                {QString::fromLatin1(org), u"示例单位 %1"_qs.arg(QLatin1String(org)), u"2099-01-01T00:00:00.000Z"_qs}));
    }

    void shardsMergeWithSearchAndOneBlob()
    {
        for (const char *s : {"s1", "s2"})
            QVERIFY(QFile::copy(path(u"base.govcase"_qs), path(QLatin1String(s) + u".govcase"_qs)));
        scan(path(u"s1.govcase"_qs), {u"A01"_qs, u"A03"_qs}, {{u"A01"_qs, u"www.a01.example.gov.cn"_qs}});
        scan(path(u"s2.govcase"_qs), {u"A02"_qs}, {{u"A02"_qs, u"www.a02.example.gov.cn"_qs}});
        const QByteArray inputHash = fileHash(path(u"s1.govcase"_qs));

        const QString out = path(u"out.govcase"_qs);
        auto merged = CaseMerge::merge(out, {path(u"s1.govcase"_qs), path(u"s2.govcase"_qs)});
        QVERIFY2(merged, qPrintable(merged.errorMessage()));
        QCOMPARE(merged->findingsAdded, 2);
        QCOMPARE(fileHash(path(u"s1.govcase"_qs)), inputHash); // inputs are only read
        QVERIFY(CaseFile::open(out));
        QCOMPARE(one(out, u"SELECT count(*) FROM findings"_qs), u"2"_qs);
        QCOMPARE(one(out, u"SELECT count(*) FROM scans"_qs), u"2"_qs);
        QCOMPARE(one(out, u"SELECT count(*) FROM check_results"_qs), u"3"_qs);
        QCOMPARE(one(out, u"SELECT count(*) FROM blobs"_qs), u"1"_qs);
        QCOMPARE(one(out, u"SELECT count(*) FROM evidence"_qs), u"2"_qs);
        QCOMPARE(one(out, u"SELECT title_params FROM findings WHERE org = 'A02'"_qs),
                 u"{\"host\":\"www.a02.example.gov.cn\"}"_qs);
        QCOMPARE(one(out, u"SELECT count(*) FROM observations o JOIN scans s ON s.id = o.scan"_qs), u"2"_qs);
        QCOMPARE(one(out, u"SELECT group_concat(f.product || ' ' || f.version) FROM fingerprints f "
                          "JOIN observations o ON o.id = f.observation WHERE o.org = 'A02'"_qs),
                 u"nginx 1.2.3"_qs);
        // A finding's last scan is OUT's id of the scan that saw it.
        QCOMPARE(one(out, u"SELECT count(*) FROM findings f JOIN scans s ON s.id = f.last_scan"_qs), u"2"_qs);
        Connection conn(out, true);
        FindingFilter two;
        two.text = u"加密"_qs; // the pair index
        FindingFilter three;
        three.text = u"a02.example"_qs; // the trigram index
        QCOMPARE(*FindingRepository::count(conn.db(), two), 1);
        QCOMPARE(*FindingRepository::count(conn.db(), three), 1);
    }

    void triageInOutSurvivesAndASecondMergeChangesNothing()
    {
        const QString out = path(u"out.govcase"_qs);
        const qint64 id = one(out, u"SELECT id FROM findings WHERE org = 'A01'"_qs).toLongLong();
        {
            Connection conn(out);
            QVERIFY(FindingRepository::setStatus(conn.db(), id, FindingStatus::Confirmed, u"审计员"_qs, u"复核"_qs));
            QVERIFY(FindingRepository::addNote(conn.db(), id, u"审计员"_qs, u"已电话通知"_qs));
        }
        const QString before = contents(out);
        auto again = CaseMerge::merge(out, {path(u"s1.govcase"_qs), path(u"s2.govcase"_qs)});
        QVERIFY2(again, qPrintable(again.errorMessage()));
        QCOMPARE(again->total(), 0);
        QCOMPARE(contents(out), before);
        QCOMPARE(one(out, u"SELECT status FROM findings WHERE id = %1"_qs.arg(id)), u"confirmed"_qs);
    }

    void aLaterScanOfACopyBringsBackOnlyWhatChanged()
    {
        // Next month's shard 1 starts from a copy of the merged case (with its triage) and no longer sees
        // A01's problem; its copy of A02's finding is stale and must change nothing.
        const QString out = path(u"out.govcase"_qs);
        const QString next = path(u"next1.govcase"_qs);
        const qint64 a01 = one(out, u"SELECT id FROM findings WHERE org = 'A01'"_qs).toLongLong();
        const qint64 a02 = one(out, u"SELECT id FROM findings WHERE org = 'A02'"_qs).toLongLong();
        const QString a02Seen = one(out, u"SELECT last_seen FROM findings WHERE org = 'A02'"_qs);
        QVERIFY(QFile::copy(out, next));
        QThread::msleep(5); // a later millisecond than the triage
        scan(next, {u"A01"_qs, u"A03"_qs}, {});
        // Meanwhile, in OUT, the auditor marks A02's finding a false positive.
        {
            Connection conn(out);
            QVERIFY(FindingRepository::setStatus(conn.db(), a02, FindingStatus::FalsePositive, u"审计员"_qs,
                                                 u"测试站点"_qs));
        }
        auto merged = CaseMerge::merge(out, {next});
        QVERIFY2(merged, qPrintable(merged.errorMessage()));
        QCOMPARE(merged->findingsAdded, 0);
        QCOMPARE(merged->scans, 1); // only the new scan; the copied two are recognised
        QCOMPARE(one(out, u"SELECT count(*) FROM scans"_qs), u"3"_qs);
        QCOMPARE(one(out, u"SELECT id FROM findings WHERE org = 'A01'"_qs).toLongLong(), a01);
        QCOMPARE(one(out, u"SELECT status FROM findings WHERE id = %1"_qs.arg(a01)), u"fixed"_qs);
        QCOMPARE(one(out, u"SELECT count(*) FROM triage_notes WHERE finding = %1"_qs.arg(a01)), u"1"_qs);
        QCOMPARE(one(out, u"SELECT group_concat(status, ',') FROM (SELECT status FROM finding_status_history "
                          "WHERE finding = %1 ORDER BY at, id)"_qs.arg(a01)),
                 u"open,confirmed,fixed"_qs);
        QCOMPARE(one(out, u"SELECT status FROM findings WHERE id = %1"_qs.arg(a02)), u"false_positive"_qs);
        QCOMPARE(one(out, u"SELECT last_seen FROM findings WHERE id = %1"_qs.arg(a02)), a02Seen);
    }

    void refusedInputsLeaveOutUntouched()
    {
        const QString out = path(u"out.govcase"_qs);
        const QByteArray hash = fileHash(out);
        QFile junk(path(u"junk.govcase"_qs));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("not a case");
        junk.close();
        auto notCase = CaseMerge::merge(out, {path(u"s1.govcase"_qs), junk.fileName()});
        QVERIFY(!notCase);
        QVERIFY2(notCase.errorMessage().contains(junk.fileName()), qPrintable(notCase.errorMessage()));
        QVERIFY(!CaseMerge::merge(out, {path(u"missing.govcase"_qs)}));
        QVERIFY(!CaseMerge::merge(out, {out}));
        QCOMPARE(fileHash(out), hash);
        QVERIFY(!QFile::exists(out + u".merging"_qs));
    }
};

QTEST_GUILESS_MAIN(TestCaseMerge)
#include "tst_casemerge.moc"
