#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

class QIODevice;

namespace Govscope::Models::Import {

/// What an APK says about itself: the package, the version, who signed it and its launcher icon.
struct ApkInfo
{
    QString package;
    QString versionName;
    QString signerSha256; ///< SHA-256 of the DER signing certificate, lower-case hex; empty when unsigned
    QByteArray icon;      ///< PNG bytes, empty when no launcher icon was found
};

/// Reads an Android package (a ZIP): the package name from the binary AndroidManifest.xml, the signer
/// from the APK Signing Block (schemes v3, v2) or else the PKCS#7 block of the v1 (JAR) signature in
/// META-INF/*.RSA|*.DSA|*.EC, and the launcher icon
/// (res/mipmap*/ic_launcher*.png or res/drawable*/…, the highest density). Bounded like every import.
class ApkReader final
{
public:
    static Result<ApkInfo> read(const QString &path);
    /// Reads from @p device; @p name only names the APK in messages.
    static Result<ApkInfo> read(QIODevice *device, const QString &name);

    /// SHA-256 (hex) of the first signer's certificate in a DER PKCS#7 SignedData.
    static Result<QString> signerSha256(const QByteArray &pkcs7Der);
};

} // namespace Govscope::Models::Import
