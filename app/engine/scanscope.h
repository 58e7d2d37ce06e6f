#pragma once

#include "result.h"
#include "types.h"

#include <QStringList>

#include <optional>

namespace Govscope::Sdk {
class CheckFamily;
}

namespace Govscope::Engine {

/// The families and orgs a scan covers, resolved from what the user asked (empty = all).
struct ScanScope
{
    QStringList families; ///< sorted
    QStringList orgs;     ///< sorted
};

/// Shard K of N of an organisation list (`govscope scan --shard K/N`), 1 <= index <= count.
struct Shard
{
    int index = 1;
    int count = 1;

    /// Parses "K/N"; an error says what is wrong with @p text.
    static Result<Shard> parse(const QString &text);
    /// The shard (1..count) of @p orgId: the first 32 bits of SHA-256(UTF-8 id), big-endian, mod count, plus 1.
    /// Depends on the id alone, never on the list's order or size, so every org lands in exactly one shard
    /// and a shell can compute it: $(( 16#$(printf %s ID | sha256sum | cut -c1-8) % N + 1 )).
    static int of(const QString &orgId, int count);
    bool contains(const QString &orgId) const { return of(orgId, count) == index; }
    QStringList filter(const QStringList &orgIds) const;
};

/// An unfinished scan a new one may continue.
struct ResumableScan
{
    Models::Scan scan;
    int undoneTasks = 0;
    int totalTasks = 0;
};

/// Decisions both the CLI and the GUI make before a scan: which ids are valid, what "all" means, and
/// whether the latest scan was left unfinished. Reads with its own connection; cheap (a few queries).
class ScanPlanning final
{
public:
    /// Resolves @p families and @p orgs against the available families and the case; an unknown id is an
    /// error naming it and the valid ones.
    static Result<ScanScope> resolve(const QString &casePath, const QList<Sdk::CheckFamily *> &available,
                                     const QStringList &families, const QStringList &orgs);
    /// The latest scan when it is unfinished (cancelled, or still `running` because its process died).
    static Result<std::optional<ResumableScan>> resumable(const QString &casePath);
    static bool sameScope(const Models::Scan &scan, const ScanScope &scope);
    /// Feed directories in overlay order: the shipped feeds (installed or in the source tree), then
    /// @p userDir when given, else the user's data directory when it has one. An explicit @p userDir that
    /// does not exist is an error.
    static Result<QStringList> feedDirs(const QString &userDir);
};

} // namespace Govscope::Engine
