// The scan engine with fake families: concurrency bound, cancel latency, resume, retry, status transitions
// across scans and authorised-only gating, all checked in the case file the engine wrote.

#include "casefile.h"
#include "casewriter.h"
#include "fakefamily.h"
#include "findingrepository.h"
#include "orgrepository.h"
#include "scanengine.h"
#include "scanrepository.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Govscope;

class TestScanEngine : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_case;
    std::unique_ptr<Models::CaseWriter> m_writer;

    void makeCase(int orgs, const QSet<int> &authorised = {})
    {
        static int n = 0;
        m_writer.reset();
        m_case = m_dir.filePath(u"case%1.govcase"_qs.arg(++n));
        QVERIFY2(Models::CaseFile::open(m_case, Models::CaseFile::Mode::CreateIfMissing).ok(), "create case");
        m_writer = std::make_unique<Models::CaseWriter>(m_case);
        for (int i = 0; i < orgs; ++i) {
            Models::Organization o;
            o.id = u"O%1"_qs.arg(i, 3, 10, QLatin1Char('0'));
            o.name = u"机构%1"_qs.arg(i);
            o.kind = Models::OrgKind::PartyGov;
            o.websites = {u"https://www.o%1.gov.cn"_qs.arg(i)};
            o.authorized = authorised.contains(i);
            m_writer->submit([o](QSqlDatabase &db) { return Models::OrgRepository::upsert(db, o); });
        }
        m_writer->flushAndWait();
    }

    static QString org(int i) { return u"O%1"_qs.arg(i, 3, 10, QLatin1Char('0')); }

    Engine::ScanRequest request(int concurrency = 8, qint64 resume = 0) const
    {
        Engine::ScanRequest r;
        r.casePath = m_case;
        r.profile.concurrency = concurrency;
        r.resumeScan = resume;
        return r;
    }

    // Runs one scan to its end (or until @p whenStarted cancels it) and returns its summary.
    Engine::ScanSummary scan(Tests::FakeFamily &family, const Engine::ScanRequest &req,
                             std::function<void(Engine::ScanEngine &)> whileRunning = {})
    {
        Engine::ScanEngine engine(m_writer.get(), {&family});
        QSignalSpy finished(&engine, &Engine::ScanEngine::finished);
        engine.start(req);
        if (whileRunning)
            whileRunning(engine);
        if (!finished.wait(30'000))
            qFatal("scan did not finish");
        m_writer->flushAndWait();
        return finished.at(0).at(0).value<Engine::ScanSummary>();
    }

    QList<Models::Finding> findings()
    {
        Models::Connection conn(m_case, true);
        return *Models::FindingRepository::find(conn.db(), {});
    }

    QList<Models::ScanTask> tasks(qint64 scanId)
    {
        Models::Connection conn(m_case, true);
        return *Models::ScanRepository::tasks(conn.db(), scanId);
    }

private Q_SLOTS:
    void concurrencyNeverExceedsTheLimit_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addRow("1") << 1;
        QTest::addRow("5") << 5;
        QTest::addRow("16") << 16;
    }

    void concurrencyNeverExceedsTheLimit()
    {
        QFETCH(int, limit);
        makeCase(40);
        Tests::FakeFamily family;
        family.delayMs = 20;
        const auto summary = scan(family, request(limit));
        QVERIFY2(summary.error.isEmpty(), qPrintable(summary.error));
        QCOMPARE(summary.tasksDone, 40);
        QCOMPARE(family.maxInFlight.load(), limit); // reached, never exceeded
        for (const auto &t : tasks(summary.scanId)) {
            QVERIFY(t.done);
            QCOMPARE(t.familyVersion, u"7"_qs);
        }
    }

    void cancelStopsWithinOneSecond()
    {
        makeCase(12);
        Tests::FakeFamily family;
        family.delayMs = 2500;
        family.ignoreCancel = true; // a family stuck in a probe: the engine must not wait for it
        QElapsedTimer sinceCancel;
        const auto summary = scan(family, request(4), [&](Engine::ScanEngine &engine) {
            QTRY_COMPARE(family.inFlight.load(), 4);
            sinceCancel.start();
            engine.cancel();
        });
        const qint64 ms = sinceCancel.elapsed();
        qInfo() << "cancel took" << ms << "ms";
        QVERIFY2(ms < 1000, qPrintable(u"cancel took %1 ms"_qs.arg(ms)));
        QVERIFY(summary.cancelled);
        QCOMPARE(summary.tasksDone, 0);
        Models::Connection conn(m_case, true);
        QCOMPARE(Models::ScanRepository::byId(conn.db(), summary.scanId)->status, u"cancelled"_qs);
        const auto resumable = *Models::ScanRepository::latestUnfinished(conn.db());
        QVERIFY(resumable.has_value());
        // The engine is gone, but the abandoned coroutines are not left suspended: its thread lets them
        // return (here after their 2.5 s sleep) and then ends.
        QTRY_COMPARE_WITH_TIMEOUT(family.inFlight.load(), 0, 5000);
        QVERIFY(Engine::ScanEngine::waitForRetiredScans(2000));
    }

    void resumeRunsOnlyUndoneTasksAndDuplicatesNothing()
    {
        makeCase(20);
        Tests::FakeFamily family;
        family.delayMs = 40;
        for (int i = 0; i < 20; ++i)
            family.findings.insert(org(i), {u"www.o%1.gov.cn"_qs.arg(i), u"mail.o%1.gov.cn"_qs.arg(i)});
        const auto first = scan(family, request(2), [&](Engine::ScanEngine &engine) {
            QTRY_VERIFY(family.started.load() >= 7);
            engine.cancel();
        });
        QVERIFY(first.cancelled);
        QSet<QString> undone;
        for (const auto &t : tasks(first.scanId))
            if (!t.done)
                undone.insert(t.org);
        QVERIFY(!undone.isEmpty());
        QVERIFY(undone.size() < 20);
        const auto runsBefore = family.runsPerOrg();

        const auto second = scan(family, request(2, first.scanId));
        QVERIFY2(second.error.isEmpty(), qPrintable(second.error));
        QVERIFY(second.resumed);
        QCOMPARE(second.scanId, first.scanId);
        QCOMPARE(second.tasksDone, int(undone.size()));
        const auto runsAfter = family.runsPerOrg();
        for (int i = 0; i < 20; ++i) {
            const int extra = runsAfter.value(org(i)) - runsBefore.value(org(i));
            QCOMPARE(extra, undone.contains(org(i)) ? 1 : 0);
        }
        for (const auto &t : tasks(first.scanId))
            QVERIFY(t.done);
        // Every planted finding exactly once (the authorised-only check fires nowhere: no org is authorised).
        const auto all = findings();
        QCOMPARE(all.size(), 40);
        QSet<QString> keys;
        for (const auto &f : all)
            keys.insert(f.org + f.check + f.target);
        QCOMPARE(keys.size(), 40);
        Models::Connection conn(m_case, true);
        QCOMPARE(Models::ScanRepository::byId(conn.db(), first.scanId)->status, u"finished"_qs);
        QVERIFY(!Models::ScanRepository::latestUnfinished(conn.db())->has_value());
    }

    void statusTransitionsAcrossScans()
    {
        makeCase(2);
        Tests::FakeFamily family;
        family.findings.insert(org(0), {u"www.o0.gov.cn"_qs});
        auto s1 = scan(family, request());
        auto list = findings();
        QCOMPARE(list.size(), 1);
        const Models::Finding first = list.at(0);
        QCOMPARE(first.status, Models::FindingStatus::Open);

        // Inconclusive (a timeout) is not a fix: the finding stays open.
        family.findings.clear();
        family.inconclusiveOrgs = {org(0)};
        family.inconclusiveTarget = u"www.o0.gov.cn"_qs;
        scan(family, request());
        QCOMPARE(findings().at(0).status, Models::FindingStatus::Open);

        family.inconclusiveOrgs.clear(); // now it passes: not seen any more
        scan(family, request());
        list = findings();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).id, first.id);
        QCOMPARE(list.at(0).status, Models::FindingStatus::Fixed);

        QTest::qWait(5); // last_seen has millisecond resolution
        family.findings.insert(org(0), {u"www.o0.gov.cn"_qs});
        auto s4 = scan(family, request());
        list = findings();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.at(0).id, first.id);
        QCOMPARE(list.at(0).status, Models::FindingStatus::Reopened);
        QVERIFY(list.at(0).lastSeen > first.lastSeen);
        QCOMPARE(list.at(0).firstSeen, first.firstSeen);
        QVERIFY(s4.scanId > s1.scanId);
    }

    void authorisedOnlyChecksRunOnlyForAuthorisedOrgs()
    {
        makeCase(2, {0});
        Tests::FakeFamily family; // reports `fake.auth` everywhere, as a careless family would
        const auto summary = scan(family, request());
        const auto all = findings();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.at(0).org, org(0));
        QCOMPARE(all.at(0).check, u"fake.auth"_qs);
        Models::Connection conn(m_case, true);
        bool gated = false;
        for (const auto &r : *Models::ScanRepository::results(conn.db(), summary.scanId)) {
            if (r.org == org(1) && r.check == u"fake.auth"_qs) {
                QCOMPARE(r.outcome, Models::Outcome::Inconclusive);
                QVERIFY(r.reason.contains(u"not authorised"_qs));
                gated = true;
            }
        }
        QVERIFY(gated);
    }

    void transientFailuresAreRetriedOnce()
    {
        makeCase(3);
        Tests::FakeFamily family;
        family.reportAuthorisedCheck = false;
        family.throwOnceOrgs = {org(0)};
        family.inconclusiveOrgs = {org(1)};
        family.findings.insert(org(0), {u"www.o0.gov.cn"_qs});
        const auto summary = scan(family, request());
        const auto runs = family.runsPerOrg();
        QCOMPARE(runs.value(org(0)), 2); // threw, then succeeded
        QCOMPARE(runs.value(org(1)), 2); // only inconclusive twice: retried once, then accepted
        QCOMPARE(runs.value(org(2)), 1);
        QCOMPARE(summary.tasksDone, 3);
        QCOMPARE(findings().size(), 1);
        for (const auto &t : tasks(summary.scanId))
            QVERIFY(t.done);
    }

    void retryReplacesTheResultsOfTheFirstAttempt()
    {
        makeCase(2, {0});
        Tests::FakeFamily family;
        family.firstAttemptInconclusive.insert(org(0), {u"www.o0.gov.cn"_qs, u"old.o0.gov.cn"_qs});
        family.reportAuthorisedCheck = false;
        const auto summary = scan(family, request());
        QCOMPARE(family.runsPerOrg().value(org(0)), 2);
        Models::Connection conn(m_case, true);
        QStringList seen;
        for (const Models::CheckResult &r : *Models::ScanRepository::results(conn.db(), summary.scanId))
            if (r.org == org(0))
                seen << u"%1 %2 %3"_qs.arg(r.check, r.target, Models::toId(r.outcome));
        seen.sort();
        // The retry saw only www and passed it; the first attempt's timeout on `old` must not linger (it
        // would keep a finding on `old` open as "not seen because inconclusive").
        QCOMPARE(seen, QStringList{u"fake.a www.o0.gov.cn pass"_qs});
    }

    void retryKeepsTheEngineRecordedAuthorisationGate()
    {
        makeCase(1); // org 0 not authorised: fake.auth is recorded inconclusive by the engine
        Tests::FakeFamily family;
        family.firstAttemptInconclusive.insert(org(0), {u"www.o0.gov.cn"_qs});
        family.reportAuthorisedCheck = false;
        const auto summary = scan(family, request());
        Models::Connection conn(m_case, true);
        QStringList seen;
        for (const Models::CheckResult &r : *Models::ScanRepository::results(conn.db(), summary.scanId))
            seen << u"%1 %2 %3"_qs.arg(r.check, r.target, Models::toId(r.outcome));
        seen.sort();
        QCOMPARE(seen, (QStringList{u"fake.a www.o0.gov.cn pass"_qs, u"fake.auth * inconclusive"_qs}));
    }

    void writerLivesUntilTheCancelledScanHasWoundDown()
    {
        makeCase(6);
        m_writer.reset(); // this test owns its writer through a shared pointer, like the workbench window
        auto deleted = std::make_shared<std::atomic_bool>(false);
        std::shared_ptr<Models::CaseWriter> writer(new Models::CaseWriter(m_case), [deleted](Models::CaseWriter *w) {
            delete w;
            deleted->store(true);
        });
        Tests::FakeFamily family;
        family.delayMs = 1500;
        family.ignoreCancel = true;
        {
            auto engine = std::make_unique<Engine::ScanEngine>(writer, QList<Sdk::CheckFamily *>{&family});
            QSignalSpy finished(engine.get(), &Engine::ScanEngine::finished);
            engine->start(request(3));
            QTRY_COMPARE(family.inFlight.load(), 3);
            writer.reset(); // the case is closed while its scan runs
            QVERIFY(!deleted->load());
            engine->cancel();
            QVERIFY(finished.wait(2000));
            QVERIFY(finished.at(0).at(0).value<Engine::ScanSummary>().cancelled);
        }                          // the engine goes too; its thread winds the abandoned families down
        QVERIFY(!deleted->load()); // still held by the tasks' environment
        QTRY_COMPARE_WITH_TIMEOUT(family.inFlight.load(), 0, 5000);
        QVERIFY(Engine::ScanEngine::waitForRetiredScans(2000));
        QTRY_VERIFY(deleted->load()); // released with the last task
        Models::Connection conn(m_case, true);
        QCOMPARE((*Models::ScanRepository::all(conn.db())).value(0).status, u"cancelled"_qs);
    }
};

QTEST_GUILESS_MAIN(TestScanEngine)
#include "tst_scanengine.moc"
