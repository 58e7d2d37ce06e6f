"""Pages of the world's sites: Chinese government portal look-alikes with planted features.

Every date is computed from `today` at world start-up, so a "fresh" site stays fresh and a
"stale" one stays ~60 days old whenever the world runs. All personal data is synthetic:
ID numbers use the world's fictional region codes (99xxxx) with a correct GB 11643 check
digit, card numbers use the 6299 test prefix with a correct Luhn digit.
"""

import datetime
import html
import os
import struct
import zlib

import fixtures

NAV = [("zwgk", "政务公开"), ("zwfw", "政务服务"), ("hdjl", "互动交流"), ("zjxx", "走进我们")]

# {o} is the site's org name: every site gets its own headlines, so sites sharing the template
# still differ in text (counterfeit similarity must single out the copied site, not its siblings)
NEWS_TITLES = [
    "{o}召开党组（扩大）会议传达学习重要会议精神", "{o}开展“服务基层”专题调研", "{o}召开2026年第四季度工作推进会",
    "全省数字政府建设推进会召开，{o}作交流发言", "{o}关于做好冬季安全生产工作的通知", "{o}举办网络安全宣传周活动",
    "{o}主要负责同志接待群众来访", "{o}“一网通办”服务事项再扩容", "{o}召开政务公开工作培训会",
    "{o}2026年度政府信息公开工作年度报告", "{o}深入开展作风建设专项行动", "{o}召开优化营商环境座谈会",
    "{o}与高校签署战略合作协议", "{o}开展防汛防台应急演练", "{o}部署年末岁初重点工作", "{o}举行新任职干部宪法宣誓仪式",
]
NOTICE_TITLES = ["{o}关于公开征求意见的公告", "{o}政府信息公开指南", "{o}关于调整办公时间的通知", "{o}2026年公开招聘工作人员公告",
                 "{o}行政许可事项目录", "{o}关于开展满意度调查的公告"]

# banner colours (start, end, nav, footer): chosen per site from its name
THEMES = [("#c40000", "#8b0000", "#a80000", "#7a0000"), ("#1a5fb4", "#0b3a75", "#14508f", "#0b2e5c"),
          ("#0f7b5f", "#075440", "#0b6a51", "#064535"), ("#b5651d", "#7a3f0c", "#9a5516", "#5e3109"),
          ("#6a1b9a", "#3f0e5e", "#571580", "#330a4d")]


def pick(pool, key, n, org):
    """n distinct items of pool in an order fixed by key, with the org name filled in."""
    h = sum((i + 1) * ord(c) for i, c in enumerate(key))
    order = sorted(range(len(pool)), key=lambda i: (i * 7919 + h) % 101)
    return [pool[i].format(o=org) for i in order[:n]]


CSS = """:root{--a:#c40000;--b:#8b0000;--n:#a80000;--f:#7a0000}
body{margin:0;font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;background:#f3f3f3;color:#333}
.top{background:var(--f);color:#fff;font-size:12px;padding:4px 40px}
.banner{background:linear-gradient(var(--a),var(--b));color:#fff;padding:24px 40px;display:flex;align-items:center}
.emblem{width:64px;height:64px;border-radius:32px;background:#f5c400;margin-right:20px;border:3px solid #fff}
.banner h1{margin:0;font-size:34px;letter-spacing:4px}.banner .en{margin:4px 0 0;font-size:13px;opacity:.8}
nav{background:var(--n);padding:0 40px}nav a{display:inline-block;color:#fff;padding:12px 22px;text-decoration:none}
main{display:flex;flex-wrap:wrap;margin:16px 40px;gap:16px}section{background:#fff;flex:1 1 40%;padding:8px 16px}
h2{color:var(--n);border-bottom:2px solid var(--n);font-size:18px;padding-bottom:6px}ul{list-style:none;padding:0}
li{display:flex;justify-content:space-between;padding:6px 0;border-bottom:1px dashed #ddd}
li a{color:#333;text-decoration:none}.date{color:#888}
footer{background:var(--f);color:#eee;text-align:center;padding:16px;font-size:13px}footer a{color:#fff}
.ie{background:#fff3cd;color:#7a4b00;padding:8px 40px}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px}
"""


