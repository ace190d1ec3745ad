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
        try batch { batch in
            try batch.replace(document: document, citations: citations, paragraphs: given, path: path,
                              fileKey: fileKey, contentHash: contentHash)
        }
    }

    /// Records that the file at `path` could not be read (one line), in one transaction. The
    /// document it gave before, if any, stays: a bad new version never loses what was stored.
    public func recordFailure(path: String, contentHash: String, error: String) throws {
        try batch { batch in try batch.recordFailure(path: path, contentHash: contentHash, error: error) }
    }

    /// Runs `body` in ONE write transaction: every document and failure it writes through the
    /// batch is stored, or (when the store fails: disk full, read-only…) none is. The nodes the
    /// batch's documents touch are brought up to date once, at its end.
    ///
    /// ```swift
    /// try store.batch { batch in
    ///     try batch.replace(document: a, citations: ca, path: "a.txt", contentHash: ha)
    ///     try batch.replace(document: b, citations: cb, path: "b.txt", contentHash: hb)
    /// }
    /// ```
    public func batch<T>(_ body: (StoreBatch) throws -> T) throws -> T {
        try writing { db in
            let batch = StoreBatch(db: db, storePath: path)
            let result = try body(batch)
            try CitationStore.refreshNodes(batch.affected, in: db)
            return result
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
        let documentFields = try db.cachedStatement(sql: "SELECT body, date, title FROM documents WHERE symbol = ?")
        let upsert = try db.cachedStatement(sql: "INSERT OR REPLACE INTO nodes (id, kind, body, date, title, inCorpus) VALUES (?, ?, ?, ?, ?, ?)")
        let delete = try db.cachedStatement(sql: "DELETE FROM nodes WHERE id = ?")
        for id in ids.sorted() {
            if let document = try Row.fetchOne(documentFields, arguments: [id]) {
                let body: Body = try document.decode(atIndex: 0)
                let date: String? = try document.decode(atIndex: 1), title: String? = try document.decode(atIndex: 2)
                try upsert.execute(arguments: [id, CitationStore.kind(ofSymbol: id), body, date, title, true])
            } else if let kind = try TargetKind.fetchOne(first, arguments: [id]) {
                try upsert.execute(arguments: [id, kind, try Body.fetchOne(firstBody, arguments: [id]),
                                               try String.fetchOne(firstDate, arguments: [id]),
                                               try String.fetchOne(firstTitle, arguments: [id]), false])
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
}
