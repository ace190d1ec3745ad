#!/bin/sh
# Times `citegraph diff` and `citegraph citedby` on a store of the whole AKN corpus.
# Usage: Benchmarks/diff/bench.sh BINARY STORE [RUNS]
#   BINARY  a release build of citegraph (swift build -c release)
#   STORE   a store made by `citegraph ingest ../shared/corpus/akn/text --db STORE`
# Prints the median wall time of RUNS runs (default 9) of each command, process start included.
set -eu
bin=$1; store=$2; runs=${3:-9}
median() {
    label=$1; shift
    i=0; : > /tmp/citegraph-bench-times
    while [ $i -lt "$runs" ]; do
        start=$(date +%s%N); "$@" > /dev/null; end=$(date +%s%N)
        echo $(( (end - start) / 1000000 )) >> /tmp/citegraph-bench-times
        i=$((i + 1))
    done
    printf '%-60s %s ms\n' "$label" "$(sort -n /tmp/citegraph-bench-times | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')"
}
median "--help (process start only)" "$bin" --help
median "diff A/RES/79/206 A/RES/80/138 (78 and 82 paragraphs)" "$bin" diff A/RES/79/206 A/RES/80/138 --db "$store" --format json
median "diff S/RES/2703 S/RES/2756" "$bin" diff S/RES/2703 S/RES/2756 --db "$store" --format json
median "citedby instrument:2030-agenda-… (most cited node, 4,210)" "$bin" citedby instrument:2030-agenda-for-sustainable-development --db "$store" --format json
median "citedby A/RES/70/1 (most cited resolution, 1,239)" "$bin" citedby A/RES/70/1 --db "$store" --format json
median "citedby A/RES/70/1 --count" "$bin" citedby A/RES/70/1 --db "$store" --count
