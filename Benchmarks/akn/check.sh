#!/usr/bin/env bash
# Checks AKNReader against every indexed AKN XML file of the corpus:
# text identity with akn/text, metadata with akn/index.tsv, links with truth/akn_links.tsv.
# Usage: Benchmarks/akn/check.sh [CORPUS]   (default: ../shared/corpus or /work/shared/corpus)
# The whole XML collection is extracted once to ${AKN_XML_ALL:-/tmp/akn-xml-all} (never into the project).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
corpus="${1:-}"
if [ -z "$corpus" ]; then
  for c in "$root/../shared/corpus" /work/shared/corpus; do
    if [ -f "$c/akn/index.tsv" ]; then corpus="$c"; break; fi
  done
fi
[ -n "$corpus" ] && [ -f "$corpus/akn/index.tsv" ] || { echo "check.sh: no corpus found" >&2; exit 2; }
corpus="$(cd "$corpus" && pwd)"
xml_all="${AKN_XML_ALL:-/tmp/akn-xml-all}"
if [ ! -d "$xml_all/xml" ]; then
  mkdir -p "$xml_all"
  tar -xJf "$corpus/akn/xml-all.tar.xz" -C "$xml_all"
fi
report="${AKN_REPORT:-/tmp/akn-check-report.txt}"
cd "$root"
AKN_CORPUS="$corpus" AKN_XML_ROOT="$xml_all" AKN_REPORT="$report" \
  swift test --scratch-path "${SCRATCH:-.build-akn}" --filter 'AKNCorpusTests' 2>&1 \
  | grep -E '^(AKN|  [A-Za-z_]+: )|✔|✘' || true
echo "details: $report"
