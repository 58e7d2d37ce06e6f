#pragma once

#include "reportdocument.h"

namespace Govscope::Report {

/// Writes the HTML of one organisation's section: its assets, its findings grouped by family and check
/// (severity, target, legal basis, evidence, screenshots, a counterfeit beside its original) and the
/// rectification advice. Evidence blobs it cites are added to the document's evidence files.
class OrgSectionWriter final
{
public:
    OrgSectionWriter(Language language, const BlobFetcher &fetchBlob, ReportDocument &document);
    Q_DISABLE_COPY_MOVE(OrgSectionWriter)

    Result<QString> write(const OrgSection &section, int number);

private:
    struct ImageRef
    {
        QString path;
        QSize size;
    };

    Result<QString> findingHtml(const Models::Finding &finding, int number);
    Result<QString> evidenceHtml(const Models::Finding &finding);
    /// Adds the blob to the document's files (once) and returns its path and, for images, its pixel size.
    Result<ImageRef> cite(const Models::Evidence &evidence);
    QString imageTag(const ImageRef &image, int maxWidth) const;
    QString assetsHtml(const OrgSection &section) const;

    Language m_language;
    Phrase m_p;
    const BlobFetcher &m_fetchBlob;
    ReportDocument &m_document;
    QHash<QString, ImageRef> m_cited;
};

} // namespace Govscope::Report
