#!/usr/bin/env bash
# 100 SIGKILLs at random moments of a ten-family scan of the demo province, then resume to the end
# (issue 9): the same test as tests/app/fullscan/tst_killresume_world with GOVSCOPE_KILLS=100.
# Usage (root, after scripts/build.sh): bash bench/killresume/run.sh [KILLS] [SEED]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
export GOVSCOPE_KILLS=${1:-100}
[ -n "${2:-}" ] && export GOVSCOPE_KILL_SEED=$2
start=$(date +%s)
"$root/tests/world/run" -- "$root/build/tests/app/fullscan/tst_killresume_world" 2>&1 | tee /tmp/killresume-bench.log
echo "kills: $GOVSCOPE_KILLS, wall: $(( $(date +%s) - start )) s"
