import CiteCore
import CiteGraph
import Foundation
import GRDB

extension CitationStore {
    /// Every stored document, by symbol.
    /// - Complexity: O(n) in the number of documents.
    public func documents() throws -> [StoredDocument] {
        try reading { db in
            try Row.fetchAll(db, sql: """
                SELECT symbol, body, date, title, agendaItem, subjects, path, contentHash, warnings
                FROM documents ORDER BY symbol
                """).map(CitationStore.storedDocument)
        }
    }

    /// The stored document of `symbol`, if any.
    public func document(symbol: String) throws -> StoredDocument? {
        try reading { db in
            try Row.fetchOne(db, sql: """
                SELECT symbol, body, date, title, agendaItem, subjects, path, contentHash, warnings
                FROM documents WHERE symbol = ?
                """, arguments: [symbol]).map(CitationStore.storedDocument)
        }
    }

    /// Every citation, by citing symbol, then order in the document: the same content gives
    /// the same sequence whatever order the files were ingested in.
    /// - Complexity: O(n) in the number of citations.
    public func citations() throws -> [Citation] {
        try storedCitations().map(\.citation)
    }

    /// Every citation with its provenance (source file, order), by citing symbol, then order.
    public func storedCitations() throws -> [StoredCitation] {
        try reading { db in
            let rows = try Row.fetchCursor(db, sql: "SELECT * FROM citations ORDER BY citing, seq")
            var result: [StoredCitation] = []
            while let row = try rows.next() {
                result.append(try CitationStore.storedCitation(row, store: path))
            }
            return result
        }
    }

    /// The citations made by one document, in order.
    public func citations(citing symbol: String) throws -> [Citation] {
        try reading { db in
            try Row.fetchAll(db, sql: "SELECT * FROM citations WHERE citing = ? ORDER BY seq", arguments: [symbol])
                .map { try CitationStore.storedCitation($0, store: path).citation }
        }
    }

    /// The stored paragraphs of one document, in order (empty for an unknown symbol).
    public func paragraphs(of symbol: String) throws -> [StoredParagraph] {
        try reading { db in
            try StoredParagraph.filter(Column("symbol") == symbol).order(Column("seq")).fetchAll(db)
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
        try reading { db in
            try Row.fetchAll(db, sql: "SELECT id, kind, body, date, title, inCorpus FROM nodes ORDER BY id").map { row in
                let kind: String = row["kind"]
                let body: String? = row["body"]
                return StoredNode(id: row["id"], kind: TargetKind(rawValue: kind) ?? .document,
                                  body: body.flatMap(Body.init(rawValue:)), date: row["date"], title: row["title"],
                                  inCorpus: row["inCorpus"])
            }
        }
    }

    /// Every input file the store knows, by path.
    public func files() throws -> [StoredFile] {
        try reading { db in
            try Row.fetchAll(db, sql: "SELECT path, contentHash, symbol, status, error FROM files ORDER BY path").map { row in
                let status: String = row["status"]
                return StoredFile(path: row["path"], contentHash: row["contentHash"], symbol: row["symbol"],
                                  status: StoredFile.Status(rawValue: status) ?? .failed, error: row["error"])
            }
        }
    }

    /// Counts: documents per body, citations per relation, nodes, failed files.
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
            let failed = try Row.fetchAll(db, sql: "SELECT path, error FROM files WHERE status = 'failed' ORDER BY path")
                .map { row in FileFailure(path: row["path"], message: row["error"] ?? "failed") }
            return StoreSummary(documents: perBody.values.reduce(0, +), documentsPerBody: perBody,
                                citations: perRelation.values.reduce(0, +), citationsPerRelation: perRelation,
                                nodes: nodes, externalNodes: external, failedFiles: failed)
        }
    }

    /// The stored state of each file: path → (hash, status, symbol). Used to skip unchanged files.
    func fileStates() throws -> [String: StoredFile] {
        var states: [String: StoredFile] = [:]
        for file in try files() { states[file.path] = file }
        return states
    }

    private static func storedDocument(_ row: Row) throws -> StoredDocument {
        let body: String = row["body"]
        return StoredDocument(symbol: row["symbol"], body: Body(rawValue: body) ?? .other, date: row["date"],
                              title: row["title"], agendaItem: row["agendaItem"],
                              subjects: try decodeArray(row["subjects"]), path: row["path"],
                              contentHash: row["contentHash"], warnings: try decodeArray(row["warnings"]))
    }

    private static func decodeArray(_ json: String?) throws -> [String] {
        guard let json, !json.isEmpty else { return [] }
        return try JSONDecoder().decode([String].self, from: Data(json.utf8))
    }

    static func storedCitation(_ row: Row, store: String) throws -> StoredCitation {
        let citing: String = row["citing"]
        let seq: Int = row["seq"]
        func value<T: RawRepresentable>(_ column: String, as type: T.Type) throws -> T where T.RawValue == String {
            let raw: String = row[column]
            guard let value = T(rawValue: raw) else {
                throw StoreError.corrupt(store: store, reason: "citation \(seq + 1) of \(citing) has an unknown \(column) \"\(raw)\"")
            }
            return value
        }
        let body: String? = row["body"]
        let volume: Int? = row["untsVolume"]
        let number: Int? = row["untsNumber"]
        let league: Bool? = row["untsLeague"]
        var unts: UNTSReference?
        if let volume, let number { unts = UNTSReference(volume: volume, number: number, league: league ?? false) }
        let citation = Citation(
            citing: citing, target: row["target"], targetKind: try value("targetKind", as: TargetKind.self),
            body: body.flatMap(Body.init(rawValue:)), relation: try value("relation", as: Relation.self),
            section: try value("section", as: Section.self), paragraph: row["paragraph"],
            span: [row["spanStart"], row["spanEnd"]], text: row["text"], date: row["date"], part: row["part"],
            title: row["title"], footnote: row["footnote"], unts: unts, via: row["via"])
        return StoredCitation(citation: citation, source: row["source"], seq: seq)
    }
}
