#!/bin/sh
# Builds the three libFuzzer targets, seeds their corpora from the test fixtures and runs each
# for SECONDS (default 600) in parallel, each input limited to 10 s and 1 GB of memory.
# Logs: fuzz-text.log, fuzz-footnote.log, fuzz-pdf.log; crashes, timeouts, out-of-memory: artifacts/.
set -eu
cd "$(dirname "$0")"
SECONDS_EACH=${1:-600}
swift build -c release -Xswiftc -sanitize=fuzzer -Xswiftc -parse-as-library --scratch-path .build-fuzz
BIN=.build-fuzz/release
# Let libFuzzer, not the Swift backtracer, handle a crash, so that the input is saved in artifacts/.
export SWIFT_BACKTRACE=enable=no
mkdir -p corpus/text corpus/footnote corpus/pdf artifacts
# Text seeds: every real text fixture, and the bad text fixtures of the CLI tests.
cp ../../Tests/CiteCoreTests/Fixtures/texts/*.txt ../../Tests/CLITests/Fixtures/bad/*.txt corpus/text/
# PDF seeds: the reader's fixtures (real UN PDFs, broken ones), the CLI's bad PDFs, and the
# small ordinary PDF of the fault scripts.
cp ../../Tests/CitePDFTests/Fixtures/*.pdf corpus/pdf/
for f in ../../Tests/CLITests/Fixtures/bad/*.pdf; do cp "$f" "corpus/pdf/cli-$(basename "$f")"; done
python3 ../faults/make_pdfs.py corpus/pdf-generated >/dev/null && cp corpus/pdf-generated/ok.pdf corpus/pdf/ && rm -rf corpus/pdf-generated
# Footnote seeds: one Treaty Series note per file (second column of unts_notes.tsv), plus paragraphs.
python3 - <<'PY'
import csv, hashlib
for name in ["unts_notes.tsv", "paragraphs.tsv"]:
    with open("../../Tests/CiteCoreTests/Fixtures/treaties/" + name, encoding="utf-8") as f:
        for row in csv.reader(f, delimiter="\t"):
            for cell in row:
                if len(cell) > 20:
                    data = b"\x01" + cell.encode()
                    open("corpus/footnote/" + hashlib.sha1(data).hexdigest(), "wb").write(data)
PY
"$BIN/fuzz-text" corpus/text -max_total_time="$SECONDS_EACH" -max_len=16384 -timeout=10 -rss_limit_mb=1024 \
    -artifact_prefix=artifacts/text- -print_final_stats=1 > fuzz-text.log 2>&1 &
"$BIN/fuzz-footnote" corpus/footnote -max_total_time="$SECONDS_EACH" -max_len=4096 -timeout=10 -rss_limit_mb=1024 \
    -artifact_prefix=artifacts/footnote- -print_final_stats=1 > fuzz-footnote.log 2>&1 &
"$BIN/fuzz-pdf" corpus/pdf -max_total_time="$SECONDS_EACH" -max_len=262144 -timeout=10 -rss_limit_mb=1024 \
    -artifact_prefix=artifacts/pdf- -print_final_stats=1 > fuzz-pdf.log 2>&1 &
wait
tail -n 12 fuzz-text.log fuzz-footnote.log fuzz-pdf.log
