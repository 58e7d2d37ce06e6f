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
    /// Reads from @p device, which must outlive the archive. @p fileName only names it in messages. A
    /// directory of more than @p maxEntries entries is refused before it is listed (a ZIP of a million
    /// empty entries is a few tens of MB, and their names alone would cost more).
    ZipArchive(QIODevice *device, QString fileName, qint64 inflateBudget, int maxEntries = 100'000);
    ~ZipArchive();

    Status open();
    QStringList entries() const;
    /// The entry named @p name, compared case-sensitively first, then case-insensitively.
    bool contains(const QString &name) const;
    QString actualName(const QString &name) const;
    /// Inflates @p name, failing when it is missing, damaged or would exceed @p maxBytes or the budget —
    /// whether it declares so in the directory (refused before inflating) or only turns out to.
    Result<QByteArray> read(const QString &name, qint64 maxBytes);

    qint64 inflated() const { return m_inflated; }

    /// Past this much inflated data an entry may inflate at most kMaxRatio times its compressed size. XML
    /// parts of real workbooks and APKs compress 5 to 50 times; deflate's ceiling is about 1,032, which only
    /// runs of one byte reach — what a zip bomb is made of.
    static constexpr qint64 kRatioFloorBytes = 1024 * 1024;
    static constexpr qint64 kMaxRatio = 250;

private:
    /// Why @p inflated bytes from @p compressed is refused, or empty.
    QString ratioProblem(const QString &name, qint64 inflated, qint64 compressed) const;

    std::unique_ptr<QuaZip> m_zip;
    QString m_fileName;
    QStringList m_entries;
    qint64 m_budget = 0;
    qint64 m_inflated = 0;
    int m_maxEntries = 0;
};

} // namespace Govscope::Models::Import
