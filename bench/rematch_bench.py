#!/usr/bin/env python3
"""Benchmark of `govscope rematch` (issue 14): a case of 1,000 orgs with 5,000 stored fingerprints
(one observation per target) against a synthetic 30,000-CVE NVD file plus a KEV catalogue.

    python3 bench/rematch_bench.py build/bin/govscope [WORKDIR]

Prints the wall time and peak memory of the first rematch (which adds the findings) and of a second one
(nothing to change). All data synthetic: CVE-2099-…, products of a fictional vendor, 192.0.2.x nowhere."""
import json, os, random, sqlite3, subprocess, sys, tempfile, time

binary = sys.argv[1]
work = sys.argv[2] if len(sys.argv) > 2 else tempfile.mkdtemp(prefix="rematch-bench-")
random.seed(14)
env = dict(os.environ, XDG_DATA_HOME=os.path.join(work, "data"))

orgs = os.path.join(work, "orgs.csv")
with open(orgs, "w") as f:
    f.write("id,name,kind,websites\n")
    for i in range(1000):
        f.write(f"B{i:04d},Bench org {i},党政机关,www.b{i:04d}.bench.invalid\n")
case = os.path.join(work, "bench.govcase")
subprocess.run([binary, "import", case, orgs, "--as", "orgs"], check=True, env=env, capture_output=True)

products = [f"product{p:03d}" for p in range(300)]
feeds = os.path.join(work, "feeds", "vuln")
os.makedirs(feeds, exist_ok=True)
vulns, kev = [], []
for n in range(30000):
    product = products[n % 300]
    major = random.randint(1, 9)
    cve = f"CVE-2099-{n + 10000}"
    vulns.append({"cve": {"id": cve, "descriptions": [{"lang": "en", "value": f"Synthetic {product}"}],
                          "metrics": {"cvssMetricV31": [{"cvssData": {"baseScore": 7.5, "baseSeverity": "HIGH",
                                                                      "vectorString": "CVSS:3.1/AV:N"}}]},
                          "configurations": [{"nodes": [{"operator": "OR", "cpeMatch": [
                              {"vulnerable": True, "criteria": f"cpe:2.3:a:bench:{product}:*:*:*:*:*:*:*:*",
                               "versionStartIncluding": f"{major}.0", "versionEndExcluding": f"{major}.{random.randint(1, 9)}"}]}]}]}})
    if n % 100 == 0:
        kev.append({"cveID": cve})
json.dump({"format": "NVD_CVE", "version": "2.0", "vulnerabilities": vulns}, open(os.path.join(feeds, "bench-nvd.json"), "w"))
json.dump({"catalogVersion": "2099.01.01", "vulnerabilities": kev}, open(os.path.join(feeds, "kev.json"), "w"))

db = sqlite3.connect(case)
db.execute("INSERT INTO scans (id, started_at, status) VALUES (1, '2099-01-01T00:00:00Z', 'finished')")
obs = 0
for i in range(1000):
    for h in range(5):
        obs += 1
        target = f"h{h}.b{i:04d}.bench.invalid"
        db.execute("INSERT INTO observations (id, scan, org, check_id, target, at) VALUES (?,1,?,?,?,'2099-01-01T00:00:00Z')",
                   (obs, f"B{i:04d}", "vuln.known_vulnerability", target))
        product = random.choice(products)
        db.execute("INSERT INTO fingerprints (observation, kind, product, version, cpe, categories, how) "
                   "VALUES (?, 'technology', ?, ?, ?, '[1]', 'bench')",
                   (obs, product, f"{random.randint(1, 9)}.{random.randint(0, 9)}.{random.randint(0, 9)}",
                    f"cpe:2.3:a:bench:{product}:*:*:*:*:*:*:*:*"))
db.commit()
db.close()

def run(label):
    start = time.monotonic()
    p = subprocess.run(["/usr/bin/time", "-f", "%M", binary, "rematch", case, "--feeds", os.path.join(work, "feeds")],
                       env=env, capture_output=True, text=True)
    wall = time.monotonic() - start
    peak_kb = int(p.stderr.strip().splitlines()[-1])
    lines = p.stdout.count("\n")
    summary = [l for l in p.stderr.splitlines() if "rematch:" in l]
    print(f"{label}: exit {p.returncode}, {wall:.2f} s, peak {peak_kb / 1024:.0f} MB, {lines} lines; {summary[0] if summary else p.stderr[-300:]}")

print(f"case {case}: 1000 orgs, {obs} observations; NVD 30000 CVEs, KEV {len(kev)}")
run("first rematch")
run("second rematch")
