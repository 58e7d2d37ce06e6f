#!/usr/bin/env python3
"""Generates a test world's configuration from world.ini.

Usage: gen.py --world DIR --state STATE --cache CACHE

Writes into STATE (created by `run`, mode 755): dnsmasq.conf, nginx/, www/<host>/,
dovecot/<host>/, redis/<host>/, tcpd.json, nft.rules, certs/, ca-certs/ (the directory that
is bind-mounted over /etc/ssl/certs), home/ (HOME with an NSS db trusting the world CA) and
services.tsv, the list of servers `run` starts and the endpoints it probes for readiness.

The CA, the leaf key and the leaf certificates are cached in CACHE between runs (guarded by
an flock there) because RSA key generation is what makes a cold start slow.
"""

import argparse
import configparser
import datetime
import fcntl
import hashlib
import html
import json
import os
import shutil
import ssl
import struct
import subprocess
import sys
import time
import zlib

import pages

LISTEN_V6 = True         # false when the namespace has no ::1 (kernel without IPv6)
LEAF_DAYS = 700          # leaf/CA validity; the cache is rebuilt when less than a year is left
REFRESH_SECONDS = 365 * 86400


def die(msg):
    print(f"gen.py: {msg}", file=sys.stderr)
    sys.exit(1)


# ------------------------------------------------------------------ world description
class Host:
    def __init__(self, name, sec):
        self.name = name
        g = lambda k, d=None: sec.get(k, d)
        self.addr = g("addr")
        self.addr6 = g("addr6")
        self.cname = g("cname")
        self.mx = [m.split() for m in g("mx", "").split(";") if m.strip()]
        self.txt = g("txt")
        self.web = g("web")
        self.org = g("org")
        self.title = g("title", name)
        self.https = g("https", "valid")
        self.redirect = g("redirect", "no" if self.https == "none" else "yes") == "yes"
        self.hsts = g("hsts", "yes") == "yes"
        self.tls = g("tls", "modern")
        self.waf = g("waf", "yes") == "yes"
        self.overseas = g("overseas", "allow")
        self.news = g("news", "fresh")
        self.badge = g("badge", "none")
        self.sitecode = g("sitecode", "none")
        self.icp = g("icp", "none")
        self.links = g("links", "exit")
        self.friends = g("friends", "").split()
        self.deadlinks = g("deadlinks", "").split()
        self.extras = set(g("extras", "").split())
        self.headers = [h.strip() for h in g("headers", "").split("|") if h.strip()]
        self.services = g("services", "").split()
        self.copy_of = g("copy_of")
        self.login = g("login")  # webmail login backend: lockout:N | sticky | expiring:SECONDS (pages.py)
        self.moved = g("moved")  # the home page answers 302 to this URL (scope tests)
        self.purpose = g("purpose", "")
        self.hostile = g("hostile")  # (branch hostile) a hostile.py server KIND on addr, see hostile.py
        self.serve_addr = None  # filled in: the address nginx listens on (follows CNAMEs)


def load_world(path):
    cp = configparser.ConfigParser(interpolation=None, comment_prefixes=("#",), inline_comment_prefixes=None)
    cp.optionxform = str
    with open(path, encoding="utf-8") as f:
        cp.read_file(f)
    hosts = {name: Host(name, cp[name]) for name in cp.sections()}
    for h in hosts.values():
        seen, cur = set(), h
        while cur and not cur.addr and cur.cname and cur.name not in seen:
            seen.add(cur.name)
            cur = hosts.get(cur.cname)
        h.serve_addr = cur.addr if cur else None
        for a in filter(None, [h.addr]):
            if not a.startswith("127."):
                die(f"{h.name}: address {a} is not in 127.0.0.0/8")
        if h.web and not h.serve_addr:
            die(f"{h.name}: web site without an address (addr or a CNAME to a host with addr)")
    return hosts


# ------------------------------------------------------------------ certificates
def openssl(*args, **kw):
    r = subprocess.run(["openssl", *args], capture_output=True, text=True, **kw)
    if r.returncode != 0:
        die("openssl " + " ".join(args[:3]) + " failed: " + r.stderr.strip())
    return r.stdout


def not_after(path):
    try:
        d = ssl._ssl._test_decode_cert(path)  # CPython helper; avoids one openssl spawn per cert
        return ssl.cert_time_to_seconds(d["notAfter"])
    except Exception:
        return 0


