#!/usr/bin/env python3
"""PageRank and HITS of a whole store against NetworkX at tol=1e-12.

Usage:
  citegraph export --db STORE --format csv -o OUT           # edges.csv, nodes.csv
  for m in pagerank authority hub; do
    citegraph rank --db STORE --measure $m --top 0 --format csv > OUT/$m.csv   # add --tolerance X to compare a rule
  done
  python3 Benchmarks/graph/compare_networkx.py OUT

Builds the weighted DiGraph of edges.csv (every node of nodes.csv, isolated ones too), runs
nx.pagerank(G, tol=1e-12) and nx.hits(G, tol=1e-12) (and NetworkX's defaults, for scale), and
prints the largest absolute difference of each measure from citegraph's scores, and how long
each call took.
"""
import csv
import json
import sys
import time

import networkx as nx

folder = sys.argv[1]
G = nx.DiGraph()
with open(f"{folder}/nodes.csv", newline="") as f:
    G.add_nodes_from(row["id"] for row in csv.DictReader(f))
with open(f"{folder}/edges.csv", newline="") as f:
    for row in csv.DictReader(f):
        G.add_edge(row["source"], row["target"], weight=float(row["weight"]))


def ours(name):
    with open(f"{folder}/{name}.csv", newline="") as f:
        return {row["id"]: float(row["score"]) for row in csv.DictReader(f)}


def gap(a, b):
    missing = set(a) ^ set(b)
    if missing:
        raise SystemExit(f"node sets differ: {sorted(missing)[:5]} …")
    return max(abs(a[k] - b[k]) for k in a)


out = {"nodes": G.number_of_nodes(), "edges": G.number_of_edges()}
t = time.perf_counter()
pr = nx.pagerank(G, tol=1e-12, max_iter=100000)
out["networkx_pagerank_seconds"] = round(time.perf_counter() - t, 3)
pr_default = nx.pagerank(G)
t = time.perf_counter()
hubs, auths = nx.hits(G, tol=1e-12, max_iter=100000)
out["networkx_hits_seconds"] = round(time.perf_counter() - t, 3)
hubs_default, auths_default = nx.hits(G)

mine = {"pagerank": ours("pagerank"), "authority": ours("authority"), "hub": ours("hub")}
out["max_abs_diff_pagerank_tol1e-12"] = gap(mine["pagerank"], pr)
out["max_abs_diff_authority_tol1e-12"] = gap(mine["authority"], auths)
out["max_abs_diff_hub_tol1e-12"] = gap(mine["hub"], hubs)
# For scale: how far NetworkX's own defaults (tol 1e-6 / 1e-8) are from its tol=1e-12 result.
out["networkx_default_vs_tight_pagerank"] = gap(pr_default, pr)
out["networkx_default_vs_tight_authority"] = gap(auths_default, auths)
print(json.dumps(out, indent=1))
