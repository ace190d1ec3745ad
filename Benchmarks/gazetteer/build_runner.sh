#!/bin/sh
# Compiles the benchmark runner with the treaty sources of CiteCore (release mode).
set -e
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${1:-/tmp/citegraph-gazetteer-runner}
src="$root/Sources/CiteCore"
swiftc -O -module-name TreatyRunner -o "$out" \
  "$src/Model.swift" "$src"/UNTS*.swift $(ls "$src"/Gazetteer*.swift "$src"/InstrumentMatcher*.swift 2>/dev/null | grep -v 'Bundle' || true) \
  "$here/runner/main.swift"
echo "$out"
