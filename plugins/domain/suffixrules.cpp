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
    auto judge = [&](const QString &name, const QString &what) {
        RuleOutcome r{check, name, DomainNames::underGovSuffix(name), {}, {}};
        if (r.fired) {
            r.title = QObject::tr("%1 of a %2 body uses the government suffix: %3")
                          .arg(what, Models::toId(org.kind), DomainNames::toUnicode(name));
            r.reasoning =
                QObject::tr("%1 is under %2, reserved for 党政机关; the org is %3 (%4)")
                    .arg(shown(name), DomainNames::underGovCn(name) ? u".gov.cn"_qs : u".政务 (xn--zfr164b)"_qs,
                         Models::toId(org.kind), Models::chineseLabel(org.kind));
        } else {
            r.reasoning = QObject::tr("%1 is not under .gov.cn or .政务").arg(shown(name));
        }
        out << r;
    };
    for (const QString &host : hosts.websiteHosts)
        judge(host, QObject::tr("The website"));
    for (const QString &domain : hosts.mailDomains)
        judge(domain, QObject::tr("The mail domain"));
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
            r.title = QObject::tr("Government website outside .gov.cn/.政务: %1").arg(DomainNames::toUnicode(host));
            r.reasoning = QObject::tr("%1 has public suffix \"%2\", not .gov.cn or .政务, which a 党政机关 must use")
                              .arg(shown(host), DomainNames::toUnicode(DomainNames::publicSuffix(host)));
        } else {
            r.reasoning = QObject::tr("%1 is under a government suffix").arg(shown(host));
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
            r.title = QObject::tr("Institution website outside .cn/.公益: %1").arg(DomainNames::toUnicode(host));
            r.reasoning = QObject::tr("%1 has public suffix \"%2\"; a 事业单位 should use .cn (not .gov.cn) or .公益")
                              .arg(shown(host), DomainNames::toUnicode(DomainNames::publicSuffix(host)));
        } else {
            r.reasoning = QObject::tr("%1 is under .cn or .公益").arg(shown(host));
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
        r.title = QObject::tr("Websites spread over %1 registrable domains (one English and one Chinese allowed)")
                      .arg(all.size());
        QStringList shownAll;
        for (const QString &d : all)
            shownAll << DomainNames::toUnicode(d);
        lines.prepend(QObject::tr("English registrable domains: %1; Chinese: %2")
                          .arg(english.join(u", "_qs),
                               chinese.isEmpty() ? u"—"_qs : shownAll.mid(english.size()).join(u", "_qs)));
    }
    r.reasoning = lines.join(u"; "_qs);
    return {r};
}

QList<RuleOutcome> SuffixRules::all(const Models::Organization &org, const DomainHosts &hosts)
{
    return nonGovUsesGovSuffix(org, hosts) + govMissingGovSuffix(org, hosts) + institutionBadSuffix(org, hosts) +
           multipleDomains(org, hosts);
}

} // namespace Govscope::Domain
