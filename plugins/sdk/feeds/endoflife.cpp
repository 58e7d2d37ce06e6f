#include "endoflife.h"

#include "feeds.h"
#include "versions.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QRegularExpression>

namespace Govscope::Sdk {

namespace {

/// eol is a boolean or an ISO date; a date counts once it is reached.
void readEol(const QJsonValue &v, const QDate &today, ReleaseCycle &c)
{
    if (v.isBool()) {
        c.eol = v.toBool();
        return;
    }
    c.eolDate = QDate::fromString(v.toString(), Qt::ISODate);
    c.eol = c.eolDate.isValid() && c.eolDate <= today;
}

QString text(const QJsonValue &v)
{
    return v.isDouble() ? QString::number(v.toDouble()) : v.toString();
}

} // namespace

Result<QList<ReleaseCycle>> EndOfLife::parse(const QByteArray &json, const QString &origin, const QDate &today)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    QList<ReleaseCycle> out;
    if (doc.isArray()) { // legacy: [{cycle, eol, latest, …}]
        for (const QJsonValue &v : doc.array()) {
            const QJsonObject o = v.toObject();
            ReleaseCycle c;
            c.cycle = text(o.value(u"cycle"_qs));
            if (c.cycle.isEmpty())
                return makeError(QObject::tr("%1: release #%2 has no \"cycle\"").arg(origin).arg(out.size() + 1));
            readEol(o.value(u"eol"_qs), today, c);
            c.latest = text(o.value(u"latest"_qs));
            out << c;
        }
        return out;
    }
    const QJsonArray releases = doc.object().value(u"result"_qs).toObject().value(u"releases"_qs).toArray();
    if (!doc.isObject() || releases.isEmpty())
        return makeError(QObject::tr("%1: neither an endoflife.date release array nor a v1 product object "
                                     "with result.releases (%2)")
                             .arg(origin, error.error == QJsonParseError::NoError ? QObject::tr("no releases")
                                                                                  : error.errorString()));
    for (const QJsonValue &v : releases) { // v1: {name, isEol, eolFrom, latest: {name}}
        const QJsonObject o = v.toObject();
        ReleaseCycle c;
        c.cycle = o.value(u"name"_qs).toString();
        if (c.cycle.isEmpty())
            return makeError(QObject::tr("%1: release #%2 has no \"name\"").arg(origin).arg(out.size() + 1));
        c.eolDate = QDate::fromString(o.value(u"eolFrom"_qs).toString(), Qt::ISODate);
        c.eol = o.value(u"isEol"_qs).toBool() || (c.eolDate.isValid() && c.eolDate <= today);
        c.latest = o.value(u"latest"_qs).isObject() ? o.value(u"latest"_qs).toObject().value(u"name"_qs).toString()
                                                    : text(o.value(u"latest"_qs));
        out << c;
    }
    return out;
}

Result<EndOfLife> EndOfLife::fromFeeds(const Feeds &feeds, const QDate &today)
{
    EndOfLife out;
    for (const QString &rel : feeds.list(u"eol/*.json"_qs)) {
        auto bytes = feeds.read(rel);
        if (!bytes)
            return bytes.error();
        auto cycles = parse(*bytes, feeds.path(rel), today);
        if (!cycles)
            return cycles.error();
        out.addProduct(QFileInfo(rel).completeBaseName(), *cycles);
    }
    return out;
}

QString EndOfLife::slug(const QString &name)
{
    static const QRegularExpression nonWord(u"[^a-z0-9]+"_qs);
    QString s = name.toLower();
    s.replace(nonWord, u"-"_qs);
    while (s.endsWith(u'-'))
        s.chop(1);
    while (s.startsWith(u'-'))
        s.remove(0, 1);
    return s;
}

std::optional<ReleaseCycle> EndOfLife::cycleOf(const QString &product, const QString &version) const
{
    std::optional<ReleaseCycle> best;
    for (const ReleaseCycle &c : m_products.value(product)) {
        if (!Versions::inCycle(version, c.cycle))
            continue;
        if (!best || c.cycle.size() > best->cycle.size())
            best = c;
    }
    return best;
}

} // namespace Govscope::Sdk
