#!/usr/bin/env bash
# The README's test command: installs what is missing, builds, and runs every test (unit, world, gui).
# World tests need root (they make a private network namespace); CI runs as root.
# Tests run on the `debug` preset (build-debug/): asserts on, -O1. The README's GUI command builds the Release one.
# The whole-scan test (tests/app/fullscan) runs the ASan+UBSan build of the executable: it is built here
# too (only the `govscope` target; GOVSCOPE_SKIP_SANITIZE=1 skips it and that test then uses the debug one).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
GOVSCOPE_PRESET=debug bash scripts/build.sh
if [ "${GOVSCOPE_SKIP_SANITIZE:-0}" != 1 ]; then
  GOVSCOPE_PRESET=sanitize bash scripts/build.sh --target govscope
  export GOVSCOPE_SCAN_BINARY="$PWD/build-asan/bin/govscope"
fi
# Two cores: unit tests in parallel; world tests each start their own world, which is safe in parallel.
(cd build-debug && ctest --output-on-failure --timeout 2400 -j2 "$@")
# The libFuzzer targets (clang, their own build-fuzz/), each a bounded time from its seed corpus: a crash or a
# leak of the bounds fails the run like a test. GOVSCOPE_SKIP_FUZZ=1 skips them.
if [ "${GOVSCOPE_SKIP_FUZZ:-0}" != 1 ]; then
  FUZZ_SECONDS=${FUZZ_SECONDS:-20} bash scripts/fuzz.sh
fi
