#include "textdecoding.h"

#include "table.h"

#include <QStringDecoder>

namespace Govscope::Models::Import {

namespace {

// Decodes all of @p bytes or reports that they are not in this encoding.
std::optional<QString> decodeStrict(QStringDecoder decoder, QByteArrayView bytes)
{
    if (!decoder.isValid())
        return std::nullopt;
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

} // namespace

QString toId(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Utf8:
        return u"UTF-8"_qs;
    case TextEncoding::Utf8Bom:
        return u"UTF-8 with BOM"_qs;
    case TextEncoding::Utf16:
        return u"UTF-16"_qs;
    case TextEncoding::Gb18030:
        return u"GB18030"_qs;
    }
    return {};
}

Result<DecodedText> decodeText(const QByteArray &bytes, const QString &fileName)
{
    const QByteArrayView view(bytes);
    if (view.startsWith("\xEF\xBB\xBF")) {
        if (auto text = decodeStrict(QStringDecoder(QStringDecoder::Utf8), view.sliced(3)))
            return DecodedText{*text, TextEncoding::Utf8Bom};
        return makeError(ImportText::tr("%1 starts with a UTF-8 byte order mark but is not valid UTF-8; "
                                        "save it again as \"CSV UTF-8\".")
                             .arg(fileName));
    }
    if (view.startsWith("\xFF\xFE") || view.startsWith("\xFE\xFF")) {
        const auto encoding = view.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE;
        if (auto text = decodeStrict(QStringDecoder(encoding), view.sliced(2)))
            return DecodedText{*text, TextEncoding::Utf16};
        return makeError(ImportText::tr("%1 starts with a UTF-16 byte order mark but is not valid UTF-16; "
                                        "save it again as \"CSV UTF-8\".")
                             .arg(fileName));
    }
    // A NUL byte never occurs in a text list in these encodings: it is a binary file with the wrong name.
    if (view.contains('\0'))
        return makeError(
            ImportText::tr("%1 is not a text file (it contains NUL bytes); give a CSV or XLSX list.").arg(fileName));
    if (auto text = decodeStrict(QStringDecoder(QStringDecoder::Utf8), view))
        return DecodedText{*text, TextEncoding::Utf8};
    if (auto text = decodeStrict(QStringDecoder("GB18030"), view))
        return DecodedText{*text, TextEncoding::Gb18030};
    return makeError(
        ImportText::tr("%1 is neither UTF-8 nor GB18030 text; save it again as \"CSV UTF-8\".").arg(fileName));
}

} // namespace Govscope::Models::Import
