#pragma once

#include "reportdata.h"
#include "result.h"

#include <QImage>

namespace Govscope::Report {

/// The executive summary's charts as images, to be embedded in the document.
struct ChartImages
{
    QImage bySeverityAndFamily; ///< stacked bars: findings per family, one stack per severity
    QImage byOrganisation;      ///< horizontal bars: the organisations with the most findings
    QImage trend;               ///< lines: new, fixed and reopened findings per scan
};

/// Draws the charts with Qt Charts. QChart is a QGraphicsWidget, so this needs a QApplication and must run on
/// its thread (the GUI thread, or the CLI's main thread with the offscreen platform); it returns an error
/// instead when there is none. It takes a few tens of milliseconds per chart.
class ChartRenderer final
{
public:
    static Result<ChartImages> render(const ReportData &data, Language language);
};

} // namespace Govscope::Report
