#include "manifest.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Govscope::Report {

ManifestEntry Manifest::entryFor(const QString &path, const QByteArray &content)
{
    return ManifestEntry{path,
                         QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()),
                         content.size()};
}

QByteArray Manifest::toJson(QList<ManifestEntry> entries)
{
    std::sort(entries.begin(), entries.end(),
              [](const ManifestEntry &a, const ManifestEntry &b) { return a.path < b.path; });
    QJsonArray files;
    for (const ManifestEntry &e : entries)
        files.append(QJsonObject{{u"path"_qs, e.path}, {u"sha256"_qs, e.sha256}, {u"size"_qs, e.size}});
    return QJsonDocument(QJsonObject{{u"files"_qs, files}}).toJson(QJsonDocument::Indented);
}

Result<QList<ManifestEntry>> Manifest::parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (doc.isNull())
        return makeError(QObject::tr("manifest.json is not valid JSON (%1 at offset %2).")
                             .arg(error.errorString())
                             .arg(error.offset));
    const QJsonValue files = doc.object().value(u"files"_qs);
    if (!doc.isObject() || !files.isArray())
        return makeError(QObject::tr("manifest.json has no \"files\" array."));
    static const QRegularExpression hex(u"^[0-9a-f]{64}$"_qs);
    QList<ManifestEntry> entries;
    QSet<QString> seen;
    int index = 0;
    for (const QJsonValue &v : files.toArray()) {
        const QJsonObject o = v.toObject();
        ManifestEntry e{o.value(u"path"_qs).toString(), o.value(u"sha256"_qs).toString(),
                        qint64(o.value(u"size"_qs).toDouble(-1))};
        if (e.path.isEmpty() || !hex.match(e.sha256).hasMatch() || e.size < 0)
            return makeError(QObject::tr("manifest.json: entry %1 needs a path, a 64-digit lower-case hex sha256 and a "
                                         "size.")
                                 .arg(index));
        if (seen.contains(e.path))
            return makeError(QObject::tr("manifest.json lists %1 twice.").arg(e.path));
        seen.insert(e.path);
        entries << e;
        ++index;
    }
    return entries;
}

} // namespace Govscope::Report
