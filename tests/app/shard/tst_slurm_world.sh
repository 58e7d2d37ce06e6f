#!/bin/bash
# A sharded scan on a real Slurm cluster: inside the test world (run by ctest as
# `tests/world/run -- tst_slurm_world.sh BUILD_DIR`), a single-node cluster — munged, slurmctld and slurmd
# of Debian's slurm-wlm, with their own key, configuration and state under the world's state dir — runs
# packaging/slurm/submit.sh: a 3-task job array over the demo province and the merge job dependent on it.
# The merged case must hold the findings of one unsharded scan of the same case (same org, check, target
# and status; a difference only where one of the two scans was inconclusive, as tests/app/fullscan allows).
# Every daemon is stopped by its pid on exit; the world's teardown ends anything left.
set -euo pipefail

build=${1:?usage: tst_slurm_world.sh BUILD_DIR}
src=$(cd "$(dirname "$0")/../../.." && pwd)
bin=$build/bin/govscope
: "${GOVSCOPE_WORLD:?run inside tests/world}"

for tool in munged slurmctld slurmd sbatch scontrol sinfo; do
    if ! command -v "$tool" >/dev/null; then
        echo "SKIP: $tool is not installed (scripts/setup.sh installs slurm-wlm and munge)"
        exit 77
    fi
done

