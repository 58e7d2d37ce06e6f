#pragma once

namespace Govscope::Sdk {
class CheckContext;
}

namespace Govscope::Counterfeit {

/// counterfeit.app and counterfeit.account over the case's imported listings (no network).
void checkApps(Sdk::CheckContext &ctx);
void checkAccounts(Sdk::CheckContext &ctx);

} // namespace Govscope::Counterfeit
