#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace Govscope::Models::Import {

/// What the importer needs from an APK's binary AndroidManifest.xml.
struct ManifestInfo
{
    QString package;
    QString versionName;
};

/// Reads Android's binary XML (AXML: a string pool followed by element chunks) just far enough to find the
/// attributes of <manifest>. Every offset is checked against the buffer: the input is outside data.
class AxmlParser final
{
public:
    static Result<ManifestInfo> parseManifest(const QByteArray &axml);
};

} // namespace Govscope::Models::Import
