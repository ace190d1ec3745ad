#!/usr/bin/env python3
"""Raw and hand-checked resolution precision and recall of `citegraph eval` on ../shared/corpus.

Runs (or reads the output of)

    citegraph eval --truth ../shared/corpus/truth/akn_links.tsv --list=-1 ../shared/corpus/akn/text

and joins every false positive (FP) and false negative (FN) with checked-disagreements.tsv, where each
disagreement read by hand has a verdict:

    link-error   the UN's links are wrong, not the extraction: an FP is a real citation of that UN
                 document the XML does not link (or links under a wrong or malformed symbol); an FN is a
                 link whose target is not the resolution the text cites (mistyped, wrong body, another
                 organization's resolution, a document or a decision).
    our-error    the extraction is wrong.

Checked figures: an FP that is a link error counts as a true positive, an FN that is a link error leaves
the truth; our errors and disagreements not yet classified count against the extraction.

    precision = (TP + FP link errors) / (TP + FP)
    recall    = (TP + FP link errors) / (TP + FP link errors + FN our errors + FN not classified)

Usage (from the repository root):
    python3 Benchmarks/extract/checked.py [--bin .build/release/citegraph] [--eval-output FILE] [--corpus ../shared/corpus]
Prints the raw and checked figures, the verdicts by class, the disagreements not yet classified, and the
classified ones that are no longer disagreements (fixed since they were read).
"""
import argparse
import collections
import csv
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def run_eval(binary, corpus):
    cmd = [binary, "eval", "--truth", os.path.join(corpus, "truth/akn_links.tsv"), "--list=-1",
           os.path.join(corpus, "akn/text")]
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def parse_eval(text):
    counts, fp, fn = {}, [], []
    for line in text.splitlines():
        f = line.split("\t")
        if f[0] in ("FP", "FN") and len(f) >= 3:
            (fp if f[0] == "FP" else fn).append((f[1].strip(), f[2].strip()))
        elif f[0] in ("true positives", "false positives", "false negatives", "documents scored"):
            counts[f[0]] = int(f[1])
    return counts, fp, fn


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--bin", default=".build/release/citegraph")
    ap.add_argument("--corpus", default="../shared/corpus")
    ap.add_argument("--eval-output", help="read this saved `eval --list=-1` output instead of running eval")
    ap.add_argument("--checked", default=os.path.join(HERE, "checked-disagreements.tsv"))
    args = ap.parse_args()

    text = open(args.eval_output).read() if args.eval_output else run_eval(args.bin, args.corpus)
    counts, fps, fns = parse_eval(text)
    tp = counts["true positives"]

    verdicts = {}
    with open(args.checked, newline="") as f:
        for row in csv.DictReader((l for l in f if not l.startswith("#")), delimiter="\t"):
            verdicts[(row["kind"], row["citing"], row["target"])] = (row["verdict"], row["class"])

    by_class = collections.Counter()
    fp_link = fp_our = fn_link = fn_our = 0
    unclassified = []
    for kind, pairs in (("FP", fps), ("FN", fns)):
        for citing, target in pairs:
            v = verdicts.get((kind, citing, target))
            if v is None:
                unclassified.append((kind, citing, target))
                continue
            by_class[(kind, v[0], v[1])] += 1
            if kind == "FP":
                fp_link += v[0] == "link-error"
                fp_our += v[0] == "our-error"
            else:
                fn_link += v[0] == "link-error"
                fn_our += v[0] == "our-error"
    fp_open = sum(1 for u in unclassified if u[0] == "FP")
    fn_open = sum(1 for u in unclassified if u[0] == "FN")

    fp, fn = len(fps), len(fns)
    raw_p, raw_r = tp / (tp + fp), tp / (tp + fn)
    good = tp + fp_link
    chk_p = good / (tp + fp)
    chk_r = good / (good + fn_our + fn_open)
    print(f"documents scored\t{counts.get('documents scored', '?')}")
    print(f"raw\tTP {tp}\tFP {fp}\tFN {fn}\tprecision {raw_p:.4f}\trecall {raw_r:.4f}")
    print(f"checked\tTP {good}\tFP {fp_our + fp_open}\tFN {fn_our + fn_open}\tprecision {chk_p:.4f}\trecall {chk_r:.4f}")
    print(f"FP: {fp_link} link errors, {fp_our} our errors, {fp_open} not classified")
    print(f"FN: {fn_link} link errors, {fn_our} our errors, {fn_open} not classified")
    print("\nverdicts by class:")
    for (kind, verdict, cls), n in sorted(by_class.items(), key=lambda kv: (kv[0][0], kv[0][1], -kv[1], kv[0][2])):
        print(f"{n:5d}\t{kind}\t{verdict}\t{cls}")
    if unclassified:
        print(f"\nnot classified ({len(unclassified)}): add them to {os.path.relpath(args.checked)}")
        for kind, citing, target in unclassified:
            print(f"{kind}\t{citing}\t{target}")
    current = {("FP",) + p for p in fps} | {("FN",) + p for p in fns}
    gone = [k for k in verdicts if k not in current]
    if gone:
        print(f"\nclassified but no longer disagreements ({len(gone)}):")
        for kind, citing, target in sorted(gone):
            v = verdicts[(kind, citing, target)]
            print(f"{kind}\t{citing}\t{target}\t{v[0]}\t{v[1]}")


if __name__ == "__main__":
    sys.exit(main())
