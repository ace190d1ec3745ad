#!/usr/bin/env python3
"""Writes the body paragraphs of akn/text (the lines before the footnote rule) as
`citing#line<TAB>text`, one a line, for the runner's `match` mode."""
import csv, re, sys
CORPUS = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/corpus"
csv.field_size_limit(1 << 30)
out = sys.stdout
for r in csv.DictReader(open(f"{CORPUS}/akn/index.tsv", encoding="utf-8"), delimiter="\t"):
    lines = open(f"{CORPUS}/{r['text_file']}", encoding="utf-8").read().split("\n")
    for n, line in enumerate(lines):
        if re.fullmatch(r"_{5,}\s*", line):
            break  # the footnotes follow
        if line.strip():
            out.write(f"{r['symbol']}#{n + 1}\t{line.replace(chr(9), ' ')}\n")
