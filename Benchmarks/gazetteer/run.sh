#!/bin/sh
# Treaty benchmarks: UNTSParser agreement on every footnote, gazetteer checks and coverage,
# and what instrument names alone find against the footnote truth.
#   CORPUS=/work/shared/corpus OUT=/tmp/citegraph-gazetteer ./run.sh
set -e
here=$(cd "$(dirname "$0")" && pwd)
corpus=${CORPUS:-/work/shared/corpus}
out=${OUT:-/tmp/citegraph-gazetteer}
mkdir -p "$out"
"$here/build_runner.sh" "$out/runner" >/dev/null
python3 "$here/notes_input.py" "$corpus" > "$out/notes.tsv"
"$out/runner" notes < "$out/notes.tsv" > "$out/parsed.tsv"
echo "== UNTSParser on truth/akn_footnotes.tsv"
python3 "$here/score_parser.py" "$out/parsed.tsv" "$corpus"
echo "== gazetteer"
python3 "$here/validate_gazetteer.py" "$out/parsed.tsv"
python3 "$here/paragraphs_input.py" "$corpus" > "$out/paras.tsv"
echo "== InstrumentMatcher on akn/text paragraphs (names only, no footnotes)"
"$out/runner" match "$here/../../Sources/CiteCore/Resources/gazetteer.json" < "$out/paras.tsv" > "$out/matches.tsv"
python3 "$here/score_names.py" "$out/matches.tsv" "$out/parsed.tsv" "$corpus"
