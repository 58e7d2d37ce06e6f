#include "bundlewriter.h"

#include "manifest.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryFile>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <cstdio>

namespace Govscope::Report {

namespace {

// PNG, JPEG and PDF are compressed already; deflating them again costs time and saves nothing.
bool worthCompressing(const QString &path)
{
    for (const char *suffix : {".png", ".jpg", ".gif", ".webp", ".pdf"})
        if (path.endsWith(QLatin1String(suffix)))
            return false;
    return true;
}

Status addEntry(QuaZip &zip, const QString &zipPath, const QString &path, const QByteArray &content,
                const QDateTime &timestamp)
{
    QuaZipNewInfo info(path);
    info.dateTime = timestamp;
    info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                        QFileDevice::ReadOther);
    QuaZipFile file(&zip);
    const bool deflate = worthCompressing(path);
    if (!file.open(QIODevice::WriteOnly, info, nullptr, 0, deflate ? Z_DEFLATED : 0, deflate ? 6 : 0))
        return makeError(QObject::tr("Cannot add %1 to %2 (zip error %3).").arg(path, zipPath).arg(file.getZipError()));
    if (file.write(content) != content.size()) {
        file.close();
        return makeError(QObject::tr("Cannot write %1 into %2: %3.").arg(path, zipPath, file.errorString()));
    }
    file.close();
    if (file.getZipError() != ZIP_OK)
        return makeError(QObject::tr("Cannot write %1 into %2 (zip error %3); is the disk full?")
                             .arg(path, zipPath)
                             .arg(file.getZipError()));
    return Done{};
}

} // namespace

Status BundleWriter::write(const QString &outPath, const QList<BundleFile> &files,
                           const std::optional<SigningIdentity> &identity, const QDateTime &timestamp)
{
    const QFileInfo target(outPath);
    const QDir folder = target.absoluteDir();
    if (!folder.exists())
        return makeError(QObject::tr("Cannot write %1: the folder %2 does not exist.").arg(outPath, folder.path()));
    if (target.isDir())
        return makeError(QObject::tr("Cannot write %1: it is a folder; give a .zip file name.").arg(outPath));

    QList<ManifestEntry> entries;
    for (const BundleFile &f : files)
        entries << Manifest::entryFor(f.path, f.content);
    const QByteArray manifest = Manifest::toJson(entries);
    QByteArray signature;
    if (identity) {
        auto signedManifest = identity->signDetached(manifest);
        if (!signedManifest)
            return signedManifest.error();
        signature = *signedManifest;
    }

    QTemporaryFile temp(folder.filePath(u".%1.XXXXXX.part"_qs.arg(target.fileName())));
    if (!temp.open())
        return makeError(
            QObject::tr("Cannot write %1: %2. Choose a folder you can write to.").arg(outPath, temp.errorString()));
    QuaZip zip(&temp);
    if (!zip.open(QuaZip::mdCreate))
        return makeError(
            QObject::tr("Cannot create the ZIP %1 (zip error %2).").arg(temp.fileName()).arg(zip.getZipError()));
    Status status = Done{};
    for (const BundleFile &f : files)
        if (status = addEntry(zip, outPath, f.path, f.content, timestamp); !status)
            break;
    if (status)
        status = addEntry(zip, outPath, QString::fromLatin1(Manifest::kFileName), manifest, timestamp);
    if (status && identity)
        status = addEntry(zip, outPath, QString::fromLatin1(Manifest::kSignatureName), signature, timestamp);
    zip.close();
    if (status && zip.getZipError() != ZIP_OK)
        status = makeError(QObject::tr("Cannot finish the ZIP %1 (zip error %2); is the disk full?")
                               .arg(outPath)
                               .arg(zip.getZipError()));
    if (status && !temp.flush())
        status = makeError(QObject::tr("Cannot write %1: %2.").arg(outPath, temp.errorString()));
    if (!status)
        return status; // QTemporaryFile removes the partial file

    // rename(2) replaces an existing bundle atomically: a reader sees the old file or the new one.
    if (std::rename(QFile::encodeName(temp.fileName()).constData(), QFile::encodeName(outPath).constData()) != 0)
        return makeError(QObject::tr("Cannot move the finished bundle to %1: %2.")
                             .arg(outPath, QString::fromLocal8Bit(strerror(errno))));
    temp.setAutoRemove(false);
    QFile::setPermissions(outPath, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup |
                                       QFileDevice::ReadOther);
    return Done{};
}

} // namespace Govscope::Report
