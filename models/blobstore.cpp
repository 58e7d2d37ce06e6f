#include "blobstore.h"

#include "casefile.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

namespace Govscope::Models {

QString BlobStore::hashOf(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

Result<QString> BlobStore::put(QSqlDatabase &db, const QByteArray &data)
{
    const QString sha = hashOf(data);
    if (Status s = exec(db, u"INSERT OR IGNORE INTO blobs (sha256, size, data) VALUES (?,?,?)"_qs,
                        {sha, data.size(), data});
        !s)
        return s.error();
    return sha;
}

Result<QByteArray> BlobStore::get(QSqlDatabase &db, const QString &sha256)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT data FROM blobs WHERE sha256 = ?"_qs);
    q.addBindValue(sha256);
    if (!q.exec())
        return makeError(q.lastError().text());
    if (!q.next())
        return makeError(QObject::tr("Evidence %1 is not in the case.").arg(sha256));
    return q.value(0).toByteArray();
}

} // namespace Govscope::Models
