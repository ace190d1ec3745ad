#!/usr/bin/env python3
"""Writes Tests/CiteRenderTests/Fixtures/wps-series.json: the Security Council's
women-and-peace-and-security series as a CiteRender `Diagram`, from the corpus
ground truth (truth/texts_edges.tsv, akn/index.tsv, akn/metadata/SC/*.json).

Usage: python3 make_wps_fixture.py /work/shared/corpus > ../../Tests/CiteRenderTests/Fixtures/wps-series.json
"""
import csv, json, re, sys, glob

corpus = sys.argv[1]
SERIES = ["S/RES/1325 (2000)", "S/RES/1820 (2008)", "S/RES/1888 (2009)", "S/RES/1889 (2009)",
          "S/RES/1960 (2010)", "S/RES/2106 (2013)", "S/RES/2122 (2013)", "S/RES/2242 (2015)",
          "S/RES/2467 (2019)", "S/RES/2493 (2019)"]
VERBS = [("reaffirm", "reaffirms"), ("recall", "recalls"), ("taking note", "notes"), ("takes note", "notes"),
         ("noting", "notes"), ("welcom", "welcomes"), ("recogni", "recognizes"), ("encourag", "encourages"),
         ("reiterat", "reiterates"), ("invite", "invites"), ("request", "requests"), ("calls upon", "calls-upon"),
         ("urge", "urges"), ("bearing in mind", "bears-in-mind"), ("guided", "guided-by"),
         ("emphasiz", "emphasizes"), ("stress", "emphasizes"), ("decide", "decides"), ("condemn", "condemns"),
         ("demand", "demands"), ("affirm", "affirms"), ("consider", "considers"), ("acknowledg", "acknowledges"),
         ("endors", "endorses"), ("concern", "expresses-concern")]

def relation(verbs):
    first = verbs.split("|")[0].strip().lower()
    for stem, rel in VERBS:
        if first.startswith(stem) or stem in first:
            return rel
    return "cites"

dates = {}
with open(f"{corpus}/akn/index.tsv", newline="") as f:
    for row in csv.DictReader(f, delimiter="\t"):
        dates[row["symbol"]] = row["adoption_date"]

agenda = {}
decoder = json.JSONDecoder(strict=False)
for path in sorted(glob.glob(f"{corpus}/akn/metadata/SC/*.json")):
    text = open(path, encoding="utf-8").read()
    for m in re.finditer(r'"symbol":\s*"(S/RES/\d+) ?\((\d{4})\)"[^{}]*?"agenda_item_name":\s*"([^"]*)"', text):
        agenda.setdefault(f"{m.group(1)} ({m.group(2)})", m.group(3))

edges, ids = [], set(SERIES)
with open(f"{corpus}/truth/texts_edges.tsv", newline="") as f:
    for row in csv.DictReader(f, delimiter="\t"):
        if row["citing"] in SERIES:
            edges.append({"source": row["citing"], "target": row["cited"],
                          "relation": relation(row["clause_verbs"]), "weight": max(1, len(row["clause_verbs"].split("|")))})
            ids.add(row["cited"])

def year(symbol):
    m = re.search(r"\((\d{4})\)$", symbol)
    return int(m.group(1)) if m else None

nodes = []
for symbol in sorted(ids):
    body = "SC" if symbol.startswith("S/") else "GA"
    node = {"id": symbol, "kind": "resolution", "body": body, "external": symbol not in SERIES,
            "emphasis": "focus" if symbol == "S/RES/2493 (2019)" else "normal"}
    y = year(symbol) or (int(dates[symbol][:4]) if symbol in dates else None)
    if symbol == "A/RES/60/288":
        y = 2006
    if y: node["year"] = y
    if symbol in agenda: node["title"] = agenda[symbol]
    if symbol in dates and not dates[symbol].startswith("0001"): node["date"] = dates[symbol]
    nodes.append(node)

diagram = {"title": "Women and peace and security: S/RES/2493 (2019) and its lineage",
           "layout": "dot", "direction": "LR", "rankByYear": True, "legend": True,
           "nodes": nodes, "edges": edges}
json.dump(diagram, sys.stdout, indent=1, ensure_ascii=False, sort_keys=True)
print()
