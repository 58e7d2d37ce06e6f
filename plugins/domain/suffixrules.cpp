#include "suffixrules.h"

#include "domainnames.h"

#include <QObject>

namespace Govscope::Domain {

using Models::OrgKind;
using Sdk::DomainNames;

namespace {

QString shown(const QString &host)
{
    const QString unicode = DomainNames::toUnicode(host);
    return unicode == host ? host : u"%1 (%2)"_qs.arg(host, unicode);
}

} // namespace

QList<RuleOutcome> SuffixRules::nonGovUsesGovSuffix(const Models::Organization &org, const DomainHosts &hosts)
{
    QList<RuleOutcome> out;
    if (org.kind == OrgKind::PartyGov)
        return out;
    const QString check = u"domain.non_gov_uses_gov_suffix"_qs;
    auto judge = [&](const QString &name, const Models::Message &what) {
        RuleOutcome r{check, name, DomainNames::underGovSuffix(name), {}, {}};
        if (r.fired) {
            r.title = Models::message(QT_TRANSLATE_NOOP("Finding", "{what} of a {kind} body uses the government suffix: {name}"),
                                      {{u"what"_qs, what}, {u"kind"_qs, Models::toId(org.kind)}, {u"name"_qs, DomainNames::toUnicode(name)}});
            r.reasoning = Models::message(
                QT_TRANSLATE_NOOP("Finding", "{name} is under {suffix}, reserved for 党政机关; the org is {kind} ({kind_zh})"),
                {{u"name"_qs, shown(name)}, {u"suffix"_qs, DomainNames::underGovCn(name) ? u".gov.cn"_qs : u".政务 (xn--zfr164b)"_qs},
                 {u"kind"_qs, Models::toId(org.kind)}, {u"kind_zh"_qs, Models::chineseLabel(org.kind)}});
        } else {
            r.reasoning = Models::message(QT_TRANSLATE_NOOP("Finding", "{name} is not under .gov.cn or .政务"), {{u"name"_qs, shown(name)}});
        }
        out << r;
    };
    for (const QString &host : hosts.websiteHosts)
        judge(host, Models::message(QT_TRANSLATE_NOOP("Finding", "The website")));
    for (const QString &domain : hosts.mailDomains)
        judge(domain, Models::message(QT_TRANSLATE_NOOP("Finding", "The mail domain")));
    return out;
}

QList<RuleOutcome> SuffixRules::govMissingGovSuffix(const Models::Organization &org, const DomainHosts &hosts)
{
    QList<RuleOutcome> out;
    if (org.kind != OrgKind::PartyGov)
        return out;
    for (const QString &host : hosts.websiteHosts) {
        RuleOutcome r{u"domain.gov_missing_gov_suffix"_qs, host, !DomainNames::underGovSuffix(host), {}, {}};
        if (r.fired) {
            r.title = Models::message(QT_TRANSLATE_NOOP("Finding", "Government website outside .gov.cn/.政务: {host}"),
                                      {{u"host"_qs, DomainNames::toUnicode(host)}});
            r.reasoning = Models::message(
                QT_TRANSLATE_NOOP("Finding", "{host} has public suffix \"{suffix}\", not .gov.cn or .政务, which a 党政机关 must use"),
                {{u"host"_qs, shown(host)}, {u"suffix"_qs, DomainNames::toUnicode(DomainNames::publicSuffix(host))}});
        } else {
            r.reasoning = Models::message(QT_TRANSLATE_NOOP("Finding", "{host} is under a government suffix"), {{u"host"_qs, shown(host)}});
        }
        out << r;
    }
    return out;
}

QList<RuleOutcome> SuffixRules::institutionBadSuffix(const Models::Organization &org, const DomainHosts &hosts)
{
    QList<RuleOutcome> out;
    if (org.kind != OrgKind::Institution)
        return out;
    for (const QString &host : hosts.websiteHosts) {
        // .gov.cn is for 党政机关: an institution there is domain.non_gov_uses_gov_suffix, not this
        const bool allowed =
            (DomainNames::underCn(host) && !DomainNames::underGovCn(host)) || DomainNames::underGongyi(host);
        const bool govSuffix = DomainNames::underGovSuffix(host);
        if (govSuffix)
            continue;
        RuleOutcome r{u"domain.institution_bad_suffix"_qs, host, !allowed, {}, {}};
        if (r.fired) {
            r.title = Models::message(QT_TRANSLATE_NOOP("Finding", "Institution website outside .cn/.公益: {host}"),
                                      {{u"host"_qs, DomainNames::toUnicode(host)}});
            r.reasoning = Models::message(
                QT_TRANSLATE_NOOP("Finding", "{host} has public suffix \"{suffix}\"; a 事业单位 should use .cn (not .gov.cn) or .公益"),
                {{u"host"_qs, shown(host)}, {u"suffix"_qs, DomainNames::toUnicode(DomainNames::publicSuffix(host))}});
        } else {
            r.reasoning = Models::message(QT_TRANSLATE_NOOP("Finding", "{host} is under .cn or .公益"), {{u"host"_qs, shown(host)}});
        }
        out << r;
    }
    return out;
}

QList<RuleOutcome> SuffixRules::multipleDomains(const Models::Organization &org, const DomainHosts &hosts)
{
    if (org.kind != OrgKind::PartyGov || hosts.websiteHosts.isEmpty())
        return {};
    QStringList english, chinese, lines;
    for (const QString &host : hosts.websiteHosts) {
        const QString reg = DomainNames::registrableDomain(host);
        lines << DomainNames::explain(host);
        if (reg.isEmpty())
            continue;
        QStringList &bucket = DomainNames::isChineseDomain(reg) ? chinese : english;
        if (!bucket.contains(reg))
            bucket << reg;
    }
    english.sort();
    chinese.sort();
    QStringList all = english + chinese;
    RuleOutcome r{u"domain.multiple_domains"_qs, all.join(u", "_qs), english.size() > 1 || chinese.size() > 1, {}, {}};
    if (r.fired) {
        r.title = Models::message(
            QT_TRANSLATE_NOOP("Finding", "Websites spread over {count} registrable domains (one English and one Chinese allowed)"),
            {{u"count"_qs, all.size()}});
        QStringList shownAll;
        for (const QString &d : all)
            shownAll << DomainNames::toUnicode(d);
        r.reasoning = Models::message(QT_TRANSLATE_NOOP("Finding", "English registrable domains: {english}; Chinese: {chinese}; {explanations}"),
                                      {{u"english"_qs, english.join(u", "_qs)},
                                       {u"chinese"_qs, chinese.isEmpty() ? u"—"_qs : shownAll.mid(english.size()).join(u", "_qs)},
                                       {u"explanations"_qs, lines.join(u"; "_qs)}});
    } else {
        r.reasoning = Models::message(QT_TRANSLATE_NOOP("Finding", "{explanations}"), {{u"explanations"_qs, lines.join(u"; "_qs)}});
    }
    return {r};
}

QList<RuleOutcome> SuffixRules::all(const Models::Organization &org, const DomainHosts &hosts)
{
    return nonGovUsesGovSuffix(org, hosts) + govMissingGovSuffix(org, hosts) + institutionBadSuffix(org, hosts) +
           multipleDomains(org, hosts);
}

} // namespace Govscope::Domain
