#pragma once

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Govscope::Sdk {

/// One feed file as a scan used it: recorded in the case so a result can be reproduced.
struct FeedFile
{
    QString relativePath; ///< e.g. "cloud/ranges.csv"
    QString sha256;       ///< of the file's bytes, hex
};

/// The data the checks match against (spec/interfaces.md "Feeds"): an overlay of directories in
/// which a later directory's file replaces an earlier one at the same relative path — the shipped
/// resources/feeds first, then --feeds DIR. Parsers for particular formats live with the families
/// that need them; this class finds, hashes and reads the files.
class Feeds final
{
public:
    Feeds() = default;

    /// Indexes every file under @p dirs (recursively; hidden files skipped). A directory that does
    /// not exist is an error naming it. Files larger than 512 MiB are refused.
    static Result<Feeds> load(const QStringList &dirs);

    /// Every file in effect, sorted by relative path, with its SHA-256.
    QList<FeedFile> files() const;
    bool contains(const QString &relativePath) const { return m_entries.contains(relativePath); }
    /// Absolute path of the file in effect, empty when there is none.
    QString path(const QString &relativePath) const;
    /// Relative paths matching a wildcard such as "blocklists/*.txt" ('*' does not cross '/').
    QStringList list(const QString &pattern) const;
    /// The bytes of a feed file; the error names the file.
    Result<QByteArray> read(const QString &relativePath) const;

private:
    struct Entry
    {
        QString absolutePath;
        QString sha256;
    };
    QMap<QString, Entry> m_entries;
};

} // namespace Govscope::Sdk
