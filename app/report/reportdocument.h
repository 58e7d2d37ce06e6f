#pragma once

#include "chartrenderer.h"
#include "reportdata.h"
#include "result.h"

#include <QByteArray>
#include <QMap>
#include <QString>

#include <functional>

namespace Govscope::Report {

/// The report as one HTML document plus the evidence files it cites. The same HTML is written as
/// report.html and laid out by QTextDocument for report.pdf, so both show the same content. Charts are
/// embedded as data: URIs; evidence images are referenced relatively as evidence/<sha256>.<ext>, the files
/// that sit next to report.html in the bundle.
struct ReportDocument
{
    QString title;
    QString html;
    QMap<QString, QByteArray> evidence; ///< "evidence/<sha256>.<ext>" -> bytes
};

/// Reads one blob of the case by its SHA-256.
using BlobFetcher = std::function<Result<QByteArray>(const QString &sha256)>;

/// Builds the document: cover, executive summary with the charts, one section per organisation, appendix.
class ReportDocumentBuilder final
{
public:
    static Result<ReportDocument> build(const ReportData &data, const ChartImages &charts, Language language,
                                        const BlobFetcher &fetchBlob);

    /// File extension for an evidence MIME type (png, jpg, txt, json, html, bin).
    static QString extensionFor(const QString &mime);
};

} // namespace Govscope::Report
