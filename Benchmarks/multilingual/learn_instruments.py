#!/usr/bin/env python3
"""Learns the names of the gazetteer's treaties and instruments in the five other official languages
from the parallel texts.

Where the English text of a resolution names an instrument of the gazetteer in a paragraph
(`citegraph extract` of the English XML: a `treaty` or `instrument` citation whose words are the
entry's name or one of its aliases), the same paragraph of the translation (`citegraph text
--paragraphs`, same label PP3/OP7) names it too. For each entry and language, every word sequence of
those paragraphs is a candidate. A candidate goes to the entry it agrees with best, and to none on a tie (Dice
coefficient of the paragraphs holding it and the paragraphs naming the entry in English; at least
MIN_SUPPORT paragraphs, MIN_PRECISION of those holding it); a candidate that a longer one always
accompanies is a fragment of it. Each entry then takes, greedily, the candidate that best covers its
paragraphs not yet covered, while the Dice coefficient stays at MIN_DICE or more (a full name, then a
short one, then another grammatical case). Names a reader refused (instrument-names-refused.tsv) are
never proposed.
Chinese writes titles in 《…》: the candidates are the bracketed titles. Names must open with a
capital letter in French, Spanish and Russian, as in the English gazetteer.

Words are compared as the matcher compares them (InstrumentMatcher+Tokens.swift): lower case, no
diacritics, Russian endings removed, an Arabic conjunction or preposition before the first word
removed, every Chinese character a word of its own.

Usage: learn_instruments.py ENGLISH_XML_ROOT MULTILINGUAL_ROOT OUT_TSV [--bin citegraph] [--half tune|all]
Only the tuning half of the documents is read unless --half all (see split.py). Review the output by
reading before it replaces Sources/CiteCore/Resources/gazetteer-names.tsv.
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
import unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from split import half_of  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
LANGS = {"French": "fra", "Spanish": "spa", "Russian": "rus", "Arabic": "ara", "Chinese": "zho"}
MIN_SUPPORT = 2
MIN_PRECISION = 0.6
MIN_DICE = 0.3
MAX_NAMES = 6
MAX_WORDS = 16
# Words a name does not end with (it would run into the sentence).
TRAILING = {
    "fra": {"de", "des", "du", "la", "le", "les", "l", "d", "et", "a", "au", "aux", "en", "sur", "pour", "qui"},
    "spa": {"de", "del", "la", "el", "los", "las", "y", "a", "al", "en", "sobre", "para", "que"},
    "rus": {"о", "об", "и", "в", "на", "по", "с", "к", "для", "от"},
    "ara": {"في", "من", "على", "إلى", "و", "عن"},
    "zho": set(),
}
RUSSIAN_ENDINGS = sorted("""ями ами ого его ому ему ыми ими ах ях ой ей ый ий ом ем ам ям ую юю ая яя ое ее ые ых их ым им
ов ев а я у ю е и ы о ь й""".split(), key=len, reverse=True)
ARABIC_PROCLITICS = ["وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك"]


def fold(word):
    w = unicodedata.normalize("NFD", word.lower())
    w = "".join(c for c in w if unicodedata.category(c) != "Mn")
    return unicodedata.normalize("NFC", w)


def is_han(c):
    o = ord(c)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF


def russian_stem(key):
    key = key.replace("ё", "е")
    for e in RUSSIAN_ENDINGS:
        if key.endswith(e) and len(key) - len(e) >= 3:
            return key[: -len(e)]
    return key


def is_cyrillic(c):
    return 0x0400 <= ord(c) <= 0x04FF


def is_arabic(c):
    return 0x0600 <= ord(c) <= 0x06FF


def tokens(text):
    """(key, surface, capitalised) of each word: runs of letters, runs of digits, single Han characters."""
    out = []
    for m in re.finditer(r"[^\W\d_]+|\d+", text):
        run = m.group(0)
        parts = []
        buf = ""
        for c in run:
            if is_han(c):
                if buf:
                    parts.append(buf)
                    buf = ""
                parts.append(c)
            else:
                buf += c
        if buf:
            parts.append(buf)
        for p in parts:
            # Russian is not folded for diacritics: "й" stays apart from "и" ("Всеобщей").
            key = russian_stem(p.lower()) if is_cyrillic(p[0]) else fold(p)
            cap = p[0].isupper() or p[0].isdigit() or not (p[0].isupper() or p[0].islower())
            out.append((key, p, cap))
    return out


def opener_words(path):
    words = set()
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            if not line.startswith("#") and line.strip():
                words.update(k for k, _, _ in tokens(line.split("\t")[0]))
    return words


ARABIC_OPENER_WORDS = opener_words(os.path.join(ROOT, "Sources/CiteCore/Resources/clause-openers-ara.tsv"))


def strip_proclitic(key):
    for p in ARABIC_PROCLITICS:
        if key.startswith(p) and len(key) - len(p) >= 3:
            return key[len(p):]
    return key


def run(cmd):
    return subprocess.run(cmd, capture_output=True, text=True)


def english_names(gazetteer):
    names = {}
    for e in gazetteer["entries"]:
        for n in [e["name"]] + e.get("aliases", []):
            names.setdefault(tuple(k for k, _, _ in tokens(n)), e["id"])
    return names


def english_citations(binary, xml, names):
    """{paragraph label: set of entry ids named in it} of an English file."""
    r = run([binary, "extract", "--format", "jsonl", xml])
    cited = collections.defaultdict(set)
    for line in r.stdout.splitlines():
        c = json.loads(line)
        if c["targetKind"] not in ("treaty", "instrument") or not re.match(r"^(PP|OP)\d", c["paragraph"]):
            continue
        if c["section"] not in ("preamble", "operative"):
            continue
        entry = names.get(tuple(k for k, _, _ in tokens(c["text"])))
        if entry:
            cited[c["paragraph"]].add(entry)
    return cited


def paragraphs(binary, xml):
    """{label: text} of the PP/OP paragraphs that `citegraph text --paragraphs` shows."""
    r = run([binary, "text", "--paragraphs", xml])
    out = {}
    label = None
    for line in r.stdout.splitlines():
        m = re.match(r"^\[((?:PP|OP)\d+) (preamble|operative)\]", line)
        if m:
            label = m.group(1)
            out[label] = ""
            continue
        if line.startswith("[") and re.match(r"^\[\S+ \w+\]", line):
            label = None
            continue
        if label:
            out[label] += line + "\n"
    return out


def candidates(text, code):
    """Candidate names of a paragraph: folded word tuples -> surface form."""
    out = {}
    if code == "zho":
        for m in re.finditer(r"《([^《》]{2,60})》", text):
            toks = tokens(m.group(1))
            if len(toks) >= 3:
                out.setdefault(tuple(k for k, _, _ in toks), m.group(1))
        return out
    toks = tokens(text)
    for i in range(len(toks)):
        # The paragraph's first word is capitalised as its clause opener, not as a name.
        if code in ("fra", "spa", "rus") and (not toks[i][2] or i == 0):
            continue
        if is_marker(toks[i][0]):
            continue
        # A word of a clause opener ("وإذ تشير" = "Recalling", "ترحب" = "welcomes") opens no name.
        if code == "ara" and toks[i][0] in ARABIC_OPENER_WORDS:
            continue
        first = strip_proclitic(toks[i][0]) if code == "ara" else toks[i][0]
        for n in range(2, MAX_WORDS + 1):
            if i + n > len(toks):
                break
            last = toks[i + n - 1][0]
            if last in TRAILING[code] or is_marker(last):
                continue
            key = (first,) + tuple(k for k, _, _ in toks[i + 1:i + n])
            # The prefix stripped from the key is left out of the name as written too.
            head = toks[i][1][len(toks[i][0]) - len(first):] if first != toks[i][0] else toks[i][1]
            surface = " ".join([head] + [s for _, s, _ in toks[i + 1:i + n]])
            out.setdefault(key, surface)
    return out


def is_marker(key):
    """One to three digits: a footnote marker or a number, which a name does not begin or end with."""
    return key.isdigit() and len(key) <= 3


def dice(hits, total, wanted):
    return 2 * hits / (total + wanted) if total + wanted else 0


def contains(longer, shorter):
    n = len(shorter)
    return any(longer[i:i + n] == shorter for i in range(len(longer) - n + 1))


def refused_names(path):
    """{(language, folded words)} of instrument-names-refused.tsv."""
    out = set()
    if os.path.exists(path):
        for line in open(path, encoding="utf-8"):
            if line.startswith("#") or not line.strip():
                continue
            code, name = line.rstrip("\n").split("\t")[:2]
            out.add((code, tuple(k for k, _, _ in tokens(name))))
    return out


REFUSED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "instrument-names-refused.tsv")


def select(held, named, total, surface, code):
    """The names of each entry: a greedy cover of the paragraphs that name it in English by the
    candidates that best agree with them (Dice coefficient), each candidate given to one entry."""
    refused = refused_names(REFUSED)
    best_entry = {}
    for entry, per in held.items():
        for c, ps in per.items():
            if (code, c) in refused or (code == "ara" and (code, (strip_proclitic(c[0]),) + c[1:]) in refused):
                continue
            if len(ps) < MIN_SUPPORT or len(ps) / total[c] < MIN_PRECISION:
                continue
            score = dice(len(ps), total[c], len(named[entry]))
            if c not in best_entry or score > best_entry[c][0]:
                best_entry[c] = (score, entry)
            elif score == best_entry[c][0]:
                best_entry[c] = (score, None)  # entries always cited together: which one it names is unknown
    rows = []
    for entry in sorted(held):
        per = {c: ps for c, ps in held[entry].items() if best_entry.get(c, (0, None))[1] == entry}
        # A candidate that a longer one always accompanies is a fragment of it.
        per = {c: ps for c, ps in per.items()
               if not any(len(d) > len(c) and qs == ps and total[d] == total[c] and contains(d, c) for d, qs in per.items())}
        remaining = set(named[entry])
        chosen = []
        while remaining and len(chosen) < MAX_NAMES:
            scored = [(dice(len(ps & remaining), total[c], len(remaining)), len(c), c) for c, ps in per.items()
                      if len(ps & remaining) >= MIN_SUPPORT]
            if not scored:
                break
            score, _, c = max(scored)
            if score < MIN_DICE:
                break
            chosen.append(c)
            remaining -= per[c]
        for c in chosen:
            rows.append((entry, code, surface[c].most_common(1)[0][0], len(per[c]), total[c]))
    return rows


def learn(binary, english_root, multi_root, half, jobs, cache=None, languages=None):
    gazetteer = json.load(open(os.path.join(ROOT, "Sources/CiteCore/Resources/gazetteer.json"), encoding="utf-8"))
    names = english_names(gazetteer)
    english = {}
    for sub in ("GA/78session", "SC/2024", "SC/2025"):
        for f in glob.glob(os.path.join(english_root, sub, "*.xml")):
            english[re.sub(r"[A-Z]?\.xml$", "", os.path.basename(f))] = f
    keys = sorted(k for k in english if half == "all" or half_of(k) == half)
    saved = json.load(open(cache, encoding="utf-8")) if cache and os.path.exists(cache) else None
    if saved and saved["half"] == half:
        cited = {k: {label: set(ids) for label, ids in v.items()} for k, v in saved["cited"].items()}
    else:
        saved = {"half": half, "texts": {}}
        with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
            cited = dict(zip(keys, pool.map(lambda k: english_citations(binary, english[k], names), keys)))
        saved["cited"] = {k: {label: sorted(ids) for label, ids in v.items()} for k, v in cited.items()}
    rows = []
    for lang, code in LANGS.items():
        if languages and code not in languages:
            continue
        files = {re.sub(r"[A-Z]?\.xml$", "", os.path.basename(f)): f
                 for f in glob.glob(os.path.join(multi_root, "*", lang, "*.xml"))}
        pairs = [k for k in keys if k in files]
        if code not in saved["texts"]:
            with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
                saved["texts"][code] = dict(zip(pairs, pool.map(lambda k: paragraphs(binary, files[k]), pairs)))
            if cache:
                json.dump(saved, open(cache, "w", encoding="utf-8"), ensure_ascii=False)
        texts = saved["texts"][code]
        held = collections.defaultdict(lambda: collections.defaultdict(set))  # entry -> candidate -> paragraphs
        named = collections.defaultdict(set)                                   # entry -> paragraphs
        surface = collections.defaultdict(collections.Counter)
        for k in pairs:
            for label, text in texts[k].items():
                entries = cited[k].get(label, ())
                if not entries:
                    continue
                cands = candidates(text, code)
                for entry in entries:
                    named[entry].add((k, label))
                    for c, s in cands.items():
                        held[entry][c].add((k, label))
                        surface[c][s] += 1
        wanted = set(c for per in held.values() for c, ps in per.items() if len(ps) >= MIN_SUPPORT)
        total = collections.Counter()  # candidate -> paragraphs holding it, cited or not
        for k in pairs:
            for text in texts[k].values():
                total.update(c for c in candidates(text, code) if c in wanted)
        rows.extend(select(held, named, total, surface, code))
        print("%s\tpairs %d\tentries named %d\tnames %d" % (code, len(pairs), len(named),
              sum(1 for r in rows if r[1] == code)), file=sys.stderr)
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("english_root")
    ap.add_argument("multi_root")
    ap.add_argument("out")
    ap.add_argument("--bin", default=os.path.join(ROOT, ".build", "debug", "citegraph"))
    ap.add_argument("--half", default="tune")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--languages", help="codes to learn (fra,spa,rus,ara,zho; all by default)")
    ap.add_argument("--cache", help="JSON file keeping what citegraph read (rerunning the selection reads it instead)")
    a = ap.parse_args()
    rows = learn(a.bin, a.english_root, a.multi_root, a.half, a.jobs, a.cache,
                 a.languages.split(",") if a.languages else None)
    with open(a.out, "w", encoding="utf-8") as out:
        out.write("# Names of the gazetteer's entries in the other official languages, learned by\n")
        out.write("# Benchmarks/multilingual/learn_instruments.py from the parallel AKN texts (%s half).\n" % a.half)
        out.write("# id<TAB>language<TAB>name<TAB>paragraphs naming it where the English names the entry<TAB>paragraphs holding it\n")
        for entry, code, name, n, t in rows:
            out.write("%s\t%s\t%s\t%d\t%d\n" % (entry, code, name, n, t))
    print("%d names -> %s" % (len(rows), a.out), file=sys.stderr)


if __name__ == "__main__":
    main()
