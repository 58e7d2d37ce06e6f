#pragma once

#include "result.h"

#include <QByteArray>
#include <QStringList>

#include <memory>

class QIODevice;
class QuaZip;

namespace Govscope::Models::Import {

/// Read-only access to a ZIP (XLSX, APK) that will not inflate more than a budget in total, so a
/// zip bomb is refused instead of filling memory. Entries are checked against their CRC.
class ZipArchive final
{
    Q_DISABLE_COPY_MOVE(ZipArchive)

public:
    /// Reads from @p device, which must outlive the archive. @p fileName only names it in messages.
    ZipArchive(QIODevice *device, QString fileName, qint64 inflateBudget);
    ~ZipArchive();

    Status open();
    QStringList entries() const;
    /// The entry named @p name, compared case-sensitively first, then case-insensitively.
    bool contains(const QString &name) const;
    QString actualName(const QString &name) const;
    /// Inflates @p name, failing when it is missing, damaged or would exceed @p maxBytes or the budget.
    Result<QByteArray> read(const QString &name, qint64 maxBytes);

    qint64 inflated() const { return m_inflated; }

private:
    std::unique_ptr<QuaZip> m_zip;
    QString m_fileName;
    QStringList m_entries;
    qint64 m_budget = 0;
    qint64 m_inflated = 0;
};

} // namespace Govscope::Models::Import
