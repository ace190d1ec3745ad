import CiteCore
import CiteGraph
import Foundation
import GRDB

extension CitationStore {
    /// Every stored document, by symbol.
    /// - Throws: `StoreError.corrupt` for a row that cannot be read (an unknown body, a bad JSON array).
    /// - Complexity: O(n) in the number of documents.
    public func documents() throws -> [StoredDocument] {
        try reading { db in
            try records(DocumentRow.order(Column("symbol")).fetchCursor(db), what: "a document").map(\.stored)
        }
    }

    /// The stored document of `symbol`, if any.
    public func document(symbol: String) throws -> StoredDocument? {
        try reading { db in
            try records(DocumentRow.filter(key: symbol).fetchCursor(db), what: "the document \(symbol)").first?.stored
        }
    }

    /// Every citation, by citing symbol, then order in the document: the same content gives
    /// the same sequence whatever order the files were ingested in.
    /// - Complexity: O(n) in the number of citations.
    public func citations() throws -> [Citation] {
        try storedCitations().map(\.citation)
    }

    /// Every citation with its provenance (source file, order), by citing symbol, then order.
    /// - Throws: `StoreError.corrupt` for a row that cannot be read (an unknown relation, kind or section).
    public func storedCitations() throws -> [StoredCitation] {
        try reading { db in
            try records(CitationRow.order(Column("citing"), Column("seq")).fetchCursor(db), what: "a citation").map(\.stored)
        }
    }

    /// The citations made by one document, in order.
    public func citations(citing symbol: String) throws -> [Citation] {
        try reading { db in
            try records(CitationRow.filter(Column("citing") == symbol).order(Column("seq")).fetchCursor(db),
                        what: "a citation of \(symbol)").map(\.citation)
        }
    }

    /// The stored paragraphs of one document, in order (empty for an unknown symbol).
    public func paragraphs(of symbol: String) throws -> [StoredParagraph] {
        try reading { db in
            try records(StoredParagraph.filter(Column("symbol") == symbol).order(Column("seq")).fetchCursor(db),
                        what: "a paragraph of \(symbol)")
        }
    }

    /// Every stored paragraph, by symbol then order; `body` is called once per document with its
    /// paragraphs, so the whole text is never held at once.
    public func forEachDocumentParagraphs(_ body: (String, [StoredParagraph]) throws -> Void) throws {
        try reading { db in
            let cursor = try StoredParagraph.order(Column("symbol"), Column("seq")).fetchCursor(db)
            var current: [StoredParagraph] = []
            while let p = try cursor.next() {
                if let first = current.first, first.symbol != p.symbol {
                    try body(first.symbol, current)
                    current.removeAll(keepingCapacity: true)
                }
                current.append(p)
            }
            if let first = current.first { try body(first.symbol, current) }
        }
    }

    /// The paragraphs of every stored document by symbol, as lineage compares texts.
    public func paragraphTexts() throws -> [String: [ParagraphText]] {
        var out: [String: [ParagraphText]] = [:]
        try forEachDocumentParagraphs { symbol, paragraphs in
            out[symbol] = paragraphs.map { ParagraphText(label: $0.label, section: $0.section, start: $0.spanStart, text: $0.text) }
        }
        return out
    }

    /// Every node, stored documents and targets known only from citations, by id.
    public func nodes() throws -> [StoredNode] {
        try reading { db in try records(StoredNode.order(Column("id")).fetchCursor(db), what: "a node") }
    }

    /// Every input file the store knows, by path.
    public func files() throws -> [StoredFile] {
        try reading { db in try records(StoredFile.order(Column("path")).fetchCursor(db), what: "a file") }
    }

    /// Counts: documents per body and per language, citations per relation, nodes, failed files.
    public func summary() throws -> StoreSummary {
        try reading { db in
            var perBody: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT body, COUNT(*) AS n FROM documents GROUP BY body") {
                perBody[row["body"]] = row["n"]
            }
            var perRelation: [String: Int] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT relation, COUNT(*) AS n FROM citations GROUP BY relation") {
                perRelation[row["relation"]] = row["n"]
            }
            let nodes = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM nodes") ?? 0
            let external = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM nodes WHERE inCorpus = 0") ?? 0
            let failed = try records(StoredFile.filter(Column("status") == StoredFile.Status.failed).order(Column("path")).fetchCursor(db),
                                     what: "a file").map { FileFailure(path: $0.path, message: $0.error ?? "failed") }
            var perLanguage: [String: Int] = [:]
            // A store of schema 4 or older, opened read-only, has no language column.
            if try db.columns(in: "documents").contains(where: { $0.name == "language" }) {
                for row in try Row.fetchAll(db, sql: "SELECT language, COUNT(*) AS n FROM documents WHERE language IS NOT NULL GROUP BY language") {
                    perLanguage[row["language"]] = row["n"]
                }
            }
            return StoreSummary(documents: perBody.values.reduce(0, +), documentsPerBody: perBody,
                                citations: perRelation.values.reduce(0, +), citationsPerRelation: perRelation,
                                nodes: nodes, externalNodes: external, failedFiles: failed, documentsPerLanguage: perLanguage)
        }
    }

    /// The stored state of each file: path → (hash, status, symbol). Used to skip unchanged files.
    func fileStates() throws -> [String: StoredFile] {
        var states: [String: StoredFile] = [:]
        for file in try files() { states[file.path] = file }
        return states
    }

    /// The records of `cursor`; a row that cannot be decoded is `StoreError.corrupt`, naming
    /// `what` it was and the column, never a default in its place.
    func records<R: FetchableRecord>(_ cursor: RecordCursor<R>, what: String) throws -> [R] {
        var out: [R] = []
        while true {
            do {
                guard let record = try cursor.next() else { return out }
                out.append(record)
            } catch let error as RowDecodingError {
                throw StoreError.corrupt(store: path, reason: "\(what) cannot be read: \(Self.reason(error))")
            } catch let error as DecodingError {
                throw StoreError.corrupt(store: path, reason: "\(what) cannot be read: \(StoreError.oneLine(String(describing: error)))")
            }
        }
    }

    /// GRDB's message without the row, the SQL and the arguments it appends.
    static func reason(_ error: RowDecodingError) -> String {
        let text = String(describing: error)
        let cut = text.range(of: ", row: ").map { text[..<$0.lowerBound] } ?? Substring(text)
        return StoreError.oneLine(String(cut))
    }
}
