#!/usr/bin/env bash
# Scaling bench of issue 15: a generated province of N orgs (bench/engine/genprovince.py: its own dnsmasq and
# nginx on 127.0.60.1, in private namespaces) scanned with all ten families, once whole and once as S shards
# run concurrently then merged. Prints wall, CPU (user+sys) and peak RSS of every run (/usr/bin/time -v),
# the merge's time and memory, and the case sizes. Needs root.
#
#   bench/scale/run.sh BUILD_DIR [N=1000] [S=4]
#   GOVSCOPE_BENCH_WRAP="perf record -g -o /tmp/scan.perf" bench/scale/run.sh build 300 0   # profile, no shards
set -euo pipefail
BUILD=$(cd "${1:?usage: run.sh BUILD_DIR [N] [S]}" && pwd)
N=${2:-1000}
S=${3:-4}
HERE=$(cd "$(dirname "$0")" && pwd)
if [ "${GOVSCOPE_BENCH_INNER:-}" != 1 ]; then
    exec env GOVSCOPE_BENCH_INNER=1 unshare --mount --net --pid --fork --kill-child --mount-proc "$0" "$@"
fi
ip link set lo up
WORK=${GOVSCOPE_BENCH_WORK:-$(mktemp -d /tmp/govscope-scale.XXXXXX)}
mkdir -p "$WORK"; chmod 755 "$WORK"
python3 "$HERE/../engine/genprovince.py" "$WORK" "$N"
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$WORK/key.pem" -out "$WORK/cert.pem" -days 2 \
    -subj "/CN=bench" -addext "subjectAltName=DNS:*.bench.gov.cn" 2>/dev/null
echo "nameserver 127.0.0.53" > "$WORK/resolv.conf"
mount --bind "$WORK/resolv.conf" /etc/resolv.conf
dnsmasq --no-resolv --no-hosts --listen-address=127.0.0.53 --bind-interfaces --conf-file="$WORK/dnsmasq.conf" \
    --pid-file="$WORK/dnsmasq.pid" --log-facility="$WORK/dnsmasq.log"
nginx -c "$WORK/nginx.conf" >"$WORK/nginx.out" 2>&1
for _ in $(seq 100); do getent hosts www.b0001.bench.gov.cn >/dev/null && break; sleep 0.05; done
G=$BUILD/bin/govscope
"$G" import "$WORK/base.govcase" "$WORK/orgs.csv" 2>/dev/null

measure() { # NAME FILE: one line from /usr/bin/time -v's report
    awk -v name="$1" '/Elapsed/ {w=$NF} /User time/ {u=$NF} /System time/ {s=$NF}
        /Maximum resident/ {m=$NF} END {printf "%-10s wall %s  cpu %.1f s  peak %.0f MB\n", name, w, u+s, m/1024}' "$2"
}

cp "$WORK/base.govcase" "$WORK/whole.govcase"
${GOVSCOPE_BENCH_WRAP:-} /usr/bin/time -v "$G" scan "$WORK/whole.govcase" --allow-private 2>"$WORK/whole.err" || true
grep -E "finished|interrupted" "$WORK/whole.err" | tail -n1
measure "whole" "$WORK/whole.err"
echo "whole case $(du -m "$WORK/whole.govcase" | cut -f1) MB, $(sqlite3 "$WORK/whole.govcase" 'SELECT count(*) FROM check_results') check results"
[ "$S" -gt 0 ] || { echo "(work dir $WORK)"; exit 0; }

pids=()
for k in $(seq 1 "$S"); do
    cp "$WORK/base.govcase" "$WORK/shard$k.govcase"
    /usr/bin/time -v "$G" scan "$WORK/shard$k.govcase" --allow-private --shard "$k/$S" 2>"$WORK/shard$k.err" &
    pids+=($!)
done
start=$(date +%s.%N)
for p in "${pids[@]}"; do wait "$p" || true; done
echo "shards    wall $(echo "$(date +%s.%N) - $start" | bc) s (all $S concurrently)"
for k in $(seq 1 "$S"); do measure "shard $k/$S" "$WORK/shard$k.err"; done
shards=()
for k in $(seq 1 "$S"); do shards+=("$WORK/shard$k.govcase"); done
/usr/bin/time -v "$G" merge "$WORK/merged.govcase" "${shards[@]}" 2>"$WORK/merge.err"
grep "merged" "$WORK/merge.err"
measure "merge" "$WORK/merge.err"
echo "merged case $(du -m "$WORK/merged.govcase" | cut -f1) MB"
for c in whole merged; do
    sqlite3 "$WORK/$c.govcase" "SELECT org || ' ' || check_id || ' ' || target || ' ' || status FROM findings ORDER BY 1" \
        >"$WORK/$c.findings"
done
echo "findings whole $(wc -l <"$WORK/whole.findings"), merged $(wc -l <"$WORK/merged.findings"), differing lines $(diff "$WORK/whole.findings" "$WORK/merged.findings" | grep -c '^[<>]' || true)"
echo "(work dir $WORK)"
