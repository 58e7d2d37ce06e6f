#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace Govscope::Cli {

/// What a feed file turned out to be.
struct FeedCheck
{
    QString kind;          ///< nvd, kev, cnvd, fingerprints, retirejs, endoflife, rir, cloud-ranges, …
    qsizetype records = 0; ///< CVEs, technologies, libraries, release cycles, blocks, entries, terms, rows
};

/// Feed files checked by the same parsers the checks use (spec/interfaces.md "Feeds"), before they are installed.
namespace FeedValidation {

/// Parses @p bytes as the feed at @p relativePath of the feeds layout ("vuln/nvd-2024.json"). The error names
/// @p origin (the file given) and the record or line at fault; a path outside the layout is an error too.
Result<FeedCheck> check(const QString &relativePath, const QByteArray &bytes, const QString &origin);

/// Where a file imported on its own belongs in the layout, from its name and content: NVD and KEV JSON go to
/// vuln/, a retire.js repository to jslibs/, webappanalyzer rules to fingerprints/, endoflife.date data to
/// eol/, `delegated-*` to rir/, a URLhaus CSV or a list to blocklists/. Empty when it cannot tell.
QString placeOf(const QString &fileName, const QByteArray &bytes);

} // namespace FeedValidation

} // namespace Govscope::Cli
