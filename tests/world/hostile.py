#!/usr/bin/env python3
"""Hostile servers of the test world (branch `hostile`, issue 9 item 4 and issue 12), one foreground process.

Each world.ini section with `hostile = KIND` gets this server on its address: an HTTP server on port 80
whose answers are the attack (KIND below), and for some kinds more ports. Everything large is generated
as it is sent, never stored. Every connection is logged as one JSON line in logs/hostile.log when it ends
(server address, port, kind, peer, start, seconds held, bytes sent, the request line and Host), so a test
can see how long a scanner held each connection and what it sent where.

  redirect-loop     every path answers 302 to itself with ?loop toggled: /p -> /p?loop -> /p -> ...
  redirect-scheme   302 to file:///etc/passwd, ftp://, javascript: and data: locations (by path)
  redirect-offsite  302 to the same path on outsider.hostile-example.net (another registrable domain)
  outsider          a plain 200 page: the stranger the offsite redirects point at (its log is the proof)
  huge              200 with Content-Length 1 GiB of HTML filler
  gzip-bomb         200, Content-Encoding gzip: 10 KiB-ish per 1 MiB of zeros, 10 GiB decompressed
  brotli-bomb       200, Content-Encoding br: 1 GiB of zeros in about 190 KiB
  drip              the response one byte a second, never finished
  chunked-endless   200, Transfer-Encoding chunked, 64 KiB chunks forever
  big-headers       200 with 1 MiB of header lines (and one 256 KiB line), then a small page
  tls-stall         port 80: 301 to https; port 443: reads the ClientHello, announces a 16 KiB handshake
                    record and sends it one byte every 2 s (a per-read timeout never fires)
  banner-endless    port 80: a small page; port 21: an FTP greeting of endless "220-" lines;
                    port 23: a telnet banner one byte a second without a newline
  dns               UDP and TCP 53: the zone hx-cname.gov.cn, whose names answer a CNAME loop www -> a -> b -> www

Usage: hostile.py CONFIG.json LOGFILE   (CONFIG: a list of {kind, addr, host}; written by gen.py)
"""

import asyncio
import ctypes
import json
import sys
import time
import zlib

CAP_SECONDS = 900  # a server-side cap so a forgotten client cannot keep a coroutine forever
FILLER = b"<p>" + b"\xe5\x86\x85\xe5\xae\xb9" * 160 + b"</p>\n"  # 内容 … : an HTML-looking body
LOG = None
_brotli_bomb = None
_gzip_block = None


def log(entry):
    LOG.write(json.dumps(entry, ensure_ascii=False) + "\n")
    LOG.flush()


def gzip_block():
    """1 MiB of zeros deflated and ended with a full flush: self-contained, so it can be repeated."""
    global _gzip_block
    if _gzip_block is None:
        c = zlib.compressobj(9, zlib.DEFLATED, -15)
        _gzip_block = c.compress(bytes(1 << 20)) + c.flush(zlib.Z_FULL_FLUSH)
    return _gzip_block


