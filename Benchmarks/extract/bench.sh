#!/bin/sh
# Speed of `citegraph extract` and `citegraph ingest` against one grep pass, same files, same run.
# usage: Benchmarks/extract/bench.sh BINARY [CORPUS_TEXT_FOLDER] [RUNS]
# Prints each run and the medians; grep writes to a file (GNU grep stops early when writing to /dev/null).
set -eu
BIN=$1
TEXT=${2:-../shared/corpus/akn/text}
RUNS=${3:-5}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
files=$(find "$TEXT" -name '*.txt' | wc -l)
now() { date +%s.%N; }
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
: > "$TMP/grep"; : > "$TMP/extract"; : > "$TMP/ingest"
cat $(find "$TEXT" -name '*.txt') > /dev/null  # warm the page cache
for i in $(seq "$RUNS"); do
  t0=$(now); grep -rhoE '[0-9]{1,4}/[0-9]{1,4}|[0-9]{1,4} \([0-9]{4}\)' "$TEXT" > "$TMP/grep.out"; t1=$(now)
  "$BIN" extract "$TEXT" --format jsonl > "$TMP/extract.out" 2> /dev/null || true; t2=$(now)
  rm -f "$TMP/db.sqlite" "$TMP/db.sqlite-wal" "$TMP/db.sqlite-shm"
  "$BIN" ingest "$TEXT" --db "$TMP/db.sqlite" > /dev/null 2>&1 || true; t3=$(now)
  echo "$t1 - $t0" | bc >> "$TMP/grep"; echo "$t2 - $t1" | bc >> "$TMP/extract"; echo "$t3 - $t2" | bc >> "$TMP/ingest"
  echo "run $i: grep $(tail -1 "$TMP/grep") s, extract $(tail -1 "$TMP/extract") s, ingest $(tail -1 "$TMP/ingest") s"
done
g=$(median < "$TMP/grep"); e=$(median < "$TMP/extract"); n=$(median < "$TMP/ingest")
echo "files $files; medians of $RUNS: grep $g s, extract $e s ($(echo "scale=1; $e / $g" | bc)x grep, goal <= 5x), ingest $n s ($(echo "scale=0; $files / $n" | bc) documents/s, goal >= 400)"
