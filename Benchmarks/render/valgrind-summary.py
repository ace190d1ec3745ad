#!/usr/bin/env python3
"""Summarises a valgrind memcheck log: the definitely lost records grouped by their
allocation site (the first frame that is not an allocator), each marked as OURS when
that site is in CiteRender, the C shim or the benchmark, else LIBRARY.

Usage: valgrind-summary.py LOG [--frames N]"""
import re, sys, collections

log = open(sys.argv[1]).read().splitlines()
shown = int(sys.argv[sys.argv.index("--frames") + 1]) if "--frames" in sys.argv else 6
ALLOC = re.compile(r"(malloc|calloc|realloc|strdup|gmalloc|zmalloc|grealloc|zrealloc|g_malloc|g_realloc|g_slice|"
                   r"swift_slowAlloc|swift_allocObject|operator new)")
OURS = re.compile(r"CiteRender|render_bench|\bcg_|\$s10CiteRender")
records, current = [], None
for raw in log:
    line = re.sub(r"^==\d+== ?", "", raw)
    m = re.match(r"([\d,]+) (?:\([\d,]+ direct, [\d,]+ indirect\) )?bytes in ([\d,]+) blocks are definitely lost", line)
    if m:
        current = {"bytes": int(m.group(1).replace(",", "")), "blocks": int(m.group(2).replace(",", "")), "frames": []}
        records.append(current)
    elif current is not None:
        f = re.match(r"\s+(?:at|by) 0x[0-9A-F]+: (.*)", line)
        if f:
            current["frames"].append(re.sub(r" \((?:in )?[^()]*\)$", "", f.group(1))[:110])
        elif not line.strip():
            current = None

groups = collections.defaultdict(lambda: [0, 0])
for r in records:
    frames = [f for f in r["frames"] if not ALLOC.search(f)]
    site = next((f for f in frames if f != "???"), "???")
    owner = "OURS" if OURS.search(site) else "LIBRARY"
    key = (owner, site, " < ".join(frames[:shown]))
    groups[key][0] += r["bytes"]; groups[key][1] += r["blocks"]
for (owner, site, path), (size, blocks) in sorted(groups.items(), key=lambda kv: -kv[1][0]):
    print(f"{size:>9} bytes {blocks:>6} blocks  {owner:<7} {path}")
ours = sum(v[0] for k, v in groups.items() if k[0] == "OURS")
print(f"definitely lost: {sum(r['bytes'] for r in records)} bytes in {len(records)} records; allocated by our code: {ours} bytes")
for raw in log:
    if "ERROR SUMMARY" in raw or "definitely lost:" in raw or "suppressed:" in raw:
        print(re.sub(r"^==\d+== ?", "", raw))
