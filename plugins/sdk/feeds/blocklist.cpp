#include "blocklist.h"

#include "domainnames.h"
#include "feeds.h"

#include <QHostAddress>
#include <QObject>
#include <QRegularExpression>

namespace Govscope::Sdk {

namespace {

bool isHostName(const QString &s)
{
    static const QRegularExpression re(u"^(?=.{1,253}$)([a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9])?\\.)+[a-z0-9-]{2,63}$"_qs);
    return re.match(s).hasMatch();
}

// Quoted CSV fields of one line (URLhaus quotes every field; commas inside quotes are data).
QStringList csvFields(const QString &line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < line.size() && line.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields << field;
            field.clear();
        } else {
            field += c;
        }
    }
    fields << field;
    return fields;
}

QString lineError(const QString &origin, int line, const QString &item, const QString &what)
{
    return QObject::tr("%1 line %2: \"%3\" %4; fix or remove the line").arg(origin).arg(line).arg(item.left(80), what);
}

} // namespace

QString Blocklist::urlKey(const QUrl &url)
{
    QUrl u = url.adjusted(QUrl::RemoveFragment | QUrl::NormalizePathSegments);
    u.setHost(DomainNames::toAscii(u.host()));
    if (u.path().isEmpty())
        u.setPath(u"/"_qs);
    // scheme-less: a listed http URL is as bad over https
    return u.host() + (u.port() > 0 ? u':' + QString::number(u.port()) : QString()) + u.path() +
           (u.hasQuery() ? u'?' + u.query() : QString());
}

Status Blocklist::addText(const QByteArray &text, const QString &origin)
{
    const QStringList lines = QString::fromUtf8(text).split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i).section(u'#', 0, 0).trimmed();
        if (line.isEmpty())
            continue;
        const QString source = QObject::tr("%1 line %2").arg(origin).arg(i + 1);
        if (line.contains(u"://"_qs)) {
            const QUrl url(line, QUrl::StrictMode);
            if (!url.isValid() || url.host().isEmpty())
                return makeError(lineError(origin, i + 1, line, QObject::tr("is not a valid URL")));
            m_urls.insert(urlKey(url), source);
            continue;
        }
        QStringList tokens = line.split(QRegularExpression(u"\\s+"_qs), Qt::SkipEmptyParts);
        if (tokens.size() > 1) {
            if (QHostAddress(tokens.first()).isNull())
                return makeError(
                    lineError(origin, i + 1, line, QObject::tr("is neither a domain, a URL nor a hosts-file line")));
            tokens.removeFirst(); // hosts-file line: the address is a sink, the names are what is listed
        }
        for (QString host : tokens) {
            host = host.toLower();
            if (host.startsWith(u"*."_qs) || host.startsWith(u'.'))
                host = host.mid(host.indexOf(u'.') + 1); // a listed domain covers its subdomains anyway
            host = DomainNames::toAscii(host);
            if (host == u"localhost"_qs || host.startsWith(u"localhost."_qs))
                continue;
            if (!isHostName(host))
                return makeError(lineError(origin, i + 1, line, QObject::tr("is not a domain name")));
            m_domains.insert(host, source);
        }
    }
    return Done{};
}

Status Blocklist::addUrlhausCsv(const QByteArray &text, const QString &origin)
{
    const QStringList lines = QString::fromUtf8(text).split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList fields = csvFields(line);
        if (fields.size() < 3)
            return makeError(lineError(origin, i + 1, line, QObject::tr("has fewer than 3 URLhaus columns")));
        if (fields.at(2) == u"url"_qs)
            continue; // a header row without the leading '#'
        const QUrl url(fields.at(2).trimmed(), QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return makeError(lineError(origin, i + 1, fields.at(2), QObject::tr("is not a valid URL (third column)")));
        m_urls.insert(urlKey(url), QObject::tr("%1 line %2").arg(origin).arg(i + 1));
    }
    return Done{};
}

Result<Blocklist> Blocklist::load(const Feeds &feeds)
{
    Blocklist list;
    for (const QString &pattern : {u"blocklists/*.txt"_qs, u"blocklists/*.csv"_qs}) {
        for (const QString &path : feeds.list(pattern)) {
            const Result<QByteArray> bytes = feeds.read(path);
            if (!bytes)
                return bytes.error();
            const Status added =
                path.endsWith(u".csv"_qs) ? list.addUrlhausCsv(*bytes, path) : list.addText(*bytes, path);
            if (!added)
                return added.error();
        }
    }
    return list;
}

std::optional<BlocklistHit> Blocklist::match(const QUrl &url) const
{
    if (const auto it = m_urls.constFind(urlKey(url)); it != m_urls.constEnd())
        return BlocklistHit{url.toString(), *it};
    QString host = DomainNames::toAscii(url.host().toLower());
    while (host.contains(u'.')) {
        if (const auto it = m_domains.constFind(host); it != m_domains.constEnd())
            return BlocklistHit{host, *it};
        host = host.section(u'.', 1);
    }
    return std::nullopt;
}

} // namespace Govscope::Sdk
