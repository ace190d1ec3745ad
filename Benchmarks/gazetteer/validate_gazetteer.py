#!/usr/bin/env python3
"""Checks Sources/CiteCore/Resources/gazetteer.json and reports its coverage of the corpus.

Checks: ids unique; a UNTS id equals its reference; instrument ids kebab-case; parents and
members exist; no name or alias (compared as the matcher compares them: case-folded words)
belongs to two entries. Coverage: with the runner's `notes` output, which (volume, number)
pairs read from the corpus footnotes the gazetteer lacks.

    python3 validate_gazetteer.py [PARSED_NOTES.tsv]
"""
import json, re, sys, unicodedata, pathlib, collections

ROOT = pathlib.Path(__file__).resolve().parents[2]
data = json.loads((ROOT / "Sources/CiteCore/Resources/gazetteer.json").read_text(encoding="utf-8"))
entries = data["entries"]
problems = []

def words(name):
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return tuple(re.findall(r"[^\W\d_]+|\d+", s))

ids = collections.Counter(e["id"] for e in entries)
problems += [f"duplicate id {i}" for i, c in ids.items() if c > 1]
known = set(ids)
names = collections.defaultdict(set)
for e in entries:
    u = e.get("unts")
    if e["id"].startswith(("UNTS ", "LNTS ")):
        want = f"{'LNTS' if u and u.get('league') else 'UNTS'} {u['volume']}/{u['number']}" if u else None
        if want != e["id"]:
            problems.append(f"{e['id']}: id does not match unts {u}")
    elif not re.fullmatch(r"instrument:[a-z0-9]+(-[a-z0-9]+)*", e["id"]):
        problems.append(f"{e['id']}: not a kebab-case instrument id")
    if e.get("kind") not in ("treaty", "instrument"):
        problems.append(f"{e['id']}: kind {e.get('kind')}")
    if e.get("adopted") and not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", e["adopted"]):
        problems.append(f"{e['id']}: adopted {e['adopted']}")
    if e.get("resolution") and not re.fullmatch(r"(A|S|E|A/HRC)/RES/\S.*", e["resolution"]):
        problems.append(f"{e['id']}: resolution {e['resolution']}")
    for ref in [e.get("parent")] + e.get("members", []):
        if ref and ref not in known:
            problems.append(f"{e['id']}: unknown reference {ref}")
    for n in [e["name"]] + e.get("aliases", []):
        names[words(n)].add(e["id"])
for b in data.get("blockers", []):
    names[words(b)].add("blocker")
problems += [f"name {' '.join(w)!r} belongs to {sorted(i)}" for w, i in names.items() if len(i) > 1]

unts = {e["id"] for e in entries if e["id"].startswith(("UNTS ", "LNTS "))}
print(f"entries: {len(entries)} ({len(unts)} with a Treaty Series id, {len(entries) - len(unts)} instruments); "
      f"names and aliases: {sum(1 + len(e.get('aliases', [])) for e in entries)}; blockers: {len(data.get('blockers', []))}")
print(f"with an adopting resolution: {sum(1 for e in entries if e.get('resolution'))}; "
      f"protocols/amendments with a parent: {sum(1 for e in entries if e.get('parent'))}; collective: {sum(1 for e in entries if e.get('members'))}")
if len(sys.argv) > 1:
    seen = collections.Counter()
    for line in open(sys.argv[1], encoding="utf-8"):
        refs = line.rstrip("\n").split("\t")[2]
        for r in refs.split(" | ") if refs else []:
            seen[r.split("@")[0].split("+")[0]] += 1
    missing = {k: c for k, c in seen.items() if k not in unts}
    print(f"corpus references: {len(seen)} distinct; in the gazetteer: {len(seen) - len(missing)}; missing: {missing}")
for p in problems:
    print("PROBLEM", p)
sys.exit(1 if problems else 0)
