#!/usr/bin/env bash
# The README's test command: installs what is missing, builds, and runs every test (unit, world, gui).
# World tests need root (they make a private network namespace); CI runs as root.
# The whole-scan test (tests/app/fullscan) runs the ASan+UBSan build of the executable: it is built here
# too (only the `govscope` target; GOVSCOPE_SKIP_SANITIZE=1 skips it and that test then uses the Release one).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
if [ "${GOVSCOPE_SKIP_SANITIZE:-0}" != 1 ]; then
  GOVSCOPE_PRESET=sanitize bash scripts/build.sh --target govscope
  export GOVSCOPE_SCAN_BINARY="$PWD/build-asan/bin/govscope"
fi
cd build
# Two cores: unit tests in parallel; world tests each start their own world, which is safe in parallel.
ctest --output-on-failure --timeout 2400 -j2 "$@"
