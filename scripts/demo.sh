#!/usr/bin/env bash
# The README's demo command: installs what is missing, builds, creates the demo case from
# resources/demo and opens the workbench on it inside the test world, so scans reach the demo
# province's servers. Uses the desktop's display when there is one, else a virtual one (Xvfb).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
root="$PWD"
demo_dir="${XDG_DATA_HOME:-$HOME/.local/share}/govscope/demo"
mkdir -p "$demo_dir"
case_file="$demo_dir/示例省.govcase"
"$root/build/bin/govscope" import "$case_file" "$root/resources/demo/orgs.csv"
launch=("$root/build/bin/govscope" "$case_file")
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "demo: no display; starting the workbench under Xvfb (xvfb-run)"
  launch=(xvfb-run -a -s "-screen 0 1600x1000x24" "${launch[@]}")
fi
if [ -x "$root/tests/world/run" ]; then
  exec "$root/tests/world/run" -- "${launch[@]}"
fi
exec "${launch[@]}"
