#!/usr/bin/env bash
# PageRank (fixed point) and HITS of `citegraph rank --edges` (release build) against igraph on one
# edge list, interleaved, 5 rounds; prints the medians and the ratio. Uses the tool itself, so no
# second release build of this benchmark package is needed.
# Usage: Benchmarks/graph/rank_vs_igraph.sh EDGES.tsv [ROUNDS]   (needs `pip install igraph`)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bin="${CITEGRAPH_BIN:-$here/../../.build/release/citegraph}"
edges="$1" rounds="${2:-5}"
raw="$(mktemp)"
for _ in $(seq "$rounds"); do
  for m in pagerank hub; do
    "$bin" rank --edges "$edges" --measure "$m" --top 1 --timing 2>&1 >/dev/null | awk -v m="$m" '$1==m {print "citegraph", (m=="hub"?"hits":m), $2}'
  done
  python3 "$here/bench_python.py" igraph "$edges" --measures pagerank,hits --repeat 1 2>/dev/null \
    | python3 -c 'import json,sys
for l in sys.stdin:
    d=json.loads(l)
    if d["measure"]!="load": print("igraph", d["measure"], d["seconds"][0])'
done >> "$raw"
python3 - "$raw" "$(basename "$edges")" <<'PY'
import statistics, sys
runs = {}
for line in open(sys.argv[1]):
    tool, measure, seconds = line.split()
    runs.setdefault(measure, {}).setdefault(tool, []).append(float(seconds))
for measure, tools in sorted(runs.items()):
    c, i = statistics.median(tools["citegraph"]), statistics.median(tools["igraph"])
    print(f"{sys.argv[2]}\t{measure}\tcitegraph {c:.4f}s\tigraph {i:.4f}s\t{c / i:.2f}x")
PY
rm -f "$raw"
