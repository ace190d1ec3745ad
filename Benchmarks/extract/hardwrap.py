#!/usr/bin/env python3
"""Simulates PDF text: hard-wraps every line of each .txt under SRC at 80 columns (at spaces)
and drops the blank lines between paragraphs; writes the same tree under DST.

usage: hardwrap.py SRC DST [WIDTH]
"""
import os
import sys


def wrap(line, width):
    if len(line) <= width:
        return [line]
    out, current = [], ""
    for word in line.split(" "):
        if current and len(current) + 1 + len(word) > width:
            out.append(current)
            current = word
        else:
            current = word if not current else current + " " + word
    if current:
        out.append(current)
    return out


def main():
    src, dst = sys.argv[1], sys.argv[2]
    width = int(sys.argv[3]) if len(sys.argv) > 3 else 80
    for root, _, files in os.walk(src):
        for name in files:
            if not name.endswith(".txt"):
                continue
            path = os.path.join(root, name)
            with open(path, encoding="utf-8") as f:
                lines = f.read().split("\n")
            out = []
            for line in lines:
                if not line.strip():
                    continue
                out.extend(wrap(line, width))
            target = os.path.join(dst, os.path.relpath(path, src))
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with open(target, "w", encoding="utf-8") as f:
                f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
