#include "feedstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QObject>
#include <QSaveFile>
#include <QStandardPaths>

#include <cerrno>
#include <cstdio>
#include <cstring>

namespace Govscope::Models {

namespace {

const QString ManifestName = u".manifest.json"_qs;

QJsonObject toJson(const InstalledFeed &f)
{
    return {{u"path"_qs, f.path},
            {u"kind"_qs, f.kind},
            {u"source"_qs, f.source},
            {u"sha256"_qs, f.sha256},
            {u"size"_qs, f.size},
            {u"records"_qs, f.records},
            {u"installed"_qs, f.installed.toUTC().toString(Qt::ISODate)}};
}

InstalledFeed fromJson(const QJsonObject &o)
{
    return {o[u"path"_qs].toString(),
            o[u"kind"_qs].toString(),
            o[u"source"_qs].toString(),
            o[u"sha256"_qs].toString(),
            o[u"size"_qs].toInteger(),
            o[u"records"_qs].toInteger(),
            QDateTime::fromString(o[u"installed"_qs].toString(), Qt::ISODate)};
}

QString pendingName(const QString &target)
{
    const QFileInfo info(target);
    return info.absolutePath() + u"/."_qs + info.fileName() + u".new"_qs;
}

} // namespace

FeedStore::FeedStore(QString root)
    : m_root(std::move(root))
{}

QString FeedStore::defaultRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/feeds"_qs;
}

Result<QList<InstalledFeed>> FeedStore::installed() const
{
    QFile file(m_root + u'/' + ManifestName);
    if (!file.exists())
        return QList<InstalledFeed>{};
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QObject::tr("Cannot read the feed manifest %1: %2").arg(file.fileName(), file.errorString()));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return makeError(QObject::tr("The feed manifest %1 is damaged (%2): import the feeds again to rewrite it.")
                             .arg(file.fileName(), error.errorString()));
    QList<InstalledFeed> out;
    for (const QJsonValue &v : doc.object()[u"files"_qs].toArray())
        out << fromJson(v.toObject());
    return out;
}

Result<QList<InstalledFeed>> FeedStore::install(const QList<StagedFeed> &feeds) const
{
    auto current = installed();
    if (!current)
        return current.error();
    QStringList written;
    auto undo = [&written](const QString &message) {
        for (const QString &p : written)
            QFile::remove(p);
        return makeError(message);
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<InstalledFeed> added;
    for (const StagedFeed &f : feeds) {
        const QString target = m_root + u'/' + f.path;
        if (!QDir().mkpath(QFileInfo(target).absolutePath()))
            return undo(QObject::tr("Cannot create the folder %1; nothing was installed.")
                            .arg(QFileInfo(target).absolutePath()));
        QFile out(pendingName(target));
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return undo(
                QObject::tr("Cannot write %1: %2; nothing was installed.").arg(out.fileName(), out.errorString()));
        written << out.fileName();
        if (out.write(f.bytes) != f.bytes.size() || !out.flush())
            return undo(
                QObject::tr("Cannot write %1: %2; nothing was installed.").arg(out.fileName(), out.errorString()));
        out.close();
        added << InstalledFeed{
            f.path,
            f.kind,
            f.source,
            QString::fromLatin1(QCryptographicHash::hash(f.bytes, QCryptographicHash::Sha256).toHex()),
            f.bytes.size(),
            f.records,
            now};
    }
    // the new manifest is written aside too, so that the only steps left are renames
    QList<InstalledFeed> manifest;
    for (const InstalledFeed &old : *current)
        if (std::none_of(added.cbegin(), added.cend(), [&](const InstalledFeed &n) { return n.path == old.path; }))
            manifest << old;
    manifest << added;
    std::sort(manifest.begin(), manifest.end(),
              [](const InstalledFeed &a, const InstalledFeed &b) { return a.path < b.path; });
    QJsonArray files;
    for (const InstalledFeed &f : manifest)
        files.append(toJson(f));
    QDir().mkpath(m_root);
    QSaveFile save(m_root + u'/' + ManifestName);
    if (!save.open(QIODevice::WriteOnly))
        return undo(QObject::tr("Cannot write the feed manifest %1: %2; nothing was installed.")
                        .arg(save.fileName(), save.errorString()));
    save.write(QJsonDocument(QJsonObject{{u"files"_qs, files}}).toJson());
    for (const StagedFeed &f : feeds) {
        const QString target = m_root + u'/' + f.path;
        // rename(2) replaces the old file in one step: a scan reading it sees the old or the new bytes
        if (::rename(QFile::encodeName(pendingName(target)).constData(), QFile::encodeName(target).constData()) != 0) {
            save.cancelWriting();
            return undo(QObject::tr("Cannot move %1 into place: %2. Files renamed before it are installed; run "
                                    "the import again.")
                            .arg(target, QString::fromLocal8Bit(strerror(errno))));
        }
    }
    if (!save.commit())
        return makeError(QObject::tr("The feeds are installed but the manifest %1 could not be written: %2")
                             .arg(save.fileName(), save.errorString()));
    return added;
}

} // namespace Govscope::Models
