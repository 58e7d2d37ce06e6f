#pragma once

#include "cloudfeeds.h"
#include "familyplugin.h"

#include <QDate>

#include <memory>

namespace Govscope::Cloud {

/// 云平台安全 (spec/checks.md §6): where each host of the org is hosted — on a cloud platform that has
/// not passed 云计算服务安全评估, or outside mainland China by the RIRs' delegation records or the
/// cloud region.
class CloudFamily final : public Sdk::FamilyPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GovscopeCheckFamily_iid FILE "cloud.json")
    Q_INTERFACES(Govscope::Sdk::CheckFamily)
public:
    QCoro::Task<void> run(Sdk::CheckContext &ctx) override;

    /// The day assessments must still be valid on (tests pin it; default: today).
    void setToday(const QDate &today) { m_today = today; }

private:
    /// The parsed feeds, kept across orgs of a scan and re-read when the feed files change.
    std::shared_ptr<const Result<CloudFeeds>> feedsFor(const Sdk::Feeds &feeds);

    QDate m_today;
    QString m_feedsKey;
    // shared: runs of several orgs interleave on the network thread and must not lose it mid-run
    std::shared_ptr<const Result<CloudFeeds>> m_feeds;
};

} // namespace Govscope::Cloud
