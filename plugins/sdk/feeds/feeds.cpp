#include "feeds.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QObject>
#include <QRegularExpression>

namespace Govscope::Sdk {

namespace {

constexpr qint64 MaxFeedBytes = qint64(512) * 1024 * 1024;

Result<QString> sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QObject::tr("Cannot read the feed file %1: %2").arg(path, file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return makeError(QObject::tr("Cannot read the feed file %1: %2").arg(path, file.errorString()));
    return QString::fromLatin1(hash.result().toHex());
}

} // namespace

Result<Feeds> Feeds::load(const QStringList &dirs)
{
    Feeds feeds;
    for (const QString &dir : dirs) {
        const QFileInfo info(dir);
        if (!info.isDir())
            return makeError(QObject::tr("The feeds directory %1 does not exist or is not a directory: create it "
                                         "or pass another with --feeds.")
                                 .arg(dir));
        const QDir root(info.absoluteFilePath());
        const QString canonicalRoot = QFileInfo(root.path()).canonicalFilePath() + u'/';
        QDirIterator it(root.path(), QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString rel = root.relativeFilePath(path);
            if (rel.startsWith(u'.') || rel.contains(u"/."_qs))
                continue;
            // A link inside the folder may point anywhere on the machine; the scan would read and record a file
            // nobody put in the feeds. Links that stay inside the folder are fine.
            const QString target = QFileInfo(path).canonicalFilePath();
            if (!target.startsWith(canonicalRoot))
                return makeError(QObject::tr("The feed file %1 is a link to %2, outside the feeds directory %3: copy "
                                             "the file into the directory instead.")
                                     .arg(path, target.isEmpty() ? QObject::tr("a missing file") : target, dir));
            if (QFileInfo(path).size() > MaxFeedBytes)
                return makeError(
                    QObject::tr("The feed file %1 is larger than 512 MiB: split it or remove it.").arg(path));
            Result<QString> hash = sha256Of(path);
            if (!hash)
                return hash.error();
            feeds.m_entries.insert(rel, Entry{path, *hash});
        }
    }
    return feeds;
}

QList<FeedFile> Feeds::files() const
{
    QList<FeedFile> out;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        out.append(FeedFile{it.key(), it->sha256});
    return out;
}

QString Feeds::path(const QString &relativePath) const
{
    return m_entries.value(relativePath).absolutePath;
}

QStringList Feeds::list(const QString &pattern) const
{
    QString rx = QRegularExpression::escape(pattern);
    rx.replace(u"\\*"_qs, u"[^/]*"_qs).replace(u"\\?"_qs, u"[^/]"_qs);
    const QRegularExpression re(QRegularExpression::anchoredPattern(rx));
    QStringList out;
    for (auto it = m_entries.cbegin(); it != m_entries.cend(); ++it)
        if (re.match(it.key()).hasMatch())
            out << it.key();
    return out;
}

Result<QByteArray> Feeds::read(const QString &relativePath) const
{
    const auto it = m_entries.constFind(relativePath);
    if (it == m_entries.cend())
        return makeError(QObject::tr("The feed file %1 is in none of the feeds directories.").arg(relativePath));
    QFile file(it->absolutePath);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QObject::tr("Cannot read the feed file %1: %2").arg(it->absolutePath, file.errorString()));
    return file.readAll();
}

} // namespace Govscope::Sdk
