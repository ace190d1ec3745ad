// visible.mjs CHROMIUM FILE.html OUT-PREFIX
//
// Opens the report in headless Chromium through the DevTools protocol, waits for the load
// event, and checks that every diagram is laid out visibly (an SVG with nodes, at least 50 px
// wide and high, not hidden) and that no Content-Security-Policy violation was reported (the
// report's own script is allowed by its hash; nothing else may run). Saves a screenshot of the
// first series diagram as OUT-PREFIX-series.png and of the overview as OUT-PREFIX-overview.png.
// Needs Node with WebSocket (Node 22, or Node 20 with --experimental-websocket).
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const [chromium, file, prefix] = process.argv.slice(2);
if (!chromium || !file || !prefix) { console.error("usage: visible.mjs CHROMIUM FILE.html OUT-PREFIX"); process.exit(2); }
if (typeof WebSocket !== "function") { console.log("SKIP: this Node has no WebSocket"); process.exit(0); }

const profile = mkdtempSync(join(tmpdir(), "citegraph-cdp-"));
const browser = spawn(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
  "--remote-debugging-port=0", `--user-data-dir=${profile}`, "--window-size=1400,2400", "about:blank"],
  { stdio: ["ignore", "ignore", "pipe"] });
const failures = [];
const finish = (code) => { browser.kill("SIGTERM"); setTimeout(() => rmSync(profile, { recursive: true, force: true }), 300); setTimeout(() => process.exit(code), 400); };
const timer = setTimeout(() => { console.log("FAIL: timed out"); finish(1); }, 60000);

const endpoint = await new Promise((ok, fail) => {
  let buffer = "";
  browser.stderr.on("data", (d) => {
    buffer += d;
    const m = buffer.match(/DevTools listening on (ws:\/\/\S+)/);
    if (m) ok(m[1]);
  });
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
    const { ok, fail } = pending.get(msg.id);
    pending.delete(msg.id);
    msg.error ? fail(new Error(msg.error.message)) : ok(msg.result);
  } else if (msg.method) {
    for (const l of listeners) l(msg);
  }
});
const send = (method, params = {}, sessionId) => new Promise((ok, fail) => {
  const id = nextID++;
  pending.set(id, { ok, fail });
  ws.send(JSON.stringify({ id, method, params, sessionId }));
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
await send("Emulation.setDeviceMetricsOverride", { width: 1400, height: 2400, deviceScaleFactor: 1, mobile: false }, sessionId);
const loaded = new Promise((ok) => listeners.push((m) => { if (m.sessionId === sessionId && m.method === "Page.loadEventFired") ok(); }));
await send("Page.navigate", { url: "file://" + resolve(file) }, sessionId);
await loaded;
await new Promise((ok) => setTimeout(ok, 500));

const evaluate = async (expression) => (await send("Runtime.evaluate", { expression, returnByValue: true }, sessionId)).result.value;
const report = await evaluate(`(() => {
  const figures = [...document.querySelectorAll('figure.diagram')].map((f) => {
    const svg = f.querySelector('svg');
    if (!svg) return { missing: true };
    const r = svg.getBoundingClientRect(), s = getComputedStyle(svg);
    return { width: Math.round(r.width), height: Math.round(r.height), hidden: s.display === 'none' || s.visibility === 'hidden',
             nodes: svg.querySelectorAll('g.node').length,
             links: [...svg.querySelectorAll('a')].map((a) => a.getAttribute('xlink:href') || a.getAttribute('href')).filter(Boolean) };
  });
  return { title: document.title, js: document.documentElement.classList.contains('js'), figures };
})()`);

report.figures.forEach((f, i) => {
  if (f.missing) { failures.push(`figure ${i + 1} has no SVG`); return; }
  if (f.hidden || f.width < 50 || f.height < 50) failures.push(`figure ${i + 1} is not visible (${f.width}x${f.height})`);
  if (f.nodes === 0) failures.push(`figure ${i + 1} has no node`);
  for (const l of f.links) if (!l.startsWith("https://undocs.org/")) failures.push(`figure ${i + 1} links to ${l}`);
});
if (report.figures.length === 0) failures.push("no figure");
if (!report.js) failures.push("the report's own script did not run");
if (report.title === "PWNED") failures.push("an injected script changed the title");
for (const p of problems) failures.push(`console: ${p}`);

for (const [anchor, name] of [["series-1", "series"], ["overview", "overview"]]) {
  const rect = await evaluate(`(() => { const f = document.querySelector('#${anchor} figure'); if (!f) return null;
    f.scrollIntoView(); const r = f.getBoundingClientRect(); return { x: r.x + scrollX, y: r.y + scrollY, width: r.width, height: r.height }; })()`);
  if (!rect) continue;
  const shot = await send("Page.captureScreenshot", { format: "png", captureBeyondViewport: true,
    clip: { x: rect.x, y: rect.y, width: Math.max(rect.width, 1), height: Math.min(Math.max(rect.height, 1), 3000), scale: 1 } }, sessionId);
  writeFileSync(`${prefix}-${name}.png`, Buffer.from(shot.data, "base64"));
}

const visible = report.figures.filter((f) => !f.missing && !f.hidden && f.width >= 50).length;
console.log(`visible: ${visible} of ${report.figures.length} diagrams laid out, ${report.figures.reduce((n, f) => n + (f.nodes || 0), 0)} nodes, script ran: ${report.js}, CSP/console problems: ${problems.length}`);
for (const f of failures) console.log(`FAIL: ${f}`);
clearTimeout(timer);
ws.close();
finish(failures.length ? 1 : 0);
