#include "xmlguard.h"

namespace Govscope::Models::Import {

QXmlStreamReader::TokenType XmlGuard::readNext(QXmlStreamReader &xml)
{
    const QXmlStreamReader::TokenType token = xml.readNext();
    if (token == QXmlStreamReader::DTD) {
        xml.raiseError(tr("it has a document type declaration (<!DOCTYPE …>), which is refused because its "
                          "entities can expand into forged or huge text"));
        return QXmlStreamReader::Invalid;
    }
    if (token == QXmlStreamReader::EntityReference) {
        xml.raiseError(tr("it refers to an undeclared entity &%1;").arg(xml.name()));
        return QXmlStreamReader::Invalid;
    }
    return token;
}

} // namespace Govscope::Models::Import
