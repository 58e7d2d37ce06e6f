#!/usr/bin/env python3
"""Small plain-TCP servers of the test world, all in one foreground process.

  telnet       port 23: a login banner (vuln.high_risk_port)
  ftp          port 21: anonymous login accepted (vuln.high_risk_port, vuln.weak_password)
  smtp-plain   port 25: ESMTP offering AUTH PLAIN LOGIN and no STARTTLS (mail.plaintext_protocol)
  blackhole    port 80: accepts and never answers (timeouts)
  legacy-http  port 80: an old-looking web server (Server: Apache/2.2.15, X-Powered-By: PHP/5.3.3)
                        serving the site's static pages, with no request filtering

Usage: tcpd.py CONFIG.json  (a list of {kind, addr, port, host, root}; written by gen.py)
"""

import asyncio
import json
import os
import sys
import urllib.parse


async def line(reader):
    data = await reader.readline()
    return data.decode("latin-1").strip()


async def telnet(reader, writer, cfg):
    writer.write(b"\r\nUbuntu 14.04.6 LTS\r\n" + cfg["host"].encode() + b" login: ")
    await writer.drain()
    await line(reader)
    writer.write(b"Password: ")
    await writer.drain()
    await line(reader)
    writer.write(b"\r\nLogin incorrect\r\n")


async def ftp(reader, writer, cfg):
    w = lambda s: writer.write((s + "\r\n").encode())
    w("220 (vsFTPd 2.3.4)")
    user = None
    while True:
        await writer.drain()
        cmd = await line(reader)
        if not cmd:
            return
        verb, _, arg = cmd.partition(" ")
        verb = verb.upper()
        if verb == "USER":
            user = arg
            w("331 Please specify the password.")
        elif verb == "PASS":
            if user and user.lower() in ("anonymous", "ftp"):
                w("230 Login successful.")
            else:
                w("530 Login incorrect.")
        elif verb == "SYST":
            w("215 UNIX Type: L8")
        elif verb == "PWD":
            w('257 "/" is the current directory')
        elif verb == "FEAT":
            w("211-Features:\r\n PASV\r\n UTF8\r\n211 End")
        elif verb == "QUIT":
            w("221 Goodbye.")
            await writer.drain()
            return
        else:
            w("502 Command not implemented.")


async def smtp(reader, writer, cfg):
    w = lambda s: writer.write((s + "\r\n").encode())
    w(f"220 {cfg['host']} ESMTP Postfix")
    while True:
        await writer.drain()
        cmd = await line(reader)
        if not cmd:
            return
        verb = cmd.split(" ")[0].upper()
        if verb == "EHLO":
            w(f"250-{cfg['host']}\r\n250-PIPELINING\r\n250-SIZE 10240000\r\n250-AUTH PLAIN LOGIN\r\n250 8BITMIME")
        elif verb == "HELO":
            w(f"250 {cfg['host']}")
        elif verb == "AUTH":
            w("535 5.7.8 Error: authentication failed")
        elif verb == "QUIT":
            w("221 2.0.0 Bye")
            await writer.drain()
            return
        elif verb == "STARTTLS":
            w("502 5.5.1 Error: command not implemented")
        else:
            w("250 2.0.0 Ok")


async def legacy_http(reader, writer, cfg):
    request = await line(reader)
    while (await line(reader)) != "":
        pass  # headers are ignored
    parts = request.split(" ")
    path = urllib.parse.unquote(urllib.parse.urlsplit(parts[1] if len(parts) > 1 else "/").path)
    root = os.path.realpath(cfg["root"])
    full = os.path.realpath(os.path.join(root, path.lstrip("/")))
    if os.path.isdir(full):
        full = os.path.join(full, "index.html")
    status, body, ctype = "404 Not Found", b"<html><body><h1>Not Found</h1></body></html>", "text/html"
    if full.startswith(root + os.sep) and os.path.isfile(full):
        with open(full, "rb") as f:
            body = f.read()
        status = "200 OK"
        ext = os.path.splitext(full)[1]
        ctype = {".css": "text/css", ".ico": "image/x-icon", ".png": "image/png", ".csv": "text/csv",
                 ".js": "application/javascript"}.get(ext, "text/html")
    head = (f"HTTP/1.1 {status}\r\nServer: Apache/2.2.15 (CentOS)\r\nX-Powered-By: PHP/5.3.3\r\n"
            f"Content-Type: {ctype}; charset=utf-8\r\nContent-Length: {len(body)}\r\nConnection: close\r\n\r\n")
    writer.write(head.encode() + (b"" if parts[0] == "HEAD" else body))


async def blackhole(reader, writer, cfg):
    await reader.read()  # never answers; the client gives up (or the 30 s cap closes it)


HANDLERS = {"blackhole": blackhole, "telnet": telnet, "ftp": ftp, "smtp-plain": smtp, "legacy-http": legacy_http}


def serve(cfg):
    async def handle(reader, writer):
        try:
            await asyncio.wait_for(HANDLERS[cfg["kind"]](reader, writer, cfg), 30)
            await writer.drain()
        except (asyncio.TimeoutError, ConnectionError):
            pass
        finally:
            writer.close()
    return asyncio.start_server(handle, cfg["addr"], cfg["port"], reuse_address=True)


async def main(path):
    with open(path) as f:
        cfgs = json.load(f)
    servers = [await serve(c) for c in cfgs]
    for c in cfgs:
        print(f"tcpd: {c['kind']} on {c['addr']}:{c['port']} ({c['host']})", flush=True)
    await asyncio.gather(*(s.serve_forever() for s in servers))


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1]))