def png(w, h, rgb):
    """A plain-colour PNG, written by hand: no imaging library is needed."""
    raw = b"".join(b"\0" + bytes(rgb) * w for _ in range(h))
    chunk = lambda t, d: struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def ico(rgb):
    """favicon.ico holding one 16x16 PNG; its colour differs per site so favicon hashes differ."""
    p = png(16, 16, rgb)
    return struct.pack("<HHH", 0, 1, 1) + struct.pack("<BBBBHHII", 16, 16, 0, 0, 1, 32, len(p), 22) + p


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data.encode("utf-8") if isinstance(data, str) else data)


def esc(s):
    return html.escape(s, quote=True)


def badge_html(h, color, conac_id):
    img = f"https://dcs.conac.cn/image/{color}.png"
    if color == "red-script":
        # the live embedding: an empty span filled by the CONAC script (renders the red badge)
        return ('<span id="_ideConac"></span>\n<script type="text/javascript" '
                'src="https://dcs.conac.cn/js/99/000/0000/60400000/CA990000000604000000001.js"></script>')
    return (f'<span id="_ideConac"><a href="https://bszs.conac.cn/sitename?method=show&amp;id={conac_id}" '
            f'target="_blank"><img id="imgConac" src="{img}" alt="党政机关" width="55" height="66"></a></span>'
            if color == "red" else
            f'<span id="_ideConac"><a href="https://bszs.conac.cn/sitename?method=show&amp;id={conac_id}" '
            f'target="_blank"><img id="imgConac" src="{img}" alt="事业单位" width="55" height="66"></a></span>')


def news_dates(today, mode, n):
    if mode == "none":
        return [None] * n
    start = 0 if mode == "fresh" else 60
    # fresh: today, yesterday, then every few days; stale: the same pattern 60 days back
    return [today - datetime.timedelta(days=start + (i if i < 2 else 3 * i)) for i in range(n)]


