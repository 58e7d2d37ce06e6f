#include "ziptools.h"

#include <QBuffer>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace Govscope::Testing {

namespace {

bool addEntries(QuaZip &zip, const ZipEntries &entries)
{
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const auto &[name, data] : entries) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name)))
            return false;
        file.write(data);
        file.close();
    }
    zip.close();
    return zip.getZipError() == 0;
}

} // namespace

QByteArray makeZip(const ZipEntries &entries)
{
    QBuffer buffer;
    buffer.open(QIODevice::ReadWrite);
    {
        QuaZip zip(&buffer);
        if (!addEntries(zip, entries))
            return {};
    }
    return buffer.data();
}

bool writeZip(const QString &path, const ZipEntries &entries)
{
    QuaZip zip(path);
    return addEntries(zip, entries);
}

ZipEntries readZip(const QString &path)
{
    ZipEntries entries;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return entries;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile file(&zip);
        file.open(QIODevice::ReadOnly);
        entries.append({zip.getCurrentFileName(), file.readAll()});
        file.close();
    }
    return entries;
}

QByteArray entry(const ZipEntries &entries, const QString &name)
{
    for (const auto &e : entries)
        if (e.first == name)
            return e.second;
    return {};
}

QByteArray makeXlsx(const QString &sheetData, const QString &sharedItems)
{
    ZipEntries e;
    e.append({u"[Content_Types].xml"_qs, R"(<?xml version="1.0" encoding="UTF-8"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>)"});
    e.append({u"_rels/.rels"_qs, R"(<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>)"});
    e.append({u"xl/workbook.xml"_qs, R"(<?xml version="1.0" encoding="UTF-8"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="名单" sheetId="1" r:id="rId7"/><sheet name="说明" sheetId="2" r:id="rId8"/></sheets></workbook>)"});
    e.append({u"xl/_rels/workbook.xml.rels"_qs, R"(<?xml version="1.0" encoding="UTF-8"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId8" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/notes.xml"/>
<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/list.xml"/>
<Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
</Relationships>)"});
    e.append({u"xl/worksheets/list.xml"_qs,
              (u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<worksheet "
               "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"_qs +
               sheetData + u"</sheetData></worksheet>"_qs)
                  .toUtf8()});
    e.append({u"xl/worksheets/notes.xml"_qs,
              R"(<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>not this sheet</t></is></c></row></sheetData></worksheet>)"});
    if (!sharedItems.isEmpty())
        e.append(
            {u"xl/sharedStrings.xml"_qs, (u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sst "
                                          "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"_qs +
                                          sharedItems + u"</sst>"_qs)
                                             .toUtf8()});
    return makeZip(e);
}

QString inlineRow(int r, const QStringList &cells)
{
    QString xml = u"<row r=\"%1\">"_qs.arg(r);
    for (int i = 0; i < cells.size(); ++i) {
        QString text = cells.at(i);
        text.replace(u'&', u"&amp;"_qs).replace(u'<', u"&lt;"_qs);
        xml += u"<c r=\"%1%2\" t=\"inlineStr\"><is><t>%3</t></is></c>"_qs.arg(QChar(u'A' + i)).arg(r).arg(text);
    }
    return xml + u"</row>"_qs;
}

} // namespace Govscope::Testing
