#pragma once

// Internal to the XLSX reader: the parts of a workbook package it needs.

#include "ziparchive.h"

namespace Govscope::Models::Import::Xlsx {

/// Where the first sheet and the shared strings of a workbook live inside the package.
struct SheetLocation
{
    QString sheet;         ///< entry name of the first worksheet
    QString sharedStrings; ///< entry name, empty when the workbook has none
};

Result<SheetLocation> locateFirstSheet(ZipArchive &zip, const QString &fileName);
Result<QStringList> readSharedStrings(const QByteArray &xml, const QString &fileName);

/// Resolves a relationship target against the folder of the part that refers to it.
QString resolveTarget(const QString &basePart, const QString &target);

} // namespace Govscope::Models::Import::Xlsx
