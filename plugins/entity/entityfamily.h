#pragma once

#include "familyplugin.h"

namespace Govscope::Entity {

/// 开办主体合规 (spec/checks.md §10): who may run a site at all (county departments and townships
/// in principle do not), one portal per 党政机关, and whether the home page is kept up to date.
class EntityFamily final : public Sdk::FamilyPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GovscopeCheckFamily_iid FILE "entity.json")
    Q_INTERFACES(Govscope::Sdk::CheckFamily)
public:
    QCoro::Task<void> run(Sdk::CheckContext &ctx) override; // stale_site measures from today()
};

} // namespace Govscope::Entity
