#!/usr/bin/env bash
# Installs every Debian 12 package Govscope needs to build, test and run its test world.
# Idempotent: when everything is already installed it only checks and returns quickly.
set -euo pipefail

packages=(
  # build
  build-essential cmake ninja-build ccache pkg-config clang-format
  # libFuzzer targets (scripts/fuzz.sh): clang 14 and its runtime (libclang_rt.fuzzer)
  clang-14 libclang-rt-14-dev
  # Qt 6.4 and the libraries of the design card
  qt6-base-dev qt6-base-dev-tools qt6-webengine-dev qt6-webengine-dev-tools qt6-charts-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-pdf-dev qt6-svg-dev libqt6sql6-sqlite
  libqt6opengl6-dev libgl-dev libxkbcommon-dev
  qcoro-qt6-dev libquazip1-qt6-dev libssl-dev libpsl-dev publicsuffix libicu-dev
  libtlsh-dev libgumbo-dev sqlite3
  # fonts for Chinese UI, screenshots and PDF reports; offscreen display; PDF tools for tests
  fonts-noto-cjk fonts-wqy-zenhei xvfb xauth poppler-utils
  # the test world (tests/world)
  dnsmasq-base nginx-light dovecot-imapd dovecot-pop3d redis-server openssl iproute2
  util-linux nftables microsocks libnss3-tools procps netcat-openbsd python3 curl
  # the Slurm test of sharded scans (tests/app/shard): a single-node cluster started inside the world
  slurm-wlm munge
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages already installed"
  exit 0
fi

echo "setup: installing ${#missing[@]} packages: ${missing[*]}"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
# Debian starts these daemons on install; the test world runs its own instances.
for svc in nginx dovecot redis-server; do
  $SUDO systemctl disable --now "$svc" >/dev/null 2>&1 || $SUDO service "$svc" stop >/dev/null 2>&1 || true
done
echo "setup: done"
