#!/usr/bin/env python3
"""Synthetic citation DAG: node i cites `cites` distinct earlier nodes, chosen with probability
proportional to (in-degree + 1) — preferential attachment. Deterministic for a seed.
Writes `citing<TAB>cited` lines with ids n0, n1, … and a sources file for sampled betweenness.
Usage: generate.py NODES OUT.tsv [--cites 10] [--seed 1] [--sources K OUT_SOURCES.txt]
"""
import argparse
import random

p = argparse.ArgumentParser()
p.add_argument("nodes", type=int)
p.add_argument("out")
p.add_argument("--cites", type=int, default=10)
p.add_argument("--seed", type=int, default=1)
p.add_argument("--sources", nargs=2, metavar=("K", "FILE"))
a = p.parse_args()

rng = random.Random(a.seed)
# Every node appears once, plus once per citation it received: a uniform pick from this
# list is a pick proportional to in-degree + 1.
pool = [0]
with open(a.out, "w") as f:
    for v in range(1, a.nodes):
        k = min(a.cites, v)
        chosen = set()
        while len(chosen) < k:
            chosen.add(pool[int(rng.random() * len(pool))])
        f.write("".join("n%d\tn%d\n" % (v, u) for u in sorted(chosen)))
        pool.extend(chosen)
        pool.append(v)
if a.sources:
    k = int(a.sources[0])
    with open(a.sources[1], "w") as f:
        f.write("\n".join("n%d" % s for s in sorted(rng.sample(range(a.nodes), k))) + "\n")
