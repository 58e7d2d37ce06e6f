#pragma once

#include "result.h"

#include <QByteArray>
#include <QSqlDatabase>

namespace Govscope::Models {

/// Content-addressed storage of evidence (screenshots, HTTP exchanges, transcripts) in the case:
/// a blob is keyed by the SHA-256 of its bytes, so the same content is stored once.
class BlobStore final
{
public:
    /// Stores @p data unless already present; returns its SHA-256 in lower-case hex.
    static Result<QString> put(QSqlDatabase &db, const QByteArray &data);
    static Result<QByteArray> get(QSqlDatabase &db, const QString &sha256);
    static QString hashOf(const QByteArray &data);
};

} // namespace Govscope::Models
