#!/usr/bin/env bash
# Engine benchmark: a generated province of N orgs (default 1000) in a private network namespace (its own
# dnsmasq and nginx on 127.0.60.1), scanned with the domain and entity families by the CLI (wall, CPU, peak
# RSS from /usr/bin/time -v) and by the GUI harness (longest GUI-thread stall), plus the engine's overhead
# without probes. Needs root. Usage: bench/engine/run.sh BUILD_DIR [N]
set -euo pipefail
BUILD=$(cd "${1:?usage: run.sh BUILD_DIR [N]}" && pwd)
N=${2:-1000}
HERE=$(cd "$(dirname "$0")" && pwd)
if [ "${GOVSCOPE_BENCH_INNER:-}" != 1 ]; then
    echo "== engine overhead without probes ($N orgs)"
    "$BUILD/bench/engine/bench_engine_overhead" "$N" 64 2>/dev/null
    exec env GOVSCOPE_BENCH_INNER=1 unshare --mount --net --pid --fork --kill-child --mount-proc "$0" "$@"
fi
ip link set lo up
WORK=$(mktemp -d /tmp/govscope-bench.XXXXXX); chmod 755 "$WORK"
python3 "$HERE/genprovince.py" "$WORK" "$N"
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$WORK/key.pem" -out "$WORK/cert.pem" -days 2 \
    -subj "/CN=bench" -addext "subjectAltName=DNS:*.bench.gov.cn" 2>/dev/null
echo "nameserver 127.0.0.53" > "$WORK/resolv.conf"
mount --bind "$WORK/resolv.conf" /etc/resolv.conf
dnsmasq --no-resolv --no-hosts --listen-address=127.0.0.53 --bind-interfaces --conf-file="$WORK/dnsmasq.conf" \
    --pid-file="$WORK/dnsmasq.pid" --log-facility="$WORK/dnsmasq.log"
nginx -c "$WORK/nginx.conf" >"$WORK/nginx.out" 2>&1
for _ in $(seq 100); do getent hosts www.b0001.bench.gov.cn >/dev/null && break; sleep 0.05; done
"$BUILD/bin/govscope" import "$WORK/cli.govcase" "$WORK/orgs.csv" 2>/dev/null
cp "$WORK/cli.govcase" "$WORK/gui.govcase"
echo "== CLI: govscope scan --family domain,entity ($N orgs)"
/usr/bin/time -v "$BUILD/bin/govscope" scan "$WORK/cli.govcase" --family domain,entity 2>"$WORK/cli.err" || true
grep -E "finished|interrupted|Elapsed|User time|System time|Maximum resident" "$WORK/cli.err"
echo "== GUI: ScanController, offscreen, 10 ms heartbeat"
# GOVSCOPE_BENCH_WRAP (e.g. "perf record -g -o /tmp/gui.perf") runs the GUI harness under a profiler;
# GOVSCOPE_BENCH_TRACE=1 makes it print every GUI-thread event over 8 ms to $WORK/gui.err.
QT_QPA_PLATFORM=offscreen ${GOVSCOPE_BENCH_WRAP:-} "$BUILD/bench/engine/bench_engine_gui" "$WORK/gui.govcase" domain,entity 2>"$WORK/gui.err" \
    | grep "GUI scan"
echo "(work dir $WORK)"
