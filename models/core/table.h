#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace Govscope::Models::Import {

/// Context of the importer's messages for translation.
struct ImportText
{
    Q_DECLARE_TR_FUNCTIONS(Govscope::Models::ListImporter)
};

/// Bounds on outside input: a list is hostile until read, so every reader stops at these.
namespace Limits {
inline constexpr qint64 kMaxFileBytes = 100LL * 1024 * 1024;
inline constexpr qint64 kMaxInflatedBytes = 200LL * 1024 * 1024; ///< all entries of a ZIP together
inline constexpr int kMaxRows = 1'000'000;
inline constexpr int kMaxCellChars = 64 * 1024;
/// Lists have a dozen columns; a few hundred of the auditor's own are fine, thousands are an attack on memory.
inline constexpr int kMaxColumns = 1024;
/// Cells kept for a whole file: a million rows of twenty columns. A file of nothing but delimiters would
/// otherwise cost 24 bytes of memory per byte read.
inline constexpr qint64 kMaxCells = 20'000'000;
/// Parts of an XLSX package: a workbook has a few dozen (sheets, styles, themes, images).
inline constexpr int kMaxXlsxEntries = 10'000;
} // namespace Limits

/// One record of a list as read from the file, before any meaning is given to its cells.
struct TableRow
{
    int line = 0;      ///< where the record starts: CSV physical line, XLSX sheet row (both 1-based)
    QStringList cells; ///< in column order; missing trailing cells are simply absent
    QString problem;   ///< set when the reader could not read the record cleanly (e.g. unclosed quote)
};

/// A sheet or CSV file: the first non-empty record is the header, the rest are rows.
struct Table
{
    int headerLine = 0;
    QStringList header;
    QList<TableRow> rows;
};

} // namespace Govscope::Models::Import
