#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz, GOVSCOPE_FUZZ=ON, clang 14, ASan+UBSan) in build-fuzz/ and runs
# each for FUZZ_SECONDS (default 60) from its seed corpus tests/fuzz/corpus/<target>/ (new inputs go to
# build-fuzz/corpus/<target>/, crashes to build-fuzz/crashes/). Targets may be named as arguments.
# scripts/test.sh (and so CI) runs every target for FUZZ_SECONDS=20; bench/fuzz/RESULTS.md has longer runs.
# fuzz_dns answers its questions itself on 127.68.x.y:53: it needs root (CI and the test world are root).
set -euo pipefail
cd "$(dirname "$0")/.."
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1
seconds=${FUZZ_SECONDS:-60}
[ -f build-fuzz/build.ninja ] || cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 \
  -DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DGOVSCOPE_FUZZ=ON >/dev/null
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(fuzz_html fuzz_orglist fuzz_xlsx fuzz_apk fuzz_axml fuzz_apksigningblock fuzz_dns
  fuzz_cnvd fuzz_nvd fuzz_kev fuzz_retirejs fuzz_webappanalyzer fuzz_bundle)
cmake --build build-fuzz --target "${targets[@]}"
mkdir -p build-fuzz/crashes
status=0
for t in "${targets[@]}"; do
  mkdir -p "build-fuzz/corpus/$t" "tests/fuzz/corpus/$t"
  echo "fuzz: $t for ${seconds}s"
  ASAN_OPTIONS=detect_leaks=0 QT_QPA_PLATFORM=offscreen "build-fuzz/fuzz/$t" -max_total_time="$seconds" \
    -timeout=10 -rss_limit_mb=2048 -max_len=262144 -print_final_stats=1 \
    -artifact_prefix="build-fuzz/crashes/$t-" "build-fuzz/corpus/$t" "tests/fuzz/corpus/$t" \
    2>"build-fuzz/$t.log" || { status=1; echo "fuzz: $t FAILED (build-fuzz/$t.log)"; }
  grep -E "^#[0-9]+.*(DONE|cov:)" "build-fuzz/$t.log" | tail -1
  grep -E "stat::number_of_executed_units|stat::average_exec_per_sec" "build-fuzz/$t.log" || true
done
exit $status