def ensure_ca(cache):
    key, crt = os.path.join(cache, "ca.key"), os.path.join(cache, "ca.crt")
    if os.path.exists(crt) and not_after(crt) - time.time() > REFRESH_SECONDS:
        return key, crt
    # CA changed: every leaf and the NSS db derived from it are stale
    for f in os.listdir(cache):
        if f.endswith((".crt", ".key", ".san")) or f == "nssdb":
            p = os.path.join(cache, f)
            shutil.rmtree(p) if os.path.isdir(p) else os.remove(p)
    openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", crt,
            "-days", str(LEAF_DAYS + 30), "-subj", "/C=CN/O=Govscope Test World/CN=Govscope World Root CA",
            "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign")
    return key, crt


def ensure_leaf(cache, ca_key, ca_crt, leaf_key, name, sans, kind):
    """kind: valid | expired | wrongname. Cached by name+kind; rebuilt when the SAN list changes."""
    base = os.path.join(cache, f"{name}.{kind}")
    crt, sanf = base + ".crt", base + ".san"
    san = ",".join("DNS:" + s for s in sans)
    if os.path.exists(crt) and os.path.exists(sanf) and open(sanf).read() == san:
        if kind == "expired" or not_after(crt) - time.time() > 30 * 86400:
            return crt
    csr = base + ".csr"
    openssl("req", "-new", "-key", leaf_key, "-out", csr, "-subj", f"/C=CN/O=Govscope Test World/CN={sans[0]}")
    ext = base + ".ext"
    with open(ext, "w") as f:
        f.write(f"subjectAltName={san}\nbasicConstraints=CA:FALSE\nkeyUsage=digitalSignature,keyEncipherment\n"
                "extendedKeyUsage=serverAuth\n")
    # -days -1 gives a certificate that expired yesterday (the guide's tested recipe)
    days = "-1" if kind == "expired" else str(LEAF_DAYS)
    openssl("x509", "-req", "-in", csr, "-CA", ca_crt, "-CAkey", ca_key, "-CAcreateserial",
            "-CAserial", os.path.join(cache, "ca.srl"), "-out", crt, "-days", days, "-sha256", "-extfile", ext)
    os.remove(csr)
    os.remove(ext)
    with open(sanf, "w") as f:
        f.write(san)
    return crt


def build_certs(hosts, cache, state):
    os.makedirs(cache, exist_ok=True)
    lock = open(os.path.join(cache, ".lock"), "w")
    fcntl.flock(lock, fcntl.LOCK_EX)  # two worlds starting on a cold cache must not race
    ca_key, ca_crt = ensure_ca(cache)
    leaf_key = os.path.join(cache, "leaf.key")
    if not os.path.exists(leaf_key):
        openssl("genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", leaf_key)
    certs = {}
    for h in hosts.values():
        needs_tls = (h.web and h.web != "legacy" and h.https != "none") or \
            any(s.startswith("imap-") and s != "imap-plain" for s in h.services)
        if not needs_tls:
            continue
        kind = h.https if h.web and h.https in ("expired", "wrongname") else "valid"
        if "imap-weak" in h.services:
            kind = "expired"
        sans = [h.name] if kind != "wrongname" else ["www.wrong-name-example.cn"]
        certs[h.name] = ensure_leaf(cache, ca_key, ca_crt, leaf_key, h.name, sans, kind)
    # QtWebEngine (Chromium) reads NSS, not /etc/ssl/certs: an NSS db trusting the CA
    nssdb = os.path.join(cache, "nssdb")
    if not os.path.exists(os.path.join(nssdb, "cert9.db")):
        os.makedirs(nssdb, exist_ok=True)
        subprocess.run(["certutil", "-d", "sql:" + nssdb, "-N", "--empty-password"], check=True,
                       capture_output=True)
        subprocess.run(["certutil", "-d", "sql:" + nssdb, "-A", "-t", "C,,", "-n", "govscope-world-ca",
                        "-i", ca_crt], check=True, capture_output=True)
    fcntl.flock(lock, fcntl.LOCK_UN)

    sd = os.path.join(state, "certs")
    os.makedirs(sd)
    shutil.copy(ca_crt, os.path.join(sd, "ca.crt"))
    shutil.copy(leaf_key, os.path.join(sd, "leaf.key"))
    os.chmod(os.path.join(sd, "leaf.key"), 0o640)  # nginx/dovecot masters read it as root
    out = {}
    for name, crt in certs.items():
        dst = os.path.join(sd, os.path.basename(crt))
        shutil.copy(crt, dst)
        out[name] = dst
    home = os.path.join(state, "home")
    os.makedirs(os.path.join(home, ".pki"))
    shutil.copytree(nssdb, os.path.join(home, ".pki", "nssdb"))
    build_ca_dir(os.path.join(sd, "ca.crt"), os.path.join(state, "ca-certs"))
    return out


