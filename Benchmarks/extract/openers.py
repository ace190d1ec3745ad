#!/usr/bin/env python3
"""Coverage of the clause-opener table (Sources/CiteCore/Resources/clause-openers.tsv) over the
paragraph openers of rendered resolution texts.

usage: openers.py TEXT_FOLDER [--unlisted N]

A paragraph is a block of the body (after the opening line "The General Assembly," and before the
footnote rule or an annex), its number ("3.<TAB>") taken off; list items ("(a)<TAB>") are not
clauses and are left out. Its opener is its first word after the modifiers ("Also", "Further",
"Strongly", ...). Each opener is covered by the table (or by a rule of ClauseVerbs.swift), listed in
not-openers.txt, or unlisted; coverage is over paragraphs.
"""
import collections
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TABLE = os.path.join(HERE, "../../Sources/CiteCore/Resources/clause-openers.tsv")
MODIFIERS = set("""also further furthermore again once more strongly firmly deeply gravely seriously extremely
fully solemnly hereby moreover likewise similarly emphatically unequivocally particularly especially profoundly
urgently equally duly expressly still finally most very greatly highly keenly increasingly in addition
remaining ever""".split())
RULES = {"taking", "takes", "take", "bearing", "bears", "calling", "calls", "call", "appeals", "appealing",
         "expressing", "expresses", "having"}
OPENING = re.compile(r"^\s*The (General Assembly|Security Council|Human Rights Council|Economic and Social Council|Commission on Human Rights)\s*[,:.;]?\s*$")


def table():
    single, phrases = set(), []
    for line in open(TABLE, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        words = line.split("\t")[0].split(" ")
        (single.add(words[0]) if len(words) == 1 else phrases.append(words))
    return single, phrases


def not_openers():
    path = os.path.join(HERE, "not-openers.txt")
    if not os.path.exists(path):
        return set()
    return {l.split("#")[0].strip() for l in open(path, encoding="utf-8") if l.split("#")[0].strip()}


def paragraphs(text):
    lines = text.split("\n")
    start = next((i for i, l in enumerate(lines) if OPENING.match(l)), None)
    if start is None:
        return
    for line in lines[start + 1:]:
        if line.startswith("_____") or re.match(r"^(Annex|Annexes|ANNEX)\b", line):
            return
        if OPENING.match(line) or not line.strip():
            continue
        if re.match(r"^\s*\(([a-z]{1,4}|[0-9]{1,2}|[A-Z]{1,4})\)\t", line):
            continue
        yield re.sub(r"^\s*[0-9]{1,3}\.\t", "", line)


def main():
    folder = sys.argv[1]
    limit = int(sys.argv[sys.argv.index("--unlisted") + 1]) if "--unlisted" in sys.argv else 40
    single, phrases = table()
    listed = not_openers()
    counts = collections.Counter()
    kinds = collections.Counter()
    for root, _, files in os.walk(folder):
        for name in sorted(files):
            if not name.endswith(".txt"):
                continue
            for p in paragraphs(open(os.path.join(root, name), encoding="utf-8").read()):
                p = re.sub(r"^(The Security Council|The Council)[, ]*", "", p)
                words = [w.lower() for w in re.findall(r"[A-Za-z’'-]+", p[:120])]
                while len(words) > 1 and words[0] in MODIFIERS:
                    words.pop(0)
                if not words:
                    kinds["no words"] += 1
                    continue
                w = words[0]
                if w in single or w in RULES or any(words[:len(ph)] == ph for ph in phrases):
                    kinds["in the table"] += 1
                elif w in listed:
                    kinds["listed as not an opener"] += 1
                else:
                    kinds["unlisted"] += 1
                    counts[w] += 1
    total = sum(kinds.values())
    for k in ["in the table", "listed as not an opener", "unlisted", "no words"]:
        print(f"{k}\t{kinds[k]}\t{kinds[k] / max(total, 1):.4f}")
    print(f"paragraphs\t{total}")
    for w, n in counts.most_common(limit):
        print(f"unlisted\t{n}\t{w}")


if __name__ == "__main__":
    main()
