#!/usr/bin/env python3
"""The CI translation check (issue 13): every string lupdate extracted into govscope_zh_CN.ts has a
finished Chinese translation, and each translation keeps its source's placeholders (%1 … and {name})
so a rendered sentence never loses a fact. Exit 1 with a list of what is missing.

The .ts files must be current: the test first runs lupdate (the update_translations target) when
GOVSCOPE_LUPDATE_FIRST=1, else it checks the files as committed."""
import re
import sys
import xml.etree.ElementTree as ET

ts = sys.argv[1]
root = ET.parse(ts).getroot()
problems = []
total = 0
placeholder = re.compile(r"%\d+|%n|\{[a-z_]+\}")
for ctx in root.findall("context"):
    name = ctx.find("name").text
    for m in ctx.findall("message"):
        tr = m.find("translation")
        if tr.get("type") in ("obsolete", "vanished"):
            continue
        total += 1
        src = m.find("source").text or ""
        forms = [nf.text or "" for nf in tr.findall("numerusform")] if m.get("numerus") == "yes" else [tr.text or ""]
        if tr.get("type") == "unfinished" or not all(forms):
            problems.append(f"{name}: no finished zh_CN translation: {src!r}")
            continue
        want = sorted(set(placeholder.findall(src)))
        for text in forms:
            have = sorted(set(placeholder.findall(text)))
            if want != have:
                problems.append(f"{name}: placeholders {want} of {src!r} differ in {text!r}")
for p in problems:
    print(p)
print(f"{total} strings, {len(problems)} problems in {ts}")
sys.exit(1 if problems else 0)
