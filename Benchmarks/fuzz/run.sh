#!/bin/sh
# Builds both libFuzzer targets, seeds their corpora from the test fixtures and runs each
# for SECONDS (default 600) in parallel. Logs: fuzz-text.log, fuzz-footnote.log; crashes: artifacts/.
set -eu
cd "$(dirname "$0")"
SECONDS_EACH=${1:-600}
swift build -c release -Xswiftc -sanitize=fuzzer -Xswiftc -parse-as-library --scratch-path .build-fuzz
BIN=.build-fuzz/release
# Let libFuzzer, not the Swift backtracer, handle a crash, so that the input is saved in artifacts/.
export SWIFT_BACKTRACE=enable=no
mkdir -p corpus/text corpus/footnote artifacts
# Text seeds: every real text fixture, and the bad text fixtures of the CLI tests.
cp ../../Tests/CiteCoreTests/Fixtures/texts/*.txt ../../Tests/CLITests/Fixtures/bad/*.txt corpus/text/
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
"$BIN/fuzz-text" corpus/text -max_total_time="$SECONDS_EACH" -max_len=16384 -timeout=10 \
    -artifact_prefix=artifacts/text- -print_final_stats=1 > fuzz-text.log 2>&1 &
"$BIN/fuzz-footnote" corpus/footnote -max_total_time="$SECONDS_EACH" -max_len=4096 -timeout=10 \
    -artifact_prefix=artifacts/footnote- -print_final_stats=1 > fuzz-footnote.log 2>&1 &
wait
tail -n 12 fuzz-text.log fuzz-footnote.log
