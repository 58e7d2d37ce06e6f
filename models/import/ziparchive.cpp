#include "ziparchive.h"

#include "table.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

namespace Govscope::Models::Import {

ZipArchive::ZipArchive(QIODevice *device, QString fileName, qint64 inflateBudget)
    : m_zip(std::make_unique<QuaZip>(device))
    , m_fileName(std::move(fileName))
    , m_budget(inflateBudget)
{}

ZipArchive::~ZipArchive() = default;

Status ZipArchive::open()
{
    if (!m_zip->open(QuaZip::mdUnzip))
        return makeError(ImportText::tr("%1 is not a readable ZIP file (error %2); check that it is a complete "
                                        "XLSX or APK file.")
                             .arg(m_fileName)
                             .arg(m_zip->getZipError()));
    m_entries = m_zip->getFileNameList();
    return Done{};
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
