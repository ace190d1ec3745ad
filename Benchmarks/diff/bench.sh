#!/bin/sh
# Times `citegraph diff` and `citegraph citedby` on a store of the whole AKN corpus.
# Usage: Benchmarks/diff/bench.sh BINARY STORE [RUNS] [OLD_STORE]
#   BINARY     a release build of citegraph (swift build -c release)
#   STORE      a store made by `citegraph ingest ../shared/corpus/akn/text --db STORE`
#   OLD_STORE  optional: the same store at schema 3 (without the paragraphs(symbol, label) index),
#              to time `citedby` without the index in the same run
# Prints the median wall time of RUNS runs (default 9) of each command, process start included,
# and the median time of `ParagraphDiff.compare` alone (`diff --timing`, phase "compare").
set -eu
bin=$1; store=$2; runs=${3:-9}; old=${4:-}
times=$(mktemp); trap 'rm -f "$times"' EXIT
median() {
    label=$1; shift
    i=0; : > "$times"
    while [ $i -lt "$runs" ]; do
        start=$(date +%s%N); "$@" > /dev/null; end=$(date +%s%N)
        echo $(( (end - start) / 1000000 )) >> "$times"
        i=$((i + 1))
    done
    printf '%-66s %s ms\n' "$label" "$(sort -n "$times" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')"
}
compare_median() {
    label=$1; shift
    i=0; : > "$times"
    while [ $i -lt "$runs" ]; do
        "$@" --timing 2>&1 > /dev/null | awk -F'\t' '$1 == "compare" {printf "%.1f\n", $2 * 1000}' >> "$times"
        i=$((i + 1))
    done
    printf '%-66s %s ms\n' "$label" "$(sort -n "$times" | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}')"
}
median "--help (process start only)" "$bin" --help
median "diff A/RES/79/206 A/RES/80/138 (78 and 82 paragraphs)" "$bin" diff A/RES/79/206 A/RES/80/138 --db "$store" --format json
compare_median "  ParagraphDiff.compare alone" "$bin" diff A/RES/79/206 A/RES/80/138 --db "$store" --format json
median "diff A/RES/78/153 A/RES/79/206 (72 and 75 paragraphs)" "$bin" diff A/RES/78/153 A/RES/79/206 --db "$store" --format json
compare_median "  ParagraphDiff.compare alone" "$bin" diff A/RES/78/153 A/RES/79/206 --db "$store" --format json
median "diff A/RES/75/217 A/RES/76/205 (52 and 53 paragraphs)" "$bin" diff A/RES/75/217 A/RES/76/205 --db "$store" --format json
compare_median "  ParagraphDiff.compare alone" "$bin" diff A/RES/75/217 A/RES/76/205 --db "$store" --format json
median "diff S/RES/2703 S/RES/2756" "$bin" diff S/RES/2703 S/RES/2756 --db "$store" --format json
median "citedby instrument:2030-agenda-… (most cited node, 4,210)" "$bin" citedby instrument:2030-agenda-for-sustainable-development --db "$store" --format json
if [ -n "$old" ]; then
    median "  the same on the schema 3 store (no label index)" "$bin" citedby instrument:2030-agenda-for-sustainable-development --db "$old" --format json
fi
median "citedby A/RES/70/1 (most cited resolution, 1,239)" "$bin" citedby A/RES/70/1 --db "$store" --format json
median "citedby A/RES/70/1 --count" "$bin" citedby A/RES/70/1 --db "$store" --count
