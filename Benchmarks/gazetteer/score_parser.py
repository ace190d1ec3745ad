#!/usr/bin/env python3
"""Scores UNTSParser (runner `notes` output) against truth/akn_footnotes.tsv.

The truth holds, for the 1,452 notes that contain "Treaty Series, vol. N, No. M", the first
volume and number written there. A note agrees when the parser's references include that
(volume, number); it agrees "first" when the parser's first explicit-series reference is it.

    python3 score_parser.py PARSED.tsv [CORPUS]
"""
import csv, re, sys, collections
csv.field_size_limit(1 << 30)
parsed_path = sys.argv[1]
CORPUS = sys.argv[2] if len(sys.argv) > 2 else "/work/shared/corpus"

parsed = {}
for line in open(parsed_path, encoding="utf-8"):
    citing, marker, refs = line.rstrip("\n").split("\t")
    items = [r.split("@", 1) for r in refs.split(" | ")] if refs else []
    parsed[(citing, marker)] = [(i[0].split("+")[0], i[1]) for i in items]

truth = list(csv.DictReader(open(f"{CORPUS}/truth/akn_footnotes.tsv", encoding="utf-8"), delimiter="\t"))
n = agree = first = 0
misses = []
extra = collections.Counter()
for r in truth:
    got = parsed.get((r["citing"], r["marker"]), [])
    if r["ts_volume"]:
        n += 1
        vol = re.findall(r"\d+", r["ts_volume"])[0]
        num = re.findall(r"\d+", r["ts_number"])[0]
        want = f"UNTS {vol}/{num}"
        ids = [g[0] for g in got]
        explicit = [g[0] for g in got if "Treaty Series" in g[1]]
        if want in ids:
            agree += 1
        else:
            misses.append((r["citing"], r["marker"], want, ids, r["note_text"]))
        if explicit and explicit[0] == want:
            first += 1
    elif got:
        kind = "ibid" if got[0][1].lower().startswith("ibid") else "other"
        extra[kind] += 1
print(f"notes with a Treaty Series reference in the truth: {n}")
print(f"  parser finds the truth's reference:            {agree} ({agree / n:.4f})")
print(f"  parser's first explicit reference is it:       {first} ({first / n:.4f})")
print(f"notes without a truth reference where the parser reads one: {sum(extra.values())} {dict(extra)}")
print(f"references read in all notes: {sum(len(v) for v in parsed.values())}")
for m in misses[:20]:
    print("MISS", *m, sep="\t")
