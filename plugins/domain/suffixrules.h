#pragma once

#include "domainhosts.h"
#include "message.h"

#include <QList>
#include <QString>

namespace Govscope::Domain {

/// What a rule decided about one target, before it is reported through the CheckContext.
struct RuleOutcome
{
    QString check;
    QString target;
    bool fired = false;
    Models::Message title;     ///< the finding's one line (when fired)
    Models::Message reasoning; ///< the suffix / Public Suffix List reasoning: evidence, or the pass note
};

/// The rules of spec/checks.md §1 that need no network: which suffix a body of each kind may use,
/// and how many registrable domains a 党政机关 spreads its sites over. Rules that do not apply to
/// the org's kind return nothing.
class SuffixRules final
{
public:
    /// domain.non_gov_uses_gov_suffix: a body that is not party_gov on .gov.cn / .政务 (websites and
    /// mail domains).
    static QList<RuleOutcome> nonGovUsesGovSuffix(const Models::Organization &org, const DomainHosts &hosts);
    /// domain.gov_missing_gov_suffix: a party_gov website outside .gov.cn / .政务.
    static QList<RuleOutcome> govMissingGovSuffix(const Models::Organization &org, const DomainHosts &hosts);
    /// domain.institution_bad_suffix: an institution website outside .cn (not .gov.cn) and .公益.
    static QList<RuleOutcome> institutionBadSuffix(const Models::Organization &org, const DomainHosts &hosts);
    /// domain.multiple_domains: a party_gov org whose websites use more than one English or more
    /// than one Chinese registrable domain. One outcome per org (target: the org's domains).
    static QList<RuleOutcome> multipleDomains(const Models::Organization &org, const DomainHosts &hosts);

    static QList<RuleOutcome> all(const Models::Organization &org, const DomainHosts &hosts);
};

} // namespace Govscope::Domain
