#pragma once

#include "result.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace Govscope::Models {

/// Rows a merge added or changed in the output case.
struct MergeCounts
{
    qint64 orgs = 0;
    qint64 assets = 0;
    qint64 scans = 0;
    qint64 tasks = 0;
    qint64 checkResults = 0;
    qint64 findingsAdded = 0;
    qint64 findingsUpdated = 0;
    qint64 statusChanges = 0;
    qint64 notes = 0;
    qint64 evidence = 0;
    qint64 blobs = 0;

    MergeCounts &operator+=(const MergeCounts &o);
    qint64 total() const;
};

/// `govscope merge OUT CASE…`: cases of one organisation list — typically the shards of one scan
/// (`scan --shard K/N`) — merged into OUT.
///
/// What carries over and how (docs/scale.md):
/// - orgs (the newest `updated_at` wins), assets, apps, accounts, leads, meta: union on their natural keys;
/// - scans: a scan is the same scan when start time, families, orgs, profile and version agree (a shard's
///   copy of an earlier merged case brings its scans back unchanged); its tasks, check results and feeds
///   follow, a newer result replacing an older one for the same scan, org, check and target;
/// - findings: one per (org, check, target). A finding already in OUT keeps its id; the case that saw it
///   last gives severity, title, last_seen and evidence; first_seen is the earliest. Status histories are
///   united and the finding's status is that of its latest change, so a triage decision made in OUT stays
///   unless a later scan changed the status since (fixed, reopened);
/// - triage notes united; evidence blobs stored once per SHA-256; the search indexes follow.
/// Merging the same inputs again changes nothing.
///
/// Every input (and OUT, when it exists) is checked first: a case of another schema version, a damaged
/// one, or one with a table merge does not know is refused with an error naming it. The merge is built
/// in OUT.merging (a copy of OUT) and renamed over OUT only when everything merged: on any error OUT is
/// untouched. Inputs are only read.
class CaseMerge final
{
public:
    /// Called after each input with its path and what it added.
    using Progress = std::function<void(const QString &input, const MergeCounts &counts)>;

    static Result<MergeCounts> merge(const QString &out, const QStringList &inputs, const Progress &progress = {});
};

} // namespace Govscope::Models
