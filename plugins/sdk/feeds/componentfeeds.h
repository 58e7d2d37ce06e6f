#pragma once

#include "endoflife.h"
#include "httpprobe.h"
#include "retirejs.h"
#include "techfingerprints.h"
#include "vulnfeeds.h"

#include <QCoroTask>

#include <memory>

namespace Govscope::Sdk {

class Feeds;

/// The parsed feeds that component checks match against: fingerprints, NVD/KEV, retire.js and
/// endoflife.date. Parsing a real NVD feed takes seconds, so one parse is shared by every org of a
/// scan (and every family) for as long as the feed files are the same bytes.
struct ComponentFeeds
{
    TechFingerprints fingerprints;
    VulnFeeds vulnerabilities;
    RetireRepository jsLibraries;
    EndOfLife endOfLife;

    /// Parsed once per distinct set of feed files (by SHA-256), on a worker thread so that the
    /// network thread keeps serving other checks meanwhile (a year of NVD data takes about a second);
    /// callers arriving while a parse runs await the same one. Thread-safe.
    static QCoro::Task<Result<std::shared_ptr<const ComponentFeeds>>> load(const Feeds &feeds);
    /// The same, parsed on the calling thread (tests, tools); shares the cache with load().
    static Result<std::shared_ptr<const ComponentFeeds>> of(const Feeds &feeds);
};

/// What a site is built from, as its home page and the scripts it loads show.
struct SiteComponents
{
    QList<TechDetection> technologies;
    QList<JsLibrary> jsLibraries; ///< each library once, by URL or content
    QStringList scriptsRead;      ///< script URLs fetched to read their banner

    /// Reads the page at @p hop (decoded @p html) and fetches up to @p maxScripts same-site
    /// scripts whose URL names no version, to read their banner comment.
    static QCoro::Task<SiteComponents> inspect(HttpProbe &http, const ComponentFeeds &feeds, const HttpHop &hop,
                                               const QString &html, int maxScripts);
};

} // namespace Govscope::Sdk
