#pragma once

#include <QMetaType>
#include <QString>
#include <QVariantMap>

namespace Govscope::Models {

/// The translation context of every finding title and evidence sentence: families mark their source
/// templates with QT_TRANSLATE_NOOP("Finding", "…") so lupdate extracts them into resources/translations.
inline constexpr char kFindingContext[] = "Finding";

/// A sentence stored as its facts, rendered in the reader's language when shown (FindingText::render).
///
/// @c source is the English source template with named placeholders ("{host} answers on {port}"); the
/// .qm of a language maps it to that language's template. @c params holds the facts: a value is a
/// string or number, another Message (a sentence inside a sentence), or a list of these (joined with the
/// language's list separator). A case stores the template and the parameters as JSON (schema 3), so a
/// finding recorded under one language reads in any other.
struct Message
{
    QString source;
    QVariantMap params;

    bool isEmpty() const { return source.isEmpty(); }
    bool operator==(const Message &other) const = default;
    /// A message is a parameter of another as it is: `{{"reason", Models::message(…)}}`.
    operator QVariant() const;

    /// The parameters as stored in the case (a JSON object; nested messages as {"$msg": …, "$params": …}).
    QString paramsJson() const;
    /// The message read back from the case; an empty @p source gives an empty message.
    static Message fromStored(const QString &source, const QString &paramsJson);
    /// The parameters as JSON values, nested messages rendered in @p language (for `findings --format json`).
    QVariantMap renderedParams(const QString &language) const;
};

/// A finding sentence in one line: `Models::message(QT_TRANSLATE_NOOP("Finding", "{host} …"), {{"host", h}})`.
inline Message message(const char *source, QVariantMap params = {})
{
    return Message{QString::fromUtf8(source), std::move(params)};
}

} // namespace Govscope::Models

Q_DECLARE_METATYPE(Govscope::Models::Message)

inline Govscope::Models::Message::operator QVariant() const
{
    return QVariant::fromValue(*this);
}
