#!/usr/bin/env python3
"""Times igraph or NetworkX on an edge list: PageRank, HITS, betweenness (exact or from the
given sources). Prints one JSON object per measure: {"tool", "measure", "seconds": [...]}.
Usage: bench_python.py igraph|networkx EDGES.tsv --measures pagerank,hits,betweenness
       [--sources FILE] [--repeat 5]
"""
import argparse
import json
import time

p = argparse.ArgumentParser()
p.add_argument("tool", choices=["igraph", "networkx"])
p.add_argument("edges")
p.add_argument("--measures", default="pagerank,hits,betweenness")
p.add_argument("--sources")
p.add_argument("--repeat", type=int, default=5)
a = p.parse_args()

t0 = time.perf_counter()
pairs = [line.rstrip("\n").split("\t") for line in open(a.edges) if line.strip() and not line.startswith("#")]
ids = sorted({x for pair in pairs for x in pair})
index = {x: i for i, x in enumerate(ids)}
sources = [s for s in open(a.sources).read().split()] if a.sources else None

if a.tool == "igraph":
    import igraph
    g = igraph.Graph(n=len(ids), edges=[(index[u], index[v]) for u, v in pairs], directed=True)
    src = [index[s] for s in sources] if sources else None
    run = {
        "pagerank": lambda: g.pagerank(damping=0.85, directed=True),
        "hits": lambda: (g.hub_score(), g.authority_score()),
        "betweenness": (lambda: g.betweenness(directed=True, sources=src)) if src else (lambda: g.betweenness(directed=True)),
    }
else:
    import networkx as nx
    g = nx.DiGraph()
    g.add_nodes_from(ids)
    g.add_edges_from(pairs)
    if sources:
        from networkx.algorithms.centrality.betweenness import _single_source_shortest_path_basic, _accumulate_basic, _rescale

        def sampled():
            bc = dict.fromkeys(g, 0.0)
            for s in sources:
                S, P, sigma, _ = _single_source_shortest_path_basic(g, s)
                bc, _ = _accumulate_basic(bc, S, P, sigma, s)
            return _rescale(bc, len(g), normalized=True, directed=True, endpoints=False, sampled_nodes=sources)
        bc = sampled
    else:
        bc = lambda: nx.betweenness_centrality(g)
    run = {"pagerank": lambda: nx.pagerank(g), "hits": lambda: nx.hits(g), "betweenness": bc}
load = time.perf_counter() - t0
print(json.dumps({"tool": a.tool, "measure": "load", "seconds": [load], "nodes": len(ids), "edges": len(pairs)}), flush=True)
for m in a.measures.split(","):
    times = []
    for _ in range(a.repeat):
        t = time.perf_counter()
        run[m]()
        times.append(time.perf_counter() - t)
    print(json.dumps({"tool": a.tool, "measure": m, "seconds": times, "sampled": bool(sources) and m == "betweenness"}), flush=True)
