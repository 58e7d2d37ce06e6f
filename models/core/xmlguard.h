#pragma once

#include <QCoreApplication>
#include <QXmlStreamReader>

namespace Govscope::Models::Import {

/// Every reader of XML from outside (XLSX parts, CNVD feeds) reads its tokens through this.
struct XmlGuard
{
    Q_DECLARE_TR_FUNCTIONS(Govscope::Models::Import::XmlGuard)

public:
    /// QXmlStreamReader::readNext(), except that a document type declaration is an error: its internal
    /// subset declares entities that QXmlStreamReader would expand into the text (a crafted workbook grew
    /// an org name 1,250 times), and no spreadsheet part or feed needs one. An entity reference the reader
    /// cannot resolve is an error too, never passed on. The error (QXmlStreamReader::errorString) says so,
    /// and the reader then reports atEnd() and hasError() like any other XML error.
    static QXmlStreamReader::TokenType readNext(QXmlStreamReader &xml);
};

} // namespace Govscope::Models::Import
