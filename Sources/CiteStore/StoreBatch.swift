import CiteCore
import Foundation
import GRDB

/// The writes of one `CitationStore.batch` transaction: documents replaced and failures recorded,
/// in the order given. Only valid inside the `batch` closure that handed it out.
public final class StoreBatch {
    let db: Database
    let storePath: String
    /// Nodes whose rows the batch's writes may have changed, refreshed when the batch ends.
    private(set) var affected: Set<String> = []

    init(db: Database, storePath: String) {
        self.db = db
        self.storePath = storePath
    }

    /// The stored document of `symbol` as this transaction sees it (documents written earlier in
    /// the batch included).
    public func document(symbol: String) throws -> StoredDocument? {
        try DocumentRow.fetchOne(db, key: symbol)?.stored
    }

    /// `CitationStore.replace`, inside the batch: the same rows, the nodes refreshed at the batch's end.
    /// - Throws: `StoreError.invalidRecord` before anything of the document is written.
    @discardableResult
    public func replace(document: Document, citations: [Citation], paragraphs given: [StoredParagraph]? = nil,
                        path: String, fileKey: String? = nil, contentHash: String) throws -> ReplaceOutcome {
        let symbol = document.symbol
        let key = fileKey ?? path
        for (seq, citation) in citations.enumerated() where citation.citing != symbol {
            throw StoreError.invalidRecord(store: storePath, reason: "\(path): citation \(seq + 1) cites from \(citation.citing), not from the document \(symbol)")
        }
        if symbol.isEmpty {
            throw StoreError.invalidRecord(store: storePath, reason: "\(path): the document has no symbol")
        }
        let ingestedAt = Date().ISO8601Format()
        let paragraphs = given ?? StoredParagraph.of(document)

        affected.insert(symbol)
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
        // One prepared statement per table, bound by position: GRDB's record encoding cost more
        // than SQLite's insert.
        let insertCitation = try db.cachedStatement(sql: """
            INSERT INTO citations (citing, seq, target, targetKind, body, relation, section, paragraph, spanStart, spanEnd,
                text, date, part, title, footnote, untsVolume, untsNumber, untsLeague, via, source)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (seq, c) in citations.enumerated() {
            affected.insert(c.target)
            try insertCitation.execute(arguments: [
                c.citing, seq, c.target, c.targetKind, c.body, c.relation, c.section, c.paragraph, c.span.lowerBound,
                c.span.upperBound, c.text, c.date, c.part, c.title, c.footnote, c.unts?.volume, c.unts?.number,
                c.unts?.league, c.via, path,
            ])
        }
        let insertParagraph = try db.cachedStatement(sql: """
            INSERT INTO paragraphs (symbol, seq, label, section, verb, relation, spanStart, spanEnd, text)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for p in paragraphs {
            try insertParagraph.execute(arguments: [p.symbol, p.seq, p.label, p.section, p.verb, p.relation, p.spanStart, p.spanEnd, p.text])
        }
        try StoredFile(path: key, contentHash: contentHash, symbol: symbol, status: .ok, error: nil).upsert(db)
        return displaced.isEmpty && !hadFile ? .added : .updated
    }

    /// `CitationStore.recordFailure`, inside the batch.
    public func recordFailure(path: String, contentHash: String, error: String) throws {
        let message = StoreError.oneLine(error)
        try StoredFile(path: path, contentHash: contentHash, symbol: nil, status: .failed, error: message).upsert(db)
    }
}
