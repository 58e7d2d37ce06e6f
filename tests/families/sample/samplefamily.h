#pragma once

#include "familyplugin.h"

namespace Govscope::Sample {

/// A family as docs/engineering.md's template writes one: every website of the org outside .gov.cn is a
/// finding of sample.site_outside_gov_cn, every other one a pass. Exists to prove the contract.
class SampleFamily final : public Sdk::FamilyPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GovscopeCheckFamily_iid FILE "sample.json")
    Q_INTERFACES(Govscope::Sdk::CheckFamily)
public:
    QCoro::Task<void> run(Sdk::CheckContext &ctx) override;
};

} // namespace Govscope::Sample
