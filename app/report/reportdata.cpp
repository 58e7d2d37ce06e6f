#include "reportdata.h"

#include "findingtext.h"

#include "casefile.h"
#include "findingrepository.h"
#include "masking.h"
#include "orgrepository.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace Govscope::Report {

namespace {

QDateTime parseTime(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    return t;
}

QStringList jsonList(const QString &text)
{
    QStringList list;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &v : array)
        list << v.toString();
    return list;
}

Error queryError(const QString &casePath, const QSqlQuery &q)
{
    return makeError(QObject::tr("%1: cannot read the case (%2); check that it is a Govscope case file.")
                         .arg(casePath, q.lastError().text()));
}

// A scan belongs to the report when it covered at least one org in scope (an empty list means all orgs).
bool touches(const Models::Scan &scan, const QSet<QString> &scope)
{
    if (scan.orgs.isEmpty())
        return true;
    return std::any_of(scan.orgs.cbegin(), scan.orgs.cend(), [&](const QString &o) { return scope.contains(o); });
}

Result<QList<Models::Scan>> loadScans(QSqlDatabase &db, const QString &casePath, const QSet<QString> &scope)
{
    QSqlQuery q(db);
    if (!q.exec(u"SELECT id, started_at, finished_at, status, families, orgs FROM scans ORDER BY id"_qs))
        return queryError(casePath, q);
    QList<Models::Scan> scans;
    while (q.next()) {
        Models::Scan s;
        s.id = q.value(0).toLongLong();
        s.startedAt = parseTime(q.value(1).toString());
        s.finishedAt = parseTime(q.value(2).toString());
        s.status = q.value(3).toString();
        s.families = jsonList(q.value(4).toString());
        s.orgs = jsonList(q.value(5).toString());
        if (touches(s, scope))
            scans << s;
    }
    return scans;
}

Result<QList<FeedUse>> loadFeeds(QSqlDatabase &db, const QString &casePath, const QList<Models::Scan> &scans)
{
    QSet<qint64> scanIds;
    for (const Models::Scan &s : scans)
        scanIds.insert(s.id);
    QSqlQuery q(db);
    if (!q.exec(u"SELECT scan, path, sha256 FROM scan_feeds ORDER BY path, sha256, scan"_qs))
        return queryError(casePath, q);
    QList<FeedUse> feeds;
    while (q.next()) {
        const qint64 scan = q.value(0).toLongLong();
        if (!scanIds.contains(scan))
            continue;
        const QString path = q.value(1).toString();
        const QString sha = q.value(2).toString();
        if (feeds.isEmpty() || feeds.last().path != path || feeds.last().sha256 != sha)
            feeds.append(FeedUse{path, sha, {}});
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
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT f.org, h.at, h.status FROM finding_status_history h JOIN findings f ON f.id = h.finding "
                "WHERE h.who = 'govscope' AND h.status IN ('open', 'fixed', 'reopened')"_qs))
        return queryError(casePath, q);
    while (q.next()) {
        if (!scope.contains(q.value(0).toString()))
            continue;
        const QDateTime at = parseTime(q.value(1).toString());
        auto it = std::find_if(trend.rbegin(), trend.rend(), [&](const ScanTrend &t) { return t.startedAt <= at; });
        ScanTrend &t = it == trend.rend() ? trend.first() : *it;
        const QString status = q.value(2).toString();
        if (status == u"open"_qs)
            ++t.opened;
        else if (status == u"fixed"_qs)
            ++t.fixed;
        else
            ++t.reopened;
    }
    return trend;
}

void maskFinding(Models::Finding &f)
{
    f.title = maskPersonalData(f.title);
    f.target = maskPersonalData(f.target);
    for (Models::Evidence &e : f.evidence)
        e.summary = maskPersonalData(e.summary);
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
