#include "csvreader.h"

namespace Govscope::Models::Import {

namespace {

bool isBlank(const QStringList &cells)
{
    for (const QString &c : cells)
        if (!c.trimmed().isEmpty())
            return false;
    return true;
}

// Walks the text once, handing out records with the line each starts on.
class RecordScanner
{
public:
    RecordScanner(QStringView text, QChar delimiter)
        : m_text(text)
        , m_delimiter(delimiter)
    {}

    bool atEnd() const { return m_pos >= m_text.size(); }

    TableRow next()
    {
        TableRow row;
        row.line = m_line;
        QString cell;
        bool quoted = false;    // inside a quoted section
        bool wasQuoted = false; // the current cell began with a quote
        int oversize = -1;
        bool tooWide = false;
        auto endCell = [&] {
            if (cell.size() > Limits::kMaxCellChars && oversize < 0) {
                oversize = int(row.cells.size());
                cell.clear(); // no need to keep megabytes we are going to reject
            }
            if (row.cells.size() < Limits::kMaxColumns)
                row.cells.append(cell);
            else
                tooWide = true;
            cell.clear();
            wasQuoted = false;
        };
        while (m_pos < m_text.size()) {
            const QChar c = m_text[m_pos++];
            if (quoted) {
                if (c == u'"') {
                    if (m_pos < m_text.size() && m_text[m_pos] == u'"') {
                        cell.append(u'"');
                        ++m_pos;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (isLineBreak(c))
                        cell.append(u'\n');
                    else
                        cell.append(c);
                }
                continue;
            }
            if (c == m_delimiter) {
                endCell();
            } else if (c == u'\r' || c == u'\n') {
                isLineBreak(c);
                endCell();
                row.problem = shapeProblem(oversize, tooWide);
                return row;
            } else if (c == u'"' && !wasQuoted && cell.trimmed().isEmpty()) {
                // Hand-edited files put a space after the comma: `A1, "x, y"` is still a quoted cell.
                cell.clear();
                quoted = wasQuoted = true;
            } else {
                // Lenient about a stray quote inside an unquoted cell or after a closing quote: keep it.
                cell.append(c);
            }
        }
        endCell();
        if (quoted)
            row.problem = ImportText::tr("the quote that opens a cell on line %1 is never closed, so the rest of the "
                                         "file was read as that cell; close the quote or remove it")
                              .arg(row.line);
        else
            row.problem = shapeProblem(oversize, tooWide);
        return row;
    }

    QStringList header;

private:
    // Counts the line break at m_pos - 1 (treating CR LF as one) and says whether @p c was one.
    bool isLineBreak(QChar c)
    {
        if (c == u'\r') {
            if (m_pos < m_text.size() && m_text[m_pos] == u'\n')
                ++m_pos;
            ++m_line;
            return true;
        }
        if (c == u'\n') {
            ++m_line;
            return true;
        }
        return false;
    }

    QString shapeProblem(int oversizeColumn, bool tooWide) const
    {
        if (tooWide)
            return ImportText::tr("the row has more than %1 cells; check the delimiters").arg(Limits::kMaxColumns);
        return oversizeColumn >= 0 ? oversizeMessage(oversizeColumn) : QString();
    }

    QString oversizeMessage(int column) const
    {
        const QString name = header.value(column);
        return ImportText::tr("the cell in column %1 is larger than 64 KiB; shorten it")
            .arg(name.isEmpty() ? QString::number(column + 1) : u"'%1'"_qs.arg(name));
    }

    QStringView m_text;
    QChar m_delimiter;
    qsizetype m_pos = 0;
    int m_line = 1;
};

} // namespace

QChar CsvReader::detectDelimiter(QStringView text)
{
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted && c == u',')
            ++commas;
        else if (!quoted && c == u';')
            ++semicolons;
        else if (!quoted && c == u'\t')
            ++tabs;
    }
    if (commas == 0 && tabs > 0)
        return u'\t';
    if (commas == 0 && semicolons > 0)
        return u';';
    return u',';
}

Result<Table> CsvReader::read(const QString &text, const QString &fileName)
{
    Table table;
    RecordScanner scanner(text, detectDelimiter(text));
    qint64 cells = 0;
    while (!scanner.atEnd()) {
        TableRow row = scanner.next();
        if (row.problem.isEmpty() && isBlank(row.cells))
            continue;
        cells += row.cells.size();
        if (cells > Limits::kMaxCells)
            return makeError(ImportText::tr("%1 has more than %2 cells; split it into smaller lists.")
                                 .arg(fileName)
                                 .arg(Limits::kMaxCells));
        if (table.header.isEmpty() && table.headerLine == 0) {
            if (!row.problem.isEmpty())
                return makeError(ImportText::tr("%1:%2: the header row cannot be read: %3.")
                                     .arg(fileName)
                                     .arg(row.line)
                                     .arg(row.problem));
            table.headerLine = row.line;
            table.header = row.cells;
            scanner.header = row.cells;
            continue;
        }
        if (table.rows.size() >= Limits::kMaxRows)
            return makeError(ImportText::tr("%1 has more than %2 rows; split it into smaller lists.")
                                 .arg(fileName)
                                 .arg(Limits::kMaxRows));
        table.rows.append(std::move(row));
    }
    return table;
}

} // namespace Govscope::Models::Import
