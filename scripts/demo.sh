#!/usr/bin/env bash
# The README's demo command: installs what is missing, builds, then inside the test world creates
# the demo case from resources/demo, runs a full scan of it and opens the workbench on it.
# Uses the desktop's display when there is one, else a virtual one (Xvfb).
# Options: --no-scan opens the case without scanning first (scan from the GUI: Scan → Run scan…).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh --target govscope   # the demo needs the executable only
root="$PWD"
demo_dir="${XDG_DATA_HOME:-$HOME/.local/share}/govscope/demo"
mkdir -p "$demo_dir"
case_file="$demo_dir/示例省.govcase"
launch=(bash "$root/scripts/demo-in-world.sh" "$root" "$case_file" "$@")
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "demo: no display; the workbench runs under Xvfb (xvfb-run)"
  export GOVSCOPE_DEMO_XVFB=1
fi
exec "$root/tests/world/run" -- "${launch[@]}"
