#pragma once

#include <QList>
#include <QString>

namespace Govscope::Counterfeit {

/// A name a counterfeiter might register instead of an org's, and how it was made.
struct DomainCandidate
{
    QString host;   ///< ASCII (IDNA) form
    QString method; ///< omission, insertion, repetition, transposition, replacement, homoglyph,
                    ///< hyphenation, bitsquatting, vowel-swap, tld-swap, gov-form, zhengwu, gongyi
};

/// Look-alike names of @p host (spec/checks.md §3). Only the registrable label is varied (the
/// "sl" of www.sl.gov.cn); the labels before it are kept, so a candidate still reads like the
/// same site. Order is by method (the cheapest to mistake first), duplicates and @p host itself
/// removed, at most @p cap candidates: DNS cost is bounded whatever the name.
QList<DomainCandidate> domainPermutations(const QString &host, int cap = 300);

} // namespace Govscope::Counterfeit
