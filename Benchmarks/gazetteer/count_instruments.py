#!/usr/bin/env python3
"""Counts capitalised instrument names cited in the corpus texts.

A name is a run of capitalised words (with the small connecting words of
titles) that contains an instrument word (Convention, Declaration, Agenda …),
found after "the" in a paragraph that opens with a citing verb. Prints
`count<TAB>documents<TAB>name`, most cited first. A proposal list for the
gazetteer, checked by hand.

    python3 count_instruments.py [CORPUS] [TOP] > instruments.tsv
"""
import re, sys, collections, pathlib

CORPUS = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/corpus"
TOP = int(sys.argv[2]) if len(sys.argv) > 2 else 300
VERBS = re.compile(r"^(?:\d+\.\s*)?(Recalling|Reaffirming|Guided by|Bearing in mind|Mindful of|Welcoming|Noting|"
                   r"Taking note|Recognizing|Acknowledging|Emphasizing|Stressing|Reiterating|Underlining|"
                   r"Considering|Affirming|Having regard|Taking into account|Recalls|Reaffirms|Welcomes|"
                   r"Notes|Takes note|Recognizes|Emphasizes|Stresses|Reiterates|Calls upon|Urges|Encourages)")
INSTRUMENT = {"Convention", "Conventions", "Covenant", "Protocol", "Protocols", "Declaration", "Agreement",
              "Statute", "Charter", "Programme", "Platform", "Framework", "Agenda", "Treaty", "Principles",
              "Rules", "Plan", "Strategy", "Consensus", "Pact", "Compact", "Guidelines", "Outcome", "Pathway",
              "Commitment", "Commitments", "Accord", "Constitution", "Act", "Code", "Standards"}
SMALL = {"of", "the", "on", "and", "for", "against", "to", "in", "with", "relating", "concerning",
         "by", "at", "from", "its", "their", "or", "as", "a", "an", "into", "between", "under", "all"}
WORD = re.compile(r"[A-Za-z0-9][\w’'\-\u2011–]*|\(|\)|,")

def names(par: str):
    toks = WORD.findall(par)
    i = 0
    while i < len(toks):
        if toks[i] == "the" and i + 1 < len(toks) and (toks[i + 1][0].isupper() or toks[i + 1][0].isdigit()):
            j = i + 1
            run = []
            while j < len(toks):
                t = toks[j]
                if t[0].isupper() or t[0].isdigit():
                    run.append(t)
                elif t in SMALL and j + 1 < len(toks) and (toks[j + 1][0].isupper() or toks[j + 1] in SMALL
                                                           or toks[j + 1][0].isdigit()):
                    run.append(t)
                elif t == "," and run and j + 1 < len(toks) and toks[j + 1][0].isupper() and run[-1] != ",":
                    run.append(t)
                else:
                    break
                j += 1
            while run and (run[-1] in SMALL or run[-1] == ","):
                run.pop()
            # strip a glued footnote marker ("Change1")
            if run:
                run[-1] = re.sub(r"(?<=[a-z])\d+$", "", run[-1])
            if any(w in INSTRUMENT for w in run):
                yield " ".join(run).replace(" ,", ",")
            i = j
        else:
            i += 1

def main():
    count, docs = collections.Counter(), collections.defaultdict(set)
    for path in sorted(pathlib.Path(CORPUS, "akn", "text").rglob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for par in text.split("\n"):
            if not VERBS.match(par):
                continue
            for n in names(par):
                count[n] += 1
                docs[n].add(path.name)
    for n, c in sorted(count.items(), key=lambda kv: (-len(docs[kv[0]]), kv[0]))[:TOP]:
        print(f"{c}\t{len(docs[n])}\t{n}")

if __name__ == "__main__":
    main()
