#pragma once

#include "familyplugin.h"

namespace Govscope::Domain {

/// 域名安全 (spec/checks.md §1): suffix rules by org kind, registrable domains by the Public Suffix
/// List, dangling CNAMEs and names that do not resolve. Discovers the hosts behind CNAMEs.
class DomainFamily final : public Sdk::FamilyPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GovscopeCheckFamily_iid FILE "domain.json")
    Q_INTERFACES(Govscope::Sdk::CheckFamily)
public:
    QCoro::Task<void> run(Sdk::CheckContext &ctx) override;
};

} // namespace Govscope::Domain
