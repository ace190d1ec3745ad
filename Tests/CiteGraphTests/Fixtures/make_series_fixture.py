#!/usr/bin/env python3
"""Builds series_nodes.tsv and series_citations.tsv from the shared corpus (run by hand).

Citing documents: the Security Council's women-peace-security series and the General
Assembly's protection-of-global-climate series (sessions 75-80). Citations of resolutions:
- from truth/akn_links.tsv where the XML has links to resolutions of the citing body
  (paragraph = the XML paragraph id, span = the anchor's first occurrence from there);
- otherwise read from the rendered text: each `NNNN (YYYY)` in a paragraph, with the
  paragraph's opening verb (Security Council texts of 2000-2015 have no links).
Nodes: every citing and cited resolution; those in akn/index.tsv are in the corpus, with
date, title and the agenda item and subjects of akn/metadata; the others are external.
Usage: make_series_fixture.py /path/to/shared/corpus OUTDIR
"""
import csv, glob, json, os, re, sys

corpus, outdir = sys.argv[1], sys.argv[2]
WPS = ["S/RES/1325 (2000)", "S/RES/1820 (2008)", "S/RES/1888 (2009)", "S/RES/1889 (2009)", "S/RES/1960 (2010)",
       "S/RES/2106 (2013)", "S/RES/2122 (2013)", "S/RES/2242 (2015)", "S/RES/2467 (2019)", "S/RES/2493 (2019)"]
CLIMATE = ["A/RES/75/217", "A/RES/76/205", "A/RES/77/165", "A/RES/78/153", "A/RES/79/206", "A/RES/80/138"]
CITING = WPS + CLIMATE

VERBS = [("calls upon", "calls-upon"), ("bearing in mind", "bears-in-mind"), ("mindful", "bears-in-mind"),
         ("guided", "guided-by"), ("taking note", "notes"), ("takes note", "notes"), ("noting", "notes"), ("notes", "notes"),
         ("recall", "recalls"), ("reaffirm", "reaffirms"), ("welcom", "welcomes"), ("acknowledg", "acknowledges"),
         ("recogniz", "recognizes"), ("emphasiz", "emphasizes"), ("stress", "emphasizes"), ("underlin", "emphasizes"),
         ("reiterat", "reiterates"), ("deeply concerned", "expresses-concern"), ("expressing", "expresses-concern"),
         ("concerned", "expresses-concern"), ("consider", "considers"), ("endors", "endorses"), ("affirm", "affirms"),
         ("decides", "decides"), ("requests", "requests"), ("urg", "urges"), ("invit", "invites"),
         ("encourag", "encourages"), ("condemn", "condemns"), ("demand", "demands"), ("adopt", "adopts"),
         ("approv", "approves"), ("thanking", "cites")]

def relation(verb):
    v = (verb or "").strip().lower()
    for prefix, rel in VERBS:
        if v.startswith(prefix):
            return rel
    return "cites"

def read_tsv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))

index = {r["symbol"]: r for r in read_tsv(os.path.join(corpus, "akn/index.tsv"))}
links = [r for r in read_tsv(os.path.join(corpus, "truth/akn_links.tsv")) if r["citing"] in CITING]

def is_resolution(t):
    return "/RES/" in t

def without_part(t):
    return re.sub(r" [A-H](-[A-H])?$", "", t)

def text_of(symbol):
    return open(os.path.join(corpus, index[symbol]["text_file"]), encoding="utf-8").read()

