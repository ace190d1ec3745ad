#!/usr/bin/env python3
"""Writes one General Assembly text citing N distinct resolutions (issue 13: the series search must
stay linear in the citations of one document).

  python3 Benchmarks/series/many_citations.py OUT N [PER_PARAGRAPH]

OUT/A_RES_80_999.txt: a cover, then preamble paragraphs "Recalling its resolutions 1/1 of 1 January
1946, …" holding PER_PARAGRAPH citations each (default 100; 0 puts all N in one paragraph), sessions
1-79, numbers 1-999, then one operative paragraph.
"""
import os, sys

out, n = sys.argv[1], int(sys.argv[2])
per = int(sys.argv[3]) if len(sys.argv) > 3 else 100
symbols = [f"{1 + i // 999}/{1 + i % 999}" for i in range(n)]
assert n <= 79 * 999, "at most 78,921 distinct symbols"
os.makedirs(out, exist_ok=True)
lines = ["United Nations", "A/RES/80/999", "General Assembly", "Distr.: General", "1 December 2025",
         "Eightieth session", "Resolution adopted by the General Assembly on 1 December 2025", "",
         "80/999. Many citations", "", "The General Assembly,", ""]
chunks = [symbols] if per == 0 else [symbols[i:i + per] for i in range(0, n, per)]
for chunk in chunks:
    lines.append("Recalling its resolutions " + ", ".join(chunk[:-1]) + (" and " if len(chunk) > 1 else "") + chunk[-1] + ",")
    lines.append("")
lines.append("1.\tDecides to remain seized of the matter.")
with open(os.path.join(out, "A_RES_80_999.txt"), "w", encoding="utf-8") as fh:
    fh.write("\n".join(lines) + "\n")
print(n, "citations in", os.path.join(out, "A_RES_80_999.txt"))
