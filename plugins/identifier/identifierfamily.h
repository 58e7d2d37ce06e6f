#pragma once

#include "familyplugin.h"

namespace Govscope::Identifier {

/// 网上标识 (spec/checks.md §2): the CONAC badge (present, right colour, not borrowed by enterprises),
/// the 网站标识码 and the ICP filing number on the home page of each of the org's websites.
class IdentifierFamily final : public Sdk::FamilyPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GovscopeCheckFamily_iid FILE "identifier.json")
    Q_INTERFACES(Govscope::Sdk::CheckFamily)
public:
    QCoro::Task<void> run(Sdk::CheckContext &ctx) override;
};

} // namespace Govscope::Identifier
