#include "xlsxreader.h"

#include "xlsxparts_p.h"
#include "ziparchive.h"

#include <QBuffer>
#include "xmlguard.h"

#include <QXmlStreamReader>

#include <cmath>

namespace Govscope::Models::Import {

namespace {

bool isBlank(const QStringList &cells)
{
    for (const QString &c : cells)
        if (!c.trimmed().isEmpty())
            return false;
    return true;
}

// Writes a plain decimal "d.ddd" with exponent @p exponent out without the exponent.
QString expandDecimal(QString mantissa, int exponent)
{
    bool negative = mantissa.startsWith(u'-');
    if (negative || mantissa.startsWith(u'+'))
        mantissa.remove(0, 1);
    const int point = int(mantissa.indexOf(u'.'));
    QString digits = mantissa;
    int intDigits = int(mantissa.size());
    if (point >= 0) {
        digits.remove(point, 1);
        intDigits = point;
    }
    intDigits += exponent;
    if (intDigits <= 0) {
        digits.prepend(QString(-intDigits + 1, u'0'));
        intDigits = 1;
    } else if (intDigits > digits.size()) {
        digits.append(QString(intDigits - digits.size(), u'0'));
    }
    QString whole = digits.left(intDigits);
    QString fraction = digits.mid(intDigits);
    while (whole.size() > 1 && whole.startsWith(u'0'))
        whole.remove(0, 1);
    while (fraction.endsWith(u'0'))
        fraction.chop(1);
    QString text = fraction.isEmpty() ? whole : whole + u'.' + fraction;
    return negative && text != u"0"_qs ? u'-' + text : text;
}

// Collects the cells of one worksheet, row by row.
class SheetParser
{
public:
    SheetParser(const QStringList &sharedStrings, const QString &fileName)
        : m_shared(sharedStrings)
        , m_fileName(fileName)
    {}

    Result<Table> parse(const QByteArray &bytes)
    {
        QXmlStreamReader xml(bytes);
        while (!xml.atEnd()) {
            XmlGuard::readNext(xml);
            if (xml.isStartElement()) {
                if (xml.name() == u"row")
                    startRow(xml.attributes().value(QLatin1StringView("r")));
                else if (xml.name() == u"c")
                    startCell(xml.attributes());
                else if (xml.name() == u"v" && m_inCell)
                    m_value = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                else if (xml.name() == u"rPh")
                    xml.skipCurrentElement();
                else if (xml.name() == u"t" && m_inCell)
                    m_value += xml.readElementText(QXmlStreamReader::IncludeChildElements);
            } else if (xml.isEndElement()) {
                if (xml.name() == u"c")
                    endCell();
                else if (xml.name() == u"row")
                    if (auto error = endRow())
                        return *error;
            }
        }
        if (xml.hasError())
            return makeError(ImportText::tr("%1: the first sheet is not well-formed XML (line %2: %3); save the "
                                            "workbook again from Excel or WPS.")
                                 .arg(m_fileName)
                                 .arg(xml.lineNumber())
                                 .arg(xml.errorString()));
        return std::move(m_table);
    }

private:
    void startRow(QStringView reference)
    {
        bool ok = false;
        const int r = reference.toInt(&ok);
        m_row = TableRow{};
        m_row.line = ok && r > 0 ? r : m_lastLine + 1;
        m_lastLine = m_row.line;
        m_nextColumn = 0;
    }

    void startCell(const QXmlStreamAttributes &attributes)
    {
        m_inCell = true;
        m_value.clear();
        m_type = attributes.value(QLatin1StringView("t")).toString();
        const QStringView reference = attributes.value(QLatin1StringView("r"));
        m_column = reference.isEmpty() ? m_nextColumn : XlsxReader::columnOf(reference);
    }

    void endCell()
    {
        m_inCell = false;
        if (m_column < 0) {
            m_row.problem = ImportText::tr("a cell has an invalid reference; save the workbook again");
            return;
        }
        m_nextColumn = m_column + 1;
        QString text;
        if (m_type == u"s") {
            bool ok = false;
            const int index = m_value.trimmed().toInt(&ok);
            if (!ok || index < 0 || index >= m_shared.size()) {
                m_row.problem = ImportText::tr("column %1 refers to a shared string that does not exist; save the "
                                               "workbook again")
                                    .arg(m_column + 1);
                return;
            }
            text = m_shared.at(index);
        } else if (m_type == u"b") {
            text = m_value.trimmed() == u"1"_qs ? u"TRUE"_qs : u"FALSE"_qs;
        } else if (m_type.isEmpty() || m_type == u"n") {
            text = XlsxReader::numberText(m_value.trimmed());
        } else {
            text = m_value; // inlineStr, str (formula result), e (error such as #N/A), d (ISO date)
        }
        if (text.size() > Limits::kMaxCellChars) {
            m_row.problem = ImportText::tr("the cell in column %1 is larger than 64 KiB; shorten it").arg(columnName());
            text.clear();
        }
        // Empty cells are not stored: a styled empty cell at column XFD must not cost 16,384 strings.
        if (text.isEmpty() && m_row.cells.size() <= m_column)
            return;
        if (m_column >= Limits::kMaxColumns) {
            m_row.problem = ImportText::tr("the row has more than %1 cells; delete the cells on the right")
                                .arg(Limits::kMaxColumns);
            return;
        }
        while (m_row.cells.size() < m_column)
            m_row.cells.append(QString());
        if (m_row.cells.size() == m_column)
            m_row.cells.append(text);
        else
            m_row.cells[m_column] = text; // a writer repeating a reference: the last one wins
    }

