#pragma once

#include "familyplugin.h"

namespace Govscope::Counterfeit {

/// 仿冒安全 (spec/checks.md §3): imported app and account listings that pass for the org's
/// official ones, and sites that copy the org's portal (look-alike names and leads).
class CounterfeitFamily final : public Sdk::FamilyPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GovscopeCheckFamily_iid FILE "counterfeit.json")
    Q_INTERFACES(Govscope::Sdk::CheckFamily)
public:
    QCoro::Task<void> run(Sdk::CheckContext &ctx) override;
};

} // namespace Govscope::Counterfeit
