#!/bin/sh
# Paragraph and relation agreement of PDF-like text with the clean text (issue 12, item 2).
# usage: Benchmarks/extract/structure.sh BINARY [CORPUS] [OUT]
# 1. GA texts of akn/text hard-wrapped at 80 columns, blank lines dropped (hardwrap.py);
# 2. pdftotext (poppler-utils) of the 30 UNBench PDFs in pdf/, and the PDFs read by citegraph itself,
#    against the clean text of the resolution adopted from each draft (or the draft's own AKN text).
set -eu
BIN=$1
CORPUS=${2:-../shared/corpus}
OUT=${3:-$(mktemp -d)}
HERE=$(dirname "$0")
mkdir -p "$OUT/pdftotext"
"$BIN" extract "$CORPUS/akn/text" > "$OUT/clean.jsonl" 2> /dev/null || true
python3 "$HERE/hardwrap.py" "$CORPUS/akn/text/GA" "$OUT/wrapped/GA"
"$BIN" extract "$OUT/wrapped/GA" > "$OUT/wrapped.jsonl" 2> /dev/null || true
echo "== GA texts hard-wrapped at 80 columns"
python3 "$HERE/structure.py" "$OUT/clean.jsonl" "$OUT/wrapped.jsonl" --list 0
# Draft symbol -> the symbol of its clean text.
awk -F'\t' 'NR > 1 { s = $2; if ($3 ~ /^adopted as /) { s = $3; sub(/^adopted as /, "", s) } print $2 "\t" s }' "$CORPUS/pdf/sources.tsv" > "$OUT/map.tsv"
for f in "$CORPUS"/pdf/*.pdf; do pdftotext "$f" "$OUT/pdftotext/$(basename "$f" .pdf).txt"; done
"$BIN" extract "$OUT/pdftotext" > "$OUT/pdftotext.jsonl" 2> /dev/null || true
echo "== UNBench PDFs through pdftotext"
python3 "$HERE/structure.py" "$OUT/clean.jsonl" "$OUT/pdftotext.jsonl" "$OUT/map.tsv" --list 0
"$BIN" extract "$CORPUS"/pdf/*.pdf > "$OUT/pdf.jsonl" 2> /dev/null || true
echo "== UNBench PDFs read by citegraph"
python3 "$HERE/structure.py" "$OUT/clean.jsonl" "$OUT/pdf.jsonl" "$OUT/map.tsv" --list 0
