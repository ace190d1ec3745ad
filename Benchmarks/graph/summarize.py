#!/usr/bin/env python3
"""Reads results/*.jsonl written by run.sh and prints a Markdown table of medians, ratios and
peak memory. Usage: summarize.py RESULTS_DIR SIZES..."""
import json
import os
import statistics
import sys

results, sizes = sys.argv[1], [int(s) for s in sys.argv[2:]]

def load(name):
    path = os.path.join(results, name + ".jsonl")
    if not os.path.exists(path):
        return {}, None
    rows, peak = {}, None
    for line in open(path):
        line = line.strip()
        if not line.startswith("{"):
            continue
        r = json.loads(line)
        if r["measure"] == "peak_rss_kb":
            peak = r["value"] / 1024
        else:
            rows[r["measure"]] = r
    return rows, peak

def median(rows, m):
    return statistics.median(rows[m]["seconds"]) if m in rows else None

def fmt(x, unit="s"):
    if x is None:
        return "–"
    return ("%.4f" % x if x < 1 else "%.2f" % x) + unit

print("| nodes | edges | measure | citegraph | igraph | networkx | citegraph / igraph | networkx / citegraph |")
print("|---:|---:|---|---:|---:|---:|---:|---:|")
for n in sizes:
    for suffix, measures in (("", ["pagerank", "pagerank-strict", "hits", "betweenness"]), ("-sampled", ["betweenness"])):
        c, _ = load("citegraph-%d%s" % (n, suffix))
        i, _ = load("igraph-%d%s" % (n, suffix))
        x, _ = load("networkx-%d%s" % (n, suffix))
        edges = c.get("load", {}).get("edges", "")
        for m in measures:
            tc, ti, tx = median(c, m), median(i, m), median(x, m)
            if tc is None:
                continue
            label = m + (" (1,000 sources)" if suffix else (" (exact)" if m == "betweenness" else ""))
            ratio = "%.2f×" % (tc / ti) if ti else "–"
            speedup = "%.0f×" % (tx / tc) if tx else "–"
            print("| %s | %s | %s | %s | %s | %s | %s | %s |" % (f"{n:,}", f"{edges:,}" if edges else "", label,
                                                              fmt(tc), fmt(ti), fmt(tx), ratio, speedup))
print()
print("| nodes | load + peak memory | citegraph | igraph | networkx |")
print("|---:|---|---:|---:|---:|")
for n in sizes:
    cells = []
    for tool in ("citegraph", "igraph", "networkx"):
        rows, peak = load("%s-%d" % (tool, n))
        load_s = median(rows, "load")
        cells.append("–" if peak is None else "%s, %.0f MB" % (fmt(load_s), peak))
    print("| %s | load time, peak RSS | %s |" % (f"{n:,}", " | ".join(cells)))
