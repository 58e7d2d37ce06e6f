#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Govscope::Datasec {

/// What datasec.exposed_files asks for and how it recognises a real hit. A 200 is not enough:
/// many sites answer every path with their home page, so each path has a content signature.
namespace ExposedFiles {

/// Files that must never be served: VCS metadata, environment/config files, backups, dumps.
QStringList probePaths();
/// Folders that commonly hold uploads or backups; probed for an auto-generated listing.
QStringList listingPaths();
/// Why the body served for @p path is a real exposure (e.g. "Git repository configuration"), or
/// empty when it does not look like that file.
QString exposure(const QString &path, const QByteArray &body);
/// True when @p body is a server-generated directory listing (nginx/Apache "Index of", IIS,
/// Python http.server).
bool isDirectoryListing(const QByteArray &body);
/// Entries of a listing whose names look like backups, dumps or config (*.sql, *.bak, …).
QStringList riskyEntries(const QByteArray &listing);

} // namespace ExposedFiles

} // namespace Govscope::Datasec
