import CiteCore
import Foundation
import GRDB

extension CitationStore {
    /// Stores one read document in ONE transaction: deletes the earlier rows of its symbol (and of
    /// its path, if the path held another symbol), inserts the document and its citations (in the
    /// given order), marks the file `ok`, and brings the affected nodes up to date.
    ///
    /// Nodes are a function of the stored documents and citations: a stored document's node is
    /// `inCorpus` with its metadata; a target known only from citations takes its kind, body, date
    /// and title from the first citation (by citing symbol, then order) that gives each. So the
    /// store's content does not depend on the order documents were ingested in.
    ///
    /// - Parameters:
    ///   - citations: every `citing` must equal `document.symbol`; spans are `[start, end]`.
    ///   - paragraphs: the document's paragraphs, when its text was already let go (else cut from it).
    ///   - path: the input file as given (kept as the document's path and each citation's `source`).
    ///   - fileKey: the file's key in the store, its real path (`FileNames.realPath`), so that two
    ///     spellings of one file (`corpus/x.txt`, `/home/u/corpus/x.txt`) are one file; `path` when nil.
    ///   - contentHash: SHA-256 hex of the file's bytes.
    /// - Returns: `.added`, or `.updated` when earlier rows of the symbol or path were replaced.
    /// - Throws: `StoreError.invalidRecord` for an inconsistent citation (nothing written);
    ///   `.diskFull`, `.readOnly`, `.busy`, … when the write fails (rolled back, nothing lost).
    /// - Complexity: O((c + t) log n) for c new and old citations and t affected nodes.
    @discardableResult
    public func replace(document: Document, citations: [Citation], paragraphs given: [StoredParagraph]? = nil,
                        path: String, fileKey: String? = nil, contentHash: String) throws -> ReplaceOutcome {
        let symbol = document.symbol
        let key = fileKey ?? path
        for (seq, citation) in citations.enumerated() {
            if citation.citing != symbol {
                throw StoreError.invalidRecord(store: self.path, reason: "\(path): citation \(seq + 1) cites from \(citation.citing), not from the document \(symbol)")
            }
            if citation.span.count != 2 {
                throw StoreError.invalidRecord(store: self.path, reason: "\(path): citation \(seq + 1) of \(symbol) has a span of \(citation.span.count) offsets, expected 2")
            }
        }
        if symbol.isEmpty {
            throw StoreError.invalidRecord(store: self.path, reason: "\(path): the document has no symbol")
        }
        let subjects = try CitationStore.jsonArray(document.subjects)
        let warnings = try CitationStore.jsonArray(document.warnings)
        let ingestedAt = Date().ISO8601Format()
        let paragraphs = given ?? StoredParagraph.of(document)

        return try writing { db in
            var affected: Set<String> = [symbol]
            // Earlier documents of this file under another symbol, and the earlier version of this symbol.
            let displaced = try String.fetchAll(db.cachedStatement(sql: """
                SELECT symbol FROM documents WHERE path = ? OR symbol = ?
                    OR symbol IN (SELECT symbol FROM files WHERE path = ? AND symbol IS NOT NULL)
                """), arguments: [key, symbol, key])
            for old in displaced {
                affected.insert(old)
                let oldTargets = try String.fetchAll(db.cachedStatement(sql: "SELECT DISTINCT target FROM citations WHERE citing = ?"),
                                                     arguments: [old])
                affected.formUnion(oldTargets)
            }
            let hadFile = try Bool.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM files WHERE path = ? AND status = 'ok'"),
                                            arguments: [key]) ?? false
            for old in displaced {
                try db.cachedStatement(sql: "DELETE FROM documents WHERE symbol = ?").execute(arguments: [old])
            }
            // Another file that held this symbol no longer does: forget it so a later ingest reads it again.
            try db.cachedStatement(sql: "DELETE FROM files WHERE symbol = ? AND path <> ?").execute(arguments: [symbol, key])

            try db.cachedStatement(sql: """
                INSERT INTO documents (symbol, body, date, title, agendaItem, subjects, path, contentHash, warnings, ingestedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [symbol, document.body.rawValue, document.date, document.title,
                                         document.agendaItem, subjects, path, contentHash, warnings, ingestedAt])
            let insert = try db.cachedStatement(sql: """
                INSERT INTO citations (citing, seq, target, targetKind, body, relation, section, paragraph,
                    spanStart, spanEnd, text, date, part, title, footnote, untsVolume, untsNumber, untsLeague, via, source)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            for (seq, c) in citations.enumerated() {
                affected.insert(c.target)
                let values: [(any DatabaseValueConvertible)?] = [
                    symbol, seq, c.target, c.targetKind.rawValue, c.body?.rawValue, c.relation.rawValue,
                    c.section.rawValue, c.paragraph, c.span[0], c.span[1], c.text, c.date, c.part, c.title,
                    c.footnote, c.unts?.volume, c.unts?.number, c.unts.map { $0.league ? 1 : 0 }, c.via, path,
                ]
                try insert.execute(arguments: StatementArguments(values))
            }
            for paragraph in paragraphs { try paragraph.insert(db) }
            try db.cachedStatement(sql: """
                INSERT INTO files (path, contentHash, symbol, status, error) VALUES (?, ?, ?, 'ok', NULL)
                ON CONFLICT(path) DO UPDATE SET contentHash = excluded.contentHash, symbol = excluded.symbol,
                    status = 'ok', error = NULL
                """).execute(arguments: [key, contentHash, symbol])
            try CitationStore.refreshNodes(affected, in: db)
            return displaced.isEmpty && !hadFile ? .added : .updated
        }
    }

