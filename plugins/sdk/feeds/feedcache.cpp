#include "feedcache.h"

#include <QCryptographicHash>
#include <QSet>

namespace Govscope::Sdk {

QByteArray feedIdentity(const Feeds &feeds, const QStringList &patterns, const QByteArray &salt)
{
    QSet<QString> matching;
    for (const QString &p : patterns)
        for (const QString &path : feeds.list(p))
            matching.insert(path);
    QCryptographicHash h(QCryptographicHash::Sha256);
    for (const FeedFile &f : feeds.files()) // sorted by path: the identity does not depend on pattern order
        if (matching.contains(f.relativePath))
            h.addData(QByteArray(f.relativePath.toUtf8() + '\0' + f.sha256.toLatin1() + '\n'));
    h.addData(salt);
    return h.result();
}

} // namespace Govscope::Sdk
