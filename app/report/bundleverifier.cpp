#include "bundleverifier.h"

#include "manifest.h"
#include "signingidentity.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QHash>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace Govscope::Report {

namespace {

// What is held in memory of a bundle someone sent: manifest.json lists a few hundred files (a few hundred KB);
// a CMS signature with its chain is a few KB. Anything larger is refused before it is read whole (a 300 MB
// signature used to cost 536 MB of memory before it was found invalid).
constexpr qint64 kMaxManifestBytes = 16LL * 1024 * 1024;
constexpr qint64 kMaxSignatureBytes = 1LL * 1024 * 1024;
// A bundle has a report, its evidence and screenshots: thousands of files, not millions.
constexpr int kMaxEntries = 100'000;

struct Entry
{
    QString sha256;
    qint64 size = 0;
    QByteArray content; ///< kept only for manifest.json and its signature
    QString error;
};

Entry readEntry(QuaZip &zip, const QString &name)
{
    Entry entry;
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly)) {
        entry.error = QObject::tr("cannot be read (zip error %1)").arg(file.getZipError());
        return entry;
    }
    const bool isManifest = name == QLatin1String(Manifest::kFileName);
    const bool keep = isManifest || name == QLatin1String(Manifest::kSignatureName);
    const qint64 maxKept = isManifest ? kMaxManifestBytes : kMaxSignatureBytes;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray chunk(1 << 16, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(chunk.data(), chunk.size());
        if (n < 0) {
            entry.error = QObject::tr("is damaged: %1").arg(file.errorString());
            break;
        }
        if (n == 0)
            break;
        hash.addData(QByteArrayView(chunk.constData(), n));
        entry.size += n;
        if (keep && entry.size > maxKept) {
            entry.error = QObject::tr("is larger than %1 KiB, more than any Govscope bundle writes; refused unread")
                              .arg(maxKept / 1024);
            entry.content.clear();
            break;
        }
        if (keep)
            entry.content.append(chunk.constData(), n);
    }
    file.close();
    // QuaZip checks the CRC-32 on close: a flipped byte in the compressed data shows up here.
    if (entry.error.isEmpty() && file.getZipError() != UNZ_OK)
        entry.error = QObject::tr("is damaged (CRC or zip error %1)").arg(file.getZipError());
    entry.sha256 = QString::fromLatin1(hash.result().toHex());
    return entry;
}

} // namespace

Verification BundleVerifier::verify(const QString &zipPath, const QString &caPath)
{
    Verification v;
    if (!QFileInfo::exists(zipPath)) {
        v.problems << QObject::tr("%1: no such file.").arg(zipPath);
        return v;
    }
    QuaZip zip(zipPath);
    if (!zip.open(QuaZip::mdUnzip)) {
        v.problems << QObject::tr("%1: not a ZIP file or damaged (zip error %2).").arg(zipPath).arg(zip.getZipError());
        return v;
    }
    QHash<QString, Entry> entries;
    QStringList order;
    if (zip.getEntriesCount() > kMaxEntries) {
        v.problems << QObject::tr("%1: declares %2 files, more than the %3 a report bundle may hold.")
                          .arg(zipPath)
                          .arg(zip.getEntriesCount())
                          .arg(kMaxEntries);
        return v;
    }
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        const QString name = zip.getCurrentFileName();
        if (entries.contains(name)) {
            v.problems << QObject::tr("%1: appears twice in the ZIP.").arg(name);
            continue;
        }
        entries.insert(name, readEntry(zip, name));
        order << name;
    }
    if (zip.getZipError() != UNZ_OK)
        v.problems
            << QObject::tr("%1: the ZIP directory is damaged (zip error %2).").arg(zipPath).arg(zip.getZipError());
    zip.close();
    for (const QString &name : order)
        if (!entries.value(name).error.isEmpty())
            v.problems << u"%1: %2."_qs.arg(name, entries.value(name).error);

    const QString manifestName = QString::fromLatin1(Manifest::kFileName);
    const QString signatureName = QString::fromLatin1(Manifest::kSignatureName);
    if (!entries.contains(manifestName)) {
        v.problems
            << QObject::tr("%1: missing; this is not a Govscope report bundle or it was stripped.").arg(manifestName);
        return v;
    }
    const QByteArray manifestBytes = entries.value(manifestName).content;
    auto manifest = Manifest::parse(manifestBytes);
    if (!manifest) {
        v.problems << manifest.errorMessage();
    } else {
        v.files = int(manifest->size());
        QSet<QString> listed;
        for (const ManifestEntry &m : *manifest) {
            listed.insert(m.path);
            const auto it = entries.constFind(m.path);
            if (it == entries.cend()) {
                v.problems << QObject::tr("%1: listed in the manifest but missing from the bundle.").arg(m.path);
                continue;
            }
            if (!it->error.isEmpty())
                continue; // already named above
            if (it->size != m.size)
                v.problems
                    << QObject::tr("%1: size %2 bytes, the manifest says %3.").arg(m.path).arg(it->size).arg(m.size);
            else if (it->sha256 != m.sha256)
                v.problems << QObject::tr("%1: contents changed (SHA-256 differs from the manifest).").arg(m.path);
        }
        for (const QString &name : order)
            if (name != manifestName && name != signatureName && !listed.contains(name))
                v.problems << QObject::tr("%1: not listed in the manifest (a file was added).").arg(name);
    }

    if (!entries.contains(signatureName)) {
        v.problems << QObject::tr("%1: missing; the bundle is not signed, so its integrity cannot be shown.")
                          .arg(signatureName);
        return v;
    }
    v.isSigned = true;
    const SignatureCheck check = verifyDetached(entries.value(signatureName).content, manifestBytes, caPath);
    v.signer = check.signer;
    v.signerSha256 = check.signerSha256;
    v.chainChecked = check.chainChecked;
    v.signatureValid = check.valid;
    if (!check.valid)
        v.problems << QObject::tr("%1: the signature is not valid for manifest.json%2 (%3).")
                          .arg(signatureName,
                               caPath.isEmpty() ? QString() : QObject::tr(" or does not chain to %1").arg(caPath),
                               check.problem);
    return v;
}

} // namespace Govscope::Report
