#include "findingtext.h"

#include "translations.h"

#include <QCoreApplication>
#include <QTranslator>

namespace Govscope::Models {

namespace {

// The translated template, or the source when the language has none for it (then the English shows,
// which is better than nothing and is what lupdate's "unfinished" marks).
QString translated(const char *source, const QString &language)
{
    if (language.isEmpty())
        return QCoreApplication::translate(kFindingContext, source);
    if (const QTranslator *t = Translations::translator(language)) {
        const QString text = t->translate(kFindingContext, source);
        if (!text.isEmpty())
            return text;
    }
    return QString::fromUtf8(source);
}

QString valueText(const QVariant &v, const QString &language)
{
    if (v.metaType() == QMetaType::fromType<Message>())
        return FindingText::render(v.value<Message>(), language);
    if (v.metaType() == QMetaType::fromType<QVariantList>() || v.metaType() == QMetaType::fromType<QStringList>()) {
        // Between items of a list inside a sentence: "、" in Chinese, ", " in English.
        const QString separator = translated(QT_TRANSLATE_NOOP("Finding", ", "), language);
        QStringList parts;
        for (const QVariant &item : v.toList())
            parts << valueText(item, language);
        return parts.join(separator);
    }
    return v.toString();
}

} // namespace

QString FindingText::render(const Message &message, const QString &language)
{
    if (message.isEmpty())
        return {};
    const QByteArray source = message.source.toUtf8();
    const QString text = translated(source.constData(), language);
    // One pass over the template: a value containing "{x}" is never substituted again.
    QString out;
    out.reserve(text.size() + 32);
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype open = text.indexOf(u'{', i);
        if (open < 0) {
            out += QStringView(text).mid(i);
            break;
        }
        const qsizetype close = text.indexOf(u'}', open + 1);
        if (close < 0) {
            out += QStringView(text).mid(i);
            break;
        }
        const QString name = text.mid(open + 1, close - open - 1);
        out += QStringView(text).mid(i, open - i);
        if (message.params.contains(name))
            out += valueText(message.params.value(name), language);
        else
            out += QStringView(text).mid(open, close - open + 1);
        i = close + 1;
    }
    // An empty list at the end of a template ("… {addresses}") leaves a space behind.
    return out.trimmed();
}

QString FindingText::title(const Finding &f, const QString &language)
{
    return f.titleText.isEmpty() ? f.title : render(f.titleText, language);
}

QString FindingText::summary(const Evidence &e, const QString &language)
{
    return e.summaryText.isEmpty() ? e.summary : render(e.summaryText, language);
}

void FindingText::localize(Finding &f, const QString &language)
{
    f.title = title(f, language);
    for (Evidence &e : f.evidence)
        e.summary = summary(e, language);
}

void FindingText::localize(QList<Finding> &findings, const QString &language)
{
    for (Finding &f : findings)
        localize(f, language);
}

QString FindingText::searchText(const Message &message, const QString &fallback)
{
    if (message.isEmpty())
        return fallback;
    QStringList texts;
    for (const QString &language : Translations::available()) {
        const QString text = render(message, language);
        if (!texts.contains(text))
            texts << text;
    }
    return texts.join(u'\n');
}

} // namespace Govscope::Models