def build_ca_dir(ca_crt, dst):
    """A copy of /etc/ssl/certs plus the world CA, to bind-mount over /etc/ssl/certs.

    OpenSSL (curl) reads the bundle ca-certificates.crt; Qt 6 and OpenSSL's CApath lookups read
    the hashed <hash>.N links, so both are provided."""
    src = "/etc/ssl/certs"
    if os.path.isdir(src):
        shutil.copytree(src, dst, symlinks=True, dirs_exist_ok=True)
    else:
        os.makedirs(dst, exist_ok=True)  # no system CAs: the world CA alone
    shutil.copy(ca_crt, os.path.join(dst, "govscope-world-ca.pem"))
    h = openssl("x509", "-hash", "-noout", "-in", ca_crt).strip()
    n = 0
    while os.path.lexists(os.path.join(dst, f"{h}.{n}")):
        n += 1
    os.symlink("govscope-world-ca.pem", os.path.join(dst, f"{h}.{n}"))
    bundle = os.path.join(dst, "ca-certificates.crt")
    sysbundle = open(bundle).read() if os.path.exists(bundle) else ""
    if os.path.islink(bundle):
        os.remove(bundle)
    with open(bundle, "w") as f:
        f.write(sysbundle.rstrip("\n") + "\n" + open(ca_crt).read())


# ------------------------------------------------------------------ DNS
def write_dnsmasq(hosts, state):
    lines = [
        "# generated by gen.py from world.ini",
        "no-resolv", "no-hosts", "no-poll", "bind-interfaces", "listen-address=127.0.0.53",
        "local=/#/",  # every name not defined here is NXDOMAIN: nothing is forwarded
        "domain-needed", "log-facility=" + os.path.join(state, "logs", "dnsmasq.log"),
        "pid-file=" + os.path.join(state, "run", "dnsmasq.pid"), "user=nobody", "group=nogroup",
        "local-ttl=60", "log-queries",  # the query log helps when a test sees an unexpected answer
    ]
    for h in hosts.values():
        if h.addr or h.addr6:
            lines.append("host-record=" + ",".join(filter(None, [h.name, h.addr, h.addr6])))
        if h.cname:
            # dnsmasq 2.90 answers a CNAME even when the target is unknown: exactly a dangling CNAME
            lines.append(f"cname={h.name},{h.cname}")
        for pref, target in h.mx:
            lines.append(f"mx-host={h.name},{target},{pref}")
        if h.txt:
            lines.append(f'txt-record={h.name},"{h.txt}"')
    with open(os.path.join(state, "dnsmasq.conf"), "w") as f:
        f.write("\n".join(lines) + "\n")


# ------------------------------------------------------------------ web
WAF = r'''        # a crude WAF: attack-shaped queries are refused (vuln.no_waf must not fire here)
        if ($args ~* "(union.+select|select.+from|<script|%3Cscript|\.\./|%2e%2e|'\s*or\s*'|sleep\(|benchmark\()") {
            return 403;
        }
'''


