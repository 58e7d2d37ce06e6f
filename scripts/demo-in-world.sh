#!/usr/bin/env bash
# Runs inside the test world (called by scripts/demo.sh): import the demo lists, scan, open the GUI.
set -euo pipefail
root="$1" case_file="$2"
shift 2
govscope="$root/build/bin/govscope"
for list in orgs apps accounts leads; do
  [ -f "$root/resources/demo/$list.csv" ] && "$govscope" import "$case_file" "$root/resources/demo/$list.csv" --as "$list"
done

# The scan profile of the demo: the world's overseas vantage and the authorised mail test account
# (its password comes from the environment, never from the case or the profile).
profile="$GOVSCOPE_WORLD/demo-profile.json"
cat > "$profile" <<JSON
{"allow_private": true, "concurrency": 64, "per_host": 4, "timeout_ms": 4000,
 "vantage": {"overseas": "${GOVSCOPE_WORLD_VANTAGE:-socks5://127.0.99.2:1080}"},
 "mail": {"idle_seconds": 5, "lockout_attempts": 5,
          "accounts": [{"org": "SL13", "user": "audit-test", "password_env": "GS_MAIL_SL13"}]}}
JSON
export GS_MAIL_SL13="World-Test-2099"
if [ "${1:-}" != "--no-scan" ]; then
  "$govscope" scan "$case_file" --profile "$profile" --feeds "$GOVSCOPE_WORLD_FEEDS" --allow-private || true
fi
if [ "${GOVSCOPE_DEMO_XVFB:-0}" = 1 ]; then
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "$govscope" "$case_file"
fi
exec "$govscope" "$case_file"
