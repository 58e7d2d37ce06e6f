#pragma once

// What every family's world test shares (tests/plugins/<family>/tst_<family>family_world.cpp): the world's
// feeds and profile, running a family to its end on a TestContext, and the one loop over the demo province
// that checks each family fires exactly where tests/world/demo_findings.tsv plants it.

#include "testcontext.h"

#include <functional>

namespace Govscope::Sdk {
class CheckFamily;
}

namespace Govscope::Testing {

/// The world's feeds (tests/world/feeds); empty when they do not load.
Sdk::Feeds worldFeeds();
/// The shipped feeds (resources/feeds) and the world's over them; empty when they do not load.
Sdk::Feeds shippedAndWorldFeeds();
/// A scan profile for the world: @p timeoutMs per probe, everything else as the default.
Sdk::ScanProfile worldProfile(int timeoutMs = 4000);

/// Runs @p family for the org of @p ctx to its end. Tests may block on their own loop; the app never does.
void runFamily(Sdk::CheckFamily &family, TestContext &ctx);
/// Runs a new @p Family for the org of @p ctx to its end (a fresh instance, as a test of one org wants).
template<typename Family> void runNewFamily(TestContext &ctx)
{
    Family family;
    runFamily(family, ctx);
}

/// For every org of the demo province (at least 20 of them): a TestContext with @p profile, given to @p run,
/// which runs the family on it; then the checks that fired must be those demo_findings.tsv plants on the
/// org for @p family, every finding must be of @p family with at least @p minEvidence items of evidence, and
/// @p each may assert more on the org's context. Returns at the first failure (also one inside @p each);
/// call it last in a test function.
void expectFiresExactlyWherePlanted(const QString &family, const Sdk::ScanProfile &profile,
                                    const std::function<void(TestContext &)> &run, int minEvidence,
                                    const std::function<void(const Models::Organization &, TestContext &)> &each = {});

} // namespace Govscope::Testing
