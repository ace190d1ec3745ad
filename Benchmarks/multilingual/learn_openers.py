#!/usr/bin/env python3
"""Learns the clause openers of the five other official languages from the parallel texts.

Every preambular and operative paragraph of an AKN4UN file opens with its clause verb in
italics (`<span class="italic">Recalling</span>`, `<span class="bold">敦促</span>`). The English
file and its translation have the same paragraphs in the same order, so the English opener,
folded to a relation by Sources/CiteCore/Resources/clause-openers.tsv, labels the opener of the
same paragraph in the other language. Each opener seen at least MIN_COUNT times gets the relation
its paragraphs carry most often in English ("Consciente" translates "Recognizing" more often than
"Conscious": recognizes); an opener translated several ways gets the relation right most often
even when no relation has half of its paragraphs ("принимая во внимание" is "Bearing in mind",
"Acknowledging", "Noting" and "Recognizing").
Where the word after an opener tells the two apart ("تدعو إلى" = "Calls for", "تدعو الدول" =
"Invites States"), the opener with that word is a row of its own (languages written with spaces):
at least CONTEXT_MIN paragraphs, CONTEXT_SHARE of them with a relation other than the opener's, or
that relation in at least CONTEXT_MARGIN paragraphs more than the opener's ("вновь заявляя о" is
"Reaffirming" in 13 paragraphs, "Reiterating" in 7, where "вновь заявляя" alone is "Reiterating" more
often: 21 to 17). The margin was chosen by cross-validation inside the tuning half (four folds of its
documents, six shuffles): it adds this row only, and raises the Russian agreement on the left-out
folds, leaving the other languages' unchanged.

Usage: learn_openers.py ENGLISH_XML_ROOT MULTILINGUAL_ROOT OUT_DIR [--half tune|all]
  ENGLISH_XML_ROOT: corpus/akn/xml (GA/78session, SC/2024, SC/2025 are read)
  MULTILINGUAL_ROOT: the extracted xml-multilingual.tar.xz (GA/French, SC/Arabic, ...)
  OUT_DIR: where clause-openers-<code>.tsv are written
With --half tune (the default) only the tuning half of the documents is read (see split.py).
"""
import collections
import glob
import os
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from split import half_of  # noqa: E402

NS = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}
LANGS = {"French": "fra", "Spanish": "spa", "Russian": "rus", "Arabic": "ara", "Chinese": "zho"}
MIN_COUNT = 1
CONTEXT_MIN = 3
CONTEXT_SHARE = 0.75
CONTEXT_MARGIN = 4
PREAMBLE_SHARE = 0.1
RARE = 3

MODIFIERS = {"also", "further", "furthermore", "again", "once", "more", "strongly", "firmly", "deeply", "gravely",
             "seriously", "fully", "solemnly", "hereby", "moreover", "likewise", "urgently", "equally", "still",
             "finally", "most", "very", "greatly", "highly", "in", "addition", "particularly", "especially"}


def english_table(path):
    rows = {}
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        f = line.rstrip("\n").split("\t")
        if len(f) >= 3:
            rows[f[0]] = f[1]
    return rows


def english_relation(opener, table):
    """The relation of an English opener, as ClauseVerbs.swift reads it (table plus its few rules)."""
    words = [w for w in re.findall(r"[A-Za-z’'-]+", opener.lower())]
    while words and words[0] in MODIFIERS and len(words) > 1:
        words = words[1:]
    if not words:
        return None
    for n in range(min(4, len(words)), 0, -1):
        key = " ".join(words[:n])
        if key in table:
            return table[key]
    w = words[0]
    rest = words[1:6]
    if w in ("taking", "takes", "take") and rest[:1] == ["note"]:
        return "notes"
    # As ClauseVerbs.read: "Taking full note" (careful, due) notes, "Takes into account" considers.
    if w in ("taking", "takes", "take") and rest[:1] in (["full"], ["careful"], ["due"]) and rest[1:2] == ["note"]:
        return "notes"
    if w in ("taking", "takes", "take") and rest[:1] == ["into"]:
        return "considers"
    if w in ("bearing", "bears"):
        return "bears-in-mind"
    if w in ("calling", "calls", "call", "appeals", "appealing"):
        return "calls-upon"
    if w in ("expressing", "expresses"):
        if any(x.startswith("concern") or x in ("alarm", "outrage", "dismay") or x.startswith("regret") for x in rest):
            return "expresses-concern"
        if any(x.startswith("appreciation") or x.startswith("gratitude") or x.startswith("satisfaction") or x in ("support", "thanks") for x in rest):
            return "welcomes"
    if w == "having" and rest:
        return {"noted": "notes", "adopted": "adopts", "decided": "decides", "recalled": "recalls",
                "reaffirmed": "reaffirms", "welcomed": "welcomes"}.get(rest[0], "considers")
    return None


