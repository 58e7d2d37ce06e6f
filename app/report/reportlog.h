#pragma once

#include <QLoggingCategory>

namespace Govscope::Report {
/// The report module's logging category, govscope.report.
Q_DECLARE_LOGGING_CATEGORY(lcReport)
} // namespace Govscope::Report
