#!/usr/bin/env bash
# `citegraph report -o` timed, several binaries side by side on one store (issue 11 item 5, issue 13 item 3).
#
#   Benchmarks/report/run.sh RUNS STORE BINARY...
#
# Runs each BINARY's `report --db STORE -o OUT` RUNS times, the binaries taking turns (so each pair
# meets the same load), under /usr/bin/time -v; prints one line per run (wall, user + system CPU,
# peak RSS, files, bytes, largest page) and the medians per binary. The sites of the last run of each
# binary are kept in OUT/<n>/site (OUT = $CITEGRAPH_BENCH_OUT, else a new folder under /tmp, printed
# at the end); compare them with `diff -r` when the binaries should write the same bytes.
# The 50,000-citation store: python3 Benchmarks/series/many_citations.py OUT 50000, then
# `citegraph ingest OUT --db STORE`.
set -euo pipefail
runs=$1; store=$2; shift 2
out=${CITEGRAPH_BENCH_OUT:-$(mktemp -d /tmp/citegraph-report-bench.XXXXXX)}
mkdir -p "$out"
results="$out/results.tsv"; : > "$results"
for r in $(seq 1 "$runs"); do
    n=0
    for bin in "$@"; do
        n=$((n + 1))
        dir="$out/$n"; mkdir -p "$dir"
        /usr/bin/time -v "$bin" report --db "$store" -o "$dir/site" 2>"$dir/time.txt" >/dev/null || { cat "$dir/time.txt"; exit 1; }
        wall=$(grep "Elapsed (wall" "$dir/time.txt" | awk '{print $NF}' | awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
        user=$(grep "User time" "$dir/time.txt" | awk '{print $NF}')
        sys=$(grep "System time" "$dir/time.txt" | awk '{print $NF}')
        rss=$(grep "Maximum resident" "$dir/time.txt" | awk '{print $NF}')
        files=$(find "$dir/site" -maxdepth 1 -name '*.html' | wc -l)
        bytes=$(du -sb "$dir/site" | cut -f1)
        largest=$(ls -S "$dir/site" | sed -n 1p)
        size=$(stat -c %s "$dir/site/$largest")
        cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f", u + s }')
        printf "%s\trun %s\twall %s s\tcpu %s s\tpeak %s MB\t%s pages\t%s MB\tlargest %s (%s KB)\n" \
            "$bin" "$r" "$wall" "$cpu" "$((rss / 1024))" "$files" "$((bytes / 1048576))" "$largest" "$((size / 1024))" | tee -a "$results"
        printf "%s\t%s\t%s\t%s\n" "$n" "$wall" "$cpu" "$((rss / 1024))" >> "$out/raw.tsv.$$"
    done
done
echo "medians (wall s, CPU s, peak MB):"
n=0
for bin in "$@"; do
    n=$((n + 1))
    med() { grep -P "^$n\t" "$out/raw.tsv.$$" | cut -f"$1" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
    printf "%s\t%s\t%s\t%s\n" "$bin" "$(med 2)" "$(med 3)" "$(med 4)"
done
rm -f "$out/raw.tsv.$$"
echo "sites and timings: $out"
