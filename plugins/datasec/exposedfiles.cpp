#include "exposedfiles.h"

#include <QObject>
#include <QRegularExpression>
#include <QUrl>

#include <cctype>

namespace Govscope::Datasec::ExposedFiles {

namespace {

bool looksLikeHtml(const QByteArray &body)
{
    const QByteArray head = body.left(512).trimmed().toLower();
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<head");
}

} // namespace

QStringList probePaths()
{
    return {u"/.git/config"_qs,    u"/.git/HEAD"_qs,      u"/.svn/entries"_qs, u"/.env"_qs,    u"/WEB-INF/web.xml"_qs,
            u"/backup.sql"_qs,     u"/db.sql"_qs,         u"/database.sql"_qs, u"/www.sql"_qs, u"/index.php.bak"_qs,
            u"/config.php.bak"_qs, u"/web.config.bak"_qs, u"/.DS_Store"_qs};
}

QStringList listingPaths()
{
    return {u"/upload/"_qs, u"/uploads/"_qs, u"/files/"_qs, u"/backup/"_qs, u"/attachment/"_qs};
}

QString exposure(const QString &path, const QByteArray &body)
{
    const QByteArray b = body.left(64 * 1024);
    if (b.isEmpty() || (looksLikeHtml(b) && !path.endsWith(u".xml"_qs)))
        return {};
    if (path.endsWith(u"/.git/config"_qs) && b.contains("[core]"))
        return QObject::tr("Git repository configuration");
    if (path.endsWith(u"/.git/HEAD"_qs) &&
        QRegularExpression(uR"(^(ref: refs/|[0-9a-f]{40}\s*$))"_qs).match(QString::fromLatin1(b.trimmed())).hasMatch())
        return QObject::tr("Git HEAD");
    const QByteArray trimmed = b.trimmed();
    // the old XML format names its root element; the text format (SVN 1.4+) starts with its version number
    if (path.endsWith(u"/.svn/entries"_qs) &&
        (trimmed.startsWith("<?xml") ? trimmed.contains("wc-entries")
                                     : !trimmed.isEmpty() && std::isdigit(static_cast<unsigned char>(trimmed.at(0)))))
        return QObject::tr("Subversion working-copy metadata");
    if (path.endsWith(u"/.env"_qs)) {
        const auto lines = QRegularExpression(uR"((?m)^[A-Z][A-Z0-9_]*=)"_qs).globalMatch(QString::fromUtf8(b));
        int n = 0;
        for (auto it = lines; it.hasNext(); it.next())
            ++n;
        if (n >= 2)
            return QObject::tr("environment file with %1 settings").arg(n);
        return {};
    }
    if (path.endsWith(u"web.xml"_qs) && b.contains("<web-app"))
        return QObject::tr("Java web application descriptor");
    if (path.endsWith(u".sql"_qs) &&
        QRegularExpression(uR"(CREATE\s+TABLE|INSERT\s+INTO|--\s*MySQL dump|PostgreSQL database dump)"_qs,
                           QRegularExpression::CaseInsensitiveOption)
            .match(QString::fromUtf8(b))
            .hasMatch())
        return QObject::tr("SQL database dump");
    if (path.endsWith(u".php.bak"_qs) && b.contains("<?php"))
        return QObject::tr("PHP source backup");
    if (path.endsWith(u"web.config.bak"_qs) && b.contains("<configuration"))
        return QObject::tr("IIS configuration backup");
    if (path.endsWith(u".DS_Store"_qs) && b.size() >= 8 && b.mid(4, 4) == "Bud1")
        return QObject::tr("macOS folder index (lists file names)");
    return {};
}

bool isDirectoryListing(const QByteArray &body)
{
    const QByteArray b = body.left(64 * 1024);
    return b.contains("<title>Index of /") || b.contains("<h1>Index of /") ||
           b.contains("<title>Directory listing for /") || b.contains("[To Parent Directory]");
}

QStringList riskyEntries(const QByteArray &listing)
{
    static const QRegularExpression href(uR"re(href="([^"?/][^"]*)")re"_qs, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression risky(
        uR"(\.(sql|bak|old|backup|dump|tar|gz|tgz|zip|rar|7z|env|conf|config|mdb|db)$)"_qs,
        QRegularExpression::CaseInsensitiveOption);
    QStringList out;
    for (auto it = href.globalMatch(QString::fromUtf8(listing.left(256 * 1024))); it.hasNext();) {
        const QString name = QUrl::fromPercentEncoding(it.next().captured(1).toUtf8());
        if (risky.match(name).hasMatch() && !out.contains(name))
            out << name;
    }
    return out;
}

} // namespace Govscope::Datasec::ExposedFiles
