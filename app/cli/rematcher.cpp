#include "rematcher.h"

#include "blobstore.h"
#include "catalogueinfo.h"
#include "evidence.h"
#include "feeds.h"
#include "findingrepository.h"
#include "fingerprintrepository.h"
#include "orgrepository.h"
#include "scanrepository.h"
#include "techfingerprints.h"

#include <QObject>
#include <QRegularExpression>
#include <QSet>

namespace Govscope::Cli {

namespace {

const QString KnownVulnerability = u"vuln.known_vulnerability"_qs;
const QString VulnerableComponent = u"supplychain.vulnerable_component"_qs;

// The same split as the families: JavaScript libraries and frameworks are supplychain.vulnerable_component's,
// every other versioned platform vuln.known_vulnerability's.
bool isJsComponent(const Models::Fingerprint &f)
{
    return f.kind == u"jslibrary"_qs || Sdk::isJavaScriptComponent(f.categories);
}

QString label(const Models::Fingerprint &f)
{
    return f.version.isEmpty() ? f.product : f.product + u' ' + f.version;
}

QString cpePart(const QString &cpe, int index)
{
    return cpe.section(u':', index, index);
}

QString feedName(const QString &source)
{
    return source.section(u'/', -2); // "vuln/world-nvd.json" of an absolute path
}

QString cveDetail(const Sdk::CveRecord &c)
{
    QString s = c.baseScore > 0 ? u"CVSS %1 %2"_qs.arg(c.baseScore, 0, 'f', 1).arg(c.baseSeverity) : QString();
    if (!c.description.isEmpty())
        s += (s.isEmpty() ? QString() : u": "_qs) + c.description;
    return s;
}

// Vulnerability ids a finding's title names (the families and this class list them there).
QSet<QString> idsIn(const QString &title)
{
    static const QRegularExpression re(u"\\b(?:CVE|CNVD)-\\d{4}-\\d+\\b"_qs);
    QSet<QString> ids;
    for (auto it = re.globalMatch(title); it.hasNext();)
        ids.insert(it.next().captured(0));
    return ids;
}

QStringList sorted(QSet<QString> set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list;
}

QString productsOf(const QList<VulnMatch> &matches)
{
    QStringList products;
    for (const VulnMatch &m : matches)
        if (!products.contains(m.product))
            products << m.product;
    return products.join(u", "_qs);
}

bool active(Models::FindingStatus s)
{
    return s == Models::FindingStatus::Open || s == Models::FindingStatus::Confirmed ||
           s == Models::FindingStatus::Reopened;
}

// The vulnerability feed files that differ between the scan that made the observation and now: the likely
// reason a match went away (a file replaced by a newer one, or removed).
QStringList changedFeeds(const QList<Models::ScanFeed> &then, const QList<Sdk::FeedFile> &now)
{
    QHash<QString, QString> current;
    for (const Sdk::FeedFile &f : now)
        current.insert(f.relativePath, f.sha256);
    QStringList out;
    for (const Models::ScanFeed &f : then) {
        if (!f.path.startsWith(u"vuln/"_qs) && !f.path.startsWith(u"jslibs/"_qs))
            continue;
        if (!current.contains(f.path))
            out << QObject::tr("%1 (removed)").arg(f.path);
        else if (current.value(f.path) != f.sha256)
            out << QObject::tr("%1 (replaced: %2… → %3…)")
                       .arg(f.path, f.sha256.left(12), current.value(f.path).left(12));
    }
    return out;
}

// Feed files a finding's text evidence cites as "(feed vuln/x.json)" (this class and vuln.known_vulnerability
// write them so).
Result<QStringList> feedsCitedBy(QSqlDatabase &db, qint64 finding)
{
    auto evidence = Models::FindingRepository::evidence(db, finding);
    if (!evidence)
        return evidence.error();
    static const QRegularExpression cite(u"\\(feed ([^)]+)\\)"_qs);
    QStringList out;
    for (const Models::Evidence &e : *evidence) {
        if (e.kind != u"text"_qs || e.blob.isEmpty())
            continue;
        auto bytes = Models::BlobStore::get(db, e.blob);
        if (!bytes)
            return bytes.error();
        for (auto it = cite.globalMatch(QString::fromUtf8(*bytes)); it.hasNext();)
            for (const QString &path : it.next().captured(1).split(u", "_qs))
                if (!out.contains(path))
                    out << path;
    }
    return out;
}

Models::NewFinding findingOf(const Models::StoredObservation &o, const QList<VulnMatch> &matches,
                             const Models::Organization &org, QSqlDatabase &db)
{
    // grouped per product, as the families write their titles
    QStringList products;
    QHash<QString, QStringList> idsOf;
    QStringList reasoning;
    bool exploited = false;
    for (const VulnMatch &m : matches) {
        if (!idsOf.contains(m.product))
            products << m.product;
        idsOf[m.product] << (m.exploited ? m.id + QObject::tr(", in the known-exploited catalogue") : m.id);
        reasoning << QObject::tr("%1 %2: %3 (feed %4)").arg(m.product, m.id, m.detail, m.feed);
        exploited = exploited || m.exploited;
    }
    QStringList parts;
    for (const QString &p : products)
        parts << u"%1: %2"_qs.arg(p, idsOf.value(p).join(u"; "_qs));
    const bool platform = o.check == KnownVulnerability;
    const QString title =
        platform ? QObject::tr("%1 runs a version with known vulnerabilities: %2").arg(o.target, parts.join(u" | "_qs))
                 : QObject::tr("%1 loads components with known high or critical vulnerabilities: %2")
                       .arg(o.target, parts.join(u"; "_qs));
    Models::NewFinding f = Sdk::makeFinding(org, o.check, o.target, title);
    if (platform && exploited)
        f.severity = Models::Severity::Critical; // as the scan: critical when in the known-exploited catalogue
    for (const Models::Fingerprint &fp : o.fingerprints)
        reasoning << QObject::tr("%1 %2 seen by %3 in scan %4").arg(fp.product, fp.version, fp.how).arg(o.scan);
    f.evidence << Models::NewEvidence{u"text"_qs,
                                      QObject::tr("re-match of the stored fingerprints against the feeds in force"),
                                      reasoning.join(u'\n').toUtf8(), u"text/plain; charset=utf-8"_qs};
    if (!o.evidence.isEmpty())
        if (auto bytes = Models::BlobStore::get(db, o.evidence))
            f.evidence << Models::NewEvidence{u"http"_qs, o.evidenceSummary, *bytes, u"text/plain; charset=utf-8"_qs};
    f.evidence << Sdk::Evidence::org(org);
    return f;
}

} // namespace

Rematcher::Rematcher(const Sdk::ComponentFeeds &feeds, QStringList jsFeeds)
    : m_feeds(feeds)
    , m_jsFeeds(std::move(jsFeeds))
{}

bool Rematcher::handles(const QString &check)
{
    return check == KnownVulnerability || check == VulnerableComponent;
}

QList<VulnMatch> Rematcher::platformVulnerabilities(const Models::Fingerprint &f) const
{
    QList<VulnMatch> out;
    if (f.kind != u"technology"_qs || f.version.isEmpty() || isJsComponent(f))
        return out;
    const Sdk::VulnFeeds &v = m_feeds.vulnerabilities;
    QStringList ids;
    if (!f.cpe.isEmpty())
        for (const Sdk::CveRecord &c : v.match(cpePart(f.cpe, 3), cpePart(f.cpe, 4), f.version)) {
            out << VulnMatch{c.id, label(f), cveDetail(c), feedName(c.source), v.knownExploited(c.id)};
            ids << c.id;
        }
    for (const Sdk::CnvdRecord &r : v.matchCnvd(f.product, f.version)) {
        // a CNVD entry that only repeats CVEs already matched is the same vulnerability
        const bool covered = !r.cves.isEmpty() && std::all_of(r.cves.cbegin(), r.cves.cend(),
                                                              [&](const QString &c) { return ids.contains(c); });
        if (covered)
            continue;
        const bool exploited =
            std::any_of(r.cves.cbegin(), r.cves.cend(), [&](const QString &c) { return v.knownExploited(c); });
        out << VulnMatch{r.number, label(f), u"%1: %2"_qs.arg(r.severity, r.title), feedName(r.source), exploited};
        ids << r.cves;
    }
    return out;
}

QList<VulnMatch> Rematcher::componentVulnerabilities(const Models::Fingerprint &f) const
{
    QList<VulnMatch> out;
    if (f.version.isEmpty() || !isJsComponent(f))
        return out;
    if (f.kind == u"jslibrary"_qs) {
        for (const Sdk::JsVulnerability &j : m_feeds.jsLibraries.vulnerabilities(f.product, f.version))
            if (j.highOrCritical())
                out << VulnMatch{j.cves.isEmpty() ? j.label() : j.cves.join(u", "_qs), label(f), j.label(),
                                 m_jsFeeds.join(u", "_qs), false};
        return out;
    }
    if (f.cpe.isEmpty())
        return out;
    for (const Sdk::CveRecord &c : m_feeds.vulnerabilities.match(cpePart(f.cpe, 3), cpePart(f.cpe, 4), f.version))
        if (c.baseSeverity == u"HIGH"_qs || c.baseSeverity == u"CRITICAL"_qs)
            out << VulnMatch{c.id, label(f), cveDetail(c), feedName(c.source),
                             m_feeds.vulnerabilities.knownExploited(c.id)};
    return out;
}

QList<VulnMatch> Rematcher::match(const Models::StoredObservation &o) const
{
    QList<VulnMatch> out;
    QSet<QString> seen;
    for (const Models::Fingerprint &f : o.fingerprints) {
        const QList<VulnMatch> found =
            o.check == KnownVulnerability ? platformVulnerabilities(f) : componentVulnerabilities(f);
        for (const VulnMatch &m : found)
            if (!seen.contains(m.product + u'\n' + m.id)) {
                seen.insert(m.product + u'\n' + m.id);
                out << m;
            }
    }
    return out;
}

Result<QList<RematchChange>> Rematcher::apply(QSqlDatabase &db, const QList<Sdk::FeedFile> &inForce) const
{
    const auto observations = Models::FingerprintRepository::all(db);
    if (!observations)
        return observations.error();
    QHash<QString, Models::Finding> existing; // org \n check \n target
    for (const QString &check : {KnownVulnerability, VulnerableComponent}) {
        Models::FindingFilter filter;
        filter.check = check;
        const auto found = Models::FindingRepository::find(db, filter);
        if (!found)
            return found.error();
        for (const Models::Finding &f : *found)
            existing.insert(f.org + u'\n' + f.check + u'\n' + f.target, f);
    }
    QHash<QString, Models::Organization> orgs;
    QHash<qint64, QList<Models::ScanFeed>> scanFeeds;
    QStringList inForceNames;
    for (const Sdk::FeedFile &f : inForce)
        if (f.relativePath.startsWith(u"vuln/"_qs) || f.relativePath.startsWith(u"jslibs/"_qs))
            inForceNames << f.relativePath;
    const QString who = u"govscope rematch"_qs;

    QList<RematchChange> changes;
    for (const Models::StoredObservation &o : *observations) {
        if (!handles(o.check))
            continue;
        const QList<VulnMatch> matches = match(o);
        const auto it = existing.constFind(o.org + u'\n' + o.check + u'\n' + o.target);
        const bool had = it != existing.cend();
        if (had && it->status == Models::FindingStatus::FalsePositive)
            continue; // the auditor's decision stands
        const bool wasActive = had && active(it->status);
        QSet<QString> now;
        QStringList feeds;
        for (const VulnMatch &m : matches) {
            now.insert(m.id);
            if (!feeds.contains(m.feed))
                feeds << m.feed;
        }
        RematchChange c;
        c.org = o.org;
        c.check = o.check;
        c.target = o.target;
        if (matches.isEmpty()) {
            if (!wasActive)
                continue;
            if (!scanFeeds.contains(o.scan)) {
                auto used = Models::ScanRepository::feeds(db, o.scan);
                if (!used)
                    return used.error();
                scanFeeds.insert(o.scan, *used);
            }
            c.kind = RematchChange::Kind::Closed;
            c.finding = it->id;
            c.gone = sorted(idsIn(it->title));
            c.feeds = changedFeeds(scanFeeds.value(o.scan), inForce);
            if (c.feeds.isEmpty()) {
                // the scan had the same files: the finding came from a later rematch, whose evidence names its feeds
                auto cited = feedsCitedBy(db, c.finding);
                if (!cited)
                    return cited.error();
                for (const QString &path : *cited)
                    c.feeds << (std::any_of(inForce.cbegin(), inForce.cend(),
                                            [&](const Sdk::FeedFile &f) { return f.relativePath == path; })
                                    ? QObject::tr("%1 (changed)").arg(path)
                                    : QObject::tr("%1 (removed)").arg(path));
            }
            QStringList names;
            for (const QString &n : inForceNames)
                if (n.startsWith(u"vuln/"_qs) || o.check == VulnerableComponent)
                    names << n;
            QStringList products;
            for (const Models::Fingerprint &fp : o.fingerprints)
                if (!fp.version.isEmpty())
                    products << fp.product + u' ' + fp.version;
            c.why = QObject::tr("vulnerability data withdrawn: %1 no longer in the feeds in force (%2); %3 as seen in "
                                "scan %4 matches no entry of %5")
                        .arg(c.gone.isEmpty() ? QObject::tr("the entries of this finding") : c.gone.join(u", "_qs),
                             c.feeds.isEmpty() ? QObject::tr("feed files unchanged since the scan")
                                               : c.feeds.join(u", "_qs),
                             products.isEmpty() ? QObject::tr("nothing versioned") : products.join(u", "_qs))
                        .arg(o.scan)
                        .arg(names.isEmpty() ? QObject::tr("(no vulnerability feed)") : names.join(u", "_qs));
            if (Status s =
                    Models::FindingRepository::setStatus(db, c.finding, Models::FindingStatus::Fixed, who, c.why);
                !s)
                return s.error();
            changes << c;
            continue;
        }
        const QSet<QString> before = wasActive ? idsIn(it->title) : QSet<QString>{};
        QSet<QString> nowIds;
        for (const QString &id : now)
            nowIds.unite(idsIn(id).isEmpty() ? QSet<QString>{id} : idsIn(id));
        if (wasActive && before == nowIds)
            continue; // nothing new: the finding stays as the scan left it
        if (!orgs.contains(o.org)) {
            auto org = Models::OrgRepository::byId(db, o.org);
            if (!org)
                return org.error();
            orgs.insert(o.org, *org);
        }
        auto recorded = Models::FindingRepository::record(db, o.scan, findingOf(o, matches, orgs.value(o.org), db));
        if (!recorded)
            return recorded.error();
        c.finding = *recorded;
        c.feeds = feeds;
        c.added = sorted(nowIds - before);
        c.gone = sorted(before - nowIds);
        if (wasActive) {
            c.kind = RematchChange::Kind::Updated;
            c.why =
                QObject::tr("re-matched against %1: now %2").arg(feeds.join(u", "_qs), sorted(nowIds).join(u", "_qs));
        } else {
            c.kind = RematchChange::Kind::Added;
            c.why = QObject::tr("matched without a scan: %1 (observed in scan %2) falls in %3 of %4")
                        .arg(productsOf(matches))
                        .arg(o.scan)
                        .arg(sorted(nowIds).join(u", "_qs), feeds.join(u", "_qs));
        }
        const Models::FindingStatus status =
            wasActive ? it->status : (had ? Models::FindingStatus::Reopened : Models::FindingStatus::Open);
        if (Status s = Models::FindingRepository::setStatus(db, c.finding, status, who, c.why); !s)
            return s.error();
        changes << c;
    }
    return changes;
}

} // namespace Govscope::Cli
