#pragma once

#include "newfinding.h"
#include "personaldata.h"
#include "sitecrawler.h"

namespace Govscope::Datasec {

/// Personal data found in one crawled document, masked.
struct DocumentDisclosure
{
    QUrl url;
    int ids = 0, mobiles = 0, cards = 0;
    QStringList samples; ///< masked values, a few of each kind
    int total() const { return ids + mobiles + cards; }
};

/// The personal data of a whole crawl, for datasec.sensitive_disclosure.
struct Disclosure
{
    QList<DocumentDisclosure> documents; ///< only documents with at least one match
    int total() const;
    int ids() const, mobiles() const, cards() const;

    static Disclosure of(const Sdk::CrawlResult &crawl);
    /// Severity by count: a few numbers are medium, a list of people high, a register critical.
    static Models::Severity severityFor(int total);
    /// The evidence text: per document the counts and masked samples — never a plain number.
    QString report() const;
};

} // namespace Govscope::Datasec
