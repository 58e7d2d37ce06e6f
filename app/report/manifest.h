#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Govscope::Report {

/// manifest.json of a bundle: {"files": [{"path": "report.pdf", "sha256": "<64 hex>", "size": 12345}, …]},
/// one entry per file of the bundle except manifest.json and manifest.json.p7s, sorted by path.
struct ManifestEntry
{
    QString path;
    QString sha256; ///< lower-case hex
    qint64 size = 0;
};

class Manifest final
{
public:
    static constexpr const char *kFileName = "manifest.json";
    static constexpr const char *kSignatureName = "manifest.json.p7s";

    static ManifestEntry entryFor(const QString &path, const QByteArray &content);
    static QByteArray toJson(QList<ManifestEntry> entries);
    /// Rejects anything but the shape above, naming the entry at fault.
    static Result<QList<ManifestEntry>> parse(const QByteArray &json);
};

} // namespace Govscope::Report
