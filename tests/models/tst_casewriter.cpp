// The one writer of a case: batching, per-job rollback, flush, shutdown, many submitting threads,
// readers alongside it (WAL), and what survives a SIGKILL.

#include "casefile.h"
#include "casefixtures.h"
#include "casewriter.h"
#include "findingrepository.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <thread>

using namespace Govscope;
using namespace Govscope::Models;

namespace {

CaseWriter::Job insertMeta(const QString &key)
{
    return [key](QSqlDatabase &db) { return exec(db, u"INSERT INTO meta (key, value) VALUES (?, 'v')"_qs, {key}); };
}

qint64 countOf(const QString &path, const QString &sql)
{
    Connection conn(path, true);
    QSqlQuery q(conn.db());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

// Child mode: records findings t0, t1, … through a CaseWriter until killed, printing the number of
// committed jobs after each flush — the parent checks that every one of them survived.
int runKillChild(const QString &path)
{
    CaseWriter writer(path);
    qint64 next = 0;
    for (;;) {
        for (int i = 0; i < 25; ++i, ++next) {
            writer.submit([next](QSqlDatabase &db) -> Status {
                NewFinding f{u"A001"_qs,
                             u"domain"_qs,
                             u"domain.test"_qs,
                             u"t%1"_qs.arg(next),
                             u"测试发现 %1"_qs.arg(next),
                             Severity::Medium,
                             {{u"text"_qs, u"summary"_qs, QByteArray::number(next % 7), u"text/plain"_qs}}};
                auto id = FindingRepository::record(db, 1, f);
                return id ? Status(Done{}) : Status(id.error());
            });
        }
        writer.flushAndWait();
        std::printf("committed %lld\n", static_cast<long long>(writer.committedJobs()));
        std::fflush(stdout);
    }
}

} // namespace

class TestCaseWriter final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_cases = 0;

