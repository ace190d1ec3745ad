#!/usr/bin/env python3
"""Proposes gazetteer names for the treaties cited by UNTS footnotes.

Reads truth/akn_footnotes.tsv, finds every Treaty Series reference in every
note (following "Ibid." to the previous note of the same document), and for
each (volume, number) prints the most frequent name candidates taken from the
words before the marker (`preceding_text`). The output is a proposal to be
checked by hand, not the gazetteer.

    python3 propose_names.py [CORPUS] > proposals.tsv
"""
import csv, re, sys, collections

CORPUS = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/corpus"
csv.field_size_limit(1 << 30)

REF = re.compile(r"(?P<head>(?:United Nations|League of Nations),\s+Treaty Series,|[Ii]bid\.,)?\s*"
                 r"vols?\.\s*(?P<vols>[0-9IVXLCDM]+(?:\s*(?:,|and)\s*[0-9]+)*)\s*(?:\(\d{4}\))?[,.]\s*"
                 r"Nos?\.?\s*(?P<nos>\d+(?:\s*(?:–|-|,|and)\s*\d+)*)")
CONNECT = {"of", "the", "on", "and", "against", "to", "for", "in", "with", "concerning", "relating",
           "its", "between", "into", "from", "by", "at", "as", "or", "other", "all", "their", "a", "an",
           "especially", "supplementing", "thereto", "under", "which", "is", "not", "forms"}

def candidate(pre: str) -> str:
    pre = pre.rstrip(" ,;:\u00a0")
    words = re.findall(r"[\w’'()\-–\u2011/]+|[,]", pre)
    out = []
    for w in reversed(words):
        if w == ",":
            if out and out[-1][0].isupper():
                out.append(w); continue
            break
        if w[0].isupper() or w[0].isdigit() or w.lower() in CONNECT or w.startswith("("):
            out.append(w); continue
        break
    out.reverse()
    while out and (out[0].lower() in CONNECT or out[0] == ","):
        out.pop(0)
    while out and out[-1] == ",":
        out.pop()
    return " ".join(out).replace(" ,", ",")

def main():
    rows = list(csv.DictReader(open(f"{CORPUS}/truth/akn_footnotes.tsv", encoding="utf-8"), delimiter="\t"))
    names = collections.defaultdict(collections.Counter)
    docs = collections.defaultdict(set)
    prev_doc, prev = None, None
    for r in rows:
        if r["citing"] != prev_doc:
            prev_doc, prev = r["citing"], None
        note = r["note_text"]
        refs = []
        for m in REF.finditer(note):
            head = m.group("head") or ""
            if not head and not refs and prev is None:
                continue
            vols = re.findall(r"[0-9IVXLCDM]+", m.group("vols"))
            nos = [int(n) for n in re.findall(r"\d+", m.group("nos"))]
            if not vols[0].isdigit():
                continue  # League of Nations: listed separately
            for n in nos:
                refs.append((int(vols[0]), n))
        if refs:
            pre = r["preceding_text"]
            for ref in refs:
                names[ref][candidate(pre)] += 1
                docs[ref].add(r["citing"])
            prev = refs[-1]
        elif not note.lower().startswith("ibid"):
            prev = None
    w = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    w.writerow(["volume", "number", "documents", "notes", "top_candidates"])
    for ref in sorted(names, key=lambda k: -len(docs[k])):
        top = " | ".join(f"{n} ×{c}" for n, c in names[ref].most_common(3))
        w.writerow([ref[0], ref[1], len(docs[ref]), sum(names[ref].values()), top])

if __name__ == "__main__":
    main()
