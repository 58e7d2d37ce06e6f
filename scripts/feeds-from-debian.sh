#!/usr/bin/env bash
# Regenerates the feeds in resources/feeds that come from real open data shipped by Debian packages
# (see NOTICE). Downloads the packages with apt-get (no install), converts to the feeds layout of
# spec/interfaces.md and writes the files with a header naming package, version and licence.
#   bash scripts/feeds-from-debian.sh        # then review `git diff resources/feeds` and commit
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# URLhaus-derived malicious URL blocklist (malware-filter/urlhaus-filter, CC0 1.0), bundled with uBlock Origin.
pkg=webext-ublock-origin-firefox
(cd "$work" && apt-get download "$pkg" >/dev/null)
deb=$(ls "$work"/${pkg}_*.deb)
version=$(dpkg-deb -f "$deb" Version)
dpkg-deb -x "$deb" "$work/x"
src=$(find "$work/x" -name urlhaus-filter-online.txt | head -1)
out=resources/feeds/blocklists/urlhaus-filter-online.txt
mkdir -p "$(dirname "$out")"
{
    echo "# Online Malicious URL Blocklist (malware-filter/urlhaus-filter, data from URLhaus, abuse.ch), CC0 1.0."
    echo "# From the Debian package $pkg $version (uBlock Origin's bundled copy):"
    echo "#   ${src#"$work/x"}"
    grep '^! \(Updated\|Homepage\|Source\):' "$src" | sed 's/^! /#   /'
    echo "# Converted by scripts/feeds-from-debian.sh from adblock syntax to one host or URL a line:"
    echo "# ||host^ -> host, ||host/path^\$all -> http://host/path; comments, options and bare IPv4 addresses dropped."
    grep -v '^!' "$src" | sed -E 's/\$.*$//; s/\^$//' | awk '
        /^[0-9.]+$/ { next }   # bare IPv4 entries: the blocklist feed lists names and URLs
        /^\|\|/ { s = substr($0, 3); if (index(s, "/")) print "http://" s; else print s; next }
        NF      { print }' | LC_ALL=C sort -u
} >"$out"
echo "wrote $out ($(grep -vc '^#' "$out") entries) from $pkg $version"

# Debian and Ubuntu release cycles and their end-of-life dates (distro-info-data, ISC licence) as
# endoflife.date legacy product files: eol/debian.json, eol/ubuntu.json.
pkg=distro-info-data
(cd "$work" && apt-get download "$pkg" >/dev/null)
deb=$(ls "$work"/${pkg}_*.deb)
version=$(dpkg-deb -f "$deb" Version)
dpkg-deb -x "$deb" "$work/d"
mkdir -p resources/feeds/eol
for distro in debian ubuntu; do
    python3 - "$work/d/usr/share/distro-info/$distro.csv" "resources/feeds/eol/$distro.json" "$pkg $version" <<'PY'
import csv, json, sys
src, out, origin = sys.argv[1:4]
cycles = []
for row in csv.DictReader(open(src, encoding="utf-8")):
    if not row.get("release"):
        continue  # announced, not released: no cycle yet
    cycles.append({"cycle": row["version"].replace(" LTS", ""), "codename": row["codename"],
                   "releaseDate": row["release"], "eol": row["eol"] or False,
                   "extendedSupport": row.get("eol-lts") or row.get("eol-server") or False,
                   "lts": "LTS" in row["version"], "latest": ""})
cycles.reverse()  # newest first, as endoflife.date lists them
json.dump(cycles, open(out, "w", encoding="utf-8"), indent=1, ensure_ascii=False)
open(out, "a").write("\n")
print(f"wrote {out} ({len(cycles)} cycles) from {origin}")
PY
done
