#!/usr/bin/env python3
"""For instrument names, lists the footnotes the corpus attaches to them.

Reads names (one a line, or the third column of count_instruments.py output)
and truth/akn_footnotes.tsv; a footnote belongs to a name when the words before
its marker end with that name. Prints `name<TAB>notes<TAB>top note texts`, so the
adopting resolution ("Resolution 69/283, annex II.") or the UNTS reference can
be read off and checked by hand.

    python3 count_instruments.py | python3 propose_sources.py [CORPUS] > sources.tsv
"""
import csv, re, sys, collections

CORPUS = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/corpus"
csv.field_size_limit(1 << 30)

def norm(s: str) -> str:
    s = s.replace("\u2011", "-").replace("\u00a0", " ").replace("’", "'")
    return re.sub(r"\s+", " ", s).strip(" ,;:").lower()

def main():
    names = []
    for line in sys.stdin:
        parts = line.rstrip("\n").split("\t")
        if parts and parts[-1]:
            names.append(parts[-1])
    notes = collections.defaultdict(collections.Counter)
    rows = list(csv.DictReader(open(f"{CORPUS}/truth/akn_footnotes.tsv", encoding="utf-8"), delimiter="\t"))
    keyed = {norm(n): n for n in names}
    for r in rows:
        pre = norm(r["preceding_text"])
        for k, n in keyed.items():
            if pre.endswith(k) and (len(pre) == len(k) or not pre[-len(k) - 1].isalnum()):
                notes[n][r["note_text"]] += 1
    for n in names:
        top = " | ".join(f"{t} ×{c}" for t, c in notes[n].most_common(3))
        print(f"{n}\t{sum(notes[n].values())}\t{top}")

if __name__ == "__main__":
    main()