    /// Records that the file at `path` could not be read (one line), in one transaction. The
    /// document it gave before, if any, stays: a bad new version never loses what was stored.
    public func recordFailure(path: String, contentHash: String, error: String) throws {
        let message = StoreError.oneLine(error)
        try writing { db in
            try db.execute(sql: """
                INSERT INTO files (path, contentHash, symbol, status, error) VALUES (?, ?, NULL, 'failed', ?)
                ON CONFLICT(path) DO UPDATE SET contentHash = excluded.contentHash, symbol = NULL,
                    status = 'failed', error = excluded.error
                """, arguments: [path, contentHash, message])
        }
    }

    /// Recomputes the node rows of `ids` from the documents and citations tables.
    static func refreshNodes(_ ids: Set<String>, in db: Database) throws {
        let document = try db.cachedStatement(sql: "SELECT body, date, title FROM documents WHERE symbol = ?")
        let first = try db.cachedStatement(sql: """
            SELECT targetKind FROM citations WHERE target = ? ORDER BY citing, seq LIMIT 1
            """)
        let firstBody = try db.cachedStatement(sql: """
            SELECT body FROM citations WHERE target = ? AND body IS NOT NULL ORDER BY citing, seq LIMIT 1
            """)
        let firstDate = try db.cachedStatement(sql: """
            SELECT date FROM citations WHERE target = ? AND date IS NOT NULL ORDER BY citing, seq LIMIT 1
            """)
        let firstTitle = try db.cachedStatement(sql: """
            SELECT title FROM citations WHERE target = ? AND title IS NOT NULL ORDER BY citing, seq LIMIT 1
            """)
        let upsert = try db.cachedStatement(sql: """
            INSERT OR REPLACE INTO nodes (id, kind, body, date, title, inCorpus) VALUES (?, ?, ?, ?, ?, ?)
            """)
        let delete = try db.cachedStatement(sql: "DELETE FROM nodes WHERE id = ?")
        for id in ids.sorted() {
            if let row = try Row.fetchOne(document, arguments: [id]) {
                let body: String = row["body"]
                let date: String? = row["date"]
                let title: String? = row["title"]
                try upsert.execute(arguments: [id, CitationStore.kind(ofSymbol: id).rawValue, body, date, title, 1])
            } else if let kind = try String.fetchOne(first, arguments: [id]) {
                let body = try String.fetchOne(firstBody, arguments: [id])
                let date = try String.fetchOne(firstDate, arguments: [id])
                let title = try String.fetchOne(firstTitle, arguments: [id])
                try upsert.execute(arguments: [id, kind, body, date, title, 0])
            } else {
                try delete.execute(arguments: [id])
            }
        }
    }

    /// The kind of a stored document's node, read from its symbol.
    static func kind(ofSymbol symbol: String) -> TargetKind {
        if symbol.contains("/RES/") { return .resolution }
        if symbol.contains("/DEC/") { return .decision }
        if symbol.hasPrefix("UNTS ") || symbol.hasPrefix("LNTS ") { return .treaty }
        if symbol.hasPrefix("instrument:") { return .instrument }
        return .document
    }

    static func jsonArray(_ strings: [String]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        let data = try encoder.encode(strings)
        return String(decoding: data, as: UTF8.self)
    }
}
