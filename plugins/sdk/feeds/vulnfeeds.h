#pragma once

#include "cnvdfeed.h"
#include "result.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

namespace Govscope::Sdk {

class Feeds;

/// One cpeMatch of an NVD configuration: a product and the version range it covers.
struct CpeRange
{
    QString vendor, product;
    QString version; ///< exact version from the criteria, empty or "*" for any (then the bounds apply)
    QString startIncluding, startExcluding, endIncluding, endExcluding;

    bool covers(const QString &candidate) const;
};

/// A CVE as the NVD CVE JSON 2.0 describes it, reduced to what matching and reports need.
struct CveRecord
{
    QString id;
    QString description;  ///< English
    QString baseSeverity; ///< CVSS v3.1 (else v3.0, else v2) "CRITICAL", "HIGH", …; empty when unscored
    double baseScore = 0;
    QString vector;
    QList<CpeRange> ranges; ///< vulnerable cpeMatch entries
    QString source;         ///< feed file it came from
};

/// Vulnerability feeds: NVD CVE JSON 2.0 files (or API pages) in vuln/*.json, the CISA
/// known-exploited catalogue vuln/kev.json and CNVD XML exports in vuln/*.xml.
class VulnFeeds final
{
public:
    /// Parses one NVD CVE JSON 2.0 document ({"vulnerabilities":[{"cve":…}]}); @p origin names it.
    static Result<QList<CveRecord>> parseNvd(const QByteArray &json, const QString &origin);
    /// Parses the CISA KEV catalogue ({"vulnerabilities":[{"cveID":…}]}): the listed CVE ids.
    static Result<QSet<QString>> parseKev(const QByteArray &json, const QString &origin);
    static Result<VulnFeeds> fromFeeds(const Feeds &feeds);

    void add(const QList<CveRecord> &records);
    void addKnownExploited(const QSet<QString> &ids) { m_kev.unite(ids); }
    void addCnvd(const QList<CnvdRecord> &records) { m_cnvd << records; }

    /// CVEs whose vulnerable configuration covers @p vendor:@p product at @p version.
    QList<CveRecord> match(const QString &vendor, const QString &product, const QString &version) const;
    /// CNVD entries whose product text names @p name and admits @p version.
    QList<CnvdRecord> matchCnvd(const QString &name, const QString &version) const;
    bool knownExploited(const QString &cveId) const { return m_kev.contains(cveId); }
    qsizetype size() const { return m_records.size(); }

private:
    QList<CveRecord> m_records;
    QHash<QString, QList<qsizetype>> m_byProduct; ///< "vendor:product" → indexes into m_records
    QSet<QString> m_kev;
    QList<CnvdRecord> m_cnvd;
};

} // namespace Govscope::Sdk