    std::optional<Error> endRow()
    {
        if (m_row.problem.isEmpty() && isBlank(m_row.cells))
            return std::nullopt;
        if (m_table.headerLine == 0) {
            if (!m_row.problem.isEmpty())
                return makeError(ImportText::tr("%1:%2: the header row cannot be read: %3.")
                                     .arg(m_fileName)
                                     .arg(m_row.line)
                                     .arg(m_row.problem));
            m_table.headerLine = m_row.line;
            m_table.header = m_row.cells;
            return std::nullopt;
        }
        m_cells += m_row.cells.size();
        if (m_table.rows.size() >= Limits::kMaxRows || m_cells > Limits::kMaxCells)
            return makeError(ImportText::tr("%1 has more than %2 rows or %3 cells; split it into smaller lists.")
                                 .arg(m_fileName)
                                 .arg(Limits::kMaxRows)
                                 .arg(Limits::kMaxCells));
        m_table.rows.append(std::move(m_row));
        m_row = TableRow{};
        return std::nullopt;
    }

    QString columnName() const
    {
        const QString name = m_table.header.value(m_column);
        return name.isEmpty() ? QString::number(m_column + 1) : u"'%1'"_qs.arg(name);
    }

    const QStringList &m_shared;
    QString m_fileName;
    Table m_table;
    TableRow m_row;
    int m_lastLine = 0;
    qint64 m_cells = 0;
    int m_nextColumn = 0;
    int m_column = 0;
    bool m_inCell = false;
    QString m_type;
    QString m_value;
};

} // namespace

int XlsxReader::columnOf(QStringView reference)
{
    int column = 0;
    int letters = 0;
    for (const QChar c : reference) {
        const char16_t u = c.toUpper().unicode();
        if (u < u'A' || u > u'Z')
            break;
        if (++letters > 3)
            return -1;
        column = column * 26 + (u - u'A' + 1);
    }
    return letters == 0 ? -1 : column - 1;
}

QString XlsxReader::numberText(QStringView raw)
{
    if (raw.isEmpty())
        return {};
    bool plainInteger = true;
    for (const QChar c : raw)
        plainInteger = plainInteger && (c.isDigit() || c == u'-');
    if (plainInteger)
        return raw.toString(); // exact, however long
    bool ok = false;
    const double value = raw.toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return raw.toString();
    // Excel shows at most 15 significant digits; beyond that a double only adds noise (0.1+0.2 style).
    const QString rounded = QString::number(value, 'g', 15);
    const int e = int(rounded.indexOf(u'e'));
    if (e < 0)
        return expandDecimal(rounded, 0);
    return expandDecimal(rounded.left(e), rounded.mid(e + 1).toInt());
}

Result<Table> XlsxReader::read(const QByteArray &bytes, const QString &fileName)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    // A workbook has a few dozen parts; thousands of entries are not a spreadsheet.
    ZipArchive zip(&buffer, fileName, Limits::kMaxInflatedBytes, Limits::kMaxXlsxEntries);
    if (Status s = zip.open(); !s)
        return s.error();
    auto location = Xlsx::locateFirstSheet(zip, fileName);
    if (!location)
        return location.error();
    QStringList shared;
    if (!location->sharedStrings.isEmpty()) {
        auto xml = zip.read(location->sharedStrings, Limits::kMaxInflatedBytes);
        if (!xml)
            return xml.error();
        auto strings = Xlsx::readSharedStrings(*xml, fileName);
        if (!strings)
            return strings.error();
        shared = std::move(*strings);
    }
    auto sheet = zip.read(location->sheet, Limits::kMaxInflatedBytes);
    if (!sheet)
        return sheet.error();
    return SheetParser(shared, fileName).parse(*sheet);
}

} // namespace Govscope::Models::Import
