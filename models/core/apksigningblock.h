#pragma once

#include "result.h"

#include <QString>

class QIODevice;

namespace Govscope::Models::Import {

/// The APK Signing Block of signature schemes v2 and v3 (the block between the ZIP entries and the central
/// directory, ending in the magic "APK Sig Block 42"). APKs for Android 7 and later are often signed only
/// this way, without META-INF/*.RSA.
class ApkSigningBlock final
{
public:
    /// SHA-256 (hex) of the first signer's first certificate, from the v3 scheme if present, else v2.
    /// An empty string when the APK has no signing block; an error when it has a damaged one.
    static Result<QString> signerSha256(QIODevice *device);
};

} // namespace Govscope::Models::Import
