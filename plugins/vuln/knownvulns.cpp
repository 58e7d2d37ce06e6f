#include "knownvulns.h"

#include "catalogueinfo.h"
#include "checkcontext.h"
#include "evidence.h"

#include <QObject>

namespace Govscope::Vuln::KnownVulnerabilities {

namespace {

const QString Check = u"vuln.known_vulnerability"_qs;

QString describe(const Sdk::CveRecord &cve, bool exploited)
{
    QString s = cve.id;
    if (cve.baseScore > 0)
        s += u" (CVSS %1 %2)"_qs.arg(cve.baseScore, 0, 'f', 1).arg(cve.baseSeverity);
    if (exploited)
        s += QObject::tr(", in the known-exploited catalogue");
    return s;
}

QString rangeText(const Sdk::CpeRange &r)
{
    QStringList bounds;
    if (!r.version.isEmpty() && r.version != u"*"_qs)
        bounds << u"= "_qs + r.version;
    if (!r.startIncluding.isEmpty())
        bounds << u">= "_qs + r.startIncluding;
    if (!r.startExcluding.isEmpty())
        bounds << u"> "_qs + r.startExcluding;
    if (!r.endIncluding.isEmpty())
        bounds << u"<= "_qs + r.endIncluding;
    if (!r.endExcluding.isEmpty())
        bounds << u"< "_qs + r.endExcluding;
    return u"%1:%2 %3"_qs.arg(r.vendor, r.product,
                              bounds.isEmpty() ? QObject::tr("(all versions)") : bounds.join(u", "_qs));
}

} // namespace

QList<PlatformVulnerabilities> match(const QList<Sdk::TechDetection> &detections, const Sdk::VulnFeeds &feeds)
{
    QList<PlatformVulnerabilities> out;
    for (const Sdk::TechDetection &d : detections) {
        // JavaScript libraries and frameworks are supplychain.vulnerable_component's
        if (d.version.isEmpty() || d.isJavaScriptComponent())
            continue;
        PlatformVulnerabilities p;
        p.platform = d;
        if (!d.cpe.isEmpty())
            p.cves = feeds.match(d.cpeVendor(), d.cpeProduct(), d.version);
        QStringList ids;
        for (const Sdk::CveRecord &c : p.cves)
            ids << c.id;
        for (const Sdk::CnvdRecord &r : feeds.matchCnvd(d.name, d.version)) {
            const bool covered = !r.cves.isEmpty() && std::all_of(r.cves.cbegin(), r.cves.cend(),
                                                                  [&](const QString &c) { return ids.contains(c); });
            if (!covered) {
                p.cnvd << r;
                ids << r.cves;
            }
        }
        for (const QString &id : ids)
            if (feeds.knownExploited(id) && !p.knownExploited.contains(id))
                p.knownExploited << id;
        if (!p.cves.isEmpty() || !p.cnvd.isEmpty())
            out << p;
    }
    return out;
}

void report(Sdk::CheckContext &ctx, const QString &host, const Sdk::HttpResult &page,
            const QList<Sdk::TechDetection> &detections, const Sdk::VulnFeeds &feeds)
{
    const QList<PlatformVulnerabilities> found = match(detections, feeds);
    QStringList seen;
    for (const Sdk::TechDetection &d : detections)
        seen << d.label();
    if (found.isEmpty()) {
        ctx.pass(Check, host,
                 seen.isEmpty() ? QObject::tr("no platform identified on the home page")
                                : QObject::tr("detected %1; no version in a vulnerable range of the loaded feeds")
                                      .arg(seen.join(u", "_qs)));
        return;
    }
    QStringList parts, reasoning;
    bool exploited = false;
    for (const PlatformVulnerabilities &p : found) {
        QStringList ids;
        for (const Sdk::CveRecord &c : p.cves) {
            ids << describe(c, p.knownExploited.contains(c.id));
            reasoning << u"%1: %2"_qs.arg(c.id, c.description);
            for (const Sdk::CpeRange &r : c.ranges)
                if (r.covers(p.platform.version))
                    reasoning << QObject::tr("  affected: %1 (feed %2)").arg(rangeText(r), c.source.section(u'/', -2));
        }
        for (const Sdk::CnvdRecord &r : p.cnvd) {
            const QStringList exploitedCves = [&] {
                QStringList e;
                for (const QString &c : r.cves)
                    if (p.knownExploited.contains(c))
                        e << c;
                return e;
            }();
            ids << u"%1 (%2%3)"_qs.arg(r.number, r.severity,
                                       r.cves.isEmpty() ? QString() : u", "_qs + r.cves.join(u", "_qs)) +
                       (exploitedCves.isEmpty() ? QString() : QObject::tr(", in the known-exploited catalogue"));
            reasoning
                << u"%1: %2"_qs.arg(r.number, r.title)
                << QObject::tr("  affected: %1 (feed %2)").arg(r.products.join(u"; "_qs), r.source.section(u'/', -2));
        }
        exploited = exploited || !p.knownExploited.isEmpty();
        parts << u"%1: %2"_qs.arg(p.platform.label(), ids.join(u"; "_qs));
        reasoning << QObject::tr("%1 detected by %2").arg(p.platform.label(), p.platform.matched.join(u"; "_qs));
    }
    Models::NewFinding f = Sdk::makeFinding(
        ctx.org(), Check, host,
        Models::message(QT_TRANSLATE_NOOP("Finding", "{host} runs a version with known vulnerabilities: {versions}"),
                        {{u"host"_qs, host}, {u"versions"_qs, parts.join(u" | "_qs)}}));
    if (exploited)
        f.severity = Models::Severity::Critical; // spec: critical where it is in the known-exploited catalogue
    Models::NewEvidence why = Sdk::Evidence::reasoning(
        u"text"_qs, Models::message(QT_TRANSLATE_NOOP("Finding", "version match against the vulnerability feeds")));
    why.content = reasoning.join(u'\n').toUtf8();
    why.mime = u"text/plain; charset=utf-8"_qs;
    f.evidence << Sdk::Evidence::http(
                      page,
                      Models::message(QT_TRANSLATE_NOOP(
                                          "Finding", "home page of {host} (headers and markup the versions come from)"),
                                      {{u"host"_qs, host}}))
               << why << Sdk::Evidence::org(ctx.org());
    ctx.finding(std::move(f));
}

} // namespace Govscope::Vuln::KnownVulnerabilities
