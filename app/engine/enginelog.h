#pragma once

#include <QLoggingCategory>

namespace Govscope::Engine {
Q_DECLARE_LOGGING_CATEGORY(lcEngine)
}
