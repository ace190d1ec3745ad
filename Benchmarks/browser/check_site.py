#!/usr/bin/env python3
"""check_site.py SITE-FOLDER: crawls a citegraph site from index.html and checks every internal link.

Prints one JSON line: pages, bytes, the largest page, links followed, broken links (a page or an
anchor that does not exist), pages no link reaches, and any external link other than
https://undocs.org/. Exits 1 when a link is broken or an external link is found."""
import json, os, re, sys
from collections import deque

folder = sys.argv[1]
href = re.compile(rb'href="([^"]*)"')
ids = {}
def anchors(name):
    if name not in ids:
        with open(os.path.join(folder, name), 'rb') as f:
            ids[name] = set(re.findall(rb'id="([^"]*)"', f.read()))
    return ids[name]

pages = sorted(n for n in os.listdir(folder) if n.endswith('.html'))
sizes = {n: os.path.getsize(os.path.join(folder, n)) for n in pages}
seen, queue = {'index.html'}, deque(['index.html'])
broken, external, links = [], [], 0
while queue:
    name = queue.popleft()
    with open(os.path.join(folder, name), 'rb') as f:
        data = f.read()
    for raw in href.findall(data):
        link = raw.decode('utf-8', 'replace').replace('&amp;', '&')
        if link.startswith('https://undocs.org/'):
            continue
        if ':' in link or '/' in link:
            external.append((name, link)); continue
        target, _, anchor = link.partition('#')
        target = target or name
        links += 1
        if target not in sizes:
            broken.append((name, link)); continue
        if anchor and anchor.encode() not in anchors(target):
            broken.append((name, link)); continue
        if target not in seen:
            seen.add(target); queue.append(target)
largest = max(sizes, key=sizes.get)
print(json.dumps({'pages': len(pages), 'bytes': sum(sizes.values()), 'largest': largest, 'largest_bytes': sizes[largest],
                  'links_followed': links, 'reached': len(seen), 'unreached': sorted(set(pages) - seen)[:10],
                  'unreached_count': len(set(pages) - seen), 'broken': broken[:20], 'broken_count': len(broken),
                  'external': external[:10]}))
sys.exit(1 if broken or external else 0)
