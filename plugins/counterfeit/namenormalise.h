#pragma once

#include <QString>

namespace Govscope::Counterfeit {

/// A name as listings are compared: NFKC (full-width letters, digits and the ideographic space
/// become half-width), case folded, every space removed. "示例省 政务服务" and "示例省政务服务"
/// are the same app to a citizen searching a store, so they are the same here.
QString normaliseName(const QString &name);

} // namespace Govscope::Counterfeit
