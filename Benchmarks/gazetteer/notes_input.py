#!/usr/bin/env python3
"""Writes the footnotes of truth/akn_footnotes.tsv as `citing<TAB>marker<TAB>note`, one a line,
in document and marker order, for the runner's `notes` mode."""
import csv, sys
CORPUS = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/corpus"
csv.field_size_limit(1 << 30)
rows = list(csv.DictReader(open(f"{CORPUS}/truth/akn_footnotes.tsv", encoding="utf-8"), delimiter="\t"))
order = {}
for r in rows:
    order.setdefault(r["citing"], len(order))
rows.sort(key=lambda r: (order[r["citing"]], int(r["marker"]) if r["marker"].isdigit() else 0))
out = sys.stdout
for r in rows:
    note = r["note_text"].replace("\t", " ").replace("\n", " ")
    out.write(f"{r['citing']}\t{r['marker']}\t{note}\n")