def nginx_server(h, state, cert, scheme):
    root = os.path.join(state, "www", h.name)
    listen = [f"{h.serve_addr}:{'443 ssl' if scheme == 'https' else '80'}"]
    if h.addr6 and LISTEN_V6:
        listen.append(f"[{h.addr6}]:{'443 ssl' if scheme == 'https' else '80'}")
    s = ["    server {"]
    s += [f"        listen {l};" for l in listen]
    s.append(f"        server_name {h.name};")
    s.append(f"        root {root};")
    s.append(f"        access_log {state}/logs/nginx-access.log world;")
    if scheme == "https":
        s.append(f"        ssl_certificate {cert};")
        s.append(f"        ssl_certificate_key {state}/certs/leaf.key;")
        if h.tls == "legacy":
            s.append("        ssl_protocols TLSv1 TLSv1.1 TLSv1.2 TLSv1.3;")
            s.append("        ssl_ciphers DEFAULT:@SECLEVEL=0;")
        else:
            s.append("        ssl_protocols TLSv1.2 TLSv1.3;")
        if h.hsts:
            s.append('        add_header Strict-Transport-Security "max-age=31536000" always;')
    for hd in h.headers:
        k, v = hd.split(":", 1)
        s.append(f'        add_header {k.strip()} "{v.strip()}" always;')
    if scheme == "http" and h.redirect:
        s.append("        location / { return 301 https://$host$request_uri; }")
        s.append("    }")
        return "\n".join(s)
    if h.waf:
        s.append(WAF.rstrip("\n"))
    if h.moved:
        s.append(f"        location = / {{ return 302 {h.moved}; }}")
    s.append("        error_page 404 /404.html;")
    s.append("        location = /404.html { internal; }")
    if "autoindex" in h.extras:
        s.append("        location /upload/ { autoindex on; }")
    if "actuator" in h.extras:
        s.append("        location /actuator { default_type application/json; try_files $uri $uri.json =404; }")
    if h.web == "conac_bszs":
        s.append("        location = /sitename { default_type text/html; try_files /sitename.html =404; }")
    if h.web == "conac_dcs":
        s.append("        location /js/ { default_type application/javascript; try_files /badge.js =404; }")
    if h.web == "webmail" and not h.login:
        s.append("        location = /login { return 302 /?error=1; }")
    elif h.web == "webmail":
        # a live login behind the static form: pages.py's webmail app on the host's own address, port 8080
        s.append("        location ~ ^/(login|inbox|logout)$ {")
        s.append(f"            proxy_pass http://{h.serve_addr}:8080;")
        s.append("            proxy_set_header Host $host;")
        s.append("        }")
    if h.web == "status":
        for code in (403, 404, 410, 500, 503):
            s.append(f"        location = /{code} {{ return {code}; }}")
        s.append("        location = /301 { return 301 /200; }")
        s.append("        location = /200 { default_type text/plain; return 200 'ok'; }")
    s.append("    }")
    return "\n".join(s)


def write_nginx(hosts, state, certs):
    nd = os.path.join(state, "nginx")
    os.makedirs(nd)
    servers = []
    for h in hosts.values():
        if not h.web or h.web == "legacy":
            continue
        servers.append(nginx_server(h, state, None, "http"))
        if h.https != "none":
            servers.append(nginx_server(h, state, certs[h.name], "https"))
    conf = f"""# generated by gen.py from world.ini
daemon off;                      # run keeps the pid it started; no forking away
user nobody nogroup;
worker_processes 1;
pid {state}/run/nginx.pid;
error_log {state}/logs/nginx-error.log notice;
events {{ worker_connections 1024; }}
http {{
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    charset utf-8;
    charset_types text/plain text/css application/javascript text/csv application/json;
    server_tokens off;             # "Server: nginx" without version: clean sites show no version
    log_format world '$server_addr $host "$request" $status $remote_addr';
    client_body_temp_path {nd}/body;
    proxy_temp_path {nd}/proxy;
    fastcgi_temp_path {nd}/fastcgi;
    uwsgi_temp_path {nd}/uwsgi;
    scgi_temp_path {nd}/scgi;
    server_names_hash_bucket_size 128;
    types {{ text/csv csv; }}
{chr(10).join(servers)}
}}
"""
    with open(os.path.join(nd, "nginx.conf"), "w") as f:
        f.write(conf)


# ------------------------------------------------------------------ mail, redis, small servers
DOVECOT = """# generated by gen.py: one Dovecot instance per mail host, side by side
base_dir = {base}/run
state_dir = {base}/state
instance_name = govscope-{name}
listen = {addr}
protocols = imap pop3
log_path = {logs}/dovecot-{name}.log
info_log_path = {logs}/dovecot-{name}.log
default_internal_user = dovecot
default_login_user = dovenull
first_valid_uid = 1
mail_location = maildir:~/Maildir
auth_mechanisms = plain login
login_greeting = {greeting}
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%n {base}/users
}}
userdb {{
  driver = static
  args = uid=nobody gid=nogroup home={base}/home/%n
}}
{ssl}
"""


