#include "componentchecks.h"

#include "catalogueinfo.h"
#include "checkcontext.h"
#include "evidence.h"
#include "findingtext.h"

#include <QObject>

namespace Govscope::Supplychain::ComponentChecks {

namespace {

const QString Vulnerable = u"supplychain.vulnerable_component"_qs;
const QString Eol = u"supplychain.eol_component"_qs;

QString inventory(const Sdk::SiteComponents &site)
{
    QStringList seen;
    for (const Sdk::TechDetection &d : site.technologies)
        seen << d.label();
    for (const Sdk::JsLibrary &l : site.jsLibraries)
        seen << l.library + u' ' + l.version;
    return seen.isEmpty() ? QObject::tr("no component identified") : seen.join(u", "_qs);
}

Models::NewEvidence text(const Models::Message &summary, const QStringList &lines)
{
    return Sdk::Evidence::text(u"text"_qs, summary, lines.join(u'\n'));
}

} // namespace

QList<VulnerableComponent> vulnerable(const Sdk::SiteComponents &site, const Sdk::ComponentFeeds &feeds)
{
    QList<VulnerableComponent> out;
    for (const Sdk::JsLibrary &l : site.jsLibraries) {
        VulnerableComponent c{l.library + u' ' + l.version, l.how, {}};
        for (const Sdk::JsVulnerability &v : feeds.jsLibraries.vulnerabilities(l.library, l.version))
            if (v.highOrCritical())
                c.vulnerabilities << v.label();
        if (!c.vulnerabilities.isEmpty())
            out << c;
    }
    for (const Sdk::TechDetection &d : site.technologies) {
        if (!d.isJavaScriptComponent() || d.version.isEmpty() || d.cpe.isEmpty())
            continue;
        VulnerableComponent c{d.label(), d.matched.join(u"; "_qs), {}};
        for (const Sdk::CveRecord &r : feeds.vulnerabilities.match(d.cpeVendor(), d.cpeProduct(), d.version))
            if (r.baseSeverity == u"HIGH"_qs || r.baseSeverity == u"CRITICAL"_qs)
                c.vulnerabilities << u"%1 (CVSS %2 %3)"_qs.arg(r.id).arg(r.baseScore).arg(r.baseSeverity);
        if (!c.vulnerabilities.isEmpty())
            out << c;
    }
    return out;
}

QList<EolComponent> endOfLife(const Sdk::SiteComponents &site, const Sdk::EndOfLife &eol)
{
    // (label, version, product slugs to try)
    QList<std::tuple<QString, QString, QStringList>> candidates;
    for (const Sdk::TechDetection &d : site.technologies)
        if (!d.version.isEmpty())
            candidates.append(
                {d.label(), d.version, {Sdk::EndOfLife::slug(d.name), Sdk::EndOfLife::slug(d.cpeProduct())}});
    for (const Sdk::JsLibrary &l : site.jsLibraries)
        candidates.append({l.library + u' ' + l.version, l.version, {Sdk::EndOfLife::slug(l.library)}});
    QList<EolComponent> out;
    QSet<QString> reported; // product + version: jQuery seen by fingerprint and by retire.js is one
    for (const auto &[label, version, slugs] : candidates) {
        for (const QString &product : slugs) {
            if (product.isEmpty() || !eol.hasProduct(product))
                continue;
            const std::optional<Sdk::ReleaseCycle> cycle = eol.cycleOf(product, version);
            if (cycle && cycle->eol && !reported.contains(product + u'@' + version)) {
                reported.insert(product + u'@' + version);
                out << EolComponent{label, product, *cycle};
            }
            break;
        }
    }
    return out;
}

void report(Sdk::CheckContext &ctx, const QString &host, const Sdk::HttpResult &home, const Sdk::SiteComponents &site,
            const Sdk::ComponentFeeds &feeds)
{
    const QList<VulnerableComponent> vulns = vulnerable(site, feeds);
    if (vulns.isEmpty()) {
        ctx.pass(Vulnerable, host,
                 QObject::tr("%1; none with a high or critical entry in the loaded feeds").arg(inventory(site)));
    } else {
        QStringList parts, lines;
        for (const VulnerableComponent &c : vulns) {
            parts << u"%1 (%2)"_qs.arg(c.label, c.vulnerabilities.join(u"; "_qs));
            lines << QObject::tr("%1, seen in %2:").arg(c.label, c.how);
            for (const QString &v : c.vulnerabilities)
                lines << u"  "_qs + v;
        }
        Models::NewFinding f = Sdk::makeFinding(
            ctx.org(), Vulnerable, host,
            Models::message(
                QT_TRANSLATE_NOOP("Finding",
                                  "{host} loads components with known high or critical vulnerabilities: {components}"),
                {{u"host"_qs, host}, {u"components"_qs, parts.join(u"; "_qs)}}));
        f.evidence << text(Models::message(QT_TRANSLATE_NOOP("Finding", "components and the feed entries they match")),
                           lines)
                   << Sdk::Evidence::http(home,
                                          Models::message(QT_TRANSLATE_NOOP("Finding", "home page that loads them")))
                   << Sdk::Evidence::org(ctx.org());
        ctx.finding(std::move(f));
    }

    const QList<EolComponent> old = endOfLife(site, feeds.endOfLife);
    if (old.isEmpty()) {
        ctx.pass(Eol, host, QObject::tr("%1; none in an end-of-life release cycle").arg(inventory(site)));
        return;
    }
    QVariantList parts;
    QStringList lines;
    for (const EolComponent &c : old) {
        const QVariant when = c.cycle.eolDate.isValid()
                                  ? QVariant(c.cycle.eolDate.toString(Qt::ISODate))
                                  : QVariant(Models::message(QT_TRANSLATE_NOOP("Finding", "yes")));
        parts << Models::message(QT_TRANSLATE_NOOP("Finding", "{component} (cycle {cycle}, end of life {when})"),
                                 {{u"component"_qs, c.label}, {u"cycle"_qs, c.cycle.cycle}, {u"when"_qs, when}});
        lines << QObject::tr("%1: endoflife.date product %2, cycle %3, eol %4, latest %5")
                     .arg(c.label, c.product, c.cycle.cycle,
                          Models::FindingText::render(Models::Message{u"{w}"_qs, {{u"w"_qs, when}}}), c.cycle.latest);
    }
    Models::NewFinding f = Sdk::makeFinding(
        ctx.org(), Eol, host,
        Models::message(QT_TRANSLATE_NOOP("Finding", "{host} runs end-of-life components: {components}"),
                        {{u"host"_qs, host}, {u"components"_qs, parts}}));
    f.evidence << text(Models::message(QT_TRANSLATE_NOOP("Finding", "components and their release cycles")), lines)
               << Sdk::Evidence::http(home,
                                      Models::message(QT_TRANSLATE_NOOP("Finding", "home page the versions come from")))
               << Sdk::Evidence::org(ctx.org());
    ctx.finding(std::move(f));
}

} // namespace Govscope::Supplychain::ComponentChecks
