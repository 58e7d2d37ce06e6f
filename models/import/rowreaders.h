#pragma once

#include "headermap.h"
#include "types.h"

#include <QByteArray>
#include <QHash>

namespace Govscope::Models::Import {

/// Turns one table row into a value of the list's kind, or says what is wrong with it ("column 'region':
/// …; write …"). Checks that span rows (duplicates) are the importer's job.
class RowReader final
{
public:
    /// @p baseDir resolves relative icon and apk paths (the folder of the list file).
    RowReader(const ColumnMap &map, QString baseDir)
        : m_map(map)
        , m_baseDir(std::move(baseDir))
    {}

    Result<Organization> org(const TableRow &row) const;
    /// Icon images (from the icon column or the APK) are returned in @p icons keyed by SHA-256; the app's
    /// icon field holds that key.
    Result<App> app(const TableRow &row, QHash<QString, QByteArray> &icons) const;
    Result<Account> account(const TableRow &row) const;
    Result<Lead> lead(const TableRow &row) const;

private:
    /// Problems every kind shares: unreadable records, oversized cells, more cells than header columns.
    Status checkShape(const TableRow &row) const;
    Error columnError(Field field, const QString &message) const;
    Result<bool> flag(const TableRow &row, Field field) const;
    QString resolve(const QString &path) const;

    const ColumnMap &m_map;
    QString m_baseDir;
};

} // namespace Govscope::Models::Import
