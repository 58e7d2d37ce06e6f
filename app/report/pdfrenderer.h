#pragma once

#include "reportdocument.h"
#include "result.h"

#include <QByteArray>

#include <functional>

namespace Govscope::Report {

/// Lays the report document out on A4 pages with Qt's rich text and paints it page by page into a PDF
/// (QPdfWriter, fonts embedded as subsets), adding a running header with the report title and a footer
/// "page N of M". Works on any thread; needs a QGuiApplication for fonts.
class PdfRenderer final
{
public:
    /// Called after each page with (pages done, pages in all); return false to cancel.
    using Progress = std::function<bool(int done, int total)>;

    static Result<QByteArray> render(const ReportDocument &document, Language language, const Progress &progress = {});
};

} // namespace Govscope::Report
