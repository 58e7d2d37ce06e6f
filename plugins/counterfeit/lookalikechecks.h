#pragma once

#include <QCoroTask>

namespace Govscope::Sdk {
class CheckContext;
}

namespace Govscope::Counterfeit {

/// counterfeit.lookalike_site and counterfeit.impostor_markers: candidates (leads and permutations
/// of the org's website names) that no org owns are resolved; those that resolve are fetched and
/// compared with the org's own home pages (PageSimilarity). One finding per candidate at its most
/// severe check: a look-alike under .gov.cn/.政务 or carrying the 网上标识 badge is an impostor.
QCoro::Task<void> checkLookalikeSites(Sdk::CheckContext &ctx, int permutationCap = 300);

} // namespace Govscope::Counterfeit