citations = []
for symbol in CITING:
    text = text_of(symbol)
    body = "SC" if symbol.startswith("S/") else "GA"
    rows = [r for r in links if r["citing"] == symbol and is_resolution(r["target"])]
    # Some Council texts link a few documents but none of the Council's resolutions (2242 (2015)):
    # their resolution citations are read from the text like those of texts without links.
    if rows and (body == "GA" or any(r["target"].startswith("S/RES/") for r in rows)):
        rule = text.find("__________________")
        cursor = 0
        for r in rows:
            target = without_part(r["target"])
            if target == symbol:
                continue
            anchor = r["anchor"]
            footnote = r["in_footnote"]
            start = text.find(anchor, rule if footnote and rule >= 0 else cursor)
            if start < 0:
                start = text.find(anchor)
            if not footnote and start >= 0:
                cursor = start + len(anchor)
            citations.append(dict(citing=symbol, target=target, body=body, relation=relation(r["clause_verb"]),
                                  section="footnote" if footnote else r["section"], paragraph=r["para_eid"],
                                  start=start, end=start + len(anchor.encode("utf-8")) if start >= 0 else -1,
                                  text=anchor, footnote=footnote))
        continue
    # No links: read `NNNN (YYYY)` from the paragraphs of the rendered text.
    opening = text.find("The Security Council,")
    pos = text.find("\n", opening) + 1
    pp = 0
    for block in text[pos:].split("\n\n"):
        start_of_block = text.find(block, pos)
        pos = start_of_block + len(block)
        stripped = block.strip()
        if not stripped or stripped.startswith("__"):
            continue
        m = re.match(r"(\d+)\.\t(.*)", stripped, re.S)
        if m:
            label, section, words = "OP" + m.group(1), "operative", m.group(2)
        else:
            pp += 1
            label, section, words = "PP%d" % pp, "preamble", stripped
        verb = " ".join(words.split()[:3])
        for cm in re.finditer(r"(?<![\d/])(\d{3,4}) \((\d{4})\)", block):
            target = "S/RES/%s (%s)" % (cm.group(1), cm.group(2))
            if target == symbol:
                continue
            b0 = len(text[:start_of_block + cm.start()].encode("utf-8"))
            citations.append(dict(citing=symbol, target=target, body="SC", relation=relation(verb), section=section,
                                  paragraph=label, start=b0, end=b0 + len(cm.group(0).encode("utf-8")),
                                  text=cm.group(0), footnote=""))

def records(path):
    s = open(path, encoding="utf-8").read()
    dec = json.JSONDecoder(strict=False)
    i = 0
    while True:
        j = s.find("{", i)
        if j < 0:
            return
        try:
            obj, end = dec.raw_decode(s, j)
        except ValueError:
            i = j + 1
            continue
        if isinstance(obj, dict):
            for k, v in list(obj.items()):
                if isinstance(v, str) and v.startswith("{"):
                    try:
                        obj[k] = json.loads(v, strict=False)
                    except ValueError:
                        pass
            yield obj
        i = end

def norm(s):
    m = re.match(r"S/RES/(\d+)\s*\((\d{4})\)", s or "")
    return "S/RES/%s (%s)" % (m.group(1), m.group(2)) if m else (s or "").strip()

wanted = set(CITING) | {c["target"] for c in citations}
meta = {}
for p in sorted(glob.glob(os.path.join(corpus, "akn/metadata/*/*.json"))):
    for r in records(p):
        s = norm(r.get("symbol"))
        if s in wanted and s in index and s not in meta:
            meta[s] = r

def subjects(r):
    out = []
    for x in r.get("subjects", []):
        term, source = (x[0], x[1]) if isinstance(x, list) and len(x) == 2 else (x, "")
        if source in ("UNBIS Thesaurus", "DHLAUTH") and term not in out:
            out.append(term)
    return out

os.makedirs(outdir, exist_ok=True)
with open(os.path.join(outdir, "series_nodes.tsv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, delimiter="\t", lineterminator="\n")
    w.writerow(["id", "kind", "body", "date", "title", "agenda", "subjects", "in_corpus"])
    for s in sorted(wanted):
        body = "SC" if s.startswith("S/") else "GA"
        if s in index:
            r = meta.get(s, {})
            date = index[s]["adoption_date"]
            w.writerow([s, "resolution", body, date if not date.startswith("0001") else "", index[s]["title"],
                        r.get("agenda_item_name", "") or "", "|".join(subjects(r)), "yes"])
        else:
            w.writerow([s, "resolution", body, "", "", "", "", "no"])
with open(os.path.join(outdir, "series_citations.tsv"), "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, delimiter="\t", lineterminator="\n")
    w.writerow(["citing", "target", "body", "relation", "section", "paragraph", "start", "end", "text", "footnote"])
    for c in citations:
        w.writerow([c[k] for k in ["citing", "target", "body", "relation", "section", "paragraph", "start", "end", "text", "footnote"]])
print(len(wanted), "nodes,", len(citations), "citations")
