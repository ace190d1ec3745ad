#!/usr/bin/env python3
"""Six official languages: the same citations from the French, Spanish, Russian, Arabic and Chinese
texts as from the English one, measured against the English official links.

Usage: bench.py [--corpus DIR] [--work DIR] [--bin PATH] [--languages fra,spa,...] [--skip-render]

- Reads CORPUS/multilingual/xml-multilingual.tar.xz (extracted once into WORK/xml, never into the
  project) and the English XML of the same documents from CORPUS/akn/xml (GA/78session, SC/2024,
  SC/2025), paired by job number (`A_RES_78_10-2323443F.xml` ↔ `A_RES_78_10-2323443E.xml`).
- Renders every file to text with `citegraph text` (so the links are not used), puts it under
  WORK/text/<lang>/<half>/<body>/, and runs `citegraph eval` against CORPUS/truth/akn_links.tsv (the
  English links and clause verbs) per language, half and body, and against akn_footnotes.tsv for
  treaty footnotes.
- Ingests each language's texts and the English texts of the same documents into two stores,
  exports the edges and lists the symmetric difference of the (citing, target) edge sets.
The tuning / held-out split is split.py's (job number even / odd).
Without the corpus it says so and exits 0.
"""
import argparse
import collections
import concurrent.futures
import csv
import glob
import os
import re
import shutil
import subprocess
import sys
import tarfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from split import half_of  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
LANGS = {"eng": "English", "fra": "French", "spa": "Spanish", "rus": "Russian", "ara": "Arabic", "zho": "Chinese"}


def find_corpus(given):
    for c in [given, os.path.join(ROOT, "..", "shared", "corpus"), "/work/shared/corpus"]:
        if c and os.path.isfile(os.path.join(c, "multilingual", "xml-multilingual.tar.xz")):
            return os.path.abspath(c)
    return None


def job_key(path):
    return re.sub(r"[A-Z]?\.xml$", "", os.path.basename(path))


def run(cmd, **kw):
    return subprocess.run(cmd, capture_output=True, text=True, **kw)


def render(binary, files, out_dir, jobs=3):
    """`citegraph text` of each (key, body, xml) into out_dir/<half>/<body>/<key>.txt; failures listed."""
    def one(item):
        key, body, xml = item
        d = os.path.join(out_dir, half_of(key), body)
        os.makedirs(d, exist_ok=True)
        r = run([binary, "text", xml])
        if r.returncode != 0:
            return (xml, r.stderr.strip())
        with open(os.path.join(d, key + ".txt"), "w", encoding="utf-8") as f:
            f.write(r.stdout)
        return None
    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        return [f for f in pool.map(one, files) if f]


# The agenda line of a General Assembly resolution in each language ("Agenda item 17", "البند 18 (ب)
# من جدول الأعمال", "议程项目17", "Point 17 de l’ordre du jour", "Tema 17 del programa", "Пункт 17 повестки дня").
AGENDA_WORDS = ("Agenda item", "جدول الأعمال", "议程项目", "ordre du jour", "del programa", "повестки дня")


def agenda_item(path):
    """The number of the agenda item on the cover of a rendered text, or None."""
    with open(path, encoding="utf-8") as f:
        for line in f.read().split("\n")[:14]:
            if any(w in line for w in AGENDA_WORDS):
                m = re.search(r"[0-9]+", line)
                return m and m.group(0)
    return None


def set_apart_other_documents(text_root, code):
    """Moves a language's GA texts whose agenda item is not the English file's out of the measured
    folders (to text/<code>/not-a-translation/): the corpus holds one Arabic file, A_RES_78_231, that is
    another resolution (agenda item 18 (b), Samoa Pathway) filed under the English one's symbol and job
    number (agenda item 17, financing for development). Returns (path, its item, the English item)."""
    moved = []
    for half in ("tune", "held-out"):
        folder = os.path.join(text_root, code, half, "GA")
        if not os.path.isdir(folder):
            continue
        for name in sorted(os.listdir(folder)):
            english = os.path.join(text_root, "eng", half, "GA", name)
            if not os.path.exists(english):
                continue
            ours, theirs = agenda_item(os.path.join(folder, name)), agenda_item(english)
            if ours and theirs and ours != theirs:
                target = os.path.join(text_root, code, "not-a-translation")
                os.makedirs(target, exist_ok=True)
                shutil.move(os.path.join(folder, name), os.path.join(target, name))
                moved.append((os.path.join(target, name), ours, theirs))
    return moved


