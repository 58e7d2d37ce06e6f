#pragma once

#include "familyplugin.h"

namespace Govscope::Vuln {

/// 脆弱性风险 (spec/checks.md §8): known vulnerabilities of the detected platforms, missing attack
/// filtering, management interfaces and high-risk ports open to the internet, and (authorised
/// orgs only) default credentials that are accepted.
class VulnFamily final : public Sdk::FamilyPlugin
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID GovscopeCheckFamily_iid FILE "vuln.json")
    Q_INTERFACES(Govscope::Sdk::CheckFamily)
public:
    QCoro::Task<void> run(Sdk::CheckContext &ctx) override;
};

} // namespace Govscope::Vuln
