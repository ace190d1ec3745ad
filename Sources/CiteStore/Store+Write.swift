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
        }
        if symbol.isEmpty {
            throw StoreError.invalidRecord(store: self.path, reason: "\(path): the document has no symbol")
        }
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

            let stored = StoredDocument(info: document.info, path: path, contentHash: contentHash, warnings: document.warnings,
                                        language: document.language)
            try DocumentRow(stored, ingestedAt: ingestedAt).insert(db)
            for (seq, c) in citations.enumerated() {
                affected.insert(c.target)
                try CitationRow(c, seq: seq, source: path).insert(db)
            }
            for paragraph in paragraphs { try paragraph.insert(db) }
            try StoredFile(path: key, contentHash: contentHash, symbol: symbol, status: .ok, error: nil).upsert(db)
            try CitationStore.refreshNodes(affected, in: db)
            return displaced.isEmpty && !hadFile ? .added : .updated
        }
    }

    /// Records that the file at `path` could not be read (one line), in one transaction. The
    /// document it gave before, if any, stays: a bad new version never loses what was stored.
    public func recordFailure(path: String, contentHash: String, error: String) throws {
        let message = StoreError.oneLine(error)
        try writing { db in
            try StoredFile(path: path, contentHash: contentHash, symbol: nil, status: .failed, error: message).upsert(db)
        }
    }

    /// Recomputes the node rows of `ids` from the documents and citations tables.
    static func refreshNodes(_ ids: Set<String>, in db: Database) throws {
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
        for id in ids.sorted() {
            if let document = try DocumentRow.fetchOne(db, key: id) {
                try StoredNode(id: id, kind: CitationStore.kind(ofSymbol: id), body: document.body, date: document.date,
                               title: document.title, inCorpus: true).insert(db, onConflict: .replace)
            } else if let kind = try TargetKind.fetchOne(first, arguments: [id]) {
                try StoredNode(id: id, kind: kind, body: try Body.fetchOne(firstBody, arguments: [id]),
                               date: try String.fetchOne(firstDate, arguments: [id]),
                               title: try String.fetchOne(firstTitle, arguments: [id]), inCorpus: false)
                    .insert(db, onConflict: .replace)
            } else {
                try StoredNode.deleteOne(db, key: id)
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
}
