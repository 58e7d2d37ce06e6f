#pragma once

#include "result.h"
#include "signingidentity.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace Govscope::Report {

/// One file of the bundle.
struct BundleFile
{
    QString path;
    QByteArray content;
};

/// Writes the report ZIP: the given files, manifest.json over them and, with an identity,
/// manifest.json.p7s. The ZIP is built in a temporary file next to @p outPath and renamed over it only
/// when complete; on any failure the temporary file is removed and @p outPath is left as it was.
class BundleWriter final
{
public:
    static Status write(const QString &outPath, const QList<BundleFile> &files,
                        const std::optional<SigningIdentity> &identity, const QDateTime &timestamp);
};

} // namespace Govscope::Report