d=$(mktemp -d "$GOVSCOPE_WORLD/slurm.XXXXXX")
chmod 755 "$d"
pids=()
cleanup() {
    local rc=$?
    scancel --quiet --full --user=root >/dev/null 2>&1 || true
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do
        for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
        kill -KILL "$pid" 2>/dev/null || true
    done
    if [ "$rc" -ne 0 ]; then
        for f in "$d"/*.log "$d"/jobs/*.log; do
            [ -e "$f" ] && { echo "--- $f"; tail -n 40 "$f"; }
        done
    fi
    exit "$rc"
}
trap cleanup EXIT

# munge: a fresh key, its own socket; --force because it runs as root here.
mkdir -p "$d/munge"
chmod 755 "$d/munge" # munged wants its socket's folder searchable by all
head -c 1024 /dev/urandom >"$d/munge/munge.key"
chmod 400 "$d/munge/munge.key"
munged --foreground --force --key-file="$d/munge/munge.key" --socket="$d/munge/munge.socket" \
    --pid-file="$d/munge/munged.pid" --log-file="$d/munged.log" --seed-file="$d/munge/seed" &
pids+=($!)
for _ in $(seq 100); do [ -S "$d/munge/munge.socket" ] && break; sleep 0.1; done
[ -S "$d/munge/munge.socket" ] || { echo "FAIL: munged did not start"; exit 1; }

mkdir -p "$d/state" "$d/spool" "$d/jobs"
cat >"$d/slurm.conf" <<EOF
ClusterName=govscope-test
SlurmctldHost=localhost(127.0.0.1)
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$d/munge/munge.socket
StateSaveLocation=$d/state
SlurmdSpoolDir=$d/spool
SlurmctldPidFile=$d/slurmctld.pid
SlurmdPidFile=$d/slurmd.pid
SlurmctldPort=6817
SlurmdPort=6818
SlurmctldLogFile=$d/slurmctld.log
SlurmdLogFile=$d/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
MpiDefault=none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
ReturnToService=2
SlurmdParameters=config_overrides
MinJobAge=600
NodeName=localhost NodeAddr=127.0.0.1 CPUs=4 State=UNKNOWN
PartitionName=test Nodes=localhost Default=YES MaxTime=INFINITE State=UP
EOF
# slurmctld and slurmd listen on getaddrinfo(NULL, port, AI_ADDRCONFIG), which answers nothing on a host whose
# only IPv4 address is 127.0.0.1 — the world's network namespace. One more loopback address (not one the
# world serves: tests/world/world.ini uses 127.0.1.x and 127.0.99.x) lets them bind; it goes with the world.
ip addr add 127.0.250.250/32 dev lo
export SLURM_CONF=$d/slurm.conf
slurmctld -D -i -f "$SLURM_CONF" >"$d/slurmctld.out" 2>&1 &
pids+=($!)
slurmd -D -N localhost -f "$SLURM_CONF" >"$d/slurmd.out" 2>&1 &
pids+=($!)
for _ in $(seq 300); do
    state=$(timeout 5 sinfo -h -N -o '%T' 2>/dev/null | head -n1 || true)
    [ "$state" = idle ] && break
    sleep 0.2
done
[ "$state" = idle ] || { echo "FAIL: the Slurm node is not idle (state: ${state:-none})"; sinfo -N -l || true; exit 1; }
echo "slurm: node idle"

# The demo case and the scan profile (as tests/app/fullscan, with the patience of tests/app/shard).
work=$d/work
mkdir -p "$work"
for list in orgs apps accounts leads; do
    "$bin" import "$work/province.govcase" "$src/resources/demo/$list.csv" --as "$list" >/dev/null
done
cat >"$work/profile.json" <<EOF
{"concurrency": 16, "per_host": 4, "timeout_ms": 8000, "vantage": {"overseas": "${GOVSCOPE_WORLD_VANTAGE}"},
 "mail": {"idle_seconds": 5, "lockout_attempts": 5,
          "accounts": [{"org": "SL13", "user": "audit-test", "password_env": "GS_MAIL_SL13"}]}}
EOF
export GS_MAIL_SL13=World-Test-2099
scan_args="--profile $work/profile.json --feeds $GOVSCOPE_WORLD_FEEDS --allow-private"

# The unsharded reference scan first, outside Slurm, on its own copy (the two cores are not shared with the
# shards: fewer probes time out).
cp "$work/province.govcase" "$work/whole.govcase"
# shellcheck disable=SC2086
"$bin" scan "$work/whole.govcase" $scan_args --jobs 16 2>"$work/whole.err" || {
    echo "FAIL: the unsharded scan failed"; tail "$work/whole.err"; exit 1; }

# The array and its merge, as an operator submits them.
cd "$d/jobs"
ids=$(GOVSCOPE_BIN=$bin GOVSCOPE_SCAN_ARGS=$scan_args GOVSCOPE_JOBS=16 \
    "$src/packaging/slurm/submit.sh" 3 "$work/province.govcase" "$work/merged.govcase" \
    --cpus-per-task=1 --time=30:00 --output="$d/jobs/%x-%A_%a.log")
read -r array merge <<<"$ids"
echo "slurm: array job $array, merge job $merge"


job_state() { timeout 10 scontrol -o show job "$1" 2>/dev/null | grep -o 'JobState=[A-Z_]*' | head -n1 | cut -d= -f2; }
for _ in $(seq 1800); do
    state=$(job_state "$merge")
    case "$state" in COMPLETED | FAILED | CANCELLED | TIMEOUT | NODE_FAIL | OUT_OF_MEMORY) break ;; esac
    sleep 1
done
echo "slurm: merge job $merge $state"
scontrol -o show job "$array" | grep -o 'ArrayTaskId=[0-9]* .*JobState=[A-Z]*' | sed 's/ .*JobState/ JobState/' || true
[ "$state" = COMPLETED ] || { echo "FAIL: the merge job ended $state"; exit 1; }
for k in 1 2 3; do
    [ -s "$work/shards/shard-$k-of-3.govcase" ] || { echo "FAIL: shard $k of 3 wrote no case"; exit 1; }
done

python3 - "$bin" "$work" <<'EOF'
import json, sqlite3, subprocess, sys
bin, work = sys.argv[1], sys.argv[2]

def findings(case):
    rows = json.loads(subprocess.run([bin, "findings", case, "--format", "json"], check=True,
                                     capture_output=True, text=True).stdout)
    return {(f["org"], f["check"], f["target"], f["status"]) for f in rows}

def inconclusive(case):
    db = sqlite3.connect(f"file:{case}?mode=ro", uri=True)
    return {r for r in db.execute("SELECT org, check_id, target FROM check_results WHERE outcome = 'inconclusive'")}

def orgs_of_scans(case):
    db = sqlite3.connect(f"file:{case}?mode=ro", uri=True)
    return [json.loads(r[0]) for r in db.execute("SELECT orgs FROM scans ORDER BY id")]

whole, merged = f"{work}/whole.govcase", f"{work}/merged.govcase"
expected, actual = findings(whole), findings(merged)
assert expected, "the unsharded scan found nothing"
scans = orgs_of_scans(merged)
ids = [o for s in scans for o in s]
all_orgs = {r[0] for r in sqlite3.connect(f"file:{whole}?mode=ro", uri=True).execute("SELECT id FROM orgs")}
assert len(scans) == 3, f"merged case has {len(scans)} scans, not 3"
assert sorted(ids) == sorted(all_orgs), "the shards did not cover every org exactly once"

def unexplained(lacking, inconclusive_there):
    return sorted(k for k in lacking
                  if (k[0], k[1], k[2]) not in inconclusive_there and (k[0], k[1], "*") not in inconclusive_there)

only_whole, only_merged = expected - actual, actual - expected
if only_whole or only_merged:
    print("differences where a scan was inconclusive:", sorted(only_whole), sorted(only_merged))
bad = unexplained(only_whole, inconclusive(merged)) + unexplained(only_merged, inconclusive(whole))
assert not bad, f"merged and unsharded scans differ: {bad}"
print(f"PASS: merged case of 3 Slurm shards = unsharded scan ({len(actual)} findings, {len(ids)} orgs)")
EOF
