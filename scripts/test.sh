#!/usr/bin/env bash
# The README's test command: installs what is missing, builds, and runs every test (unit, world, gui).
# World tests need root (they make a private network namespace); CI runs as root.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
cd build
# Two cores: unit tests in parallel; world tests each start their own world, which is safe in parallel.
ctest --output-on-failure --timeout 900 -j2 "$@"
