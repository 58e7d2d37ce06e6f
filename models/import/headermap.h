#pragma once

#include "listimporter.h"
#include "table.h"

#include <QHash>

#include <optional>

namespace Govscope::Models::Import {

/// The columns the lists of spec/interfaces.md know, by their English names.
enum class Field {
    Id,
    Name,
    Kind,
    Level,
    Role,
    Region,
    Parent,
    Websites,
    MailDomains,
    Webmail,
    Apps,
    Accounts,
    Authorized,
    Store,
    Developer,
    Package,
    Version,
    SignerSha256,
    Icon,
    Apk,
    Official,
    Org,
    Platform,
    AccountId,
    Operator,
    Url,
    Source,
    Note,
};

QString fieldName(Field field);

/// Which column of a file holds which field, for one kind of list.
class ColumnMap final
{
public:
    /// Maps the header of @p table for @p kind; fails naming @p fileName when a required column is missing
    /// or a field appears twice.
    static Result<ColumnMap> build(const Table &table, ListKind kind, const QString &fileName);

    /// The kind a header row describes (orgs: id+name+kind; apps: package, signer_sha256, apk or store;
    /// accounts: platform with account_id or operator; leads: url), nullopt when none fits.
    static std::optional<ListKind> detectKind(const QStringList &header);

    /// The field a header cell names for @p kind: English or Chinese, any case, remarks in brackets and a
    /// trailing "*" ignored.
    static std::optional<Field> fieldOf(const QString &headerCell, ListKind kind);

    bool has(Field field) const { return m_columns.contains(field); }
    /// The trimmed cell of @p row for @p field; empty when the column is absent or the row is short.
    QString value(const TableRow &row, Field field) const;
    /// The header text of @p field as written in the file, for messages.
    QString headerOf(Field field) const;
    int columnCount() const { return m_headerSize; }

private:
    QHash<Field, int> m_columns;
    QHash<Field, QString> m_headers;
    int m_headerSize = 0;
};

} // namespace Govscope::Models::Import