def write_dovecot(h, state, certs, kind):
    base = os.path.join(state, "dovecot", h.name)
    os.makedirs(os.path.join(base, "run"))
    os.makedirs(os.path.join(base, "state"))
    home = os.path.join(base, "home", "audit-test", "Maildir")
    for sub in ("cur", "new", "tmp"):
        os.makedirs(os.path.join(home, sub))
    welcome = os.path.join(home, "cur", "1700000000.world:2,S")
    with open(welcome, "w") as f:
        f.write(f"From: postmaster@{h.name}\nTo: audit-test@{h.name}\nSubject: welcome\n\nTest world mailbox.\n")
    for root, dirs, files in os.walk(os.path.join(base, "home")):
        for p in [root] + [os.path.join(root, x) for x in files]:
            os.chown(p, 65534, 65534)
    # the authorised test account; the password is synthetic and documented in README.md
    with open(os.path.join(base, "users"), "w") as f:
        f.write("audit-test:{PLAIN}World-Test-2099\n")
    if kind == "plain":
        sslconf = ("ssl = no\ndisable_plaintext_auth = no\n"
                   "service imap-login {\n  inet_listener imaps {\n    port = 0\n  }\n}\n"
                   "service pop3-login {\n  inet_listener pop3s {\n    port = 0\n  }\n}\n")
        greeting = "Dovecot ready."
    else:
        sslconf = f"ssl = {'required' if kind == 'tls' else 'yes'}\nssl_cert = <{certs[h.name]}\n" \
                  f"ssl_key = <{state}/certs/leaf.key\ndisable_plaintext_auth = yes\n"
        if kind == "weak":
            sslconf += "ssl_min_protocol = TLSv1\nssl_cipher_list = DEFAULT:@SECLEVEL=0\n"
        greeting = "Dovecot ready."
    conf = os.path.join(base, "dovecot.conf")
    with open(conf, "w") as f:
        f.write(DOVECOT.format(base=base, name=h.name, addr=h.addr, logs=os.path.join(state, "logs"),
                               greeting=greeting, ssl=sslconf))
    ports = [143, 110] + ([] if kind == "plain" else [993, 995])
    return conf, ports


def write_services(hosts, state, certs, world_dir):
    logs = os.path.join(state, "logs")
    svc = []   # name, log, endpoints (ip:port,...), command (tab separated words)

    def add(name, endpoints, cmd):
        svc.append((name, os.path.join(logs, name + ".out"), ",".join(endpoints), cmd))

    add("dnsmasq", ["127.0.0.53:53"],
        ["dnsmasq", "--keep-in-foreground", "--conf-file=" + os.path.join(state, "dnsmasq.conf")])
    web = [f"{h.serve_addr}:80" for h in hosts.values() if h.web and h.web != "legacy"]
    web += [f"{h.serve_addr}:443" for h in hosts.values() if h.web and h.web != "legacy" and h.https != "none"]
    add("nginx", web, ["nginx", "-p", os.path.join(state, "nginx"), "-c", os.path.join(state, "nginx", "nginx.conf")])
    tcpd = []
    for h in hosts.values():
        for s in h.services:
            if s.startswith("imap-"):
                conf, ports = write_dovecot(h, state, certs, s[5:])
                # "~TEXT": the greeting must contain TEXT. Dovecot accepts connections before its
                # auth process is up and then greets with "Waiting for authentication process"
                add("dovecot-" + h.name, [f"{h.addr}:{p}" + ("~Dovecot ready." if p in (110, 143) else "") for p in ports],
                    ["dovecot", "-F", "-c", conf])
            elif s in ("redis", "redis-auth"):
                d = os.path.join(state, "redis", h.name)
                os.makedirs(d)
                conf = os.path.join(d, "redis.conf")
                with open(conf, "w") as f:
                    f.write(f"bind {h.addr}\nport 6379\nprotected-mode no\nsave \"\"\nappendonly no\n"
                            f"daemonize no\ndir {d}\nlogfile {logs}/redis-{h.name}.log\n")
                    if s == "redis-auth":
                        f.write("requirepass World-Redis-2099\n")
                cmd = ["redis-server", conf]
                add("redis-" + h.name, [f"{h.addr}:6379"], cmd)
            elif s in ("telnet", "ftp", "smtp-plain", "legacy-http", "blackhole"):
                port = {"telnet": 23, "ftp": 21, "smtp-plain": 25, "legacy-http": 80, "blackhole": 80}[s]
                tcpd.append({"kind": s, "addr": h.addr, "port": port, "host": h.name,
                             "root": os.path.join(state, "www", h.name)})
    if tcpd:
        with open(os.path.join(state, "tcpd.json"), "w") as f:
            json.dump(tcpd, f, indent=1)
        add("tcpd", [f"{t['addr']}:{t['port']}" for t in tcpd],
            [sys.executable, os.path.join(os.path.abspath(world_dir), "tcpd.py"), os.path.join(state, "tcpd.json")])
    apps = [{"host": h.name, "addr": h.serve_addr, "port": 8080, "mode": h.login,
             "log": os.path.join(logs, f"webmail-{h.name}.log")}
            for h in hosts.values() if h.web == "webmail" and h.login]
    if apps:
        with open(os.path.join(state, "webmail-apps.json"), "w") as f:
            json.dump(apps, f, indent=1)
        add("webmail-app", [f"{a['addr']}:{a['port']}" for a in apps],
            [sys.executable, os.path.join(os.path.abspath(world_dir), "pages.py"), "--serve-webmail",
             os.path.join(state, "webmail-apps.json")])
    # (branch hostile) hostile servers: one hostile.py process for every `hostile = KIND` host
    # oversized DNS answers: 240 TXT strings of 250 bytes each at hx-bigtxt.gov.cn (about 60 KB, TCP only)
    # and the CNAME-loop zone hx-cname.gov.cn, answered by hostile.py's DNS server
    if "hx-bigtxt.gov.cn" in hosts:
        with open(os.path.join(state, "dnsmasq.conf"), "a") as f:
            f.write("server=/hx-cname.gov.cn/127.0.7.53\n")
            for i in range(240):
                f.write(f'txt-record=hx-bigtxt.gov.cn,"hostile-filler-{i:03d}-' + "x" * 230 + '"\n')
    hostile = [{"kind": h.hostile, "addr": h.addr, "host": h.name} for h in hosts.values() if h.hostile]
    if hostile:
        import hostile as hostile_servers
        with open(os.path.join(state, "hostile.json"), "w") as f:
            json.dump(hostile, f, indent=1)
        add("hostile", [e for c in hostile for e in hostile_servers.endpoints(c)],
            [sys.executable, os.path.join(os.path.abspath(world_dir), "hostile.py"), os.path.join(state, "hostile.json"),
             os.path.join(logs, "hostile.log")])
    # the overseas vantage: outgoing connections come from 127.0.99.1
    add("microsocks", ["127.0.99.2:1080"], ["microsocks", "-i", "127.0.99.2", "-p", "1080", "-b", "127.0.99.1"])
    with open(os.path.join(state, "services.tsv"), "w") as f:
        for name, log, eps, cmd in svc:
            f.write("\t".join([name, log, eps] + cmd) + "\n")


