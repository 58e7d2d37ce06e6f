#include "serialization.h"

#include <QHash>

namespace Govscope::Models {

namespace {
QString iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}
} // namespace

QJsonObject findingToJson(const Finding &f)
{
    QJsonArray evidence;
    for (const Evidence &e : f.evidence) {
        QJsonObject o{{u"kind"_qs, e.kind}, {u"summary"_qs, e.summary}};
        if (!e.blob.isEmpty()) {
            o.insert(u"sha256"_qs, e.blob);
            o.insert(u"mime"_qs, e.mime);
        }
        evidence.append(o);
    }
    return QJsonObject{{u"id"_qs, f.id},
                       {u"org"_qs, f.org},
                       {u"family"_qs, f.family},
                       {u"check"_qs, f.check},
                       {u"severity"_qs, toId(f.severity)},
                       {u"status"_qs, toId(f.status)},
                       {u"target"_qs, f.target},
                       {u"title"_qs, f.title},
                       {u"first_seen"_qs, iso(f.firstSeen)},
                       {u"last_seen"_qs, iso(f.lastSeen)},
                       {u"evidence"_qs, evidence}};
}

QJsonObject orgToJson(const Organization &o, const QList<Asset> &assets)
{
    QJsonArray assetArray;
    for (const Asset &a : assets)
        assetArray.append(
            QJsonObject{{u"type"_qs, toId(a.type)}, {u"value"_qs, a.value}, {u"source"_qs, toId(a.source)}});
    return QJsonObject{{u"id"_qs, o.id},
                       {u"name"_qs, o.name},
                       {u"kind"_qs, toId(o.kind)},
                       {u"level"_qs, toId(o.level)},
                       {u"role"_qs, toId(o.role)},
                       {u"region"_qs, o.region},
                       {u"parent"_qs, o.parent},
                       {u"websites"_qs, QJsonArray::fromStringList(o.websites)},
                       {u"mail_domains"_qs, QJsonArray::fromStringList(o.mailDomains)},
                       {u"webmail"_qs, QJsonArray::fromStringList(o.webmail)},
                       {u"apps"_qs, QJsonArray::fromStringList(o.apps)},
                       {u"accounts"_qs, QJsonArray::fromStringList(o.accounts)},
                       {u"authorized"_qs, o.authorized},
                       {u"assets"_qs, assetArray}};
}

QString csvField(const QString &text)
{
    // Excel, WPS and LibreOffice run a cell that starts with = + - @ (tab and CR count too) as a formula,
    // so a hostile page title or org name such as =HYPERLINK(…) would be live in the auditor's sheet.
    // A leading single quote makes the cell text, as OWASP's "CSV Injection" advice says.
    static constexpr QStringView formulaStarts = u"=+-@\t\r";
    const bool formula = !text.isEmpty() && formulaStarts.contains(text.front());
    const QString safe = formula ? u'\'' + text : text;
    if (!safe.contains(u',') && !safe.contains(u'"') && !safe.contains(u'\n') && !safe.contains(u'\r'))
        return safe;
    QString quoted = safe;
    quoted.replace(u"\""_qs, u"\"\""_qs);
    return u'"' + quoted + u'"';
}

namespace {
QByteArray csvLine(const QStringList &fields)
{
    QStringList out;
    out.reserve(fields.size());
    for (const QString &f : fields)
        out << csvField(f);
    return out.join(u',').toUtf8() + "\r\n";
}
} // namespace

QByteArray findingsToCsv(const QList<Finding> &findings)
{
    QByteArray csv = csvLine({u"id"_qs, u"org"_qs, u"family"_qs, u"check"_qs, u"severity"_qs, u"status"_qs,
                              u"target"_qs, u"title"_qs, u"first_seen"_qs, u"last_seen"_qs, u"evidence"_qs});
    for (const Finding &f : findings) {
        QStringList evidence;
        for (const Evidence &e : f.evidence)
            evidence << e.kind + u": "_qs + e.summary;
        csv += csvLine({QString::number(f.id), f.org, f.family, f.check, toId(f.severity), toId(f.status), f.target,
                        f.title, iso(f.firstSeen), iso(f.lastSeen), evidence.join(u" | "_qs)});
    }
    return csv;
}

QByteArray orgsToCsv(const QList<Organization> &orgs, const QHash<QString, QList<Asset>> &assets)
{
    QByteArray csv =
        csvLine({u"id"_qs, u"name"_qs, u"kind"_qs, u"level"_qs, u"role"_qs, u"region"_qs, u"parent"_qs, u"websites"_qs,
                 u"mail_domains"_qs, u"webmail"_qs, u"apps"_qs, u"accounts"_qs, u"authorized"_qs, u"assets"_qs});
    for (const Organization &o : orgs) {
        QStringList assetCells;
        for (const Asset &a : assets.value(o.id))
            assetCells << toId(a.type) + u':' + a.value + u" ("_qs + toId(a.source) + u')';
        csv += csvLine({o.id, o.name, toId(o.kind), toId(o.level), toId(o.role), o.region, o.parent,
                        o.websites.join(u';'), o.mailDomains.join(u';'), o.webmail.join(u';'), o.apps.join(u';'),
                        o.accounts.join(u';'), o.authorized ? u"yes"_qs : u"no"_qs, assetCells.join(u';')});
    }
    return csv;
}

} // namespace Govscope::Models
