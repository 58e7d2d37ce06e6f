#include "reportdata.h"

#include "findingtext.h"

#include "casefile.h"
#include "findingrepository.h"
#include "orgrepository.h"
#include "personaldata.h"
#include "scanrepository.h"

#include <QFileInfo>
#include <QSet>

#include <algorithm>

namespace Govscope::Report {

namespace {

// A read that fails names the case, so the auditor knows which file to check.
Error caseError(const QString &casePath, const Error &e)
{
    return makeError(
        QObject::tr("%1: cannot read the case (%2); check that it is a Govscope case file.").arg(casePath, e.message));
}

// A scan belongs to the report when it covered at least one org in scope (an empty list means all orgs).
bool touches(const Models::Scan &scan, const QSet<QString> &scope)
{
    if (scan.orgs.isEmpty())
        return true;
    return std::any_of(scan.orgs.cbegin(), scan.orgs.cend(), [&](const QString &o) { return scope.contains(o); });
}

// The scans in scope, oldest first.
Result<QList<Models::Scan>> loadScans(QSqlDatabase &db, const QString &casePath, const QSet<QString> &scope)
{
    auto all = Models::ScanRepository::all(db); // newest first
    if (!all)
        return caseError(casePath, all.error());
    QList<Models::Scan> scans;
    for (auto it = all->crbegin(); it != all->crend(); ++it)
        if (touches(*it, scope))
            scans << *it;
    return scans;
}

Result<QList<FeedUse>> loadFeeds(QSqlDatabase &db, const QString &casePath, const QList<Models::Scan> &scans)
{
    QSet<qint64> scanIds;
    for (const Models::Scan &s : scans)
        scanIds.insert(s.id);
    auto uses = Models::ScanRepository::feedUses(db); // by path, hash, scan
    if (!uses)
        return caseError(casePath, uses.error());
    QList<FeedUse> feeds;
    for (const auto &[scan, feed] : *uses) {
        if (!scanIds.contains(scan))
            continue;
        if (feeds.isEmpty() || feeds.last().path != feed.path || feeds.last().sha256 != feed.sha256)
            feeds.append(FeedUse{feed.path, feed.sha256, {}});
        feeds.last().scans << scan;
    }
    return feeds;
}

// Status changes made by the scanner (not by triage) are attributed to the scan that was running or had
// last run when they happened.
Result<QList<ScanTrend>> loadTrend(QSqlDatabase &db, const QString &casePath, const QList<Models::Scan> &scans,
                                   const QSet<QString> &scope)
{
    QList<ScanTrend> trend;
    for (const Models::Scan &s : scans)
        trend.append(ScanTrend{s.id, s.startedAt, 0, 0, 0});
    if (trend.isEmpty())
        return trend;
    auto transitions = Models::FindingRepository::scannerTransitions(db);
    if (!transitions)
        return caseError(casePath, transitions.error());
    for (const Models::ScannerTransition &change : *transitions) {
        if (!scope.contains(change.org))
            continue;
        auto it =
            std::find_if(trend.rbegin(), trend.rend(), [&](const ScanTrend &t) { return t.startedAt <= change.at; });
        ScanTrend &t = it == trend.rend() ? trend.first() : *it;
        if (change.status == Models::FindingStatus::Open)
            ++t.opened;
        else if (change.status == Models::FindingStatus::Fixed)
            ++t.fixed;
        else
            ++t.reopened;
    }
    return trend;
}

void maskFinding(Models::Finding &f)
{
    f.title = Sdk::PersonalData::maskAll(f.title);
    f.target = Sdk::PersonalData::maskAll(f.target);
    for (Models::Evidence &e : f.evidence)
        e.summary = Sdk::PersonalData::maskAll(e.summary);
}

} // namespace

int ReportData::findingCount() const
{
    int n = 0;
    for (const OrgSection &o : orgs)
        n += int(o.findings.size());
    return n;
}

QDateTime ReportData::periodStart() const
{
    return scans.isEmpty() ? QDateTime() : scans.first().startedAt;
}

QDateTime ReportData::periodEnd() const
{
    if (scans.isEmpty())
        return {};
    const Models::Scan &last = scans.last();
    return last.finishedAt.isValid() ? last.finishedAt : last.startedAt;
}

Result<ReportData> ReportDataLoader::load(const QString &casePath, const QStringList &orgIds, const QString &auditor,
                                          const QString &language)
{
    Models::Connection conn(casePath, true);
    if (!conn.ok())
        return makeError(conn.error());
    QSqlDatabase &db = conn.db();

    auto all = Models::OrgRepository::all(db);
    if (!all)
        return makeError(u"%1: %2"_qs.arg(casePath, all.errorMessage()));
    QList<Models::Organization> chosen;
    if (orgIds.isEmpty()) {
        chosen = *all;
    } else {
        for (const QString &id : orgIds) {
            auto it =
                std::find_if(all->cbegin(), all->cend(), [&](const Models::Organization &o) { return o.id == id; });
            if (it == all->cend())
                return makeError(
                    QObject::tr("%1: no organisation with id '%2'; `govscope orgs %1` lists them.").arg(casePath, id));
            chosen << *it;
        }
    }
    if (chosen.isEmpty())
        return makeError(QObject::tr("%1: the case has no organisations; import a list first.").arg(casePath));

    ReportData data;
    data.casePath = casePath;
    data.caseName = QFileInfo(casePath).fileName();
    data.generatedAt = QDateTime::currentDateTime();
    data.auditor = auditor;

    QSet<QString> scope;
    for (const Models::Organization &o : chosen)
        scope.insert(o.id);
    auto scans = loadScans(db, casePath, scope);
    if (!scans)
        return scans.error();
    data.scans = *scans;
    auto feeds = loadFeeds(db, casePath, data.scans);
    if (!feeds)
        return feeds.error();
    data.feeds = *feeds;
    auto trend = loadTrend(db, casePath, data.scans, scope);
    if (!trend)
        return trend.error();
    data.trend = *trend;

    for (const Models::Organization &o : chosen) {
        OrgSection section;
        section.org = o;
        auto assets = Models::OrgRepository::assets(db, o.id);
        if (!assets)
            return makeError(u"%1: %2"_qs.arg(casePath, assets.errorMessage()));
        section.assets = *assets;
        Models::FindingFilter filter;
        filter.org = o.id;
        filter.excludeFalsePositives = true;
        auto findings = Models::FindingRepository::find(db, filter, 0, -1, true);
        if (!findings)
            return makeError(u"%1: %2"_qs.arg(casePath, findings.errorMessage()));
        section.findings = *findings;
        for (Models::Finding &f : section.findings) {
            // Rendered in the report's language first: the masking applies to the text the reader sees.
            Models::FindingText::localize(f, language);
            maskFinding(f);
        }
        Models::FindingFilter falsePositive;
        falsePositive.org = o.id;
        falsePositive.status = Models::FindingStatus::FalsePositive;
        auto fp = Models::FindingRepository::count(db, falsePositive);
        if (!fp)
            return makeError(u"%1: %2"_qs.arg(casePath, fp.errorMessage()));
        section.falsePositives = int(*fp);
        data.falsePositives += section.falsePositives;
        data.orgs << section;
    }
    return data;
}

} // namespace Govscope::Report
