#pragma once

#include "newfinding.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Govscope::Models {

/// One product a check saw on a target: enough to match it against a vulnerability feed again later.
struct Fingerprint
{
    QString kind; ///< "technology" (a webappanalyzer rule) or "jslibrary" (retire.js)
    QString product;
    QString version;
    QString cpe; ///< CPE 2.3, empty when the rule has none
    QList<int> categories;
    QString how; ///< what matched, e.g. "header Server: Apache/2.2.15"

    bool operator==(const Fingerprint &) const = default;
};

/// What one check observed on one target in a scan: the products and the exchange they came from.
struct Observation
{
    QString org, check, target;
    QList<Fingerprint> fingerprints;
    NewEvidence source; ///< the HTTP exchange the fingerprints were read from (content may be empty)
};

/// An observation as the case holds it.
struct StoredObservation
{
    qint64 id = 0;
    qint64 scan = 0;
    QString org, check, target;
    QString evidence; ///< blob SHA-256 of the source exchange, empty when none
    QString evidenceSummary;
    QDateTime at;
    QList<Fingerprint> fingerprints;
};

} // namespace Govscope::Models
