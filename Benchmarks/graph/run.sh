#!/usr/bin/env bash
# Times CiteGraph (release build), igraph and NetworkX side by side on synthetic citation DAGs
# (each new node cites 10 earlier ones, preferential attachment) and writes results/summary.md.
# Usage: Benchmarks/graph/run.sh [SIZES...]   (default: 10000 100000; 1000000 adds PageRank/HITS at 1M)
# Needs python3 with networkx and igraph (`pip install networkx igraph`) and /usr/bin/time.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
data="${GRAPH_BENCH_DATA:-$here/data}"
results="$here/results"
mkdir -p "$data" "$results"
sizes=("$@")
[ ${#sizes[@]} -eq 0 ] && sizes=(10000 100000)
repeat="${REPEAT:-5}"

swift build -c release --package-path "$here" --scratch-path "${SCRATCH:-$here/.build}" >&2
bench="$(swift build -c release --package-path "$here" --scratch-path "${SCRATCH:-$here/.build}" --show-bin-path)/graph-bench"

# run NAME COMMAND...: JSON lines to results/NAME.jsonl, peak memory appended as a JSON line.
run() {
    local name="$1"; shift
    local out="$results/$name.jsonl" mem="$results/$name.time"
    echo "== $name" >&2
    /usr/bin/time -v "$@" > "$out" 2> "$mem" || { cat "$mem" >&2; return 1; }
    local kb
    kb=$(awk -F: '/Maximum resident set size/ {gsub(/ /, "", $2); print $2}' "$mem")
    echo "{\"measure\": \"peak_rss_kb\", \"value\": $kb}" >> "$out"
}

for n in "${sizes[@]}"; do
    edges="$data/citations-$n.tsv" sources="$data/sources-$n.txt"
    [ -s "$edges" ] || python3 "$here/generate.py" "$n" "$edges" --cites 10 --seed 1 --sources 1000 "$sources"
    if [ "$n" -le 100000 ]; then
        run "citegraph-$n" "$bench" "$edges" --measures pagerank,pagerank-strict,hits,betweenness --repeat "$repeat"
        run "igraph-$n" python3 "$here/bench_python.py" igraph "$edges" --repeat "$repeat"
        # Betweenness from the same 1,000 sources for all three tools.
        run "citegraph-$n-sampled" "$bench" "$edges" --measures betweenness --sources "$sources" --repeat "$repeat"
        run "igraph-$n-sampled" python3 "$here/bench_python.py" igraph "$edges" --measures betweenness --sources "$sources" --repeat "$repeat"
        run "networkx-$n-sampled" python3 "$here/bench_python.py" networkx "$edges" --measures betweenness --sources "$sources" --repeat 1
        if [ "$n" -le 10000 ]; then
            run "networkx-$n" python3 "$here/bench_python.py" networkx "$edges" --repeat 1
        else
            run "networkx-$n" python3 "$here/bench_python.py" networkx "$edges" --measures pagerank,hits --repeat 1
        fi
    else
        run "citegraph-$n" "$bench" "$edges" --measures pagerank,pagerank-strict,hits --repeat "$repeat"
        run "igraph-$n" python3 "$here/bench_python.py" igraph "$edges" --measures pagerank,hits --repeat "$repeat"
        if [ -n "${WITH_NETWORKX_1M:-}" ]; then
            run "networkx-$n" python3 "$here/bench_python.py" networkx "$edges" --measures pagerank,hits --repeat 1
        fi
    fi
done
# Summarise every size that has results (earlier runs included).
all_sizes=$(ls "$results" | sed -n 's/^citegraph-\([0-9]*\)\.jsonl$/\1/p' | sort -n)
python3 "$here/summarize.py" "$results" $all_sizes | tee "$results/summary.md"