def notes_of(path):
    """The symbol on a rendered text's cover (its second line) and its footnotes (the "N<tab>text" lines
    after the last rule of underscores) as marker -> the numbers written in the note."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    rules = [i for i, line in enumerate(lines) if re.fullmatch(r"_{5,}", line.strip())]
    symbol = lines[1].strip() if len(lines) > 1 else ""
    notes = {}
    for line in lines[rules[-1] + 1:] if rules else []:
        m = re.match(r"([0-9]+)\t(.*)", line)
        if m:
            notes[int(m.group(1))] = tuple(re.findall(r"[0-9]+", m.group(2)))
    return symbol, notes


def renumbered_notes(notes, text_root, code, half, work):
    """The footnote truth with each labelled English marker moved to the language file's note that
    writes the same numbers (its Treaty Series volume and number), the nearest such note: the truth
    labels English markers and the notes are compared by marker, but a translation numbers some notes
    otherwise (the Arabic A/RES/78/68 from 2, A/RES/78/262 from 1 where the English starts at 2; the
    Chinese A/RES/78/189 has one note fewer before note 35; the Chinese A/RES/78/47 gives notes 7 and 8
    in the other order). Returns the table's path and the (symbol, English marker, language marker) moved."""
    moves = {}
    for body in ("GA", "SC"):
        folder = os.path.join(text_root, code, half, body)
        for name in sorted(os.listdir(folder)) if os.path.isdir(folder) else []:
            english = os.path.join(text_root, "eng", half, body, name)
            if not os.path.exists(english):
                continue
            (_, ours), (symbol, theirs) = notes_of(os.path.join(folder, name)), notes_of(english)
            for marker, numbers in theirs.items():
                if not numbers or ours.get(marker) == numbers:
                    continue
                same = sorted((abs(m - marker), m) for m, n in ours.items() if n == numbers)
                if same and same[0][0] <= 3:
                    moves[(symbol, marker)] = same[0][1]
    out = os.path.join(work, "truth", "akn_footnotes-%s-%s.tsv" % (code, half))
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(notes, encoding="utf-8") as f, open(out, "w", encoding="utf-8") as o:
        for i, line in enumerate(f):
            cols = line.rstrip("\n").split("\t")
            if i > 0 and len(cols) > 1 and cols[1].isdigit() and (cols[0], int(cols[1])) in moves:
                cols[1] = str(moves[(cols[0], int(cols[1]))])
            o.write("\t".join(cols) + "\n")
    return out, sorted((s, m, n) for (s, m), n in moves.items())


def evaluate(binary, truth, paths, extra=()):
    r = run([binary, "eval", "--truth", truth, "--list=-1", *extra, *paths])
    out = {"fp": [], "fn": [], "rel": []}
    for line in r.stdout.splitlines():
        f = line.split("\t")
        if f[0] in ("precision", "recall", "documents scored", "true positives", "false positives", "false negatives"):
            out[f[0]] = f[1]
        elif f[0] == "relation agreement":
            out["relation"] = f[1]; out["relation_n"] = f[2].strip("()")
        elif f[0] == "FP":
            out["fp"].append((f[1], f[2]))
        elif f[0] == "FN":
            out["fn"].append((f[1], f[2]))
        elif f[0] == "REL":
            out["rel"].append(tuple(f[1:]))
    return out


def edges(binary, text_dir, work, name):
    db = os.path.join(work, "stores", name + ".sqlite")
    os.makedirs(os.path.dirname(db), exist_ok=True)
    for p in (db, db + "-wal", db + "-shm"):
        if os.path.exists(p):
            os.remove(p)
    r = run([binary, "ingest", text_dir, "--db", db, "--jobs", "2"])
    if r.returncode not in (0, 2):
        raise SystemExit("ingest failed: %s" % r.stderr)
    out = os.path.join(work, "stores", name + "-csv")
    shutil.rmtree(out, ignore_errors=True)
    r = run([binary, "export", "--db", db, "--format", "csv", "-o", out])
    if r.returncode != 0:
        raise SystemExit("export failed: %s" % r.stderr)
    return read_edges(out)