    QString newCase()
    {
        const QString p = m_dir.filePath(u"case%1.govcase"_qs.arg(++m_cases));
        if (!CaseFile::open(p, CaseFile::Mode::CreateIfMissing))
            qFatal("cannot create %s", qPrintable(p));
        return p;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void tenThousandJobsCommitInFewTransactions()
    {
        const QString p = newCase();
        CaseWriter writer(p);
        for (int i = 0; i < 10000; ++i)
            writer.submit(insertMeta(u"k%1"_qs.arg(i)));
        QFuture<void> done = writer.flush();
        QTRY_VERIFY_WITH_TIMEOUT(done.isFinished(), 60000);
        QCOMPARE(writer.committedJobs(), 10000);
        QCOMPARE(writer.failedJobs(), 0);
        QVERIFY2(writer.transactions() <= 100, qPrintable(QString::number(writer.transactions())));
        QVERIFY(writer.transactions() >= 5); // at most 2,000 jobs per transaction
        QCOMPARE(countOf(p, u"SELECT count(*) FROM meta"_qs), 10000);
    }

    void failingJobRollsBackAloneInItsBatch()
    {
        const QString p = newCase();
        CaseWriter writer(p);
        QSignalSpy failures(&writer, &CaseWriter::jobFailed);
        QSemaphore gate;
        // Holding the worker in a job guarantees the next three share one batch.
        writer.submit([&gate](QSqlDatabase &) {
            gate.acquire();
            return Status(Done{});
        });
        writer.submit(insertMeta(u"before"_qs));
        writer.submit([](QSqlDatabase &db) -> Status {
            if (Status s = exec(db, u"INSERT INTO meta (key, value) VALUES ('half-done', 'v')"_qs); !s)
                return s;
            return makeError(u"job 3 gives up after its first insert"_qs);
        });
        writer.submit(insertMeta(u"before"_qs)); // duplicate key: fails in SQL
        writer.submit(insertMeta(u"after"_qs));
        const qint64 transactionsBefore = writer.transactions();
        gate.release();
        QFuture<void> done = writer.flush();
        QTRY_VERIFY(done.isFinished());
        QCOMPARE(writer.failedJobs(), 2);
        QCOMPARE(writer.committedJobs(), 3);
        QVERIFY(writer.transactions() - transactionsBefore <= 2);
        QCOMPARE(failures.size(), 2);
        QVERIFY(failures.at(0).at(0).toString().contains(u"gives up"_qs));
        QVERIFY(failures.at(1).at(0).toString().contains(u"UNIQUE"_qs));
        QCOMPARE(countOf(p, u"SELECT count(*) FROM meta WHERE key IN ('before', 'after')"_qs), 2);
        QCOMPARE(countOf(p, u"SELECT count(*) FROM meta WHERE key = 'half-done'"_qs), 0);
    }

    void flushResolvesAfterEverythingBefore()
    {
        const QString p = newCase();
        CaseWriter writer(p);
        QFuture<void> idle = writer.flush(); // nothing queued: resolves anyway
        QTRY_VERIFY(idle.isFinished());
        for (int i = 0; i < 300; ++i)
            writer.submit(insertMeta(u"f%1"_qs.arg(i)));
        QFuture<void> first = writer.flush();
        writer.submit(insertMeta(u"late"_qs));
        QFuture<void> second = writer.flush();
        QTRY_VERIFY(first.isFinished());
        QVERIFY(countOf(p, u"SELECT count(*) FROM meta WHERE key LIKE 'f%'"_qs) == 300);
        QTRY_VERIFY(second.isFinished());
        QCOMPARE(countOf(p, u"SELECT count(*) FROM meta WHERE key = 'late'"_qs), 1);
    }

    void destructorCommitsQueuedWork()
    {
        const QString p = newCase();
        {
            CaseWriter writer(p);
            for (int i = 0; i < 5000; ++i)
                writer.submit(insertMeta(u"d%1"_qs.arg(i)));
        }
        QVERIFY(!QFile::exists(p + u"-wal"_qs)); // the writer's connection, the last, checkpointed
        QCOMPARE(countOf(p, u"SELECT count(*) FROM meta"_qs), 5000);
    }

    void jobsFromManyThreads()
    {
        const QString p = newCase();
        CaseWriter writer(p);
        std::vector<std::thread> threads;
        for (int t = 0; t < 4; ++t)
            threads.emplace_back([&writer, t] {
                for (int i = 0; i < 2500; ++i)
                    writer.submit(insertMeta(u"t%1-%2"_qs.arg(t).arg(i)));
            });
        for (auto &th : threads)
            th.join();
        QFuture<void> done = writer.flush();
        QTRY_VERIFY_WITH_TIMEOUT(done.isFinished(), 60000);
        QCOMPARE(writer.committedJobs(), 10000);
        QCOMPARE(countOf(p, u"SELECT count(DISTINCT key) FROM meta"_qs), 10000);
    }

    void readerSeesCommittedDataWhileWriterWorks()
    {
        const QString p = newCase();
        CaseWriter writer(p);
        writer.submit(insertMeta(u"committed"_qs));
        QFuture<void> first = writer.flush();
        QTRY_VERIFY(first.isFinished());

        QSemaphore inside, release;
        writer.submit([&](QSqlDatabase &db) {
            Status s = exec(db, u"INSERT INTO meta (key, value) VALUES ('pending', 'v')"_qs);
            inside.release();
            release.acquire(); // keep the write transaction open while the reader looks
            return s;
        });
        QVERIFY(inside.tryAcquire(1, 10000));
        Connection reader(p, true);
        QElapsedTimer timer;
        timer.start();
        QSqlQuery q(reader.db());
        QVERIFY(q.exec(u"SELECT group_concat(key) FROM meta"_qs) && q.next());
        QCOMPARE(q.value(0).toString(), u"committed"_qs);
        QVERIFY2(timer.elapsed() < 1000, "the reader waited for the writer");
        q.finish();
        release.release();
        QFuture<void> second = writer.flush();
        QTRY_VERIFY(second.isFinished());
        QVERIFY(q.exec(u"SELECT count(*) FROM meta"_qs) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }

    void unusableCaseFailsEveryJobAndStillFlushes()
    {
        const QString folder = m_dir.filePath(u"a-folder"_qs);
        QDir().mkpath(folder);
        CaseWriter writer(folder);
        QSignalSpy failures(&writer, &CaseWriter::jobFailed);
        writer.submit(insertMeta(u"x"_qs));
        writer.submit(insertMeta(u"y"_qs));
        QFuture<void> done = writer.flush();
        QTRY_VERIFY(done.isFinished());
        QCOMPARE(writer.failedJobs(), 2);
        QCOMPARE(writer.committedJobs(), 0);
        QCOMPARE(failures.size(), 2);
        QVERIFY(!failures.at(0).at(0).toString().isEmpty());
    }

    void committedSignalCountsJobs()
    {
        const QString p = newCase();
        CaseWriter writer(p);
        QSignalSpy spy(&writer, &CaseWriter::committed);
        for (int i = 0; i < 50; ++i)
            writer.submit(insertMeta(u"s%1"_qs.arg(i)));
        QFuture<void> done = writer.flush();
        QTRY_VERIFY(done.isFinished());
        int total = 0;
        for (const auto &args : spy)
            total += args.at(0).toInt();
        QCOMPARE(total, 50);
    }

    void killedWriterLosesNoCommittedJob_data()
    {
        QTest::addColumn<int>("reportsBeforeKill");
        QTest::addRow("early") << 2;
        QTest::addRow("later") << 15;
        QTest::addRow("much later") << 40;
    }

    void killedWriterLosesNoCommittedJob()
    {
        QFETCH(int, reportsBeforeKill);
        const QString p = newCase();
        QProcess child;
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(QCoreApplication::applicationFilePath(), {u"--kill-child"_qs, p});
        QByteArray out;
        auto reports = [&] {
            out += child.readAllStandardOutput();
            return out.count('\n');
        };
        QTRY_VERIFY_WITH_TIMEOUT(reports() >= reportsBeforeKill, 60000);
        child.kill(); // SIGKILL: no destructor, no final commit
        QTRY_COMPARE(child.state(), QProcess::NotRunning);
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        out += child.readAllStandardOutput();
        const auto lines = out.split('\n');
        qint64 reported = 0;
        for (const QByteArray &line : lines)
            if (line.startsWith("committed "))
                reported = line.mid(10).toLongLong();
        QVERIFY(reported >= 25);

        const Status opened = CaseFile::open(p);
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        Connection conn(p);
        QSqlQuery q(conn.db());
        QVERIFY(q.exec(u"PRAGMA integrity_check"_qs) && q.next());
        QCOMPARE(q.value(0).toString(), u"ok"_qs);
        // Jobs commit in order, so the reported ones are exactly t0 .. t(reported-1).
        QVERIFY(
            q.exec(u"SELECT count(*) FROM findings WHERE CAST(substr(target, 2) AS INTEGER) < %1"_qs.arg(reported)) &&
            q.next());
        QCOMPARE(q.value(0).toLongLong(), reported);
        QVERIFY(q.exec(u"SELECT count(*) FROM findings"_qs) && q.next());
        const qint64 total = q.value(0).toLongLong();
        QVERIFY(total >= reported);
        // Whatever landed is whole: every finding has its evidence and its search row.
        QVERIFY(q.exec(u"SELECT count(*) FROM evidence"_qs) && q.next());
        QCOMPARE(q.value(0).toLongLong(), total);
        QVERIFY(q.exec(u"SELECT count(*) FROM findings_fts"_qs) && q.next());
        QCOMPARE(q.value(0).toLongLong(), total);
    }
};

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc == 3 && qstrcmp(argv[1], "--kill-child") == 0)
        return runKillChild(QString::fromLocal8Bit(argv[2]));
    TestCaseWriter test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_casewriter.moc"
