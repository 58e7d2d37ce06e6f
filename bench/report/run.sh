#!/usr/bin/env bash
# Report benchmark: a case of 200 orgs, 20,000 findings and 500 screenshots; measures `govscope report`
# (wall time, peak RSS) and `govscope verify` (wall time). Usage: bench/report/run.sh [BUILD_DIR]
set -euo pipefail
build=${1:-build}
bin=$build/bin/govscope
work=$(mktemp -d /tmp/govscope-bench-report.XXXXXX)
trap 'rm -rf "$work"' EXIT
cmake --build "$build" --target govscope bench_report_case >/dev/null
"$build/bench/report/bench_report_case" "$work/bench.govcase" 200 20000 500
export GOVSCOPE_KEY_PASSPHRASE=bench-passphrase
"$bin" report --new-key "$work/k.pem" --new-cert "$work/c.pem" --subject "CN=Bench,O=Govscope" >/dev/null
/usr/bin/time -f "report: %e s wall, %M KB peak RSS" "$bin" report "$work/bench.govcase" --out "$work/bench.zip" \
    --key "$work/k.pem" --cert "$work/c.pem" 2> >(grep -E "^report:|govscope:" >&2)
ls -l "$work/bench.zip" | awk '{print "bundle: " $5 " bytes"}'
/usr/bin/time -f "verify: %e s wall, %M KB peak RSS" "$bin" verify "$work/bench.zip" --ca "$work/c.pem"