class Site:
    def __init__(self, h, hosts, root, today):
        self.h, self.hosts, self.root, self.today = h, hosts, root, today
        src = hosts[h.copy_of] if h.copy_of else h
        self.src = src
        self.title = src.title
        self.exits = []

    def url_of(self, host):
        t = self.hosts.get(host)
        scheme = "http" if (t and t.https == "none") else "https"
        return f"{scheme}://{host}/"

    def ext_link(self, url, text):
        if self.h.links in ("direct", "script"):
            return f'<a href="{esc(url)}" target="_blank">{esc(text)}</a>'
        self.exits.append(url)
        return f'<a href="/exit/{len(self.exits)}.html" target="_blank">{esc(text)}</a>'

    def head(self, title, extra=""):
        s, h = self.src, self.h
        meta = [f'<meta charset="utf-8">', f"<title>{esc(title)}</title>",
                f'<meta name="SiteName" content="{esc(self.title)}">', f'<meta name="SiteDomain" content="{h.name}">',
                '<link rel="stylesheet" href="/css/style.css">', '<link rel="icon" href="/favicon.ico">']
        t = THEMES[sum(map(ord, s.name)) % len(THEMES)]
        meta.append(f"<style>:root{{--a:{t[0]};--b:{t[1]};--n:{t[2]};--f:{t[3]}}}</style>")
        codes = self.codes()
        if codes:
            meta.append(f'<meta name="SiteIDCode" content="{codes[1]}">')
        if "slcms" in s.extras:
            meta.append('<meta name="generator" content="SLCMS 3.2.1">')
        if "jquery183" in s.extras:
            meta.append('<script src="/js/jquery-1.8.3.min.js"></script>')
        if h.links == "script":
            meta.append('<script src="/js/leave.js"></script>')
        return "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n" + "\n".join(meta) + extra + "\n</head>\n<body>\n"

    def codes(self):
        c = self.src.sitecode
        if c == "none":
            return None
        parts = c.split(",")
        return parts if len(parts) == 3 else [c, c, c]

    def header(self):
        s = self.src
        ie = ""
        if "ie" in s.extras:
            ie = ('<div class="ie">提示：为保证正常使用，请使用IE浏览器（IE8及以上版本）访问本站，'
                  '其他浏览器可能无法正常显示。</div>\n')
        nav = '<a href="/">首页</a>' + "".join(f'<a href="/{k}/">{v}</a>' for k, v in NAV)
        # today's date is written by script, as live portals do: the static HTML then has no
        # date outside the news lists (entity.stale_site reads only those)
        top = ('<div class="top"><script>var d=new Date();document.write(d.getFullYear()+"年"+(d.getMonth()+1)'
               '+"月"+d.getDate()+"日");</script> | 无障碍浏览 | 长者模式</div>\n')
        return (top +
                f'{ie}<header class="banner"><div class="emblem"></div><div><h1>{esc(self.title)}</h1>'
                f'<p class="en">Demo Province · Govscope test world</p></div></header>\n<nav>{nav}</nav>\n')

    def footer(self):
        s, h = self.src, self.h
        lines = [f"<p>主办单位：{esc(self.title)}　承办单位：{esc(self.title)}办公室　联系电话：0999-12345678</p>"]
        codes = self.codes()
        bits = []
        if codes:
            bits.append(f"网站标识码：{codes[0]}")
        if s.icp != "none":
            bits.append(f'<a href="https://beian.miit.gov.cn/" target="_blank">{esc(s.icp)}</a>')
        bits.append("示公网安备 99000002000001号")
        lines.append("<p>" + "　".join(bits) + "</p>")
        if "slcms" in s.extras:
            lines.append("<p>技术支持：SLCMS 3.2.1</p>")
        badge = s.badge if (not h.copy_of or "copy_badge" in h.extras) else "none"
        if badge != "none":
            conac_id = (hashlib_md5(s.name)).upper()
            lines.append(badge_html(h, badge, conac_id))
        if codes:
            lines.append(f"<script id=\"_jiucuo_\" sitecode='{codes[2]}' "
                         "src='https://pucha.kaipuyun.cn/exposure/jiucuo.js'></script>")
        return "<footer>\n" + "\n".join(lines) + "\n</footer>\n</body>\n</html>\n"

    def page(self, title, body):
        return self.head(title) + self.header() + "<main>\n" + body + "</main>\n" + self.footer()

    def news_list(self, key, titles, n):
        dates = news_dates(self.today, self.src.news, n)
        items = []
        for i, d in enumerate(dates):
            slug = f"{key}{i + 1:02d}"
            t = titles[i % len(titles)]
            date = f'<span class="date">{d.isoformat()}</span>' if d else ""
            items.append((slug, t, d))
            yield f'<li><a href="/xwdt/{slug}.html">{esc(t)}</a>{date}</li>', (slug, t, d)

    def write_portal(self):
        s, h, r = self.src, self.h, os.path.join(self.root, self.h.name)
        if h.links == "script":
            # the leaving notice as many sites have it: one handler in the site's script file, the
            # wording as \\u escapes (您即将离开本网站), the links themselves direct in the markup
            write(os.path.join(r, "js", "leave.js"),
                  "document.addEventListener('click', function (e) {\n"
                  "  var a = e.target.closest('a[href^=\"http\"]');\n"
                  "  if (a && a.host !== location.host &&\n"
                  "      !confirm('\\u60a8\\u5373\\u5c06\\u79bb\\u5f00\\u672c\\u7f51\\u7ad9')) e.preventDefault();\n"
                  "});\n")
        articles = []
        news = []
        org = self.title
        for li, art in self.news_list("xw", pick(NEWS_TITLES, s.name, 8, org), 8):
            news.append(li)
            articles.append(art)
        notices = []
        for li, art in self.news_list("tz", pick(NOTICE_TITLES, s.name, 4, org), 4):
            notices.append(li)
            articles.append(art)
        if "sensitive" in s.extras or "masked" in s.extras:
            d = self.today - datetime.timedelta(days=1)
            notices.insert(0, f'<li><a href="/zwgk/gsgg/dbmd.html">2026年第四季度城乡低保对象名单公示</a>'
                              f'<span class="date">{d.isoformat()}</span></li>')
        if "internal_dead" in s.extras:
            notices.append('<li><a href="/zwgk/2019/old-notice.html">2019年政务公开工作要点（旧链接）</a></li>')
        links = [self.ext_link(self.url_of(f), self.hosts[f].title if f in self.hosts else f) for f in s.friends]
        links += [self.ext_link(u, u.split("/")[2]) for u in s.deadlinks]
        if h.copy_of:
            links = []
        body = (f'<section class="news"><h2>要闻动态</h2><ul>\n' + "\n".join(news) + "\n</ul></section>\n"
                f'<section class="notice"><h2>通知公告</h2><ul>\n' + "\n".join(notices) + "\n</ul></section>\n")
        if links:
            body += '<section class="links"><h2>友情链接</h2><ul>\n' + "\n".join(f"<li>{l}</li>" for l in links) + \
                    "\n</ul></section>\n"
        write(os.path.join(r, "index.html"), self.page(self.title, body))
        for slug, t, d in articles:
            when = f"<p class=\"date\">发布时间：{d.isoformat()}</p>" if d else ""
            write(os.path.join(r, "xwdt", f"{slug}.html"),
                  self.page(f"{t}_{self.title}", f"<section><h2>{esc(t)}</h2>{when}<p>（正文略。本页为测试世界生成的示例内容。）</p>"
                            f'<p><a href="/">返回首页</a></p></section>\n'))
        for key, name in NAV:
            extra = ""
            if key == "zwfw":
                extra = self.service_block()
            lis = "".join(f'<li><a href="/xwdt/{sl}.html">{esc(t)}</a>'
                          + (f'<span class="date">{d.isoformat()}</span>' if d else "") + "</li>"
                          for sl, t, d in articles[:6])
            write(os.path.join(r, key, "index.html"),
                  self.page(f"{name}_{self.title}", f"<section><h2>{name}</h2><ul>{lis}</ul>{extra}</section>\n"))
        self.write_common(r)
        if "sensitive" in s.extras:
            fixtures.write_sensitive(r, self, write)
        if "wechat_only" in s.extras:
            write(os.path.join(r, "zwfw", "login.html"), self.page(
                f"用户登录_{self.title}",
                '<section><h2>用户登录</h2><p>本系统仅支持微信扫码登录，请使用微信“扫一扫”扫描下方二维码完成登录。</p>'
                '<img src="/images/wechat-qr.png" alt="微信扫码登录" width="160" height="160">'
                '<p>暂不支持其他登录方式。</p></section>\n'))
            write(os.path.join(r, "images", "wechat-qr.png"), png(160, 160, (30, 30, 30)))
        fixtures.write_extras(r, s, self, write)
        for i, u in enumerate(self.exits, 1):
            write(os.path.join(r, "exit", f"{i}.html"), self.page(
                f"提示_{self.title}",
                f'<section><h2>您即将离开本网站</h2><p>您访问的链接即将离开“{esc(self.title)}”，'
                f'请注意您的账号和财产安全。</p><p>目标地址：<a href="{esc(u)}" rel="noopener">{esc(u)}</a></p>'
                f'<p><a href="{esc(u)}" rel="noopener">继续访问</a>　<a href="/">放弃</a></p></section>\n'))

    def service_block(self):
        s = self.src
        if "wechat_only" in s.extras:
            return '<p><a href="/zwfw/login.html">网上办事登录（微信扫码）</a></p>'
        if "ie" in s.extras:
            return ('<p>在线查档需要安装控件，请使用IE浏览器打开。</p>'
                    '<object id="ArchiveCtrl" classid="clsid:9F6A3C2E-0000-4E2B-9999-20990000ABCD" '
                    'codebase="/activex/ArchiveCtrl.cab#version=1,0,0,1" width="0" height="0"></object>')
        return '<p>统一身份认证：支持账号密码、短信验证码、电子社保卡等多种方式登录。</p>'

    def write_common(self, r):
        write(os.path.join(r, "css", "style.css"), CSS)
        n = sum(map(ord, self.src.name))
        write(os.path.join(r, "favicon.ico"), ico((180 + n % 60, n % 50, n % 40)))
        write(os.path.join(r, "404.html"), self.head("页面不存在") + self.header() +
              "<main><section><h2>404 页面不存在</h2><p>您访问的页面不存在或已删除。</p></section></main>\n"
              + self.footer())
        write(os.path.join(r, "robots.txt"), "User-agent: *\nDisallow: /admin/\n")