def brotli_bomb():
    """1 GiB of zeros brotli-compressed through libbrotlienc (ctypes: Debian has no python3-brotli)."""
    global _brotli_bomb
    if _brotli_bomb is not None:
        return _brotli_bomb
    lib = ctypes.CDLL("libbrotlienc.so.1")
    vp, sz = ctypes.c_void_p, ctypes.c_size_t
    lib.BrotliEncoderCreateInstance.restype = vp
    lib.BrotliEncoderCreateInstance.argtypes = [vp, vp, vp]
    lib.BrotliEncoderSetParameter.argtypes = [vp, ctypes.c_int, ctypes.c_uint32]
    lib.BrotliEncoderCompressStream.argtypes = [vp, ctypes.c_int, ctypes.POINTER(sz), ctypes.POINTER(vp),
                                                ctypes.POINTER(sz), ctypes.POINTER(vp), vp]
    lib.BrotliEncoderHasMoreOutput.argtypes = [vp]
    lib.BrotliEncoderDestroyInstance.argtypes = [vp]
    st = lib.BrotliEncoderCreateInstance(None, None, None)
    lib.BrotliEncoderSetParameter(st, 1, 1)   # BROTLI_PARAM_QUALITY
    lib.BrotliEncoderSetParameter(st, 2, 24)  # BROTLI_PARAM_LGWIN
    zeros, out, res = ctypes.create_string_buffer(1 << 20), ctypes.create_string_buffer(1 << 20), bytearray()

    def step(op, data, n):
        avail_in, next_in = sz(n), vp(ctypes.addressof(data) if data is not None else None)
        while True:
            avail_out, next_out = sz(len(out)), vp(ctypes.addressof(out))
            lib.BrotliEncoderCompressStream(st, op, ctypes.byref(avail_in), ctypes.byref(next_in),
                                            ctypes.byref(avail_out), ctypes.byref(next_out), None)
            res.extend(out.raw[:len(out) - avail_out.value])
            if avail_in.value == 0 and not lib.BrotliEncoderHasMoreOutput(st):
                return

    for _ in range(1024):
        step(0, zeros, len(zeros))  # BROTLI_OPERATION_PROCESS
    step(2, None, 0)                # BROTLI_OPERATION_FINISH
    lib.BrotliEncoderDestroyInstance(st)
    _brotli_bomb = bytes(res)
    return _brotli_bomb


class Conn:
    def __init__(self, writer):
        self.writer = writer
        self.sent = 0

    async def send(self, data):
        self.writer.write(data)
        self.sent += len(data)
        await self.writer.drain()
        # drain() does not yield while the peer keeps up: without this an endless stream to a fast
        # reader would starve every other server of this process
        await asyncio.sleep(0)

    async def stream(self, data):
        """A large send, paced at about 8 MiB/s a connection: far faster than any body cap is reached,
        and it keeps this one process from eating the machine (and starving its other servers) while a
        scanner opens dozens of such connections at once."""
        await self.send(data)
        await asyncio.sleep(len(data) / (8 << 20))


async def read_request(reader):
    """Request line and Host; headers capped at 64 KiB (this is a test server, not the thing under test)."""
    line = (await reader.readline()).decode("latin-1").strip()
    host, total = "", 0
    while True:
        h = await reader.readline()
        total += len(h)
        if not h or h in (b"\r\n", b"\n") or total > 65536:
            break
        k, _, v = h.decode("latin-1").partition(":")
        if k.strip().lower() == "host":
            host = v.strip()
    return line, host


def page(cfg, note=""):
    return (f"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{cfg['host']}</title></head>"
            f"<body><h1>{cfg['host']}</h1><p>{note}</p></body></html>").encode()


