#pragma once

#include "familyplugin.h"

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
    QCoro::Task<void> run(Sdk::CheckContext &ctx) override; // assessments must still be valid on today()
};

} // namespace Govscope::Cloud
