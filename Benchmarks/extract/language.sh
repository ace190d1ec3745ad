#!/bin/sh
# The language `citegraph text --paragraphs` reports for every STEP-th file of the corpus folders,
# by two binaries (before and after a change to Language.detect); prints the files that differ.
# usage: Benchmarks/extract/language.sh BIN_A BIN_B [CORPUS] [STEP]
set -eu
A=$1; B=$2; C=${3:-../shared/corpus}; STEP=${4:-5}
[ -d "$C" ] || { echo "no corpus at $C: nothing to check"; exit 0; }
n=0; diff=0
for f in $(find "$C/akn/text" "$C/texts" "$C/ocr" "$C/seed" "$C/pdf" -type f \( -name '*.txt' -o -name '*.pdf' \) | sort | awk "NR % $STEP == 0"); do
  la=$("$A" text --paragraphs "$f" 2>/dev/null | sed -n 2p); lb=$("$B" text --paragraphs "$f" 2>/dev/null | sed -n 2p)
  n=$((n + 1))
  [ "$la" = "$lb" ] || { diff=$((diff + 1)); echo "$f: $la | $lb"; }
done
echo "files $n, languages differing $diff"
