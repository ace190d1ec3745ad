#!/bin/sh
# Peak memory of the PDF reader against the text it gives (issue 13 item 4: peak <= 4x the text).
#   Benchmarks/pdf/memory.sh RUNS BINARY [BINARY ...]
# Runs `citegraph pdf-text` (the reader alone, in the process `ingest` starts for each PDF) of each
# BINARY on ok.pdf (2 pages: the fixed cost of the binary and poppler) and on bigtext PDFs of
# 2,000 and 4,000 ordinary pages (about 6.7 and 13.4 MB of text), RUNS times each, the binaries
# taking turns; prints the median peak (`/usr/bin/time %M`), the ratio of the peak to the text, and
# of the peak above ok.pdf's to the text. The text of every binary must be byte-identical.
set -eu
RUNS=$1; shift
HERE=$(cd "$(dirname "$0")" && pwd)
WORK=$(mktemp -d /tmp/citegraph-pdfmem.XXXXXX)
trap 'rm -rf "$WORK"' EXIT
python3 - "$HERE/../faults" "$WORK" <<'PY'
import sys, os
sys.path.insert(0, sys.argv[1])
import make_pdfs as m
out = sys.argv[2]
head = m.lines(["United Nations", "S/RES/9999 (2024)", "Security Council"], top=760)
files = {"ok.pdf": m.document([head + m.ordinary_page(1), m.ordinary_page(2)])}
for pages in (2000, 4000):
    files[f"bigtext-{pages}.pdf"] = m.document([head + m.ordinary_page(0)] + [m.ordinary_page(i) for i in range(1, pages)])
for name, data in files.items():
    open(os.path.join(out, name), "wb").write(data)
PY
n=0
for bin in "$@"; do
    n=$((n + 1))
    for run in $(seq 1 "$RUNS"); do
        for f in ok bigtext-2000 bigtext-4000; do
            /usr/bin/time -f "%M %e" -o "$WORK/t" "$bin" pdf-text "$WORK/$f.pdf" >"$WORK/text-$n-$f" 2>"$WORK/err" \
                || { echo "$bin pdf-text $f.pdf failed: $(cat "$WORK/err")"; exit 1; }
            echo "$n $f $(wc -c <"$WORK/text-$n-$f") $(tail -1 "$WORK/t")" >>"$WORK/results"
        done
    done
done
for f in ok bigtext-2000 bigtext-4000; do
    for i in $(seq 2 $n); do cmp -s "$WORK/text-1-$f" "$WORK/text-$i-$f" || echo "WARNING: binary $i gives another text for $f.pdf"; done
done
python3 - "$WORK/results" "$@" <<'PY'
import sys, statistics
rows = [l.split() for l in open(sys.argv[1])]
bins = sys.argv[2:]
print(f"{'binary':40} {'pdf':14} {'text MB':>8} {'peak MB':>8} {'wall s':>7} {'peak/text':>9} {'(peak-ok)/text':>14}")
for i, b in enumerate(bins, 1):
    peaks = {}
    for f in ("ok", "bigtext-2000", "bigtext-4000"):
        sel = [r for r in rows if r[0] == str(i) and r[1] == f]
        peaks[f] = statistics.median(int(r[3]) for r in sel) * 1024
        wall = statistics.median(float(r[4]) for r in sel)
        text = int(sel[0][2])
        extra = f"{(peaks[f] - peaks['ok']) / text:14.2f}" if f != "ok" else f"{'':14}"
        print(f"{b[-40:]:40} {f:14} {text / 1e6:8.2f} {peaks[f] / 2**20:8.1f} {wall:7.1f} {peaks[f] / text:9.2f} {extra}")
PY
