#!/bin/bash
# Submits a sharded scan and its merge: an array of N shard tasks, then the merge job, dependent on every
# task ending well (afterok). Prints the two job ids.
#
#   packaging/slurm/submit.sh N CASE OUT [sbatch options…]
#
# Extra sbatch options go to both jobs (--partition, --account, --qos …). GOVSCOPE_BIN, GOVSCOPE_SHARD_DIR,
# GOVSCOPE_SCAN_ARGS and GOVSCOPE_JOBS are passed on from the environment.
set -euo pipefail
if [ $# -lt 3 ]; then
    echo "usage: $0 N CASE OUT [sbatch options…]" >&2
    exit 2
fi
n=$1 case=$(realpath "$2") out=$(realpath -m "$3")
shift 3
here=$(cd "$(dirname "$0")" && pwd)
export GOVSCOPE_CASE=$case GOVSCOPE_SHARDS=$n GOVSCOPE_OUT=$out
array=$(sbatch --parsable --array="1-$n" --export=ALL "$@" "$here/govscope-shard.sbatch")
array=${array%%;*}
merge=$(sbatch --parsable --dependency="afterok:$array" --kill-on-invalid-dep=yes --export=ALL "$@" \
    "$here/govscope-merge.sbatch")
merge=${merge%%;*}
echo "$array $merge"
