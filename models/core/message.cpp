#include "message.h"

#include "findingtext.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Govscope::Models {

namespace {

const auto kMsg = u"$msg"_qs;
const auto kParams = u"$params"_qs;

QJsonValue toJson(const QVariant &v);

QJsonObject toJson(const QVariantMap &params)
{
    QJsonObject o;
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        o.insert(it.key(), toJson(it.value()));
    return o;
}

QJsonValue toJson(const QVariant &v)
{
    if (v.metaType() == QMetaType::fromType<Message>()) {
        const Message m = v.value<Message>();
        return QJsonObject{{kMsg, m.source}, {kParams, toJson(m.params)}};
    }
    if (v.metaType() == QMetaType::fromType<QStringList>())
        return QJsonArray::fromStringList(v.toStringList());
    if (v.metaType() == QMetaType::fromType<QVariantList>()) {
        QJsonArray a;
        for (const QVariant &item : v.toList())
            a.append(toJson(item));
        return a;
    }
    switch (v.metaType().id()) {
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return v.toLongLong();
    case QMetaType::Double:
        return v.toDouble();
    case QMetaType::Bool:
        return v.toBool();
    default:
        return v.toString();
    }
}

QVariant fromJson(const QJsonValue &v);

QVariantMap fromJson(const QJsonObject &o)
{
    QVariantMap params;
    for (auto it = o.begin(); it != o.end(); ++it)
        params.insert(it.key(), fromJson(it.value()));
    return params;
}

QVariant fromJson(const QJsonValue &v)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        if (o.contains(kMsg))
            return QVariant::fromValue(Message{o.value(kMsg).toString(), fromJson(o.value(kParams).toObject())});
        return fromJson(o);
    }
    if (v.isArray()) {
        QVariantList list;
        for (const QJsonValue &item : v.toArray())
            list.append(fromJson(item));
        return list;
    }
    if (v.isDouble()) {
        const double d = v.toDouble();
        return d == double(qint64(d)) ? QVariant(qint64(d)) : QVariant(d);
    }
    return v.toVariant();
}

QVariant rendered(const QVariant &v, const QString &language)
{
    if (v.metaType() == QMetaType::fromType<Message>())
        return FindingText::render(v.value<Message>(), language);
    if (v.metaType() == QMetaType::fromType<QVariantList>()) {
        QVariantList list;
        for (const QVariant &item : v.toList())
            list.append(rendered(item, language));
        return list;
    }
    return v;
}

} // namespace

QString Message::paramsJson() const
{
    return QString::fromUtf8(QJsonDocument(toJson(params)).toJson(QJsonDocument::Compact));
}

Message Message::fromStored(const QString &source, const QString &paramsJson)
{
    if (source.isEmpty())
        return {};
    return Message{source, fromJson(QJsonDocument::fromJson(paramsJson.toUtf8()).object())};
}

QVariantMap Message::renderedParams(const QString &language) const
{
    QVariantMap out;
    for (auto it = params.cbegin(); it != params.cend(); ++it)
        out.insert(it.key(), rendered(it.value(), language));
    return out;
}

} // namespace Govscope::Models