def read_edges(out):
    """(citing, target, group) of an export's edges.csv, and the ids of its documents (`inCorpus`)."""
    kinds, documents = {}, set()
    with open(os.path.join(out, "nodes.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            kinds[row["id"]] = row["kind"]
            if row.get("inCorpus") == "true":
                documents.add(row["id"])
    found = set()
    with open(os.path.join(out, "edges.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            target = row.get("target")
            found.add((row.get("source") or row.get("citing"), target, KIND_GROUP.get(kinds.get(target, ""), "other")))
    return found, documents


def same_documents(ours, english):
    """The edges of the documents both stores hold: a document missing from one language's folder
    (A/RES/78/253 has no French, Spanish, Russian or Arabic file in the corpus) is not a difference
    of reading."""
    (a, da), (b, db) = ours, english
    both = da & db
    return {e for e in a if e[0] in both}, {e for e in b if e[0] in both}, len(da - db), len(db - da)


# Edge groups reported apart: the target's kind in nodes.csv.
KIND_GROUP = {"resolution": "resolution/decision", "decision": "resolution/decision",
              "treaty": "treaty/instrument", "instrument": "treaty/instrument", "document": "document"}


def edge_rows(code, half, ours, english, listed):
    """One line per edge group (and all edges): sizes and symmetric difference / union."""
    lines = []
    for group in ("all", "resolution/decision", "treaty/instrument", "document"):
        a = {e[:2] for e in ours if group == "all" or e[2] == group}
        b = {e[:2] for e in english if group == "all" or e[2] == group}
        union = len(a | b)
        lines.append("%s\t%s\t%s\t%d\t%d\t%d\t%d\t%.4f" % (code, half, group, len(a), len(b), len(a - b), len(b - a),
                     (len(a - b) + len(b - a)) / union if union else 0))
    only_ours, only_english = sorted(ours - english), sorted(english - ours)
    for e in only_ours[:listed]:
        lines.append("  +\t%s\t%s\t%s" % e)
    for e in only_english[:listed]:
        lines.append("  -\t%s\t%s\t%s" % e)
    return lines


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus")
    ap.add_argument("--work", default="/tmp/citegraph-multilingual")
    ap.add_argument("--bin", default=os.path.join(ROOT, ".build", "debug", "citegraph"))
    ap.add_argument("--languages", default="fra,spa,rus,ara,zho")
    ap.add_argument("--skip-render", action="store_true")
    ap.add_argument("--list", type=int, default=15, help="differences to list per language")
    ap.add_argument("--no-english", action="store_true", help="leave out the English rows (already measured)")
    ap.add_argument("--no-treaties", action="store_true")
    ap.add_argument("--no-edges", action="store_true")
    ap.add_argument("--no-resolutions", action="store_true")
    ap.add_argument("--halves", default="tune,held-out",
                    help="halves to measure: tune,held-out (tune alone to work on the tuning half without the held-out lists)")
    a = ap.parse_args()
    halves = [h for h in ("tune", "held-out") if h in a.halves.split(",")]
    corpus = find_corpus(a.corpus)
    if not corpus:
        print("bench.py: no corpus (multilingual/xml-multilingual.tar.xz under ../shared/corpus or /work/shared/corpus): nothing measured")
        return 0
    if not os.access(a.bin, os.X_OK):
        raise SystemExit("bench.py: build citegraph first (%s not found)" % a.bin)
    xml_root = os.path.join(a.work, "xml")
    if not os.path.isdir(os.path.join(xml_root, "GA")):
        os.makedirs(xml_root, exist_ok=True)
        with tarfile.open(os.path.join(corpus, "multilingual", "xml-multilingual.tar.xz")) as t:
            t.extractall(xml_root)
    english = {}
    for sub, body in (("GA/78session", "GA"), ("SC/2024", "SC"), ("SC/2025", "SC")):
        for f in glob.glob(os.path.join(corpus, "akn", "xml", sub, "*.xml")):
            english[job_key(f)] = (body, f)
    languages = a.languages.split(",")
    files = {}
    for code in languages:
        name = LANGS[code]
        files[code] = sorted((job_key(f), body, f) for body in ("GA", "SC")
                             for f in glob.glob(os.path.join(xml_root, body, name, "*.xml")) if job_key(f) in english)
    keys = sorted(set(k for code in languages for k, _, _ in files[code]))
    files["eng"] = [(k, english[k][0], english[k][1]) for k in keys]
    text_root = os.path.join(a.work, "text")
    for code in ["eng"] + languages:
        # --skip-render keeps the texts already rendered; a language without any is rendered.
        if not a.skip_render or not os.path.isdir(os.path.join(text_root, code)):
            shutil.rmtree(os.path.join(text_root, code), ignore_errors=True)
            failed = render(a.bin, files[code], os.path.join(text_root, code))
            for xml, err in failed:
                print("render failed\t%s\t%s" % (xml, err))
    for code in languages:
        for path, ours, theirs in set_apart_other_documents(text_root, code):
            print("not a translation of the English file (agenda item %s, English %s): set apart\t%s" % (ours, theirs, path))
    links = os.path.join(corpus, "truth", "akn_links.tsv")
    notes = os.path.join(corpus, "truth", "akn_footnotes.tsv")
    print("# resolutions: eval of the text rendered from each language's XML against the English links")
    print("language\thalf\tbody\tdocs\tP\tR\trelation agreement\t(agreed of checked)\tFP\tFN")
    scored = ([] if a.no_english else ["eng"]) + languages
    for code in ([] if a.no_resolutions else scored):
        for half in halves:
            total = {"tp": 0, "fp": 0, "fn": 0, "agreed": 0, "checked": 0, "docs": 0}
            for body in ("GA", "SC"):
                path = os.path.join(text_root, code, half, body)
                if not os.path.isdir(path):
                    continue
                e = evaluate(a.bin, links, [path])
                agreed, checked = (int(x) for x in e.get("relation_n", "0 of 0").split(" of "))
                for k, v in (("tp", int(e.get("true positives", 0))), ("fp", len(e["fp"])), ("fn", len(e["fn"])),
                             ("agreed", agreed), ("checked", checked), ("docs", int(e.get("documents scored", 0)))):
                    total[k] += v
                print("%s\t%s\t%s\t%s\t%s\t%s\t%s\t(%s)\t%d\t%d" % (code, half, body, e.get("documents scored"), e.get("precision"),
                      e.get("recall"), e.get("relation"), e.get("relation_n"), len(e["fp"]), len(e["fn"])))
                if code != "eng" and a.list:
                    for fp in e["fp"][:a.list]:
                        print("  FP\t%s\t%s" % fp)
                    for fn in e["fn"][:a.list]:
                        print("  FN\t%s\t%s" % fn)
                    for rel in e["rel"][:a.list]:
                        print("  REL\t" + "\t".join(rel))
            t = total
            ratio = lambda x, y: x / y if y else 1.0
            print("%s\t%s\tall\t%d\t%.4f\t%.4f\t%.4f\t(%d of %d)\t%d\t%d" % (code, half, t["docs"], ratio(t["tp"], t["tp"] + t["fp"]),
                  ratio(t["tp"], t["tp"] + t["fn"]), ratio(t["agreed"], t["checked"]), t["agreed"], t["checked"], t["fp"], t["fn"]))
    if a.no_treaties and a.no_edges:
        return 0
    print()
    print("# treaty footnotes (UNTS references of notes labelled in truth/akn_footnotes.tsv)")
    print("language\thalf\tdocs\tP\tR")
    for code in ([] if a.no_treaties else scored):
        for half in halves:
            paths = [p for p in (os.path.join(text_root, code, half, b) for b in ("GA", "SC")) if os.path.isdir(p)]
            truth = notes
            if code != "eng":
                truth, moved = renumbered_notes(notes, text_root, code, half, a.work)
                by_document = collections.defaultdict(list)
                for symbol, english, ours in moved:
                    by_document[symbol].append("%d→%d" % (english, ours))
                for symbol, pairs in sorted(by_document.items()):
                    print("# %s %s %s: notes numbered otherwise (English→%s, the same numbers): %s" % (code, half, symbol, code, " ".join(pairs)))
            e = evaluate(a.bin, truth, paths, ("--scope", "treaties", "--footnotes-only"))
            print("%s\t%s\t%s\t%s\t%s" % (code, half, e.get("documents scored"), e.get("precision"), e.get("recall")))
    if a.no_edges:
        return 0
    print()
    print("# edges of `citegraph ingest` of each language's texts vs the English texts of the same documents,")
    print("# (citing, target) pairs, grouped by the target's kind; one store per language and half")
    print("language\thalf\tedges of\tedges\tenglish edges\tonly in language\tonly in English\tsymmetric difference / union")
    print("# (only the documents both stores hold: documents missing from the language's folder are counted apart)")
    for half in halves:
        english_edges = edges(a.bin, os.path.join(text_root, "eng", half), a.work, "eng-" + half)
        for code in languages:
            ours, english, only_ours, only_english = same_documents(
                edges(a.bin, os.path.join(text_root, code, half), a.work, code + "-" + half), english_edges)
            print("%s\t%s\tdocuments only in the language: %d, only in English: %d" % (code, half, only_ours, only_english))
            for line in edge_rows(code, half, ours, english, a.list):
                print(line)
            sys.stdout.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
