#include "xlsxparts_p.h"

#include "table.h"

#include <QDir>
#include "xmlguard.h"

#include <QXmlStreamReader>

namespace Govscope::Models::Import::Xlsx {

namespace {

constexpr qint64 kMaxPartBytes = 64LL * 1024 * 1024;

struct Relationship
{
    QString id, type, target;
};

Error xmlError(const QString &fileName, const QString &part, const QXmlStreamReader &xml)
{
    return makeError(ImportText::tr("%1: part %2 is not well-formed XML (line %3: %4); save the workbook again "
                                    "from Excel or WPS.")
                         .arg(fileName, part)
                         .arg(xml.lineNumber())
                         .arg(xml.errorString()));
}

Result<QList<Relationship>> readRelationships(ZipArchive &zip, const QString &part, const QString &fileName)
{
    auto bytes = zip.read(part, kMaxPartBytes);
    if (!bytes)
        return bytes.error();
    QList<Relationship> list;
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd()) {
        XmlGuard::readNext(xml);
        if (xml.isStartElement() && xml.name() == u"Relationship") {
            const auto a = xml.attributes();
            list.append({a.value(QLatin1StringView("Id")).toString(), a.value(QLatin1StringView("Type")).toString(),
                         a.value(QLatin1StringView("Target")).toString()});
        }
    }
    if (xml.hasError())
        return xmlError(fileName, part, xml);
    return list;
}

// The relationships of part "a/b.xml" are in "a/_rels/b.xml.rels".
QString relsOf(const QString &part)
{
    const int slash = int(part.lastIndexOf(u'/'));
    return part.left(slash + 1) + u"_rels/"_qs + part.mid(slash + 1) + u".rels"_qs;
}

} // namespace

QString resolveTarget(const QString &basePart, const QString &target)
{
    if (target.startsWith(u'/'))
        return target.mid(1);
    const int slash = int(basePart.lastIndexOf(u'/'));
    QString path = QDir::cleanPath(basePart.left(slash + 1) + target);
    while (path.startsWith(u"../"_qs))
        path = path.mid(3);
    return path;
}

Result<SheetLocation> locateFirstSheet(ZipArchive &zip, const QString &fileName)
{
    QString workbook = u"xl/workbook.xml"_qs;
    if (zip.contains(u"_rels/.rels"_qs)) {
        auto rels = readRelationships(zip, u"_rels/.rels"_qs, fileName);
        if (!rels)
            return rels.error();
        for (const Relationship &r : *rels)
            if (r.type.endsWith(u"/officeDocument"_qs))
                workbook = resolveTarget(QString(), r.target);
    }
    if (!zip.contains(workbook))
        return makeError(ImportText::tr("%1 is a ZIP file but not an Excel workbook (no %2); save the list as XLSX or "
                                        "CSV.")
                             .arg(fileName, workbook));

    auto bytes = zip.read(workbook, kMaxPartBytes);
    if (!bytes)
        return bytes.error();
    QString sheetRelId;
    QXmlStreamReader xml(*bytes);
    while (!xml.atEnd() && sheetRelId.isEmpty()) {
        XmlGuard::readNext(xml);
        if (xml.isStartElement() && xml.name() == u"sheet") {
            // r:id, whatever prefix the writer chose (transitional and strict use different namespaces).
            for (const QXmlStreamAttribute &a : xml.attributes())
                if (a.name() == u"id" && !a.namespaceUri().isEmpty())
                    sheetRelId = a.value().toString();
        }
    }
    if (xml.hasError())
        return xmlError(fileName, workbook, xml);
    if (sheetRelId.isEmpty())
        return makeError(
            ImportText::tr("%1: the workbook has no sheet; put the list on the first sheet.").arg(fileName));

    SheetLocation location;
    auto rels = readRelationships(zip, relsOf(workbook), fileName);
    if (!rels)
        return rels.error();
    for (const Relationship &r : *rels) {
        if (r.id == sheetRelId)
            location.sheet = resolveTarget(workbook, r.target);
        else if (r.type.endsWith(u"/sharedStrings"_qs))
            location.sharedStrings = resolveTarget(workbook, r.target);
    }
    if (location.sheet.isEmpty() || !zip.contains(location.sheet))
        return makeError(ImportText::tr("%1: the first sheet (%2) is missing from the workbook; save it again from "
                                        "Excel or WPS.")
                             .arg(fileName, location.sheet.isEmpty() ? sheetRelId : location.sheet));
    if (!location.sharedStrings.isEmpty() && !zip.contains(location.sharedStrings))
        location.sharedStrings.clear();
    return location;
}

Result<QStringList> readSharedStrings(const QByteArray &bytes, const QString &fileName)
{
    QStringList strings;
    QString current;
    int phoneticDepth = 0; // <rPh> holds furigana-style reading hints, not cell text
    QXmlStreamReader xml(bytes);
    while (!xml.atEnd()) {
        XmlGuard::readNext(xml);
        if (xml.isStartElement()) {
            if (xml.name() == u"si")
                current.clear();
            else if (xml.name() == u"rPh")
                ++phoneticDepth;
            else if (xml.name() == u"t" && phoneticDepth == 0)
                current += xml.readElementText(QXmlStreamReader::IncludeChildElements);
        } else if (xml.isEndElement()) {
            if (xml.name() == u"si")
                strings.append(current);
            else if (xml.name() == u"rPh")
                --phoneticDepth;
        }
    }
    if (xml.hasError())
        return xmlError(fileName, u"sharedStrings.xml"_qs, xml);
    return strings;
}

} // namespace Govscope::Models::Import::Xlsx
