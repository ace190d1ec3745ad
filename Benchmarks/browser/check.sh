#!/usr/bin/env bash
# Opens citegraph reports in headless Chromium and checks what a reader would get.
#
#   Benchmarks/browser/check.sh [CORPUS_FOLDER]
#
# Builds two reports with report-demo (this folder's package) from real documents
# (default /work/shared/corpus/texts, else the test fixtures): a demo, and a hostile one whose
# titles, warnings and quoted words are markup such as <script>document.title='PWNED'</script>
# and <img src=x onerror=…>. For each it takes a 1400x2400 screenshot and dumps the DOM after
# load, then checks (check_dom.py): the diagrams are inline SVG with nodes, node links go to
# https://undocs.org/ only, the report's own script ran, and nothing from document text ran or
# became an element. A negative control (a page with a raw injected script) must fail the same
# check. With a Node that has WebSocket, visible.mjs also checks through the DevTools protocol
# that every diagram is laid out visibly and that no CSP violation was reported, and saves
# screenshots of the overview and of the first series diagram.
#
# Skips (exit 0) when Chromium or python3 is absent. Outputs go to $OUT (default
# /tmp/citegraph-report-check); the reports to /tmp/citegraph-report-demo and -hostile.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
chromium=$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)
if [ -z "$chromium" ]; then
    echo "SKIP: Chromium is not installed (Debian: apt-get install -y chromium)"
    exit 0
fi
if ! command -v python3 >/dev/null; then
    echo "SKIP: python3 is not installed"
    exit 0
fi

corpus=${1:-/work/shared/corpus/texts}
[ -d "$corpus" ] || corpus="$root/Tests/CiteReportTests/Fixtures/texts"
out=${OUT:-/tmp/citegraph-report-check}
demo=/tmp/citegraph-report-demo
hostile=/tmp/citegraph-report-hostile
scratch=${SCRATCH:-$root/.build-report-browser}
mkdir -p "$out"

echo "== building report-demo"
swift build --package-path "$here" --scratch-path "$scratch" >"$out/build.log" 2>&1 || { tail -20 "$out/build.log"; exit 1; }
bin="$scratch/debug/report-demo"

echo "== writing reports from $corpus"
rm -rf "$demo" "$hostile"
"$bin" "$demo" --title "Citation report: $(basename "$corpus")" "$corpus"
"$bin" "$hostile" --hostile --title "<script>document.title='PWNED'</script> hostile titles" "$corpus"

browse() { "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars "$@" 2>/dev/null; }
status=0
for name in demo hostile; do
    dir=/tmp/citegraph-report-$name
    echo "== $name: $dir/index.html"
    browse --window-size=1400,2400 --screenshot="$out/$name.png" "file://$dir/index.html" >/dev/null
    browse --virtual-time-budget=5000 --dump-dom "file://$dir/index.html" >"$out/$name-dom.html"
    python3 "$here/check_dom.py" "$name" "$out/$name-dom.html" || status=1
    python3 "$here/check_dom.py" png "$out/$name.png" 1400 2400 || status=1
done

echo "== negative control: a page with a raw injected script must fail the check"
cat >"$out/control.html" <<'HTML'
<!DOCTYPE html><html><head><title>control</title></head><body>
<p><script>document.title='PWNED'</script><img src=x onerror="document.title='PWNED'"></p></body></html>
HTML
browse --virtual-time-budget=2000 --dump-dom "file://$out/control.html" >"$out/control-dom.html"
if python3 "$here/check_dom.py" hostile "$out/control-dom.html" >"$out/control.log"; then
    echo "FAIL: the check did not notice an injected script"; status=1
else
    echo "ok: the check fails on injected markup ($(grep -c FAIL "$out/control.log") failures found)"
fi

if node --experimental-websocket -e 'process.exit(typeof WebSocket === "function" ? 0 : 1)' 2>/dev/null; then
    echo "== laid out in a real page (DevTools protocol)"
    for name in demo hostile; do
        node --experimental-websocket "$here/visible.mjs" "$chromium" "/tmp/citegraph-report-$name/index.html" "$out/$name" 2>/dev/null || status=1
    done
else
    echo "SKIP: layout check needs Node with WebSocket (Node 22, or 20 with --experimental-websocket)"
fi

echo "== screenshots: $out/demo.png $out/hostile.png $out/demo-overview.png $out/demo-series.png"
[ $status -eq 0 ] && echo "PASS" || echo "FAIL"
exit $status
