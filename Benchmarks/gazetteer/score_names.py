#!/usr/bin/env python3
"""Scores treaty citations found by names alone (InstrumentMatcher, no footnotes) against the
footnote truth, as unique (citing, UNTS id) pairs.

Truth A: the `ts_volume`/`ts_number` columns of truth/akn_footnotes.tsv (the first "Treaty
Series" reference of each note; "Ibid." notes are not in it). Truth B: every reference
UNTSParser reads in every note, "Ibid." included (the runner's `notes` output).

    python3 score_names.py MATCHES.tsv PARSED_NOTES.tsv [CORPUS]
"""
import csv, re, sys, collections
csv.field_size_limit(1 << 30)
matches_path, parsed_path = sys.argv[1], sys.argv[2]
CORPUS = sys.argv[3] if len(sys.argv) > 3 else "/work/shared/corpus"

body = {}
for r in csv.DictReader(open(f"{CORPUS}/akn/index.tsv", encoding="utf-8"), delimiter="\t"):
    body[r["symbol"]] = r["body"]

truth_a = set()
for r in csv.DictReader(open(f"{CORPUS}/truth/akn_footnotes.tsv", encoding="utf-8"), delimiter="\t"):
    if r["ts_volume"]:
        vol = re.findall(r"\d+", r["ts_volume"])[0]
        num = re.findall(r"\d+", r["ts_number"])[0]
        truth_a.add((r["citing"], f"UNTS {vol}/{num}"))
truth_b = set()
for line in open(parsed_path, encoding="utf-8"):
    citing, _, refs = line.rstrip("\n").split("\t")
    for ref in refs.split(" | ") if refs else []:
        truth_b.add((citing, ref.split("@")[0].split("+")[0]))

found = set()
for line in open(matches_path, encoding="utf-8"):
    f = line.rstrip("\n").split("\t")
    citing = f[0].rsplit("#", 1)[0]
    for t in f[4].split("|"):
        if t.startswith(("UNTS ", "LNTS ")):
            found.add((citing, t))

def score(name, pred, truth):
    tp = len(pred & truth)
    p = tp / len(pred) if pred else 0.0
    r = tp / len(truth) if truth else 0.0
    print(f"{name}: predicted {len(pred)}, truth {len(truth)}, correct {tp}, precision {p:.3f}, recall {r:.3f}")

for label, truth in (("A (ts columns)", truth_a), ("B (all notes, ibid included)", truth_b)):
    print(f"== truth {label}")
    score("  all documents", found, truth)
    docs_with_notes = {c for c, _ in truth}
    score("  documents with a UNTS footnote", {p for p in found if p[0] in docs_with_notes}, truth)
    for b in ("GA", "SC", "HRC", "ECOSOC"):
        score(f"  {b}", {p for p in found if body.get(p[0]) == b}, {p for p in truth if body.get(p[0]) == b})
extra = found - truth_b
print(f"== name pairs beyond every footnote reference: {len(extra)}; footnote pairs (B) the names miss: {len(truth_b - found)}")
print("   most frequent additions:", collections.Counter(t for _, t in extra).most_common(12))
print("   most frequent misses:   ", collections.Counter(t for _, t in truth_b - found).most_common(12))
union = found | truth_b
print(f"== footnotes (B) plus names: {len(union)} pairs, {len(union) - len(truth_b)} more than footnotes alone")
