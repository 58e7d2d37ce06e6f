#pragma once

// ZIP packages for tests, with QuaZip: built in memory (XLSX workbooks, APKs, so the importer tests need no
// binary fixtures) or read from and written back to a file (to tamper with report bundles entry by entry).

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Govscope::Testing {

using ZipEntries = QList<QPair<QString, QByteArray>>;

/// A ZIP of @p entries, in order; empty when QuaZip failed.
QByteArray makeZip(const ZipEntries &entries);
/// Writes @p entries as a ZIP at @p path; false when QuaZip failed.
bool writeZip(const QString &path, const ZipEntries &entries);
/// Every entry of the ZIP at @p path, in order; empty when it cannot be opened.
ZipEntries readZip(const QString &path);
/// The data of entry @p name, or empty.
QByteArray entry(const ZipEntries &entries, const QString &name);

/// A workbook whose first sheet has @p sheetData (the inside of <sheetData>) and, when given, the <si>
/// items of the shared strings. The sheet sits at a non-default path to exercise the relationships.
QByteArray makeXlsx(const QString &sheetData, const QString &sharedItems = {});
/// One row of inline-string cells, for quick sheets: inlineRow(3, {"a", "b"}).
QString inlineRow(int r, const QStringList &cells);

} // namespace Govscope::Testing
