#!/usr/bin/env bash
# Configures (once) and builds Govscope with the default preset: Ninja, ccache, Release.
set -euo pipefail
cd "$(dirname "$0")/.."
export CCACHE_BASEDIR="$PWD" CCACHE_NOHASHDIR=1 CCACHE_MAXSIZE=5G
[ -f build/build.ninja ] || cmake --preset default >/dev/null
cmake --build --preset default "$@"
