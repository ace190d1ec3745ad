#!/usr/bin/env python3
"""Checks and dumps a citegraph store with Python's sqlite3 (no citegraph code involved).

    check_store.py check DB        integrity, foreign keys and the store's own invariants; exit 1 if broken
    check_store.py dump DB OUT     a deterministic text dump (citations, documents, nodes, files)
    check_store.py count DB        number of documents
"""
import sqlite3
import sys


def connect(path):
    con = sqlite3.connect(path, timeout=30)
    con.execute("PRAGMA foreign_keys = ON")
    return con


def check(path):
    con = connect(path)
    problems = []
    integrity = [row[0] for row in con.execute("PRAGMA integrity_check")]
    if integrity != ["ok"]:
        problems.append("integrity_check: " + "; ".join(integrity[:5]))
    fk = con.execute("PRAGMA foreign_key_check").fetchall()
    if fk:
        problems.append(f"foreign_key_check: {len(fk)} rows, first {fk[0]}")
    tables = {row[0] for row in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    if not {"documents", "citations", "nodes", "files"} <= tables:
        # Killed before the first migration committed: an empty store is consistent.
        if tables - {"grdb_migrations"}:
            problems.append(f"partial schema: {sorted(tables)}")
        return report(path, problems)
    queries = {
        "ok file without its document": """
            SELECT f.path FROM files f WHERE f.status = 'ok' AND NOT EXISTS (
              SELECT 1 FROM documents d WHERE d.symbol = f.symbol AND d.path = f.path AND d.contentHash = f.contentHash)""",
        "document without a file row": """
            SELECT d.symbol FROM documents d WHERE NOT EXISTS (SELECT 1 FROM files f WHERE f.path = d.path)""",
        "document without an in-corpus node": """
            SELECT d.symbol FROM documents d WHERE NOT EXISTS (SELECT 1 FROM nodes n WHERE n.id = d.symbol AND n.inCorpus = 1)""",
        "cited target without a node": """
            SELECT DISTINCT c.target FROM citations c WHERE NOT EXISTS (SELECT 1 FROM nodes n WHERE n.id = c.target)""",
        "node neither stored nor cited": """
            SELECT n.id FROM nodes n WHERE NOT EXISTS (SELECT 1 FROM documents d WHERE d.symbol = n.id)
              AND NOT EXISTS (SELECT 1 FROM citations c WHERE c.target = n.id)""",
        "external node marked in corpus": """
            SELECT n.id FROM nodes n WHERE n.inCorpus = 1 AND NOT EXISTS (SELECT 1 FROM documents d WHERE d.symbol = n.id)""",
        "citation seq gap": """
            SELECT citing FROM citations GROUP BY citing HAVING MAX(seq) + 1 <> COUNT(*)""",
    }
    for name, sql in queries.items():
        rows = con.execute(sql).fetchall()
        if rows:
            problems.append(f"{name}: {len(rows)}, first {rows[0][0]}")
    return report(path, problems)


def report(path, problems):
    if problems:
        for p in problems:
            print(f"{path}: {p}")
        return 1
    print(f"{path}: ok")
    return 0


def dump(path, out):
    con = connect(path)
    with open(out, "w", encoding="utf-8") as f:
        sections = [
            ("citations", "SELECT * FROM citations ORDER BY citing, seq"),
            # ingestedAt is left out: it is the only column that differs between two runs.
            ("documents", "SELECT symbol, body, date, title, agendaItem, subjects, path, contentHash, warnings "
                          "FROM documents ORDER BY symbol"),
            ("nodes", "SELECT * FROM nodes ORDER BY id"),
            ("files", "SELECT * FROM files ORDER BY path"),
        ]
        for name, sql in sections:
            f.write(f"## {name}\n")
            for row in con.execute(sql):
                f.write("\t".join("" if v is None else str(v) for v in row) + "\n")
    return 0


def count(path):
    con = connect(path)
    try:
        print(con.execute("SELECT COUNT(*) FROM documents").fetchone()[0])
    except sqlite3.OperationalError:
        print(0)
    return 0


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "check":
        sys.exit(check(sys.argv[2]))
    if len(sys.argv) >= 4 and sys.argv[1] == "dump":
        sys.exit(dump(sys.argv[2], sys.argv[3]))
    if len(sys.argv) >= 3 and sys.argv[1] == "count":
        sys.exit(count(sys.argv[2]))
    print(__doc__, file=sys.stderr)
    sys.exit(2)
