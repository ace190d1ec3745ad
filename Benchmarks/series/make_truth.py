#!/usr/bin/env python3
"""Builds the development series truth: one row per resolution with the predecessor in its series.

Usage: make_truth.py CORPUS > series_truth.tsv   (CORPUS = ../shared/corpus)

The key of a series comes from the source repositories' metadata (never from the texts citegraph reads):
- Security Council: the agenda item, plus the entity of the bracketed resolution title when it
  names one (a mission's acronym "(UNMISS)", or the founding resolution "pursuant to resolution
  1591 (2005)" of a sanctions regime or panel), so the Sudan and South Sudan item splits into
  UNMISS, UNISFA and the 1591 regime;
- General Assembly, Human Rights Council, ECOSOC: the title without years, numbers and the theme
  after a colon.
A resolution belongs to the series of its key when it cites (by the UN's own links,
truth/akn_edges_resolutions.tsv) at least one earlier resolution of that key; its predecessor is
then the member of the key just before it (the previous renewal, last session's text), whether or
not it cites that one — a renewal that recalls only the founding resolution still continues the
last renewal. A resolution that cites no earlier resolution of its body is a series start ("-").
Left out: resolutions citing only resolutions whose key is unknown (outside the metadata),
Security Council resolutions whose XML carries no links (before 2013, and 2015), and Security
Council resolutions without an entity under an agenda item that holds several, or under a generic
thematic item (GENERIC_AGENDAS): which series is unknown. Rows corrected by hand after reading the
texts are in truth_corrections.tsv, each with its reason. Human Rights Council XML carries almost no links (44 in all), so HRC has no rows.
The half (tune/test) is decided by a hash of the key, so a whole series falls on one side.
"""
import csv, hashlib, json, re, sys, os

corpus = sys.argv[1]

def records(path):
    text = open(path, encoding="utf-8").read()
    dec = json.JSONDecoder(strict=False)
    i, out = 0, []
    while True:
        j = text.find("{", i)
        if j < 0:
            break
        try:
            obj, k = dec.raw_decode(text, j)
        except ValueError:
            i = j + 1
            continue
        if isinstance(obj, dict) and "symbol" in obj:
            out.append(obj)
        i = k
    return out

def norm_symbol(s):
    s = s.strip()
    m = re.match(r"S/RES/(\d+)\s*\((\d{4})\)", s)
    if m:
        return f"S/RES/{int(m.group(1))} ({m.group(2)})"
    return re.sub(r"\s+", " ", s)

def body_of(sym):
    if sym.startswith("A/HRC/"): return "HRC"
    if sym.startswith("A/RES/"): return "GA"
    if sym.startswith("S/RES/"): return "SC"
    if sym.startswith("E/RES/"): return "ECOSOC"
    return None

def title_key(t):
    t = t.lower()
    t = t.split(":")[0]
    t = re.sub(r"\d+", " ", t)
    t = re.sub(r"[^a-z ]", " ", t)
    return " ".join(t.split())

def sc_entity(title):
    m = re.search(r"\[(.*)\]", title or "")
    if not m:
        return ""
    b = m.group(1)
    acr = re.findall(r"\(([A-Z][A-Za-z0-9\-]{2,})\)", b)
    if acr:
        return acr[0]
    m2 = re.search(r"(?:pursuant to|imposed by|established by)[^\d]*?[Rr]esolution (\d+)", b)
    if m2:
        return "res" + m2.group(1)
    return ""

meta = {}
for root, _, files in os.walk(os.path.join(corpus, "akn/metadata")):
    for f in sorted(files):
        if not f.endswith(".json"):
            continue
        for o in records(os.path.join(root, f)):
            sym = norm_symbol(o["symbol"])
            b = body_of(sym)
            if b is None:
                continue
            if b == "SC":
                agenda = " ".join((o.get("agenda_item_name") or "").lower().split()).rstrip(". ")  # 2025 metadata ends some items with "."
                if not agenda:
                    continue
                meta[sym] = "SC|" + agenda + "|" + sc_entity(o.get("resolution_title", ""))
            else:
                t = o.get("title") or ""
                if t:
                    meta[sym] = b + "|" + title_key(t)

def parts(key):
    return key.split("|")

