#pragma once

// Test helpers: read a ZIP into memory and write one back, to tamper with bundles entry by entry.

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

namespace Govscope::Tests {

using ZipEntries = QList<QPair<QString, QByteArray>>;

inline ZipEntries readZip(const QString &path)
{
    ZipEntries entries;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return entries;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile file(&zip);
        file.open(QIODevice::ReadOnly);
        entries.append({zip.getCurrentFileName(), file.readAll()});
        file.close();
    }
    return entries;
}

inline QByteArray entry(const ZipEntries &entries, const QString &name)
{
    for (const auto &e : entries)
        if (e.first == name)
            return e.second;
    return {};
}

inline bool writeZip(const QString &path, const ZipEntries &entries)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const auto &e : entries) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(e.first)))
            return false;
        file.write(e.second);
        file.close();
    }
    zip.close();
    return zip.getZipError() == 0;
}

} // namespace Govscope::Tests
