#pragma once

#include "familyplugin.h"

namespace Govscope::Links {

/// 外部链接安全 (spec/checks.md §9): reads the org's sites with the SDK's bounded crawler and checks
/// every link found — dead external links, links to blocklisted or gambling/porn/fraud targets,
/// external links without a leaving notice, broken links inside the org's own sites.
class LinksFamily final : public Sdk::FamilyPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GovscopeCheckFamily_iid FILE "links.json")
    Q_INTERFACES(Govscope::Sdk::CheckFamily)
public:
    QCoro::Task<void> run(Sdk::CheckContext &ctx) override;
};

} // namespace Govscope::Links
