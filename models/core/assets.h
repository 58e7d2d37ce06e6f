#pragma once

#include "types.h"

#include <QList>

namespace Govscope::Models {

/// The declared assets an org row implies: websites and their hosts, mail domains, webmail and its hosts, apps
/// and accounts, each once. What the case stores for the org on import, and what scope checks start from.
QList<Asset> declaredAssets(const Organization &org);

} // namespace Govscope::Models
