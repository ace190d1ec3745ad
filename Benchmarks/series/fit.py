#!/usr/bin/env python3
"""Fits the series link weights (SeriesModel.weights, bias) by logistic regression.

Usage: fit.py FEATURES.tsv [--half tune] [--body SC|other]
FEATURES.tsv comes from `citegraph eval --series series_truth.tsv --features FEATURES.tsv`.
Only the rows of the given half are used (default: tune); the other half is for reporting.
--body SC fits the Security Council's weights (SeriesModel.councilWeights), --body other those of
every other body (SeriesModel.weights); without it, one set for all.
Prints the weights as a Swift array literal and the accuracy of picking the best-scored
candidate per resolution on each half (before the global one-successor constraint).
"""
import sys, csv
import numpy as np

path = sys.argv[1]
half = sys.argv[sys.argv.index("--half") + 1] if "--half" in sys.argv else "tune"
l2 = float(sys.argv[sys.argv.index("--l2") + 1]) if "--l2" in sys.argv else 0.01
rows = list(csv.reader(open(path), delimiter="\t"))
header, rows = rows[0], rows[1:]
names = header[5:]
X = np.array([[float(v) for v in r[5:]] for r in rows])
y = np.array([int(r[4]) for r in rows])
halves = np.array([r[3] for r in rows])
body = sys.argv[sys.argv.index("--body") + 1] if "--body" in sys.argv else None
if body is not None:
    keep = np.array([(r[2] == "SC") == (body == "SC") for r in rows])
    X, y, halves = X[keep], y[keep], halves[keep]
    rows = [r for r, k in zip(rows, keep) if k]
groups = [r[0] for r in rows]

m = halves == half
# A conditional logit: for each resolution, a softmax over its candidates plus "no predecessor"
# (score 0), so the weights learn to rank one resolution's candidates, and the bias where to stop.
idx = np.where(m)[0]
order = sorted(idx, key=lambda i: (groups[i], i))
Xt, yt = X[order], y[order].astype(float)
gnames = [groups[i] for i in order]
starts = np.array([0] + [k for k in range(1, len(gnames)) if gnames[k] != gnames[k - 1]])
gindex = np.repeat(np.arange(len(starts)), np.diff(np.append(starts, len(gnames))))
G = len(starts)
w = np.zeros(X.shape[1]); b = 0.0
lr = 0.5
for it in range(3000):
    z = Xt @ w + b
    e = np.exp(np.clip(z, -50, 50))
    denom = np.add.reduceat(e, starts) + 1.0  # + exp(0) for "no predecessor"
    p = e / denom[gindex]
    diff = p - yt
    gw = Xt.T @ diff / G + l2 * w
    gb = diff.sum() / G
    w -= lr * gw; b -= lr * gb

def pick_accuracy(mask):
    best = {}
    for i in np.where(mask)[0]:
        s = X[i] @ w + b
        k = groups[i]
        if k not in best or s > best[k][0]:
            best[k] = (s, y[i])
    return sum(v[1] for v in best.values()), len(best)

for h in sorted(set(halves)):
    c, n = pick_accuracy(halves == h)
    print(f"# {h}: best candidate is the truth for {c}/{n} = {c/max(n,1):.3f} (resolutions with a candidate)")
print("# " + ", ".join(f"{n}={v:.2f}" for n, v in zip(names, w)))
print("public static let weights: [Double] = [" + ", ".join(f"{v:.3f}" for v in w) + "]")
print(f"public static let bias = {b:.3f}")
