"""Planted files: personal data, exposed config/VCS files, management interfaces, old libraries.

All of it is synthetic. Resident ID numbers use province code 11 with county codes that do not
exist (1199xx), real calendar dates and a correct GB 11643 check digit; bank card numbers use
the UnionPay prefix 62 with a fictional issuer (629999) and a correct Luhn digit; mobile
numbers are in the 1380013800x documentation block. No real person can match.
"""

import datetime
import html
import os

GB11643_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def id_number(region, born, seq):
    body = f"{region}{born.strftime('%Y%m%d')}{seq:03d}"
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, GB11643_W)) % 11]


def luhn(prefix_and_body):
    total = 0
    for i, c in enumerate(reversed(prefix_and_body)):
        d = int(c)
        if i % 2 == 0:  # these positions are doubled once the check digit is appended
            d = d * 2 - 9 if d * 2 > 9 else d * 2
        total += d
    return prefix_and_body + str((10 - total % 10) % 10)


NAMES = ["张某某", "李某某", "王某某", "赵某某", "刘某某", "陈某某", "杨某某", "黄某某", "周某某", "吴某某",
         "徐某某", "孙某某"]


def people():
    rows = []
    for i, name in enumerate(NAMES):
        born = datetime.date(1950 + 3 * i, 1 + i % 12, 1 + (7 * i) % 28)
        idn = id_number(f"1199{i % 3 + 1:02d}", born, 101 + 2 * i)
        card = luhn(f"629999{100000000 + 7919 * i:012d}")
        mobile = f"1380013800{i % 10}" if i < 10 else f"138001380{i}"
        rows.append((name, idn, card, mobile, 300 + 20 * i))
    return rows


def mask_id(s):
    return s[:6] + "*" * 8 + s[14:]


def write_sensitive(r, site, write, masked=False):
    rows = people()
    if masked:
        rows = [(n, mask_id(i), c[:6] + "*" * (len(c) - 10) + c[-4:], m[:3] + "****" + m[-4:], a)
                for n, i, c, m, a in rows]
    trs = "\n".join(f"<tr><td>{k + 1}</td><td>{n}</td><td>{i}</td><td>{m}</td><td>{c}</td><td>{a}</td></tr>"
                    for k, (n, i, c, m, a) in enumerate(rows))
    body = ("<section><h2>2026年第四季度城乡低保对象名单公示</h2>"
            "<p>根据有关规定，现将我县新增城乡低保对象名单予以公示，公示期7天。</p>"
            "<table><tr><th>序号</th><th>姓名</th><th>身份证号</th><th>联系电话</th><th>银行卡号</th><th>月保障金（元）</th></tr>\n"
            f"{trs}\n</table>"
            '<p>附件：<a href="/upload/2026/dbmd.csv">低保对象名单.csv</a></p></section>\n')
    write(os.path.join(r, "zwgk", "gsgg", "dbmd.html"), site.page("低保对象名单公示_" + site.title, body))
    csv = "序号,姓名,身份证号,联系电话,银行卡号,月保障金\n" + "".join(
        f"{k + 1},{n},{i},{m},{c},{a}\n" for k, (n, i, c, m, a) in enumerate(rows))
    write(os.path.join(r, "upload", "2026", "dbmd.csv"), "\ufeff" + csv)


def write_extras(r, s, site, write):
    if "masked" in s.extras:
        write_sensitive(r, site, write, masked=True)
    if "git" in s.extras:
        write(os.path.join(r, ".git", "config"),
              "[core]\n\trepositoryformatversion = 0\n\tfilemode = true\n\tbare = false\n"
              '[remote "origin"]\n\turl = http://git.slcms-vendor-example.cn/sites/scjgj.git\n'
              "\tfetch = +refs/heads/*:refs/remotes/origin/*\n")
        write(os.path.join(r, ".git", "HEAD"), "ref: refs/heads/master\n")
    if "env" in s.extras:
        write(os.path.join(r, ".env"),
              "APP_ENV=production\nDB_HOST=127.0.0.1\nDB_DATABASE=scjgj\nDB_USERNAME=scjgj\n"
              "DB_PASSWORD=World-Fake-Secret-2099\nREDIS_PASSWORD=null\n")
    if "autoindex" in s.extras:
        # no index.html here: nginx autoindex lists the folder
        write(os.path.join(r, "upload", "2026工作总结.doc"), "synthetic attachment\n")
        write(os.path.join(r, "upload", "backup-2026.sql"), "-- synthetic dump\nCREATE TABLE t (id int);\n")
        write(os.path.join(r, "upload", "notice.txt"), "通知（测试世界）\n")
    if "actuator" in s.extras:
        write(os.path.join(r, "actuator.json"),
              '{"_links":{"self":{"href":"/actuator"},"health":{"href":"/actuator/health"},'
              '"env":{"href":"/actuator/env"},"heapdump":{"href":"/actuator/heapdump"}}}\n')
        write(os.path.join(r, "actuator", "health.json"), '{"status":"UP"}\n')
        write(os.path.join(r, "actuator", "env.json"),
              '{"activeProfiles":["prod"],"propertySources":[{"name":"applicationConfig",'
              '"properties":{"spring.datasource.url":{"value":"jdbc:mysql://127.0.0.1:3306/tyjr"},'
              '"spring.datasource.password":{"value":"******"}}}]}\n')
    if "druid" in s.extras:
        write(os.path.join(r, "druid", "index.html"),
              '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Druid Stat Index</title></head>'
              '<body><h1>Druid Monitor</h1><a href="datasource.html">DataSource</a> <a href="sql.html">SQL</a>'
              '<table><tr><td>Version</td><td>1.2.8</td></tr><tr><td>Driver</td><td>com.mysql.jdbc.Driver</td></tr>'
              "</table></body></html>\n")
    if "ie" in s.extras:
        write(os.path.join(r, "activex", "ArchiveCtrl.cab"), b"MSCF\0\0\0\0synthetic test-world stub\n")
    if "jquery183" in s.extras:
        # a stand-in with the real library's banner and version string (what detectors look at)
        write(os.path.join(r, "js", "jquery-1.8.3.min.js"),
              "/*! jQuery v1.8.3 jquery.com | jquery.org/license */\n"
              "(function(e){var jQuery=function(){return this};jQuery.fn=jQuery.prototype={jquery:\"1.8.3\"};"
              "e.jQuery=e.$=jQuery})(window);\n")
