#pragma once

#include "result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Govscope::Models {

/// A feed file installed in the user's data directory, as its manifest records it.
struct InstalledFeed
{
    QString path;   ///< relative to the store ("vuln/nvdcve-2.0-2024.json")
    QString kind;   ///< nvd, kev, retirejs, … (Cli::FeedValidation)
    QString source; ///< where it came from: the file imported, or what --source said
    QString sha256;
    qint64 size = 0;
    qint64 records = 0;
    QDateTime installed;
};

/// A validated file waiting to be installed.
struct StagedFeed
{
    QString path;
    QString kind;
    QString source;
    QByteArray bytes;
    qint64 records = 0;
};

/// The feeds the user installed with `govscope feeds import`: files in the feeds layout under one directory
/// (by default the data directory the scans read, QStandardPaths::AppDataLocation + "/feeds") and a manifest,
/// `.manifest.json`, with source, SHA-256, size, record count and date of each (hidden, so Sdk::Feeds does not
/// take it for a feed).
class FeedStore final
{
public:
    explicit FeedStore(QString root = defaultRoot());
    static QString defaultRoot();
    QString root() const { return m_root; }

    /// What the manifest lists; an empty list when nothing was installed yet.
    Result<QList<InstalledFeed>> installed() const;

    /// Installs every file of @p feeds or none: each is written beside its place first (`.name.new`), then all
    /// are renamed into place and the manifest replaced. A failure before the renames removes what was written
    /// and leaves the store as it was.
    Result<QList<InstalledFeed>> install(const QList<StagedFeed> &feeds) const;

private:
    QString m_root;
};

} // namespace Govscope::Models
