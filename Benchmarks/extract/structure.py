#!/usr/bin/env python3
"""Paragraph and relation agreement of citations read from a noisy form of documents
(hard-wrapped text, pdftotext output, PDF) with those read from the clean text.

usage: structure.py CLEAN.jsonl NOISY.jsonl [MAP.tsv] [--list N]

Citations of one document are paired by target, the k-th occurrence of a target in the
noisy form with its k-th occurrence in the clean form. MAP.tsv (noisy citing symbol, tab,
clean citing symbol) pairs a draft with the resolution adopted from it. Documents are split in
two halves by a CRC32 of the clean symbol: `tuning` (even) and `held-out` (odd).
"""
import collections
import json
import sys
import zlib


def load(path):
    docs = collections.defaultdict(list)
    with open(path, encoding="utf-8") as f:
        for line in f:
            c = json.loads(line)
            docs[c["citing"]].append(c)
    return docs


def half(symbol):
    return "tuning" if zlib.crc32(symbol.encode()) % 2 == 0 else "held-out"


def main():
    args = [a for a in sys.argv[1:]]
    listing = 0
    if "--list" in args:
        k = args.index("--list")
        listing = int(args[k + 1])
        del args[k:k + 2]
    clean, noisy = load(args[0]), load(args[1])
    mapping = {}
    if len(args) > 2:
        with open(args[2], encoding="utf-8") as f:
            for line in f:
                a, b = line.rstrip("\n").split("\t")
                mapping[a] = b
    stats = collections.defaultdict(collections.Counter)
    mismatches = []
    for noisy_symbol, got in sorted(noisy.items()):
        symbol = mapping.get(noisy_symbol, noisy_symbol)
        if symbol not in clean:
            continue
        want = clean[symbol]
        by_target = collections.defaultdict(list)
        for c in got:
            by_target[c["target"]].append(c)
        seen = collections.Counter()
        for w in want:
            s = stats[half(symbol)]
            s["clean"] += 1
            k = seen[w["target"]]
            seen[w["target"]] += 1
            candidates = by_target.get(w["target"], [])
            if k >= len(candidates):
                s["missed"] += 1
                mismatches.append((symbol, w["target"], w["paragraph"], w["relation"], "-", "-"))
                continue
            g = candidates[k]
            s["paired"] += 1
            rel = g["relation"] == w["relation"]
            para = g["paragraph"] == w["paragraph"]
            s["relation"] += rel
            s["paragraph"] += para
            s["both"] += rel and para
            if not (rel and para):
                mismatches.append((symbol, w["target"], w["paragraph"], w["relation"], g["paragraph"], g["relation"]))
        for t, cs in by_target.items():
            extra = len(cs) - seen[t]
            if extra > 0:
                stats[half(symbol)]["extra"] += extra
    print("half\tclean citations\tpaired\tmissed\textra\trelation agrees\tparagraph agrees\tboth (of clean)")
    total = collections.Counter()
    for h in ["tuning", "held-out"]:
        total.update(stats[h])
    for h, s in [("tuning", stats["tuning"]), ("held-out", stats["held-out"]), ("all", total)]:
        n = max(s["clean"], 1)
        print(f"{h}\t{s['clean']}\t{s['paired']}\t{s['missed']}\t{s['extra']}\t{s['relation'] / n:.4f}\t{s['paragraph'] / n:.4f}\t{s['both'] / n:.4f}")
    for m in mismatches[:listing]:
        print("DIFF\t" + "\t".join(m))


if __name__ == "__main__":
    main()
