#pragma once

#include "table.h"

#include <QByteArray>

namespace Govscope::Models::Import {

/// Reads the first sheet of an XLSX workbook (Office Open XML, transitional or strict) into a Table:
/// shared strings (rich-text runs joined, phonetic hints dropped), inline strings, booleans, and
/// numbers written as the text a person typed — a region code 440300 stays "440300", never
/// "440300.0" or "4.403E+5". Empty cells and gaps are placed by their cell reference.
class XlsxReader final
{
public:
    static Result<Table> read(const QByteArray &bytes, const QString &fileName);

    /// The text of a numeric cell value as stored in the sheet XML.
    static QString numberText(QStringView raw);
    /// 0-based column of a cell reference such as "B7" or "AA12"; -1 when it is not one.
    static int columnOf(QStringView cellReference);
};

} // namespace Govscope::Models::Import
