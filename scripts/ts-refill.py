#!/usr/bin/env python3
"""Fills the unfinished entries of a Qt .ts file from another .ts file (or a JSON mapping source -> text).

After a merge conflicts in resources/translations/*.ts: take main's file (git checkout --ours), run the
`update_translations` target so the file holds every current string, then

    git show BRANCH:resources/translations/govscope_zh_CN.ts > /tmp/theirs.ts
    scripts/ts-refill.py resources/translations/govscope_zh_CN.ts /tmp/theirs.ts

An entry is matched by (context, source), or by source alone. Plural entries are left alone. What stays
unfinished is listed; tst_translations_complete then says whether anything is missing.
"""
import html
import json
import re
import sys


def finished(path):
    text = open(path, encoding="utf-8").read()
    out = {}
    for ctx in re.finditer(r"<context>\s*<name>(.*?)</name>(.*?)</context>", text, re.S):
        for m in re.finditer(r"<message>(.*?)</message>", ctx.group(2), re.S):
            src = re.search(r"<source>(.*?)</source>", m.group(1), re.S)
            tr = re.search(r"<translation>(.*?)</translation>", m.group(1), re.S)
            if src and tr and "numerus" not in m.group(1):
                out[ctx.group(1) + "\x04" + html.unescape(src.group(1))] = html.unescape(tr.group(1))
    return out


def escape(t):
    return html.escape(t, quote=False).replace('"', "&quot;").replace("'", "&apos;")


def main():
    target, donor = sys.argv[1], sys.argv[2]
    mapping = json.load(open(donor, encoding="utf-8")) if donor.endswith(".json") else finished(donor)
    by_source = {k.split("\x04", 1)[-1]: v for k, v in mapping.items()}
    text = open(target, encoding="utf-8").read()
    left = []

    def fix_context(m):
        name, body = m.group(1), m.group(2)

        def fix_message(mm):
            msg = mm.group(0)
            src = re.search(r"<source>(.*?)</source>", msg, re.S)
            if not src or 'type="unfinished"' not in msg or 'numerus="yes"' in msg:
                return msg
            raw = html.unescape(src.group(1))
            t = mapping.get(name + "\x04" + raw, by_source.get(raw))
            if t is None:
                left.append((name, raw))
                return msg
            return re.sub(r'<translation type="unfinished"[^>]*?(/>|>.*?</translation>)',
                          lambda _: "<translation>" + escape(t) + "</translation>", msg, flags=re.S)

        return "<context>\n    <name>" + name + "</name>" + re.sub(r"<message>.*?</message>", fix_message, body,
                                                                      flags=re.S) + "</context>"

    text = re.sub(r"<context>\s*<name>(.*?)</name>(.*?)</context>", fix_context, text, flags=re.S)
    open(target, "w", encoding="utf-8").write(text)
    for name, raw in left:
        print(f"still unfinished: [{name}] {raw}")


if __name__ == "__main__":
    main()
