#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace Govscope::Models::Import {

/// The encodings a list written on a Chinese office PC arrives in.
enum class TextEncoding { Utf8, Utf8Bom, Utf16, Gb18030 };

struct DecodedText
{
    QString text;
    TextEncoding encoding = TextEncoding::Utf8;
};

/// Decodes @p bytes: a BOM wins; otherwise valid UTF-8 is UTF-8 and anything else is tried as GB18030
/// (what Excel's "CSV" export writes on a Chinese Windows). Fails, naming @p fileName, when neither fits.
Result<DecodedText> decodeText(const QByteArray &bytes, const QString &fileName);

QString toId(TextEncoding encoding);

} // namespace Govscope::Models::Import
