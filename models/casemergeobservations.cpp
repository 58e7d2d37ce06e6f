#include "casemergeobservations.h"

namespace Govscope::Models {

Status CaseMergeObservations::merge(QSqlDatabase &db)
{
    // merge_omap: input observation -> output observation it replaces (NULL: a target OUT never saw).
    // An input observation older than OUT's (or as old: a second merge of the same input) is left out.
    static const char *const steps[] = {
        "CREATE TEMP TABLE IF NOT EXISTS merge_omap (src INTEGER PRIMARY KEY, dst INTEGER)",
        "DELETE FROM merge_omap",
        "INSERT INTO merge_omap (src, dst) SELECT s.id, o.id FROM src.observations s LEFT JOIN observations o "
        "ON o.org = s.org AND o.check_id = s.check_id AND o.target = s.target "
        "WHERE o.id IS NULL OR s.at > o.at ORDER BY s.id",
        "DELETE FROM fingerprints WHERE observation IN (SELECT dst FROM merge_omap WHERE dst IS NOT NULL)",
        "INSERT INTO observations (scan, org, check_id, target, evidence, evidence_summary, at) "
        "SELECT COALESCE(sm.dst, 0), s.org, s.check_id, s.target, s.evidence, s.evidence_summary, s.at "
        "FROM merge_omap m JOIN src.observations s ON s.id = m.src LEFT JOIN merge_smap sm ON sm.src = s.scan "
        "WHERE true ORDER BY m.src ON CONFLICT (org, check_id, target) DO UPDATE SET scan = excluded.scan, "
        "evidence = excluded.evidence, evidence_summary = excluded.evidence_summary, at = excluded.at",
        "UPDATE merge_omap SET dst = (SELECT o.id FROM src.observations s JOIN observations o "
        "ON o.org = s.org AND o.check_id = s.check_id AND o.target = s.target WHERE s.id = merge_omap.src)",
        "INSERT INTO fingerprints (observation, kind, product, version, cpe, categories, how) "
        "SELECT m.dst, f.kind, f.product, f.version, f.cpe, f.categories, f.how FROM src.fingerprints f "
        "JOIN merge_omap m ON m.src = f.observation ORDER BY f.id",
    };
    for (const char *sql : steps)
        if (Status s = exec(db, QLatin1String(sql)); !s)
            return s;
    return Done{};
}

} // namespace Govscope::Models
