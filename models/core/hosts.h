#pragma once

#include <QString>

namespace Govscope::Models {

/// The lower-case host of a URL or of a bare host name ("www.example.gov.cn/path" -> "www.example.gov.cn").
/// Empty when @p urlOrHost names no host.
QString hostOf(const QString &urlOrHost);

} // namespace Govscope::Models
