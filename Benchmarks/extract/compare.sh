#!/bin/bash
# Two builds of `citegraph extract` on the same files, run alternately (A, B, A, B, …) so that the
# machine's load falls on both alike; prints each run and the medians of wall and user CPU time.
# usage: Benchmarks/extract/compare.sh BINARY_A BINARY_B [CORPUS_TEXT_FOLDER] [RUNS]
# (copy a build with its .resources folders beside it before rebuilding: the binary reads them)
set -eu
A=$1; B=$2
DIR=${3:-../shared/corpus/akn/text}
RUNS=${4:-5}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
cat $(find "$DIR" -name '*.txt') > /dev/null  # warm the page cache
for i in $(seq "$RUNS"); do
  /usr/bin/time -f '%e %U' -a -o "$T/a" "$A" extract "$DIR" --format jsonl > /dev/null 2>&1 || true
  /usr/bin/time -f '%e %U' -a -o "$T/b" "$B" extract "$DIR" --format jsonl > /dev/null 2>&1 || true
done
med() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
aw=$(awk '{print $1}' "$T/a" | med); au=$(awk '{print $2}' "$T/a" | med)
bw=$(awk '{print $1}' "$T/b" | med); bu=$(awk '{print $2}' "$T/b" | med)
echo "A runs (wall user): $(tr '\n' ';' < "$T/a")"
echo "B runs (wall user): $(tr '\n' ';' < "$T/b")"
echo "medians of $RUNS: wall A $aw s, B $bw s (B/A $(echo "scale=3; $bw / $aw" | bc)); user A $au s, B $bu s (B/A $(echo "scale=3; $bu / $au" | bc)); load $(cut -d' ' -f1-3 /proc/loadavg)"
