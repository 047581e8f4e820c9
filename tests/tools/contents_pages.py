#!/usr/bin/env python3
# Checks the 目录 of a briefing in --dump-layout form: every outline entry
# has a line whose number is the page the entry is on. Exit 1 otherwise.
import re, sys
pages = {}; outline = []; page = 0; items = []
for line in open(sys.argv[1], encoding='utf-8'):
    m = re.match(r'outline \d+ page (\d+) y \S+ (.*)', line)
    if m: outline.append((int(m.group(1)), m.group(2).strip())); continue
    m = re.match(r'page (\d+)', line)
    if m: page = int(m.group(1)); continue
    m = re.match(r'\s+text\s+(\S+)\s+(\S+)\s+\S+\s+\S+ (.*)', line)
    if m: items.append((page, float(m.group(1)), float(m.group(2)), m.group(3).strip()))
# the contents: from 目　　录 to 一、总体情况 heading
start = next(i for i, it in enumerate(items) if it[3] == '目　　录')
end = next(i for i, it in enumerate(items) if i > start and it[3] == '一、总体情况' and it[1] < 100 and not any(x[3].isdigit() and x[2] == it[2] and x[0] == it[0] for x in items))
lines = {}
for p, x, y, t in items[start + 1:end]:
    lines.setdefault((p, y), []).append((x, t))
said = {}
for key, parts in lines.items():
    parts.sort()
    text = ''.join(t for x, t in parts if not re.fullmatch(r'[…]+|\d+', t))
    num = [t for x, t in parts if re.fullmatch(r'\d+', t)]
    if num: said[re.sub(r'^（[一二三四五六七八九十百]+）', '', text)] = int(num[-1])
bad = [(t, p, said.get(t)) for p, t in outline if said.get(t) != p]
print(len(said), 'lines;', 'wrong:', bad[:5])
sys.exit(1 if bad or len(said) < len(outline) else 0)
