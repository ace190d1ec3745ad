// site_load.mjs CHROMIUM BASE-URL PAGE-LIST OUT-PREFIX [SAMPLES]
//
// Opens pages of a citegraph site (BASE-URL: file:///…/site/ or http://127.0.0.1:PORT/) in
// headless Chromium through the DevTools protocol and prints, as JSON lines:
//   - the time to the `load` event of index.html and of SAMPLES (default 20) pages drawn at random
//     (seeded, so reruns open the same pages) from PAGE-LIST (one page name a line), and their median;
//   - a click-through index → a document page → its series family → a diff page, following the
//     links in the DOM, and a search in the index's search box;
//   - every Content-Security-Policy violation or script error seen (there must be none).
// Needs Node with WebSocket (Node 22, or Node 20 with --experimental-websocket).
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const [chromium, base, list, prefix, samplesArg] = process.argv.slice(2);
if (!chromium || !base || !list || !prefix) { console.error("usage: site_load.mjs CHROMIUM BASE-URL PAGE-LIST OUT-PREFIX [SAMPLES]"); process.exit(2); }
if (typeof WebSocket !== "function") { console.log("SKIP: this Node has no WebSocket"); process.exit(0); }
const samples = Number(samplesArg || 20);

const profile = mkdtempSync(join(tmpdir(), "citegraph-site-"));
const browser = spawn(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
  "--remote-debugging-port=0", `--user-data-dir=${profile}`, "--window-size=1400,1000", "about:blank"],
  { stdio: ["ignore", "ignore", "pipe"] });
const finish = (code) => { browser.kill("SIGTERM"); setTimeout(() => rmSync(profile, { recursive: true, force: true }), 300); setTimeout(() => process.exit(code), 400); };
setTimeout(() => { console.log(JSON.stringify({ fail: "timed out" })); finish(1); }, 300000);

const endpoint = await new Promise((ok, fail) => {
  let buffer = "";
  browser.stderr.on("data", (d) => { buffer += d; const m = buffer.match(/DevTools listening on (ws:\/\/\S+)/); if (m) ok(m[1]); });
  browser.on("exit", () => fail(new Error("Chromium exited before listening")));
});
const ws = new WebSocket(endpoint);
await new Promise((ok) => ws.addEventListener("open", ok));
let nextID = 1;
const pending = new Map();
const listeners = [];
ws.addEventListener("message", (event) => {
  const msg = JSON.parse(event.data);
  if (msg.id && pending.has(msg.id)) {
    const { ok, fail } = pending.get(msg.id); pending.delete(msg.id);
    msg.error ? fail(new Error(msg.error.message)) : ok(msg.result);
  } else if (msg.method) { for (const l of listeners) l(msg); }
});
const send = (method, params = {}, sessionId) => new Promise((ok, fail) => {
  const id = nextID++; pending.set(id, { ok, fail }); ws.send(JSON.stringify({ id, method, params, sessionId }));
});
const { targetId } = await send("Target.createTarget", { url: "about:blank" });
const { sessionId } = await send("Target.attachToTarget", { targetId, flatten: true });
const problems = [];
listeners.push((msg) => {
  if (msg.sessionId !== sessionId) return;
  if (msg.method === "Log.entryAdded" && /Content Security Policy|Refused to/i.test(msg.params.entry.text)) problems.push(msg.params.entry.text);
  if (msg.method === "Runtime.exceptionThrown") problems.push(msg.params.exceptionDetails.text);
});
await send("Page.enable", {}, sessionId);
await send("Log.enable", {}, sessionId);
await send("Runtime.enable", {}, sessionId);
await send("Network.enable", {}, sessionId);
await send("Network.setCacheDisabled", { cacheDisabled: true }, sessionId);
const evaluate = async (expression) => (await send("Runtime.evaluate", { expression, returnByValue: true, awaitPromise: true }, sessionId)).result.value;

// Time from navigation start to the load event, as the page's own Navigation Timing reports it.
async function open(url) {
  const loaded = new Promise((ok) => listeners.push((m) => { if (m.sessionId === sessionId && m.method === "Page.loadEventFired") ok(); }));
  const started = Date.now();
  await send("Page.navigate", { url }, sessionId);
  await loaded;
  const wall = Date.now() - started;
  const timing = await evaluate(`(() => { const n = performance.getEntriesByType('navigation')[0]; return n ? Math.round(n.loadEventStart) : -1 })()`);
  return { url, load_ms: timing >= 0 ? timing : wall, wall_ms: wall, elements: await evaluate("document.getElementsByTagName('*').length") };
}

let seed = 12345;
const random = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
const names = readFileSync(list, "utf8").split("\n").filter((s) => s.endsWith(".html"));
const chosen = new Set();
while (chosen.size < Math.min(samples, names.length)) chosen.add(names[Math.floor(random() * names.length)]);

const results = [await open(base + "index.html")];
for (const name of chosen) results.push(await open(base + name));
for (const r of results) console.log(JSON.stringify(r));
const times = results.map((r) => r.load_ms).sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)];
console.log(JSON.stringify({ pages: results.length, median_load_ms: median, max_load_ms: times[times.length - 1] }));

// Click-through: index → document → its series family → a diff; then the search box.
const steps = [];
await open(base + "index.html");
const follow = async (selector) => {
  const href = await evaluate(`(() => { const a = [...document.querySelectorAll('a[href]')].find((a) => ${selector}); return a ? a.getAttribute('href') : null })()`);
  if (!href) return null;
  const r = await open(new URL(href, await evaluate("location.href")).href);
  steps.push({ href, load_ms: r.load_ms, title: await evaluate("document.title") });
  return href;
};
const searched = await evaluate(`(() => { const q = document.getElementById('q'); if (!q || q.hidden) return -1; q.value = '1325'; q.dispatchEvent(new Event('input')); return document.querySelectorAll('#search-results a').length })()`);
let ok = searched > 0;
ok = (await follow(`/^s-/.test(a.getAttribute('href'))`)) !== null && ok;   // a series family from the index
ok = (await follow(`/^d-/.test(a.getAttribute('href')) && a.closest('table')`)) !== null && ok;  // a member's page
const diff = await follow(`/^x-/.test(a.getAttribute('href'))`);              // its diff, when it has one
steps.push({ search_results_for_1325: searched, diff_found: diff !== null });
await send("Page.captureScreenshot", { format: "png" }, sessionId);
console.log(JSON.stringify({ clickthrough: steps, ok }));
console.log(JSON.stringify({ csp_or_script_problems: problems }));
finish(problems.length === 0 && ok ? 0 : 1);