def head(status, headers, length=None):
    lines = [f"HTTP/1.1 {status}", "Server: hostile-world", "Connection: close"] + headers
    if length is not None:
        lines.append(f"Content-Length: {length}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


async def http(reader, c, cfg, entry):
    line, host = await read_request(reader)
    entry["request"], entry["hostHeader"] = line, host
    parts = line.split(" ")
    method, target = (parts[0], parts[1]) if len(parts) > 1 else ("GET", "/")
    path, _, query = target.partition("?")
    kind, name = cfg["kind"], cfg["host"]
    body_allowed = method != "HEAD"

    async def redirect(location, status="302 Found"):
        await c.send(head(status, [f"Location: {location}", "Content-Type: text/html"], 0))

    if kind == "redirect-loop":
        await redirect(f"http://{name}{path}" + ("" if query == "loop" else "?loop"))
    elif kind == "redirect-scheme":
        targets = ["file:///etc/passwd", f"ftp://{name}/pub/", "javascript:alert(document.domain)",
                   "data:text/html,<h1>x</h1>"]
        await redirect(targets[0] if path == "/" else targets[sum(path.encode()) % len(targets)])
    elif kind == "redirect-offsite":
        await redirect(f"http://outsider.hostile-example.net{target}")
    elif kind == "tls-stall":
        await redirect(f"https://{name}{target}", "301 Moved Permanently")
    elif kind in ("outsider", "banner-endless"):
        b = page(cfg, "outside of every test organisation" if kind == "outsider" else "banner host")
        await c.send(head("200 OK", ["Content-Type: text/html; charset=utf-8"], len(b)) + (b if body_allowed else b""))
    elif kind == "huge":
        size = 1 << 30
        await c.send(head("200 OK", ["Content-Type: text/html; charset=utf-8"], size))
        if body_allowed:
            block = (FILLER * (65536 // len(FILLER) + 1))[:65536]
            left = size
            while left > 0:
                await c.stream(block[:left])
                left -= len(block)
    elif kind == "gzip-bomb":
        await c.send(head("200 OK", ["Content-Type: text/html; charset=utf-8", "Content-Encoding: gzip"]))
        if body_allowed:
            await c.send(b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03")  # gzip header, then deflate blocks
            block = gzip_block() * 16  # 16 MiB decompressed each
            block *= 64  # 1 GiB decompressed each
            for _ in range(10):  # 10 GiB decompressed
                await c.stream(block)
            await c.send(b"\x03\x00" + bytes(8))  # final empty block; CRC and size deliberately wrong
    elif kind == "brotli-bomb":
        bomb = brotli_bomb()
        await c.send(head("200 OK", ["Content-Type: text/html; charset=utf-8", "Content-Encoding: br"], len(bomb)))
        if body_allowed:
            await c.send(bomb)
    elif kind == "drip":
        text = head("200 OK", ["Content-Type: text/html; charset=utf-8"]) + FILLER * 100
        for i in range(len(text)):
            await c.send(text[i:i + 1])
            await asyncio.sleep(1)
    elif kind == "chunked-endless":
        await c.send(head("200 OK", ["Content-Type: text/html; charset=utf-8", "Transfer-Encoding: chunked"]))
        chunk = (FILLER * (65536 // len(FILLER) + 1))[:65536]
        framed = b"%x\r\n" % len(chunk) + chunk + b"\r\n"
        while True:
            await c.stream(framed)
    elif kind == "big-headers":
        lines = [f"X-Filler-{i}: " + "a" * 1000 for i in range(1024)] + ["X-Long: " + "b" * 262144]
        b = page(cfg, "after a megabyte of headers")
        await c.send(head("200 OK", ["Content-Type: text/html; charset=utf-8"] + lines, len(b)) + b)
    else:
        await c.send(head("500 Internal Server Error", [], 0))


async def tls_stall(reader, c, cfg, entry):
    hello = await reader.read(16384)  # the ClientHello (or most of it)
    entry["request"] = f"TLS ClientHello, {len(hello)} bytes"
    await c.send(b"\x16\x03\x03\x40\x00")  # handshake record of 16384 bytes ...
    for _ in range(16384):
        await c.send(b"\x02")              # ... that never completes: one byte every 2 s
        await asyncio.sleep(2)


async def ftp_endless(reader, c, cfg, entry):
    entry["request"] = "FTP greeting"
    n = 0
    while True:
        n += 100
        await c.stream(b"".join(b"220-Welcome to the endless FTP banner, line %d\r\n" % i for i in range(n - 100, n)))


async def telnet_drip(reader, c, cfg, entry):
    entry["request"] = "telnet banner"
    text = b"Welcome " * 100000
    for i in range(len(text)):
        await c.send(text[i:i + 1])
        await asyncio.sleep(1)


# ------------------------------------------------------------------ DNS: a CNAME loop
LOOP = {"www.hx-cname.gov.cn": "a.hx-cname.gov.cn", "a.hx-cname.gov.cn": "b.hx-cname.gov.cn",
        "b.hx-cname.gov.cn": "www.hx-cname.gov.cn"}


def dns_name(data, off):
    labels = []
    while off < len(data) and data[off]:
        n = data[off]
        labels.append(data[off + 1:off + 1 + n].decode("latin-1"))
        off += 1 + n
    return ".".join(labels).lower(), off + 1


def encode_name(name):
    return b"".join(bytes([len(p)]) + p.encode() for p in name.split(".")) + b"\0"


def dns_answer(query):
    """Every name of the loop answers a CNAME to the next one, whatever the type asked; others NXDOMAIN."""
    if len(query) < 12:
        return None
    name, off = dns_name(query, 12)
    question = query[12:off + 4]
    target = LOOP.get(name)
    flags = 0x8400 | (0 if target else 3)  # response, authoritative; NXDOMAIN when not in the loop
    header = query[:2] + flags.to_bytes(2, "big") + b"\x00\x01" + (b"\x00\x01" if target else b"\x00\x00") + bytes(4)
    answer = b""
    if target:
        rdata = encode_name(target)
        answer = b"\xc0\x0c\x00\x05\x00\x01" + (60).to_bytes(4, "big") + len(rdata).to_bytes(2, "big") + rdata
    return header + question + answer


class DnsUdp(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, addr):
        reply = dns_answer(data)
        log({"addr": "127.0.7.53", "port": 53, "kind": "dns", "peer": f"{addr[0]}:{addr[1]}", "start": time.time(),
             "seconds": 0, "request": "DNS " + (dns_name(data, 12)[0] if len(data) > 12 else "?")})
        if reply:
            self.transport.sendto(reply, addr)


async def dns_tcp(reader, c, cfg, entry):
    size = int.from_bytes(await reader.readexactly(2), "big")
    query = await reader.readexactly(size)
    entry["request"] = "DNS/TCP " + dns_name(query, 12)[0]
    reply = dns_answer(query)
    if reply:
        await c.send(len(reply).to_bytes(2, "big") + reply)


def handler(fn, cfg, port):
    async def handle(reader, writer):
        c = Conn(writer)
        peer = writer.get_extra_info("peername")
        entry = {"addr": cfg["addr"], "port": port, "host": cfg["host"], "kind": cfg["kind"],
                 "peer": f"{peer[0]}:{peer[1]}" if peer else "", "start": time.time()}
        try:
            await asyncio.wait_for(fn(reader, c, cfg, entry), CAP_SECONDS)
        except (asyncio.TimeoutError, asyncio.IncompleteReadError, ConnectionError, OSError):
            pass
        finally:
            entry["seconds"] = round(time.time() - entry["start"], 3)
            entry["sent"] = c.sent
            log(entry)
            try:
                writer.close()
            except Exception:
                pass
    return handle


async def main(path, logpath):
    global LOG
    LOG = open(logpath, "a", encoding="utf-8")
    with open(path) as f:
        cfgs = json.load(f)
    servers = []
    for cfg in cfgs:
        if cfg["kind"] == "dns":
            await asyncio.get_running_loop().create_datagram_endpoint(DnsUdp, local_addr=(cfg["addr"], 53))
            servers.append(await asyncio.start_server(handler(dns_tcp, cfg, 53), cfg["addr"], 53, reuse_address=True))
            print(f"hostile: dns on {cfg['addr']}:53", flush=True)
            continue
        ports = [(80, http)]
        if cfg["kind"] == "tls-stall":
            ports.append((443, tls_stall))
        if cfg["kind"] == "banner-endless":
            ports += [(21, ftp_endless), (23, telnet_drip)]
        for port, fn in ports:
            servers.append(await asyncio.start_server(handler(fn, cfg, port), cfg["addr"], port, reuse_address=True))
            print(f"hostile: {cfg['kind']} on {cfg['addr']}:{port} ({cfg['host']})", flush=True)
    await asyncio.gather(*(s.serve_forever() for s in servers))


def endpoints(cfg):
    """The ports `run` probes for readiness."""
    if cfg["kind"] == "dns":
        return [f"{cfg['addr']}:53"]
    ports = [80] + ([443] if cfg["kind"] == "tls-stall" else []) + ([21, 23] if cfg["kind"] == "banner-endless" else [])
    return [f"{cfg['addr']}:{p}" for p in ports]


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2]))
