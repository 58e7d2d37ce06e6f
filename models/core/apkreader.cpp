#include "apkreader.h"

#include "apksigningblock.h"
#include "axmlparser.h"
#include "table.h"
#include "ziparchive.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <openssl/pkcs7.h>
#include <openssl/x509.h>

#include <memory>

namespace Govscope::Models::Import {

namespace {

// Only three small entries are read, whatever the size of the APK.
constexpr qint64 kInflateBudget = 16LL * 1024 * 1024;
constexpr qint64 kMaxManifestBytes = 4LL * 1024 * 1024;
constexpr qint64 kMaxSignatureBytes = 1LL * 1024 * 1024;
constexpr qint64 kMaxIconBytes = 2LL * 1024 * 1024;

struct Pkcs7Free
{
    void operator()(PKCS7 *p) const { PKCS7_free(p); }
};

int densityRank(const QString &entry)
{
    static const QStringList order{u"ldpi"_qs, u"mdpi"_qs, u"hdpi"_qs, u"xhdpi"_qs, u"xxhdpi"_qs, u"xxxhdpi"_qs};
    const QString folder = entry.section(u'/', 1, 1);
    int rank = 0;
    for (int i = 0; i < order.size(); ++i)
        if (folder.contains(u'-' + order.at(i)))
            rank = i + 1;
    // Among equal densities prefer mipmap (where launcher icons belong) over drawable.
    return rank * 2 + (folder.startsWith(u"mipmap"_qs) ? 1 : 0);
}

QString iconEntry(const QStringList &entries)
{
    static const QRegularExpression re(u"^res/(mipmap|drawable)[^/]*/ic_launcher[^/]*\\.png$"_qs);
    QString best;
    for (const QString &e : entries)
        if (re.match(e).hasMatch() && (best.isEmpty() || densityRank(e) > densityRank(best)))
            best = e;
    return best;
}

QString signatureEntry(const QStringList &entries)
{
    static const QRegularExpression re(u"^META-INF/[^/]+\\.(RSA|DSA|EC)$"_qs,
                                       QRegularExpression::CaseInsensitiveOption);
    for (const QString &e : entries)
        if (re.match(e).hasMatch())
            return e;
    return {};
}

} // namespace

Result<QString> ApkReader::signerSha256(const QByteArray &der)
{
    const auto *p = reinterpret_cast<const unsigned char *>(der.constData());
    std::unique_ptr<PKCS7, Pkcs7Free> p7(d2i_PKCS7(nullptr, &p, long(der.size())));
    if (!p7 || !PKCS7_type_is_signed(p7.get()))
        return makeError(ImportText::tr("the signature block is not PKCS#7 signed data"));
    X509 *signer = nullptr;
    if (STACK_OF(X509) *signers = PKCS7_get0_signers(p7.get(), nullptr, 0)) {
        if (sk_X509_num(signers) > 0)
            signer = sk_X509_value(signers, 0);
        sk_X509_free(signers); // the certificates themselves belong to p7
    }
    if (!signer && p7->d.sign && p7->d.sign->cert && sk_X509_num(p7->d.sign->cert) > 0)
        signer = sk_X509_value(p7->d.sign->cert, 0); // signer info that names no included cert: take the first
    if (!signer)
        return makeError(ImportText::tr("the signature block holds no certificate"));
    unsigned char *certDer = nullptr;
    const int length = i2d_X509(signer, &certDer);
    if (length <= 0)
        return makeError(ImportText::tr("the signing certificate cannot be encoded"));
    const QByteArray cert(reinterpret_cast<const char *>(certDer), length);
    OPENSSL_free(certDer);
    return QString::fromLatin1(QCryptographicHash::hash(cert, QCryptographicHash::Sha256).toHex());
}

Result<ApkInfo> ApkReader::read(const QString &path)
{
    QFile file(path);
    // A device or FIFO named in a list would block or never end; an APK is a regular file.
    if (file.exists() && !QFileInfo(file).isFile())
        return makeError(ImportText::tr("APK %1 is not a regular file; check the path in the apk column.").arg(path));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ImportText::tr("APK %1 cannot be opened: %2; check the path in the apk column.")
                             .arg(path, file.errorString()));
    return read(&file, path);
}

Result<ApkInfo> ApkReader::read(QIODevice *device, const QString &name)
{
    auto fail = [&](const QString &why) {
        return makeError(
            ImportText::tr("APK %1: %2; check that the file is a complete Android package.").arg(name, why));
    };
    // The v2/v3 block is read first, straight from the device, before the ZIP reader takes it over.
    auto blockSigner = ApkSigningBlock::signerSha256(device);
    if (!blockSigner)
        return fail(blockSigner.errorMessage());
    device->seek(0);
    ZipArchive zip(device, name, kInflateBudget);
    if (Status s = zip.open(); !s)
        return s.error();
    if (!zip.contains(u"AndroidManifest.xml"_qs))
        return fail(ImportText::tr("it has no AndroidManifest.xml"));
    auto manifestBytes = zip.read(u"AndroidManifest.xml"_qs, kMaxManifestBytes);
    if (!manifestBytes)
        return manifestBytes.error();
    auto manifest = AxmlParser::parseManifest(*manifestBytes);
    if (!manifest)
        return fail(manifest.errorMessage());

    ApkInfo info;
    info.package = manifest->package;
    info.versionName = manifest->versionName;
    // Android trusts v3/v2 over v1, and so do we; with no signature at all the signer stays empty and the
    // list's signer_sha256 is used.
    info.signerSha256 = *blockSigner;
    const QString signature = signatureEntry(zip.entries());
    if (info.signerSha256.isEmpty() && !signature.isEmpty()) {
        auto block = zip.read(signature, kMaxSignatureBytes);
        if (!block)
            return block.error();
        auto signer = signerSha256(*block);
        if (!signer)
            return fail(signature + u": "_qs + signer.errorMessage());
        info.signerSha256 = *signer;
    }

    if (const QString icon = iconEntry(zip.entries()); !icon.isEmpty()) {
        auto png = zip.read(icon, kMaxIconBytes);
        // A missing or odd icon is no reason to refuse the app: the package and signer are what count.
        if (png && png->startsWith("\x89PNG\r\n\x1a\n"))
            info.icon = *png;
    }
    return info;
}

} // namespace Govscope::Models::Import