def text_of(el):
    return "".join(el.itertext())


def clean(words):
    words = unicodedata.normalize("NFC", " ".join(words.replace("\t", " ").split()))
    # Arabic short vowels, shadda and tatweel do not count (CitationForms.isIgnorable).
    return re.sub("[\u064B-\u065F\u0670\u0640]", "", words)


def opener_of(p, with_next=False):
    """The italic or bold words that open a paragraph, else None; with `with_next`, (opener, the
    opener followed by the next word as the text writes them, or None)."""
    lead = (p.text or "").strip()
    for child in p:
        tag = child.tag.split("}")[-1]
        if tag == "span" and any(c in (child.get("class") or "") for c in ("italic", "bold")):
            if lead:
                return (None, None) if with_next else None
            words = clean(text_of(child)).lstrip(" ,،，:;")
            opener = words.rstrip(" ,،，:;") or None
            if not with_next:
                return opener
            if not opener:
                return None, None
            after = (child.tail or "") + "".join(text_of(c) + (c.tail or "") for c in list(p)[list(p).index(child) + 1:])
            after = after[:200]
            rest = (words + (" " if after[:1].isspace() else "") + clean(after))[len(opener):]
            m = re.match(r"^([\s,،]*)([^\s,،.;:()“”«»]+)", rest)
            return opener, (opener + re.sub(r"\s+", " ", m.group(1)) + m.group(2) if m and m.group(1) else None)
        if tag in ("num",):
            continue
        return (None, None) if with_next else None
    return (None, None) if with_next else None


def paragraphs(path):
    """(section, opener, opener with the next word) of each preambular container and operative
    paragraph, in order."""
    root = ET.parse(path).getroot()
    out = []
    for pre in root.iter("{%s}preamble" % NS["a"]):
        for c in pre:
            tag = c.tag.split("}")[-1]
            if tag in ("container", "p"):
                p = c if tag == "p" else c.find("a:p", NS)
                if p is not None:
                    out.append(("preamble", *opener_of(p, True)))
    for body in root.iter("{%s}mainBody" % NS["a"]):
        for para in body.iter("{%s}paragraph" % NS["a"]):
            content = para.find("a:content", NS)
            p = content.find("a:p", NS) if content is not None else None
            if p is not None:
                out.append(("operative", *opener_of(p, True)))
    return out


def english_files(root):
    out = {}
    for sub in ("GA/78session", "SC/2024", "SC/2025"):
        for f in glob.glob(os.path.join(root, sub, "*.xml")):
            out[job_key(f)] = f
    return out


def job_key(path):
    """`A_RES_78_10-2323443E.xml` -> `A_RES_78_10-2323443`: the same document in every language."""
    name = os.path.basename(path)
    return re.sub(r"[A-Z]?\.xml$", "", name)


