#!/usr/bin/env bash
# The report as a site, on a real store, in headless Chromium.
#
#   Benchmarks/browser/site.sh BINARY STORE [OUT]
#
# 1. times `BINARY report --db STORE -o OUT/site` under /usr/bin/time -v (wall, peak memory);
# 2. crawls the site from index.html (check_site.py): every internal link and anchor resolves,
#    no external link but undocs.org, the largest page;
# 3. opens index.html and 20 random pages in Chromium (site_load.mjs): median time to `load`,
#    a click-through index → series family → document → diff, the search box, no CSP violation;
# 4. starts `BINARY serve` on a free port and does the same click-through over HTTP, plus a 404;
# 5. screenshots of the index, a document page, a series family page and a diff page (OUT/*.png).
# Skips the browser parts when Chromium or a Node with WebSocket is missing.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=$1; store=$2; out=${3:-/tmp/citegraph-site-check}
mkdir -p "$out"
site="$out/site"
status=0

echo "== report -o $site"
/usr/bin/time -v "$bin" report --db "$store" -o "$site" --title "citegraph: $(basename "$store")" 2>"$out/time.txt" || { cat "$out/time.txt"; exit 1; }
grep -E "report:|Elapsed|Maximum resident" "$out/time.txt"

echo "== crawl"
python3 "$here/check_site.py" "$site" | tee "$out/crawl.json" || status=1

chromium=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chromium" ] || ! node --experimental-websocket -e 'process.exit(typeof WebSocket === "function" ? 0 : 1)' 2>/dev/null; then
    echo "SKIP: browser checks need Chromium and Node with WebSocket"; exit $status
fi
ls "$site" | grep '\.html$' > "$out/pages.txt"

echo "== Chromium, file://"
node --experimental-websocket "$here/site_load.mjs" "$chromium" "file://$site/" "$out/pages.txt" "$out/file" 20 | tee "$out/load-file.jsonl" || status=1

echo "== serve"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
"$bin" serve --db "$store" --port "$port" 2>"$out/serve.log" &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -s -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.5; done
echo "404: $(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/no-such-page.html")"
"$bin" serve --db "$store" --port "$port" 2>&1 | head -1 | sed 's/^/second server on the same port: /' || true
node --experimental-websocket "$here/site_load.mjs" "$chromium" "http://127.0.0.1:$port/" "$out/pages.txt" "$out/http" 5 | tee "$out/load-http.jsonl" || status=1
kill $server 2>/dev/null || true

echo "== screenshots"
shot() { "$chromium" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1400,1600 --screenshot="$out/$1.png" "file://$site/$2" >/dev/null 2>&1; echo "$out/$1.png ← $2"; }
shot index index.html
doc=$(grep -o 'href="d-[^"#]*' "$site/index.html" | head -1 | cut -d'"' -f2)
shot document "$doc"
family=$(grep -o 'href="s-[^"#]*' "$site/index.html" | head -1 | cut -d'"' -f2)
shot series "$family"
diff=$(grep -o 'href="x-[^"#]*' "$site/$family" | head -1 | cut -d'"' -f2)
[ -n "$diff" ] && shot diff "$diff"
exit $status