def write_nft(hosts, state):
    deny = sorted({h.addr for h in hosts.values() if h.addr and h.overseas == "deny"})
    rules = ["# generated by gen.py: hosts closed to the overseas vantage (SOCKS source 127.0.99.1)",
             "table inet govscope_world {", "  chain input {",
             "    type filter hook input priority 0; policy accept;"]
    if deny:
        # reject (not drop) so that a refused overseas probe fails at once instead of timing out
        rules.append(f"    ip saddr 127.0.99.1 ip daddr {{ {', '.join(deny)} }} meta l4proto tcp reject with tcp reset")
    rules += ["  }", "}"]
    with open(os.path.join(state, "nft.rules"), "w") as f:
        f.write("\n".join(rules) + "\n")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--world", required=True)
    ap.add_argument("--state", required=True)
    ap.add_argument("--cache", required=True)
    ap.add_argument("--no-ipv6", action="store_true", help="the namespace has no ::1: listen on IPv4 only")
    ap.add_argument("--today", help="YYYY-MM-DD; default: today (news dates are relative to it)")
    a = ap.parse_args()
    os.umask(0o022)  # nginx workers and Dovecot run unprivileged and must read everything
    hosts = load_world(os.path.join(a.world, "world.ini"))
    global LISTEN_V6
    LISTEN_V6 = not a.no_ipv6
    for d in ("logs", "run", "www"):
        os.makedirs(os.path.join(a.state, d), exist_ok=True)
    today = datetime.date.fromisoformat(a.today) if a.today else datetime.date.today()
    certs = build_certs(hosts, a.cache, a.state)
    write_dnsmasq(hosts, a.state)
    pages.write_sites(hosts, os.path.join(a.state, "www"), today)
    write_nginx(hosts, a.state, certs)
    write_services(hosts, a.state, certs, a.world)
    write_nft(hosts, a.state)
    with open(os.path.join(a.state, "resolv.conf"), "w") as f:
        f.write("# test world resolver\nnameserver 127.0.0.53\noptions timeout:1 attempts:2\n")
    with open(os.path.join(a.state, "hosts"), "w") as f:
        f.write("127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\n")


if __name__ == "__main__":
    main()
