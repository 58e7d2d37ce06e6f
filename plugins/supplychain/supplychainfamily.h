#pragma once

#include "familyplugin.h"

namespace Govscope::Supplychain {

/// 软件供应链 (spec/checks.md §7): sites that force a browser, client or plug-in, services offered
/// only through one third-party platform, and components with known high or critical
/// vulnerabilities or past their end of life.
class SupplychainFamily final : public Sdk::FamilyPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GovscopeCheckFamily_iid FILE "supplychain.json")
    Q_INTERFACES(Govscope::Sdk::CheckFamily)
public:
    QCoro::Task<void> run(Sdk::CheckContext &ctx) override;
};

} // namespace Govscope::Supplychain
