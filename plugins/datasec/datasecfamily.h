#pragma once

#include "familyplugin.h"

namespace Govscope::Datasec {

/// 数据安全 (spec/checks.md §5): transport security of each website (HTTPS, certificate and TLS
/// version, HSTS), files that must not be served, personal data published unmasked, and databases
/// or caches on org hosts that answer without authentication.
class DatasecFamily final : public Sdk::FamilyPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GovscopeCheckFamily_iid FILE "datasec.json")
    Q_INTERFACES(Govscope::Sdk::CheckFamily)
public:
    QCoro::Task<void> run(Sdk::CheckContext &ctx) override;
};

} // namespace Govscope::Datasec
