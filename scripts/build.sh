#!/usr/bin/env bash
# Configures (once) and builds Govscope: Ninja, ccache. The preset is `default` (Release, into build/) unless
# GOVSCOPE_PRESET names another of CMakePresets.json: `debug` (build-debug/), `sanitize` (ASan+UBSan,
# build-asan/), `tsan` (build-tsan/). Extra arguments go to `cmake --build` (e.g. `--target govscope`).
set -euo pipefail
cd "$(dirname "$0")/.."
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1 CCACHE_MAXSIZE=8G
preset=${GOVSCOPE_PRESET:-default}
case "$preset" in
  default) dir=build ;;
  debug) dir=build-debug ;;
  sanitize) dir=build-asan ;;
  tsan) dir=build-tsan ;;
  *) echo "build: unknown preset '$preset' (default, debug, sanitize, tsan)" >&2; exit 2 ;;
esac
[ -f "$dir/build.ninja" ] || cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" "$@"
