#include "retirejs.h"

#include "feeds.h"
#include "versions.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

namespace Govscope::Sdk {

namespace {

/// retire.js's own version placeholder pattern.
const QString VersionPattern = u"[0-9][0-9.a-z_\\-]+"_qs;

/// Script content can be megabytes; the banner comment with the version is at the top.
constexpr qsizetype MaxContent = 64 * 1024;

Result<QList<QRegularExpression>> extractors(const QJsonValue &v, const QString &where)
{
    QList<QRegularExpression> out;
    for (const QJsonValue &e : v.toArray()) {
        QString text = e.toString();
        text.replace(u"§§version§§"_qs, u'(' + VersionPattern + u')');
        QRegularExpression re(text);
        if (!re.isValid())
            return makeError(QObject::tr("%1: extractor \"%2\" is not a valid regular expression (%3)")
                                 .arg(where, e.toString(), re.errorString()));
        out << re;
    }
    return out;
}

/// The version captured by the §§version§§ group: the last group whose text looks like a version.
QString capturedVersion(const QRegularExpressionMatch &m)
{
    static const QRegularExpression version(u"^"_qs + VersionPattern + u"$"_qs);
    // the placeholder is greedy and also takes a file-name suffix: "1.8.3.min" of jquery-1.8.3.min.js
    static const QRegularExpression suffix(u"(?:[.\\-](?:min|slim|pack|prod|production|js))+$|[.\\-]+$"_qs);
    for (int g = m.lastCapturedIndex(); g >= 1; --g) {
        if (version.match(m.captured(g)).hasMatch()) {
            QString v = m.captured(g);
            v.remove(suffix);
            return v;
        }
    }
    return {};
}

} // namespace

bool JsVulnerability::affects(const QString &version) const
{
    if (version.isEmpty())
        return false;
    if (!atOrAbove.isEmpty() && Versions::compare(version, atOrAbove) < 0)
        return false;
    if (!below.isEmpty() && Versions::compare(version, below) >= 0)
        return false;
    return !atOrAbove.isEmpty() || !below.isEmpty();
}

bool JsVulnerability::highOrCritical() const
{
    const QString s = severity.toLower();
    return s == u"high"_qs || s == u"critical"_qs;
}

QString JsVulnerability::label() const
{
    const QString ids = cves.isEmpty() ? QObject::tr("(no CVE)") : cves.join(u", "_qs);
    return u"%1 (%2)%3"_qs.arg(ids, severity, summary.isEmpty() ? QString() : u": "_qs + summary);
}

Result<RetireRepository> RetireRepository::parse(const QByteArray &json, const QString &origin)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (!doc.isObject())
        return makeError(QObject::tr("%1: not a retire.js jsrepository object (%2 at offset %3)")
                             .arg(origin, error.errorString())
                             .arg(error.offset));
    RetireRepository out;
    const QJsonObject root = doc.object();
    for (auto it = root.begin(); it != root.end(); ++it) {
        const QJsonObject o = it.value().toObject();
        const QString where = origin + u": "_qs + it.key();
        Library lib;
        lib.name = it.key();
        const QJsonObject ex = o.value(u"extractors"_qs).toObject();
        for (auto [key, into] : {std::pair{u"uri"_qs, &lib.uri}, std::pair{u"filename"_qs, &lib.filename},
                                 std::pair{u"filecontent"_qs, &lib.filecontent}}) {
            auto res = extractors(ex.value(key), where);
            if (!res)
                return res.error();
            *into = *res;
        }
        for (const QJsonValue &v : o.value(u"vulnerabilities"_qs).toArray()) {
            const QJsonObject vo = v.toObject();
            JsVulnerability vuln;
            vuln.atOrAbove = vo.value(u"atOrAbove"_qs).toString();
            vuln.below = vo.value(u"below"_qs).toString();
            vuln.severity = vo.value(u"severity"_qs).toString();
            const QJsonObject ids = vo.value(u"identifiers"_qs).toObject();
            for (const QJsonValue &c : ids.value(u"CVE"_qs).toArray())
                vuln.cves << c.toString();
            vuln.summary = ids.value(u"summary"_qs).toString();
            for (const QJsonValue &i : vo.value(u"info"_qs).toArray())
                vuln.info << i.toString();
            lib.vulnerabilities << vuln;
        }
        out.m_libraries << lib;
    }
    return out;
}

Result<RetireRepository> RetireRepository::fromFeeds(const Feeds &feeds)
{
    RetireRepository all;
    for (const QString &rel : feeds.list(u"jslibs/*.json"_qs)) {
        auto bytes = feeds.read(rel);
        if (!bytes)
            return bytes.error();
        auto parsed = parse(*bytes, feeds.path(rel));
        if (!parsed)
            return parsed.error();
        for (const Library &l : parsed->m_libraries) {
            all.m_libraries.removeIf([&](const Library &old) { return old.name == l.name; });
            all.m_libraries << l;
        }
    }
    return all;
}

QList<JsLibrary> RetireRepository::fromUrl(const QString &url) const
{
    QList<JsLibrary> out;
    const QString fileName = QUrl(url).fileName();
    for (const Library &l : m_libraries) {
        QString version;
        for (const QRegularExpression &re : l.uri)
            if (version.isEmpty())
                version = capturedVersion(re.match(url));
        for (const QRegularExpression &re : l.filename)
            if (version.isEmpty())
                version = capturedVersion(re.match(fileName));
        if (!version.isEmpty())
            out << JsLibrary{l.name, version, QObject::tr("script URL %1").arg(url)};
    }
    return out;
}

QList<JsLibrary> RetireRepository::fromContent(const QByteArray &content, const QString &where) const
{
    QList<JsLibrary> out;
    const QString text = QString::fromUtf8(content.left(MaxContent));
    for (const Library &l : m_libraries) {
        for (const QRegularExpression &re : l.filecontent) {
            const QString version = capturedVersion(re.match(text));
            if (!version.isEmpty()) {
                out << JsLibrary{l.name, version, QObject::tr("content of %1").arg(where)};
                break;
            }
        }
    }
    return out;
}

QList<JsVulnerability> RetireRepository::vulnerabilities(const QString &library, const QString &version) const
{
    QList<JsVulnerability> out;
    for (const Library &l : m_libraries)
        if (l.name == library)
            for (const JsVulnerability &v : l.vulnerabilities)
                if (v.affects(version))
                    out << v;
    return out;
}

} // namespace Govscope::Sdk
