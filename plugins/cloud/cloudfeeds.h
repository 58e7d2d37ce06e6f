#pragma once

#include "result.h"
#include "rirdelegated.h"

#include <QDate>
#include <QHostAddress>
#include <QList>
#include <QString>

namespace Govscope::Sdk {
class Feeds;
}

namespace Govscope::Cloud {

/// One row of cloud/ranges.csv: an address block of a cloud platform and the region it serves.
struct CloudRange
{
    std::pair<QHostAddress, int> subnet;
    QString provider, platform, region;
    QString source; ///< "cloud/ranges.csv:3: the line", for evidence
};

/// One row of cloud/assessed.csv: a platform that passed 云计算服务安全评估, until valid_until.
struct AssessedPlatform
{
    QString platform, provider, reference;
    QDate validUntil;
    QString source;
};

/// What the cloud checks match addresses against, parsed from Sdk::Feeds: every rir/* delegated
/// file, cloud/ranges.csv and cloud/assessed.csv. A missing file leaves its part empty (the check
/// that needs it is then inconclusive); a malformed one is an error naming file and line.
struct CloudFeeds
{
    Sdk::RirDelegated rir;
    QStringList rirFiles;
    QList<CloudRange> ranges;
    QList<AssessedPlatform> assessed;
    bool hasRanges = false, hasAssessed = false;

    static Result<CloudFeeds> load(const Sdk::Feeds &feeds);
    /// Parsers of the two CSV files (header row required; columns found by name).
    static Result<QList<CloudRange>> parseRanges(const QByteArray &text, const QString &origin);
    static Result<QList<AssessedPlatform>> parseAssessed(const QByteArray &text, const QString &origin);

    /// The most specific range holding @p address, or nullptr.
    const CloudRange *rangeOf(const QHostAddress &address) const;
    /// The assessment of @p platform valid on @p day, or nullptr.
    const AssessedPlatform *assessment(const QString &platform, const QDate &day) const;
    /// The latest assessment of @p platform whatever its date (to say "expired on …"), or nullptr.
    const AssessedPlatform *anyAssessment(const QString &platform) const;
};

/// Mainland China as the RIRs and cloud regions name it: cc "CN" (HK, MO and TW are recorded
/// separately and are outside the mainland for this rule); a region is mainland when it starts with
/// "cn-" and does not name Hong Kong, Macao or Taiwan.
namespace Geography {
bool isMainlandCc(const QString &cc);
bool isMainlandRegion(const QString &region);
} // namespace Geography

} // namespace Govscope::Cloud