def _unused_same_series(a, b):
    pa, pb = parts(a), parts(b)
    if pa[0] != pb[0]:
        return False
    if pa[0] != "SC":
        return pa[1] == pb[1]
    if pa[1] != pb[1]:
        return False
    # Both name an entity: it must be the same one; otherwise the agenda item decides.
    return not (pa[2] and pb[2] and pa[2] != pb[2])

index = {}
with open(os.path.join(corpus, "akn/index.tsv"), encoding="utf-8") as fh:
    for row in csv.DictReader(fh, delimiter="\t"):
        sym = norm_symbol(row["symbol"])
        if body_of(sym) and "/RES/" in sym:
            index[re.sub(r" [A-H](-[A-H])?$", "", sym)] = row

def order_key(sym):
    m = re.match(r"S/RES/(\d+)", sym)
    if m: return (0, int(m.group(1)))
    nums = [int(x) for x in re.findall(r"\d+", sym)]
    return (0, *nums)

cites = {}
with open(os.path.join(corpus, "truth/akn_edges_resolutions.tsv"), encoding="utf-8") as fh:
    for row in csv.DictReader(fh, delimiter="\t"):
        cites.setdefault(norm_symbol(row["citing"]), set()).add(re.sub(r" [A-H](-[A-H])?$", "", norm_symbol(row["cited"])))

# Members of each series, oldest first: the chain a user expects (every renewal of a mandate, every
# session's text of a yearly item), whether or not each member cites the one just before it.
members = {}
for sym in meta:
    members.setdefault(meta[sym], []).append(sym)
for key in members:
    members[key].sort(key=order_key)

# An agenda item that holds several entities (missions, regimes) makes its entity-less key ambiguous.
entities_of = {}
for key in members:
    p = parts(key)
    if p[0] == "SC" and p[2]:
        entities_of.setdefault(p[1], set()).add(p[2])

# Agenda items under which the Council adopts unrelated thematic texts (youth, migrants at sea,
# peacekeeping training, AU financing…): without an entity they name no series.
GENERIC_AGENDAS = {
    "maintenance of international peace and security",
    "threats to international peace and security",
    "threats to international peace and security caused by terrorist acts",
    "united nations peacekeeping operations",
    "cooperation between the united nations and regional and subregional organizations in maintaining international peace and security",
}

rows = []
for sym in sorted(index):
    if sym not in meta:
        continue
    b = body_of(sym)
    key = meta[sym]
    p = parts(key)
    if b == "HRC":
        continue  # the Council's XML carries almost no links: no truth from them
    if b == "SC" and (not cites.get(sym) or sym.endswith("(2015)") or int(sym[-5:-1]) < 2013):
        continue  # the XML of this year carries no links (SC before 2013, and 2015): no truth
    if b == "SC" and not p[2] and (len(entities_of.get(p[1], ())) >= 2 or p[1] in GENERIC_AGENDAS):
        continue  # "The situation in the Middle East" without an entity: which series is unknown
    same_body = [c for c in cites.get(sym, ()) if body_of(c) == b and c != sym and order_key(c) < order_key(sym)]
    cited_same_key = [c for c in same_body if meta.get(c) == key]
    earlier = [m for m in members[key] if order_key(m) < order_key(sym)]
    if cited_same_key and earlier:
        pred = earlier[-1]
    elif not same_body:
        pred = "-"
    else:
        continue
    series = "|".join(p[:2]) if b != "SC" else "|".join(p)
    half = "tune" if int(hashlib.sha1(p[1].encode()).hexdigest(), 16) % 2 == 0 else "test"
    rows.append((sym, b, pred, half, series))

# Rows the metadata gets wrong, corrected by reading the texts (truth_corrections.tsv): a renewal
# whose metadata names no entity or the wrong agenda item drops out of its series, and the next
# member's predecessor then skips it.
corrections_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "truth_corrections.tsv")
with open(corrections_path, encoding="utf-8") as f:
    corrections = {r["symbol"]: r["predecessor"] for r in csv.DictReader(f, delimiter="\t")}
rows = [(s, b, corrections.get(s, p), h, k) for (s, b, p, h, k) in rows]

w = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
w.writerow(["symbol", "body", "predecessor", "half", "key"])
for r in rows:
    w.writerow(r)
