#pragma once

#include "table.h"

namespace Govscope::Models::Import {

/// Splits decoded CSV text into records (RFC 4180: quoted cells may hold delimiters, doubled quotes and
/// line breaks). The delimiter is `,`, or `;` / tab when the header row has those and no comma.
/// Records that cannot be read cleanly carry a TableRow::problem instead of failing the whole file.
class CsvReader final
{
public:
    /// @p fileName only names the file in messages.
    static Result<Table> read(const QString &text, const QString &fileName);

    /// The delimiter the header row (the first line) of @p text uses.
    static QChar detectDelimiter(QStringView text);
};

} // namespace Govscope::Models::Import
