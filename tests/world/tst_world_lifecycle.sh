#!/usr/bin/env bash
# The world is isolated and leaves nothing behind: names do not resolve outside it; after
# `run -- true` and after `up`/`down` no server process, namespace holder, mount or state dir
# of that world remains; `run` passes the command's exit status through.
set -uo pipefail

RUN="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/run"
failures=0
ok() { echo "ok   - $*"; }
fail() { echo "FAIL - $*"; failures=$((failures + 1)); }

# processes of worlds: a world's servers all carry its state dir (or the SOCKS vantage address)
# on their command line, so this matches that world's processes and nothing else
world_procs() {   # world_procs STATE
    local pid cmd
    for pid in $(ls /proc | grep -E '^[0-9]+$'); do
        cmd=$(tr "\0" " " 2>/dev/null <"/proc/$pid/cmdline") || continue
        [[ $cmd == *"$1"* ]] && [ "$pid" != $$ ] && [[ $cmd != *tst_world_lifecycle* ]] && echo "$pid $cmd"
    done
}

if [ "$(id -u)" -ne 0 ]; then
    echo "SKIP - needs root"
    exit 77
fi

# 1. outside the world the world's names are unknown
for name in www.sl.gov.cn mail.sl.gov.cn jyt.sl.gov.cn; do
    if getent ahosts "$name" >/dev/null 2>&1; then fail "$name resolves outside the world"; else ok "$name unknown outside"; fi
done

# 2. run passes the exit status through and cleans up
mounts_before=$(wc -l </proc/self/mountinfo)
state_file=$(mktemp)
"$RUN" -- bash -c 'echo "$GOVSCOPE_WORLD" >'"$state_file"'; getent hosts www.sl.gov.cn >/dev/null && exit 42'
rc=$?
[ "$rc" = 42 ] && ok "run passes exit status (42)" || fail "run returned $rc, expected 42"
state=$(cat "$state_file")
rm -f "$state_file"
[ -n "$state" ] && ok "GOVSCOPE_WORLD was set ($state)" || fail "GOVSCOPE_WORLD not set inside"
"$RUN" -- true && ok "run -- true succeeds" || fail "run -- true failed"
[ -e "$state" ] && fail "state dir $state left behind" || ok "state dir removed"
left=$(world_procs "$state")
[ -z "$left" ] && ok "no process of the world remains" || fail "processes remain: $left"
# by name too (other worlds, e.g. a parallel ctest, may be running: match this one's state dir)
for p in dnsmasq nginx dovecot redis-server tcpd.py; do
    if pgrep -af "$p" | grep -qF "$state"; then fail "$p of this world still running"; fi
done
[ "$(wc -l </proc/self/mountinfo)" = "$mounts_before" ] && ok "no mount added" || fail "mount table changed"
grep -q govscope-world /proc/self/mountinfo && fail "a world mount is visible" || ok "no world mount visible"

# 3. a command that does not exist inside: 127, and the world is still torn down
"$RUN" -- /nonexistent/command 2>/dev/null
rc=$?
[ "$rc" = 127 ] && ok "missing command gives 127" || fail "missing command gave $rc"

# 4. killing the runner with SIGKILL still ends every process of its world (PID namespace,
#    pdeathsig, --kill-child); only the state dir (plain files) is left to remove
marker=$(mktemp)
"$RUN" -- bash -c 'echo "$GOVSCOPE_WORLD" >'"$marker"'; exec sleep 300' &
runner=$!
for _ in $(seq 1 500); do [ -s "$marker" ] && break; sleep 0.02; done
state=$(cat "$marker")
rm -f "$marker"
kill -KILL "$runner"
wait "$runner" 2>/dev/null
for _ in $(seq 1 250); do [ -z "$(world_procs "$state")" ] && break; sleep 0.02; done
left=$(world_procs "$state")
[ -n "$state" ] && [ -z "$left" ] && ok "kill -9 of the runner leaves no process" || fail "after kill -9: '$state' $left"
rm -rf "$state"

# 5. up / exec / down
export GOVSCOPE_WORLD_POINTER
GOVSCOPE_WORLD_POINTER=$(mktemp -u /tmp/govscope-world-test.XXXXXX)
out=$("$RUN" up 2>/dev/null)
state=${out#export GOVSCOPE_WORLD=}
if [ -d "$state" ]; then ok "up started $state"; else fail "up printed '$out'"; fi
"$RUN" exec --world "$state" -- getent ahosts www.sl.gov.cn | grep -q 127.0.1.10 &&
    ok "exec resolves inside the up world" || fail "exec could not resolve inside"
"$RUN" exec --world "$state" -- bash -c 'printf "PING\r\n" | nc -q1 www.yangben.gov.cn 6379' | grep -q PONG &&
    ok "exec reaches redis inside" || fail "exec could not reach redis"
"$RUN" --attach -- bash -c '[ "$GOVSCOPE_WORLD" = '"$state"' ]' &&
    ok "run --attach joins the up world" || fail "run --attach did not join $state"
getent ahosts www.sl.gov.cn >/dev/null 2>&1 && fail "up world leaks names outside" || ok "up world invisible outside"
"$RUN" down --world "$state" 2>/dev/null && ok "down succeeded" || fail "down failed"
[ -e "$state" ] && fail "state dir left after down" || ok "state dir removed after down"
left=$(world_procs "$state")
[ -z "$left" ] && ok "no process after down" || fail "processes after down: $left"
[ -e "$GOVSCOPE_WORLD_POINTER" ] && fail "pointer file left" || ok "pointer file removed"

echo "$failures failure(s)"
[ "$failures" = 0 ]
