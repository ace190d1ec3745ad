#!/usr/bin/env python3
"""Writes a synthetic corpus of N real texts with renumbered symbols (issue 6, scale).

  python3 Benchmarks/scale/make_synthetic.py ../shared/corpus/akn/text/GA OUT N

Each output file is a General Assembly text of the corpus whose own symbol (cover line and
numbered heading) is replaced by A/RES/<S>/<n> with sessions 101-999, so every document is
distinct while its citations stay real. Files go into OUT/<S>/ (1,000 per folder).
"""
import os, sys, re

src, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
files = sorted(os.path.join(src, f) for f in os.listdir(src) if f.endswith('.txt'))
texts = []
for f in files:
    t = open(f, encoding='utf-8').read()
    m = re.search(r'^A/RES/(\d+)/(\d+)[^\n]*$', t, re.M)
    if m and len(t) < 200_000:
        texts.append((t, m.group(1), m.group(2)))
for i in range(n):
    t, s, k = texts[i % len(texts)]
    session, number = 101 + i // 1000, 1 + i % 1000
    body = re.sub(r'^A/RES/%s/%s[^\n]*$' % (s, k), 'A/RES/%d/%d' % (session, number), t, count=1, flags=re.M)
    body = re.sub(r'^%s/%s( [A-Z])?\. ' % (s, k), '%d/%d. ' % (session, number), body, count=1, flags=re.M)
    d = os.path.join(out, str(session))
    os.makedirs(d, exist_ok=True)
    with open(os.path.join(d, 'A_RES_%d_%d.txt' % (session, number)), 'w', encoding='utf-8') as fh:
        fh.write(body)
print(n, 'documents from', len(texts), 'texts in', out)
