#include "ziparchive.h"

#include "table.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipfileinfo.h>

namespace Govscope::Models::Import {

ZipArchive::ZipArchive(QIODevice *device, QString fileName, qint64 inflateBudget, int maxEntries)
    : m_zip(std::make_unique<QuaZip>(device))
    , m_fileName(std::move(fileName))
    , m_budget(inflateBudget)
    , m_maxEntries(maxEntries)
{}

ZipArchive::~ZipArchive() = default;

Status ZipArchive::open()
{
    if (!m_zip->open(QuaZip::mdUnzip))
        return makeError(ImportText::tr("%1 is not a readable ZIP file (error %2); check that it is a complete "
                                        "XLSX or APK file.")
                             .arg(m_fileName)
                             .arg(m_zip->getZipError()));
    // The count is the end-of-directory record's claim, read before any entry is listed.
    if (const int count = m_zip->getEntriesCount(); count < 0 || count > m_maxEntries)
        return makeError(ImportText::tr("%1 declares %2 entries, more than the %3 an XLSX or APK file may have; "
                                        "the file is refused. Save it again, or check that it is the right file.")
                             .arg(m_fileName)
                             .arg(count)
                             .arg(m_maxEntries));
    m_entries = m_zip->getFileNameList();
    if (m_entries.size() > m_maxEntries)
        return makeError(
            ImportText::tr("%1 has more than %2 entries; the file is refused.").arg(m_fileName).arg(m_maxEntries));
    return Done{};
}

QString ZipArchive::ratioProblem(const QString &name, qint64 inflated, qint64 compressed) const
{
    if (inflated <= kRatioFloorBytes || inflated <= kMaxRatio * std::max<qint64>(compressed, 1))
        return {};
    return ImportText::tr("%1: entry %2 inflates more than %3 times its compressed size (%4 bytes to over %5 MB); "
                          "no spreadsheet or app part compresses that well, so the file is refused as a possible "
                          "zip bomb. Save the list again from the spreadsheet program.")
        .arg(m_fileName, name)
        .arg(kMaxRatio)
        .arg(compressed)
        .arg(inflated / (1024 * 1024));
}

QStringList ZipArchive::entries() const
{
    return m_entries;
}

QString ZipArchive::actualName(const QString &name) const
{
    if (m_entries.contains(name))
        return name;
    for (const QString &e : m_entries)
        if (e.compare(name, Qt::CaseInsensitive) == 0)
            return e;
    return {};
}

bool ZipArchive::contains(const QString &name) const
{
    return !actualName(name).isEmpty();
}

Result<QByteArray> ZipArchive::read(const QString &name, qint64 maxBytes)
{
    const QString actual = actualName(name);
    if (actual.isEmpty() || !m_zip->setCurrentFile(actual, QuaZip::csSensitive))
        return makeError(ImportText::tr("%1 has no entry %2; check that it is a complete file.").arg(m_fileName, name));
    // A declared size is no proof (the loop below counts what really inflates), but one over the limit is
    // refused at once rather than inflated up to it.
    QuaZipFileInfo64 info;
    if (!m_zip->getCurrentFileInfo(&info))
        return makeError(ImportText::tr("%1: the directory record of entry %2 cannot be read (error %3); get a fresh "
                                        "copy of the file.")
                             .arg(m_fileName, name)
                             .arg(m_zip->getZipError()));
    if (info.uncompressedSize > quint64(maxBytes) ||
        info.uncompressedSize > quint64(std::max<qint64>(0, m_budget - m_inflated)))
        return makeError(ImportText::tr("%1: entry %2 declares %3 MB uncompressed, more than the %4 MB allowed; the "
                                        "file is refused as a possible zip bomb. Save the list again or split it.")
                             .arg(m_fileName, name)
                             .arg(info.uncompressedSize / (1024 * 1024))
                             .arg(qMin(maxBytes, m_budget) / (1024 * 1024)));
    if (const QString why = ratioProblem(name, qint64(info.uncompressedSize), qint64(info.compressedSize));
        !why.isEmpty())
        return makeError(why);
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly))
        return makeError(
            ImportText::tr("%1: entry %2 cannot be opened (error %3).").arg(m_fileName, name).arg(file.getZipError()));
    QByteArray data;
    char buffer[64 * 1024];
    for (;;) {
        // Sizes declared in the ZIP directory can lie; only what actually inflates counts.
        const qint64 n = file.read(buffer, sizeof buffer);
        if (n < 0)
            return makeError(ImportText::tr("%1: entry %2 is damaged (error %3); get a fresh copy of the file.")
                                 .arg(m_fileName, name)
                                 .arg(file.getZipError()));
        if (n == 0)
            break;
        m_inflated += n;
        if (data.size() + n > maxBytes || m_inflated > m_budget)
            return makeError(ImportText::tr("%1: entry %2 inflates to more than %3 MB; the file is refused as a "
                                            "possible zip bomb. Save the list again or split it.")
                                 .arg(m_fileName, name)
                                 .arg(qMin(maxBytes, m_budget) / (1024 * 1024)));
        // The compressed size bounds what the inflater reads, so this ratio is what really happens.
        if (const QString why = ratioProblem(name, data.size() + n, qint64(info.compressedSize)); !why.isEmpty())
            return makeError(why);
        data.append(buffer, n);
    }
    file.close();
    if (file.getZipError() != UNZ_OK)
        return makeError(ImportText::tr("%1: entry %2 fails its checksum (error %3); get a fresh copy of the file.")
                             .arg(m_fileName, name)
                             .arg(file.getZipError()));
    return data;
}

} // namespace Govscope::Models::Import
