// The demo province scanned whole and as three shards (`scan --shard K/3`, each in its own copy of the
// imported case, as a job array runs them), then `govscope merge`: the merged case has the same finding (org,
// check, target, status) as the whole scan, every org in exactly one shard; a second merge changes nothing
// (a dump of every table is the same), triage made in the merged case survives it; a damaged input or one of
// another schema version is refused and leaves OUT byte for byte as it was.

#include "fullscan.h"

#include "casefile.h"
#include "findingrepository.h"
#include "scanrepository.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace FullScan;
using namespace Govscope;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

// Every table, row by row, as sqlite3 prints it: ids, histories, search indexes and blobs included. Sorted
// by line: merge rebuilds the file (VACUUM INTO), which lists the virtual tables' schema rows in another
// order; the rows themselves must not change.
QString dump(const QString &path)
{
    const Run r = run(u"sqlite3"_qs, {path, u".dump"_qs}, 120'000);
    if (r.exitCode != 0)
        return {};
    QStringList lines = r.out.split(u'\n');
    lines.sort();
    return lines.join(u'\n');
}

QString sqlite(const QString &path, const QString &sql)
{
    return run(u"sqlite3"_qs, {path, sql}, 60'000).out.trimmed();
}

// The demo profile with more patience: four scans share two loaded cores here, and a probe that times out
// in one of them but not in another makes a difference no merge can explain.
QString writeCalmProfile(const QString &dir)
{
    const QString path = writeProfile(dir);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return path;
    QString json = QString::fromUtf8(f.readAll());
    f.close();
    json.replace(u"\"concurrency\": 64"_qs, u"\"concurrency\": 16"_qs)
        .replace(u"\"timeout_ms\": 4000"_qs, u"\"timeout_ms\": 8000"_qs);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(json.toUtf8());
    return path;
}

// "org check target outcome" of every check result of every scan in a case.
QStringList resultKeys(const QString &path)
{
    QStringList keys = sqlite(path, u"SELECT org || ' ' || check_id || ' ' || target || ' ' || outcome "
                                    "FROM check_results"_qs)
                           .split(u'\n', Qt::SkipEmptyParts);
    keys.sort();
    return keys;
}

// "org\tcheck\ttarget" of the checks that ended inconclusive in @p path (for the target or the whole family).
QSet<QString> inconclusiveIn(const QString &path)
{
    const QStringList rows = sqlite(path, u"SELECT org || char(9) || check_id || char(9) || target FROM "
                                          "check_results WHERE outcome = 'inconclusive'"_qs)
                                 .split(u'\n', Qt::SkipEmptyParts);
    return QSet<QString>(rows.cbegin(), rows.cend());
}

// Findings of one side the other lacks, except where the other side could not tell (inconclusive): a loaded
// machine times probes out (tests/app/fullscan does the same), a planted problem must never read as a pass.
QStringList unexplained(const QStringList &from, const QStringList &other, const QSet<QString> &inconclusiveOther)
{
    const QSet<QString> there(other.cbegin(), other.cend());
    QStringList out;
    for (const QString &key : from) {
        if (there.contains(key))
            continue;
        const QStringList cols = key.split(u'\t');
        if (!inconclusiveOther.contains(cols.mid(0, 3).join(u'\t')) &&
            !inconclusiveOther.contains(cols[0] + u'\t' + cols[1] + u"\t*"_qs))
            out << key;
    }
    return out;
}

} // namespace

class TestShardWorld : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void threeShardsMergedEqualOneWholeScan()
    {
        QVERIFY2(!qEnvironmentVariableIsEmpty("GOVSCOPE_WORLD_FEEDS"), "run inside tests/world");
        QTemporaryDir dir;
        const QString profile = writeCalmProfile(dir.path());
        const QString base = dir.filePath(u"base.govcase"_qs);
        QString error = importDemo(base);
        QVERIFY2(error.isEmpty(), qPrintable(error));

        const QString whole = dir.filePath(u"whole.govcase"_qs);
        QVERIFY(QFile::copy(base, whole));
        const Run wholeRun = run(binary(), scanArgs(whole, profile), 1'200'000);
        QVERIFY2(wholeRun.exitCode == 0, qPrintable(wholeRun.err.right(4000)));
        const QStringList expected = findingKeys(whole, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(!expected.isEmpty());

        QStringList shards;
        QSet<QString> scannedOrgs;
        int scannedTotal = 0;
        for (int k = 1; k <= 3; ++k) {
            const QString shard = dir.filePath(u"shard%1.govcase"_qs.arg(k));
            QVERIFY(QFile::copy(base, shard));
            const Run r = run(binary(), scanArgs(shard, profile) << u"--shard"_qs << u"%1/3"_qs.arg(k), 1'200'000);
            QVERIFY2(r.exitCode == 0, qPrintable(r.err.right(4000)));
            QVERIFY2(alarmingLines(r.err).isEmpty(), qPrintable(alarmingLines(r.err).join(u'\n')));
            Models::Connection conn(shard, true);
            auto scans = Models::ScanRepository::all(conn.db());
            QVERIFY(scans && scans->size() == 1);
            QVERIFY2(!scans->first().orgs.isEmpty(), "a shard of the 30 demo orgs is empty");
            for (const QString &org : scans->first().orgs)
                scannedOrgs.insert(org);
            scannedTotal += int(scans->first().orgs.size());
            shards << shard;
        }
        const int allOrgs = sqlite(base, u"SELECT count(*) FROM orgs"_qs).toInt();
        QCOMPARE(scannedTotal, allOrgs); // every org in exactly one shard
        QCOMPARE(int(scannedOrgs.size()), allOrgs);

        const QString out = dir.filePath(u"merged.govcase"_qs);
        const Run merged = run(plainBinary(), QStringList{u"merge"_qs, out} + shards, 600'000);
        QVERIFY2(merged.exitCode == 0, qPrintable(merged.err));
        const QStringList actual = findingKeys(out, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // The merge itself is exact: the merged case holds the union of the shards' findings and results.
        QStringList unionOfShards, shardResults;
        for (const QString &shard : std::as_const(shards)) {
            unionOfShards += findingKeys(shard, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            shardResults += resultKeys(shard);
        }
        unionOfShards.sort();
        shardResults.sort();
        QCOMPARE(actual, unionOfShards);
        QCOMPARE(resultKeys(out), shardResults);
        QCOMPARE(sqlite(out, u"SELECT count(*) FROM scans"_qs), u"3"_qs);
        // And the shards together found what the whole scan found: same org, check, target and status for
        // every finding, but for probes one of the scans timed out on.
        if (actual != expected)
            qInfo().noquote() << "whole and sharded scans differ where one was inconclusive:\nonly whole:"
                              << QStringList(QSet<QString>(expected.cbegin(), expected.cend())
                                                 .subtract(QSet<QString>(actual.cbegin(), actual.cend()))
                                                 .values())
                              << "\nonly sharded:"
                              << QStringList(QSet<QString>(actual.cbegin(), actual.cend())
                                                 .subtract(QSet<QString>(expected.cbegin(), expected.cend()))
                                                 .values());
        const QStringList missing = unexplained(expected, actual, inconclusiveIn(out));
        const QStringList extra = unexplained(actual, expected, inconclusiveIn(whole));
        QVERIFY2(missing.isEmpty(), qPrintable(u"whole scan's findings the shards lack:\n"_qs + missing.join(u'\n')));
        QVERIFY2(extra.isEmpty(), qPrintable(u"shards' findings the whole scan lacks:\n"_qs + extra.join(u'\n')));
        QCOMPARE(sqlite(out, u"PRAGMA integrity_check"_qs), u"ok"_qs);
        QVERIFY(!QFile::exists(out + u".merging"_qs));

        // Triage in the merged case, then the same shards merged again: nothing changes, triage included.
        qint64 triaged = 0;
        {
            Models::Connection conn(out);
            auto open = Models::FindingRepository::find(conn.db(), {}, 0, 1);
            QVERIFY(open && !open->isEmpty());
            triaged = open->first().id;
            QVERIFY(Models::FindingRepository::setStatus(conn.db(), triaged, Models::FindingStatus::FalsePositive,
                                                         u"auditor"_qs, u"the org's own test site"_qs));
            QVERIFY(Models::FindingRepository::addNote(conn.db(), triaged, u"auditor"_qs, u"checked by phone"_qs));
        }
        const QString before = dump(out);
        QVERIFY(!before.isEmpty());
        const Run again = run(plainBinary(), QStringList{u"merge"_qs, out} + shards, 600'000);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QVERIFY2(again.err.contains(u"nothing new"_qs), qPrintable(again.err));
        QCOMPARE(dump(out), before);
        QCOMPARE(sqlite(out, u"SELECT status FROM findings WHERE id = %1"_qs.arg(triaged)), u"false_positive"_qs);

        // A damaged shard: refused by name, OUT untouched, no temporary file left.
        const QString damaged = dir.filePath(u"damaged.govcase"_qs);
        QVERIFY(QFile::copy(shards[1], damaged));
        {
            QFile f(damaged);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 size = f.size();
            QVERIFY(size > 16 * 4096);
            f.seek(size / 2 / 4096 * 4096);
            f.write(QByteArray(3 * 4096, '\xA5'));
        }
        const QByteArray outHash = fileHash(out);
        const Run refused = run(plainBinary(), {u"merge"_qs, out, shards[0], damaged, shards[2]}, 600'000);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(damaged) && refused.err.contains(u"damaged"_qs), qPrintable(refused.err));
        QVERIFY2(refused.err.contains(u"was not changed"_qs), qPrintable(refused.err));
        QCOMPARE(fileHash(out), outHash);
        QVERIFY(!QFile::exists(out + u".merging"_qs));

        // Another schema version: refused the same way.
        const QString older = dir.filePath(u"older.govcase"_qs);
        QVERIFY(QFile::copy(shards[0], older));
        sqlite(older, u"PRAGMA user_version = 1"_qs);
        const Run otherVersion = run(plainBinary(), {u"merge"_qs, out, older}, 600'000);
        QCOMPARE(otherVersion.exitCode, 1);
        QVERIFY2(otherVersion.err.contains(u"schema version 1"_qs), qPrintable(otherVersion.err));
        QCOMPARE(fileHash(out), outHash);
        QCOMPARE(dump(out), before);
    }
};

QTEST_GUILESS_MAIN(TestShardWorld)
#include "tst_shard_world.moc"