def hashlib_md5(s):
    import hashlib
    return hashlib.md5(s.encode()).hexdigest()


def write_webmail(h, root, today):
    r = os.path.join(root, h.name)
    otp = ""
    if "mfa" in h.extras:
        otp = ('<label>动态口令 <input name="otp" type="text" inputmode="numeric" autocomplete="one-time-code" '
               'placeholder="6位动态口令"></label><br>\n<button type="button" id="sms">获取短信验证码</button><br>\n')
    page = f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{esc(h.title)} - 登录</title>
<link rel="stylesheet" href="/css/style.css"></head>
<body><header class="banner"><div class="emblem"></div><h1>{esc(h.title)}</h1></header>
<main><section><h2>用户登录</h2>
<form method="post" action="/login">
<label>用户名 <input name="username" type="text" autocomplete="username"></label><br>
<label>密　码 <input name="password" type="password" autocomplete="current-password"></label><br>
{otp}<button type="submit">登录</button>
</form></section></main>
<footer><p>{esc(h.title)}</p></footer></body></html>
"""
    write(os.path.join(r, "index.html"), page)
    write(os.path.join(r, "css", "style.css"), CSS)


def write_service_site(h, root):
    """The national services: CONAC badge, ICP lookup, 纠错 script."""
    r = os.path.join(root, h.name)
    if h.web == "conac_bszs":
        write(os.path.join(r, "sitename.html"),
              '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>党政机关网站标识</title></head>'
              '<body><h1>中国机构编制网 · 网站标识信息</h1><p>该网站已注册党政机关网站标识（测试世界示例页）。</p></body></html>\n')
        write(os.path.join(r, "index.html"), '<!DOCTYPE html><html><head><meta charset="utf-8"><title>网站标识</title>'
                                             '</head><body>网站标识查询（测试世界）</body></html>\n')
    elif h.web == "conac_dcs":
        write(os.path.join(r, "image", "red.png"), png(55, 66, (204, 0, 0)))
        write(os.path.join(r, "image", "blue.png"), png(55, 66, (0, 64, 160)))
        # what the live badge script does: document.write of the rendered red badge link
        write(os.path.join(r, "badge.js"),
              'document.write(unescape("%3Cspan%20id%3D%22_ideConac%22%3E%3Ca%20href%3D%22https%3A//bszs.conac.cn/'
              'sitename%3Fmethod%3Dshow%26id%3D0A0B0C0D0E0F00112233445566778899%22%20target%3D%22_blank%22%3E%3Cimg%20'
              'id%3D%22imgConac%22%20src%3D%22https%3A//dcs.conac.cn/image/red.png%22%3E%3C/a%3E%3C/span%3E"));\n')
        write(os.path.join(r, "index.html"), "<!DOCTYPE html><html><body>dcs</body></html>\n")
    elif h.web == "beian":
        write(os.path.join(r, "index.html"),
              '<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>ICP/IP地址/域名信息备案管理系统</title>'
              '</head><body><h1>ICP/IP地址/域名信息备案管理系统</h1><p>测试世界示例页。</p></body></html>\n')
    elif h.web == "jiucuo":
        write(os.path.join(r, "exposure", "jiucuo.js"),
              "/* 政府网站找错 (test world) */\n(function(){var s=document.getElementById('_jiucuo_');"
              "if(s){var a=document.createElement('a');a.href='#';a.textContent='政府网站找错';"
              "s.parentNode.insertBefore(a,s);}})();\n")
        write(os.path.join(r, "index.html"), "<!DOCTYPE html><html><body>jiucuo</body></html>\n")


def write_gambling(h, root):
    r = os.path.join(root, h.name)
    write(os.path.join(r, "index.html"), """<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>澳门博彩娱乐城 - 百家乐 真人娱乐 注册送彩金</title></head>
