#!/usr/bin/env python3
"""Learns which treaty or instrument a footnote names by its source alone, from the English texts.

A footnote that says where an instrument was adopted reads the same in the six languages
("Resolution 69/283, annex II." = "Résolution 69/283, annexe II." = "第69/283号决议，附件二。"):
`citegraph text --paragraphs` prints each note's source in words no translation changes
(`source: A/RES/69/283 annex 2`, NoteSource.swift). Where the English name before the note's marker
is one the gazetteer knows (`citegraph extract`: a treaty or instrument cited by name, with the
marker after it), the note's source names that entry. A key is kept when at least MIN_NOTES notes
name the same targets, at least MIN_SHARE of the notes after a known name agree, and at least
MIN_NAMED of all the notes with the key stand after a known name (a source also cited after other
words is not an instrument's). Coarser keys (without the annexes' numbers, without annex, the
anchor alone) are counted over every note they cover; a key whose notes disagree is written with
target `-`, so that no coarser key answers for it.

Usage: learn_notes.py --bin PATH OUT_TSV [--corpus DIR] [--all-xml DIR] [--jobs N]
  reads the English AKN XML of the corpus (plain files, and with --all-xml the extracted
  akn/xml-all.tar.xz: General Assembly sessions 75-80, ECOSOC, HRC, Security Council 2020-2026),
  **leaving out the held-out half** of the multilingual documents (GA session 78, SC 2024-2025,
  job number odd; split.py).
"""
import argparse
import collections
import concurrent.futures
import glob
import json
import os
import re
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from split import half_of  # noqa: E402

MIN_NOTES = 2
MIN_SHARE = 0.8
MIN_NAMED = 0.5
FOLDERS = ("GA", "ECOSOC", "HRC", "SC/202")
MULTILINGUAL = ("GA/78session", "SC/2024", "SC/2025")


def english_files(roots):
    """XML files by path relative to their xml/ root (the first root holding a path wins)."""
    out = {}
    for root in roots:
        for f in glob.glob(os.path.join(root, "**", "*.xml"), recursive=True):
            rel = os.path.relpath(f, root)
            if not rel.startswith(FOLDERS) or rel in out:
                continue
            # The held-out half of the multilingual documents is never read.
            if rel.startswith(MULTILINGUAL) and half_of(os.path.basename(f)) != "tune":
                continue
            out[rel] = f
    return out


def read_one(binary, path):
    """(note sources by marker, targets named before each marker) of one English file."""
    t = subprocess.run([binary, "text", "--paragraphs", path], capture_output=True, text=True)
    e = subprocess.run([binary, "extract", path, "--format", "jsonl"], capture_output=True, text=True)
    sources = {}
    for m in re.finditer(r"^\[footnote (\d+) of [^\]]*\] source: (.+)$", t.stdout, re.M):
        sources[int(m.group(1))] = m.group(2)
    named = collections.defaultdict(set)
    for line in e.stdout.splitlines():
        try:
            c = json.loads(line)
        except ValueError:
            continue
        if c.get("targetKind") in ("treaty", "instrument") and c.get("section") != "footnote" \
                and c.get("via") != "footnote" and c.get("footnote") is not None:
            named[c["footnote"]].add(c["target"])
    return sources, named


KEY = re.compile(r"^(?P<anchor>.+?)(?P<res> resolution \d+)?(?P<annex> annex(?: \d+)*)?$")


def coarser(key):
    """The keys of NoteSource.keys, the finest first, from the finest one."""
    m = KEY.match(key)
    anchor, res, annex = m.group("anchor"), m.group("res") or "", m.group("annex")
    base = anchor + res
    out = []
    if annex is not None:
        if annex != " annex":
            out.append(base + annex)
        out.append(base + " annex")
    out.append(base)
    if res:
        out.append(anchor)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--bin", required=True)
    ap.add_argument("--corpus", default="/work/shared/corpus")
    ap.add_argument("--all-xml", help="the extracted akn/xml-all.tar.xz (its xml/ folder)")
    ap.add_argument("--jobs", type=int, default=2)
    a = ap.parse_args()
    roots = [os.path.join(a.corpus, "akn", "xml")] + ([a.all_xml] if a.all_xml else [])
    files = english_files(roots)
    votes = collections.defaultdict(collections.Counter)
    with concurrent.futures.ThreadPoolExecutor(a.jobs) as pool:
        for sources, named in pool.map(lambda p: read_one(a.bin, p), sorted(files.values())):
            for marker, key in sources.items():
                targets = tuple(sorted(named.get(marker, ())))
                for k in coarser(key):
                    votes[k][targets] += 1
    rows = []
    for key, c in sorted(votes.items()):
        total = sum(c.values())
        named_total = total - c[()]
        best = [(t, n) for t, n in c.most_common() if t]
        if not best:
            continue
        targets, n = best[0]
        if n >= MIN_NOTES and n >= MIN_SHARE * named_total and named_total >= MIN_NAMED * total:
            rows += [(key, t, n, total) for t in targets]
        elif named_total >= MIN_NOTES:
            rows.append((key, "-", n, total))
    with open(a.out, "w", encoding="utf-8") as out:
        out.write("# Treaties and instruments named by a footnote's source alone (InstrumentNotes.swift), learned by\n")
        out.write("# Benchmarks/multilingual/learn_notes.py from %d English AKN files (the held-out half of the\n" % len(files))
        out.write("# multilingual documents left out). key<TAB>target (- names none)<TAB>notes naming it<TAB>notes with the key\n")
        for key, t, n, total in rows:
            out.write("%s\t%s\t%d\t%d\n" % (key, t, n, total))
    print("%d files, %d keys, %d rows (%d refused) -> %s" % (len(files), len(votes), len(rows),
          sum(1 for r in rows if r[1] == "-"), a.out))


if __name__ == "__main__":
    main()
