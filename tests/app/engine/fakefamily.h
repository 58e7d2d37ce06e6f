#pragma once

// A check family for engine tests: its behaviour (delay, findings, failures) is set per test, and it
// measures what the engine did to it (tasks in flight, runs per org). Runs on the engine's network thread.

#include "checkcontext.h"
#include "checkfamily.h"

#include <QCoroTimer>
#include <QHash>
#include <QMutex>
#include <QSet>

#include <atomic>
#include <chrono>
#include <stdexcept>

namespace Govscope::Tests {

class FakeFamily final : public Sdk::CheckFamily
{
public:
    explicit FakeFamily(QString id = u"fake"_qs)
        : m_id(std::move(id))
    {}

    // Behaviour, set before a scan.
    int delayMs = 0;
    bool ignoreCancel = false;            ///< keeps sleeping after cancel: the engine must abandon it
    QHash<QString, QStringList> findings; ///< org -> targets where `<id>.a` fires; other orgs pass
    QSet<QString> inconclusiveOrgs;       ///< orgs where `<id>.a` reports only inconclusive (a timeout)
    QString inconclusiveTarget = u"www.example.cn"_qs;
    QSet<QString> throwOnceOrgs; ///< orgs whose first attempt throws
    /// org -> targets `<id>.a` is inconclusive on in the first attempt only (a timeout); the retry then
    /// sees only the first of them, and passes it
    QHash<QString, QStringList> firstAttemptInconclusive;
    bool reportAuthorisedCheck = true; ///< reports `<id>.auth` for every org, authorised or not

    // Measurements.
    std::atomic_int inFlight = 0;
    std::atomic_int maxInFlight = 0;
    std::atomic_int started = 0;

    QHash<QString, int> runsPerOrg() const
    {
        QMutexLocker lock(&m_mutex);
        return m_runs;
    }

    QString id() const override { return m_id; }
    QString name() const override { return u"Fake"_qs; }
    QString version() const override { return u"7"_qs; }
    QList<Sdk::CheckInfo> checks() const override
    {
        return {{m_id + u".a"_qs, Models::Severity::Medium, u"A"_qs, u"test"_qs, u"fix it"_qs, false},
                {m_id + u".auth"_qs, Models::Severity::High, u"Auth"_qs, u"test"_qs, u"fix it"_qs, true}};
    }

    QCoro::Task<void> run(Sdk::CheckContext &ctx) override
    {
        const QString org = ctx.org().id;
        int run = 0;
        {
            QMutexLocker lock(&m_mutex);
            run = ++m_runs[org];
        }
        ++started;
        const int now = ++inFlight;
        for (int seen = maxInFlight; now > seen && !maxInFlight.compare_exchange_weak(seen, now);) {
        }
        struct Leave
        {
            std::atomic_int &n;
            ~Leave() { --n; }
        } leave{inFlight};

        for (int slept = 0; slept < delayMs; slept += 10) {
            if (ctx.cancelled() && !ignoreCancel)
                co_return;
            co_await QCoro::sleepFor(std::chrono::milliseconds(10));
        }
        if (throwOnceOrgs.contains(org) && run == 1)
            throw std::runtime_error("probe exploded");
        if (firstAttemptInconclusive.contains(org)) {
            const QStringList targets = firstAttemptInconclusive.value(org);
            if (run == 1)
                for (const QString &target : targets)
                    ctx.inconclusive(m_id + u".a"_qs, target, u"DNS timeout"_qs);
            else
                ctx.pass(m_id + u".a"_qs, targets.value(0));
        } else if (inconclusiveOrgs.contains(org)) {
            ctx.inconclusive(m_id + u".a"_qs, inconclusiveTarget, u"DNS timeout"_qs);
        } else if (findings.contains(org)) {
            for (const QString &target : findings.value(org))
                ctx.finding({org,
                             m_id,
                             m_id + u".a"_qs,
                             target,
                             u"A fired on "_qs + target,
                             Models::Severity::Medium,
                             {{u"text"_qs, u"seen on "_qs + target, {}, {}}}});
        } else {
            ctx.pass(m_id + u".a"_qs, u"www.example.cn"_qs);
        }
        if (reportAuthorisedCheck)
            ctx.finding({org,
                         m_id,
                         m_id + u".auth"_qs,
                         u"mail."_qs + org,
                         u"weak password"_qs,
                         Models::Severity::High,
                         {{u"text"_qs, u"accepted"_qs, {}, {}}}});
    }

private:
    QString m_id;
    mutable QMutex m_mutex;
    QHash<QString, int> m_runs;
};

} // namespace Govscope::Tests