<body style="background:#111;color:#fc0">
<h1>澳门博彩娱乐城</h1>
<p>百家乐、真人荷官、体育投注、六合彩，线上赌场24小时在线。</p>
<p>新用户注册即送888元彩金，首存翻倍，日返水1.5%！</p>
<p><a href="/register.html">立即注册</a></p>
</body></html>
""")


def write_sites(hosts, root, today):
    for h in hosts.values():
        if not h.web:
            continue
        if h.web in ("portal", "legacy"):
            Site(h, hosts, root, today).write_portal()
        elif h.web == "webmail":
            write_webmail(h, root, today)
        elif h.web == "gambling":
            write_gambling(h, root)
        elif h.web == "status":
            write(os.path.join(root, h.name, "index.html"), "<!DOCTYPE html><html><body>status helper</body></html>\n")
        else:
            write_service_site(h, root)


# ------------------------------------------------------------------ live webmail login (world.ini `login`)
# The static login page of write_webmail posts to /login; for hosts with `login` nginx hands /login, /inbox and
# /logout to this small app. Modes: lockout:N (the account is locked after N wrong passwords, whatever comes
# next), sticky (a session never expires), expiring:S (a session ends after S seconds without a request).
# Every login is logged to logs/webmail-<host>.log without the password.
WEBMAIL_USER, WEBMAIL_PASSWORD = "audit-test", "World-Test-2099"


def serve_webmail(conf_path):
    import http.server
    import json
    import secrets
    import threading
    import time
    import urllib.parse

    with open(conf_path) as f:
        apps = json.load(f)

    def make_handler(app):
        mode, _, arg = (app["mode"] or "").partition(":")
        fails, sessions, lock = {}, {}, threading.Lock()

        def log(line):
            with lock, open(app["log"], "a") as f:
                f.write(f"{time.strftime('%Y-%m-%dT%H:%M:%S')} {app['host']} {line}\n")

        form = ('<form method="post" action="/login">\n'
                '<label>用户名 <input name="username" type="text" autocomplete="username"></label><br>\n'
                '<label>密　码 <input name="password" type="password" autocomplete="current-password"></label><br>\n'
                '{extra}<button type="submit">登录</button>\n</form>')

        def page(title, body):
            return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{title}</title></head>'
                    f'<body><main>{body}</main></body></html>\n').encode()

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *a):
                pass

            def send(self, status, body=b"", headers=()):
                self.send_response(status)
                for k, v in headers:
                    self.send_header(k, v)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def session(self):
                for part in self.headers.get("Cookie", "").split(";"):
                    k, _, v = part.strip().partition("=")
                    if k == "SID" and v in sessions:
                        last = sessions[v]
                        if mode == "expiring" and time.time() - last > float(arg):
                            del sessions[v]
                            return None
                        sessions[v] = time.time()
                        return v
                return None

            def do_GET(self):
                path = self.path.split("?")[0]
                if path == "/inbox" and self.session():
                    log("inbox: session valid")
                    self.send(200, page("收件箱", '<h1>收件箱</h1><p>欢迎 audit-test</p><a href="/logout">退出</a>'))
                elif path == "/logout":
                    self.send(302, headers=[("Location", "/"), ("Set-Cookie", "SID=; Max-Age=0; Path=/")])
                else:
                    log(f"{path}: no session")
                    self.send(302, headers=[("Location", "/")])

            def do_POST(self):
                n = min(int(self.headers.get("Content-Length", "0") or 0), 65536)
                q = urllib.parse.parse_qs(self.rfile.read(n).decode("utf-8", "replace"))
                user = q.get("username", [""])[0]
                right = user == WEBMAIL_USER and q.get("password", [""])[0] == WEBMAIL_PASSWORD
                with lock:
                    locked = mode == "lockout" and fails.get(user, 0) >= int(arg)
                    if not right and not locked:
                        fails[user] = fails.get(user, 0) + 1
                if locked:
                    log(f"login user={user} password={'right' if right else 'wrong'} -> locked")
                    extra = '<label>验证码 <input name="captcha" type="text"></label><br>\n'
                    self.send(200, page("登录", "<p class=error>账号已锁定，请30分钟后再试</p>" + form.format(extra=extra)))
                elif right:
                    sid = secrets.token_hex(16)
                    with lock:
                        sessions[sid] = time.time()
                    log(f"login user={user} password=right -> accepted")
                    self.send(302, headers=[("Location", "/inbox"), ("Set-Cookie", f"SID={sid}; Path=/; HttpOnly; Secure")])
                else:
                    log(f"login user={user} password=wrong -> rejected")
                    self.send(200, page("登录", "<p class=error>用户名或密码错误</p>" + form.format(extra="")))

        return Handler

    servers = []
    for app in apps:
        srv = http.server.ThreadingHTTPServer((app["addr"], app["port"]), make_handler(app))
        servers.append(srv)
        threading.Thread(target=srv.serve_forever, daemon=True).start()
    threading.Event().wait()


if __name__ == "__main__":
    import sys
    if len(sys.argv) == 3 and sys.argv[1] == "--serve-webmail":
        serve_webmail(sys.argv[2])
    else:
        sys.exit("usage: pages.py --serve-webmail CONF.json (gen.py imports the rest)")
