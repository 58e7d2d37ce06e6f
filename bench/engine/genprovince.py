#!/usr/bin/env python3
"""Generates a synthetic province of N orgs for the engine benchmark: orgs.csv, dnsmasq.conf and nginx.conf
in OUT. Every org has a website (www.bNNNN.bench.gov.cn, or .com/.cn for some kinds) and a mail domain; DNS
answers through wildcards to one nginx on 127.0.60.1 serving a small dated home page whose title names the
org; one org in ten has a host behind a dangling CNAME. Usage: genprovince.py OUT [N]"""
import csv, os, sys

out = sys.argv[1]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 1000
os.makedirs(out, exist_ok=True)
kinds = ["党政机关"] * 6 + ["事业单位"] * 3 + ["企业"]
levels = ["省级", "市级", "县级", "乡镇"]
with open(os.path.join(out, "orgs.csv"), "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f)
    w.writerow(["id", "name", "kind", "level", "role", "region", "parent", "websites", "mail_domains", "authorized"])
    for i in range(n):
        kind = kinds[i % len(kinds)]
        suffix = {"党政机关": "bench.gov.cn", "事业单位": "bench.cn", "企业": "bench.com"}[kind]
        sites = [f"https://www.b{i:04d}.{suffix}"]
        if i % 10 == 0:
            sites.append(f"https://zt.b{i:04d}.{suffix}")
        w.writerow([f"B{i:04d}", f"基准机构{i:04d}", kind, levels[i % 4], "部门" if i % 3 else "政府",
                    "990000", "", ";".join(sites), f"b{i:04d}.{suffix}", "否"])
with open(os.path.join(out, "dnsmasq.conf"), "w") as f:
    for s in ["bench.gov.cn", "bench.cn", "bench.com"]:
        f.write(f"address=/{s}/127.0.60.1\n")
    for i in range(0, n, 10):  # dangling CNAMEs take precedence over the wildcard for these names
        for s in ["bench.gov.cn", "bench.cn", "bench.com"]:
            f.write(f"cname=zt.b{i:04d}.{s},gone-{i}.nowhere.invalid\n")
with open(os.path.join(out, "nginx.conf"), "w") as f:
    f.write(f"""worker_processes 1;
pid {out}/nginx.pid;
error_log {out}/nginx-error.log;
events {{ worker_connections 4096; }}
http {{
    access_log off;
    server {{
        listen 127.0.60.1:80 default_server;
        listen 127.0.60.1:443 ssl default_server;
        ssl_certificate {out}/cert.pem;
        ssl_certificate_key {out}/key.pem;
        location / {{
            default_type text/html;
            return 200 '<html><head><meta charset="utf-8"><title>基准机构 $host</title></head><body><ul class="news"><li>通知 <span>2026-11-20</span></li></ul><p>示ICP备00000000号</p></body></html>';
        }}
    }}
}}
""")
