#pragma once

#include "retirejs.h"
#include "techfingerprints.h"

namespace Govscope::Sdk {

class CheckContext;
struct HttpResult;

/// Turns what a check detected on a target into the fingerprints the case keeps for `govscope rematch`.
namespace Observations {

/// Records, for @p check on @p host, every detected technology and JavaScript library (with version and
/// CPE) and the exchange @p page they were read from. Call it once per target, also when nothing was
/// detected: the observation then says so, and a re-match closes what the target no longer runs.
void record(CheckContext &ctx, const QString &check, const QString &host, const HttpResult &page,
            const QList<TechDetection> &technologies, const QList<JsLibrary> &libraries = {});

} // namespace Observations

} // namespace Govscope::Sdk