def learn(english_root, multi_root, half):
    table = english_table(os.path.join(os.path.dirname(__file__), "../../Sources/CiteCore/Resources/clause-openers.tsv"))
    english = english_files(english_root)
    learned = {}
    stats = {}
    for lang, code in LANGS.items():
        votes = collections.defaultdict(collections.Counter)
        forms = collections.defaultdict(collections.Counter)
        # (opener, opener with the next word) -> relation votes, for the rows of two words.
        context = collections.defaultdict(collections.Counter)
        pairs = aligned = 0
        for f in sorted(glob.glob(os.path.join(multi_root, "*", lang, "*.xml"))):
            key = job_key(f)
            if key not in english or (half != "all" and half_of(key) != half):
                continue
            try:
                theirs, ours = paragraphs(f), paragraphs(english[key])
            except ET.ParseError:
                continue
            pairs += 1
            if [t[0] for t in theirs] != [t[0] for t in ours]:
                continue  # paragraphs do not line up: learn nothing from this pair
            aligned += 1
            for (section, foreign, following), (_, eng, _) in zip(theirs, ours):
                if not foreign or not eng:
                    continue
                rel = english_relation(eng, table)
                if rel is None:
                    continue
                fold = (lambda t: t.lower()) if code in ("fra", "spa", "rus") else (lambda t: t)
                key_text = fold(foreign)
                votes[key_text][rel] += 1
                forms[key_text][section] += 1
                if following and code != "zho":
                    context[(key_text, fold(following))][rel] += 1
        rows = []
        for opener, c in votes.items():
            total = sum(forms[opener].values())
            rel, n = c.most_common(1)[0]
            if total >= MIN_COUNT:
                form = forms[opener].most_common(1)[0][0]
                # A word that opens preambular paragraphs too ("确认" is both "Recognizing" and
                # "Recognizes") must not end the preamble: numbered operative paragraphs are read as
                # operative by their number anyway.
                if form == "operative" and forms[opener]["preamble"] >= PREAMBLE_SHARE * sum(forms[opener].values()):
                    form = "preamble"
                rows.append((opener, rel, form, total))
        relation_of = {r[0]: (r[1], r[2]) for r in rows}
        for (opener, following), c in context.items():
            if opener not in relation_of or following in votes:
                continue
            rel, n = sorted(c.items(), key=lambda x: (-x[1], x[0]))[0]
            total = sum(c.values())
            if total >= CONTEXT_MIN and rel != relation_of[opener][0] and (
                    n >= CONTEXT_SHARE * total or n - c[relation_of[opener][0]] >= CONTEXT_MARGIN):
                rows.append((following, rel, relation_of[opener][1], total))
        if code == "zho":
            # Chinese has no preambular verb form: "重申其" seen once, in a numbered operative
            # paragraph, must not end the preamble of an unnumbered "重申其…" paragraph when the shorter
            # opener it starts with ("重申", 416 paragraphs) is preambular. A rare opener (fewer than
            # RARE paragraphs) takes the form of the longest learned opener it starts with.
            form_of = {r[0]: r[2] for r in rows}
            for i, (opener, rel, form, total) in enumerate(rows):
                if form != "operative" or total >= RARE:
                    continue
                prefixes = [opener[:k] for k in range(len(opener) - 1, 0, -1) if opener[:k] in form_of]
                if prefixes and form_of[prefixes[0]] == "preamble":
                    rows[i] = (opener, rel, "preamble", total)
        rows.sort(key=lambda r: (-r[3], r[0]))
        learned[code] = rows
        stats[code] = (pairs, aligned, len(rows))
    return learned, stats


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    half = "tune"
    if "--half" in sys.argv:
        half = sys.argv[sys.argv.index("--half") + 1]
        args = [a for a in args if a != half]
    if len(args) != 3:
        print(__doc__, file=sys.stderr)
        sys.exit(2)
    english_root, multi_root, out_dir = args
    learned, stats = learn(english_root, multi_root, half)
    for code, rows in learned.items():
        path = os.path.join(out_dir, "clause-openers-%s.tsv" % code)
        with open(path, "w", encoding="utf-8") as out:
            out.write("# Clause openers (%s), learned by Benchmarks/multilingual/learn_openers.py from the parallel\n" % code)
            out.write("# AKN texts (%s half): the opener of each paragraph labelled with the relation of the English\n" % half)
            out.write("# opener of the same paragraph. opener<TAB>relation<TAB>form<TAB>paragraphs seen. Do not edit by\n")
            out.write("# hand: rerun the script (rows added by hand go to clause-openers-extra.tsv).\n")
            for opener, rel, form, n in rows:
                out.write("%s\t%s\t%s\t%d\n" % (opener, rel, form, n))
        pairs, aligned, n = stats[code]
        print("%s\tpairs %d\taligned %d\topeners %d\t-> %s" % (code, pairs, aligned, n, path))


if __name__ == "__main__":
    main()
