import CiteCore
import Foundation
import GRDB

/// One stored document: what it is and where it was read from (never its text, never
/// the time it was ingested, so everything built from it is deterministic).
public struct StoredDocument: DocumentInfoHolder, Hashable, Sendable {
    public var info: DocumentInfo
    /// The input file, as the ingest named it.
    public var path: String
    /// SHA-256 hex of the file's bytes when it was read.
    public var contentHash: String
    public var warnings: [String]
    /// The language of its text (`Document.language`); nil for a document stored before the store
    /// kept languages (schema 4 and older) and not read again since.
    public var language: Language?

    public init(info: DocumentInfo, path: String, contentHash: String, warnings: [String] = [], language: Language? = nil) {
        self.info = info; self.path = path; self.contentHash = contentHash; self.warnings = warnings
        self.language = language
    }

    public init(symbol: String, body: Body, date: String? = nil, title: String? = nil, agendaItem: String? = nil,
                subjects: [String] = [], path: String, contentHash: String, warnings: [String] = [],
                language: Language? = nil) {
        self.init(info: DocumentInfo(symbol: symbol, body: body, date: date, title: title, agendaItem: agendaItem,
                                     subjects: subjects),
                  path: path, contentHash: contentHash, warnings: warnings, language: language)
    }

}

/// One node of the citation graph: a stored document (`inCorpus`) or a target known
/// only from citations (external). A row of the `nodes` table.
public struct StoredNode: Hashable, Sendable, Codable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "nodes"

    /// Canonical id (`A/RES/73/154`, `UNTS 1577/27531`, `instrument:…`).
    public var id: String
    public var kind: TargetKind
    public var body: Body?
    public var date: String?
    public var title: String?
    public var inCorpus: Bool

    public init(id: String, kind: TargetKind, body: Body? = nil, date: String? = nil, title: String? = nil,
                inCorpus: Bool) {
        self.id = id; self.kind = kind; self.body = body; self.date = date; self.title = title
        self.inCorpus = inCorpus
    }

    /// Read by column rather than through `Decodable` (see `CitationRow.init(row:)`).
    public init(row: Row) throws {
        id = try row.decode(forColumn: "id"); kind = try row.decode(forColumn: "kind")
        body = try row.decode(forColumn: "body"); date = try row.decode(forColumn: "date")
        title = try row.decode(forColumn: "title"); inCorpus = try row.decode(forColumn: "inCorpus")
    }
}

/// A stored citation with its provenance: the file it was read from and its order in the document.
public struct StoredCitation: Hashable, Sendable {
    public var citation: Citation
    /// The input file the citing document was read from.
    public var source: String
    /// 0-based order of the citation in its document.
    public var seq: Int

    public init(citation: Citation, source: String, seq: Int) {
        self.citation = citation; self.source = source; self.seq = seq
    }
}

/// The state of one input file in the store. A row of the `files` table.
public struct StoredFile: Hashable, Sendable, Codable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "files"
    public enum Status: String, Sendable, Codable, DatabaseValueConvertible { case ok, failed }
    public var path: String
    public var contentHash: String
    /// The document symbol it gave (`ok` files; a failed file keeps none).
    public var symbol: String?
    public var status: Status
    /// The one-line reason of a failure.
    public var error: String?

    public init(path: String, contentHash: String, symbol: String?, status: Status, error: String?) {
        self.path = path; self.contentHash = contentHash; self.symbol = symbol; self.status = status; self.error = error
    }
}

/// A file that could not be ingested, with a one-line reason.
public struct FileFailure: Error, Hashable, Sendable, CustomStringConvertible {
    public var path: String
    public var message: String
    public init(path: String, message: String) { self.path = path; self.message = message }
    /// `path: message`
    public var description: String { "\(path): \(message)" }
}

/// Counts over the whole store. Dictionary keys are raw values (`GA`, `recalls`): sort them to print.
public struct StoreSummary: Equatable, Sendable {
    public var documents: Int
    /// Documents per body (`Body.rawValue`).
    public var documentsPerBody: [String: Int]
    public var citations: Int
    /// Citations per relation (`Relation.rawValue`).
    public var citationsPerRelation: [String: Int]
    public var nodes: Int
    /// Nodes known only from citations.
    public var externalNodes: Int
    /// Files whose last ingest failed, sorted by path.
    public var failedFiles: [FileFailure]
    /// Documents per language (`Language.code`; documents stored before languages were kept are
    /// not counted).
    public var documentsPerLanguage: [String: Int]

    public init(documents: Int, documentsPerBody: [String: Int], citations: Int, citationsPerRelation: [String: Int],
                nodes: Int, externalNodes: Int, failedFiles: [FileFailure], documentsPerLanguage: [String: Int] = [:]) {
        self.documents = documents; self.documentsPerBody = documentsPerBody; self.citations = citations
        self.citationsPerRelation = citationsPerRelation; self.nodes = nodes; self.externalNodes = externalNodes
        self.failedFiles = failedFiles; self.documentsPerLanguage = documentsPerLanguage
    }
}

/// What `CitationStore.replace` did.
public enum ReplaceOutcome: Equatable, Sendable {
    /// No earlier rows existed for the symbol or the path.
    case added
    /// Earlier rows of the symbol or of the path were replaced.
    case updated
}

/// A row of the `documents` table: a stored document and when it was ingested (the one column
/// nothing built from the store reads, so that everything stays deterministic).
struct DocumentRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "documents"

    var symbol: String
    var body: Body
    var date: String?
    var title: String?
    var agendaItem: String?
    /// JSON arrays in their columns, as GRDB stores a Codable record's arrays.
    var subjects: [String]
    var path: String
    var contentHash: String
    var warnings: [String]
    var ingestedAt: String
    /// Absent from stores of schema 4 and older, which read-only commands still open: decoded as nil.
    var language: Language?

    init(_ document: StoredDocument, ingestedAt: String) {
        let info = document.info
        symbol = info.symbol; body = info.body; date = info.date; title = info.title
        agendaItem = info.agendaItem; subjects = info.subjects; path = document.path
        contentHash = document.contentHash; warnings = document.warnings; self.ingestedAt = ingestedAt
        language = document.language
    }

    var stored: StoredDocument {
        StoredDocument(info: DocumentInfo(symbol: symbol, body: body, date: date, title: title, agendaItem: agendaItem,
                                          subjects: subjects),
                       path: path, contentHash: contentHash, warnings: warnings, language: language)
    }

    /// Slashes unescaped, as the store has always written its JSON arrays (`["A/RES/1"]`).
    static func databaseJSONEncoder(for column: String) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        return encoder
    }
}

/// A row of the `citations` table: one citation, its order in its document and its source file.
struct CitationRow: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "citations"

    var citing: String
    var seq: Int
    var target: String
    var targetKind: TargetKind
    var body: Body?
    var relation: Relation
    var section: Section
    var paragraph: String
    var spanStart: Int
    var spanEnd: Int
    var text: String
    var date: String?
    var part: String?
    var title: String?
    var footnote: Int?
    var untsVolume: Int?
    var untsNumber: Int?
    var untsLeague: Bool?
    var via: Citation.Via?
    var source: String

    init(_ c: Citation, seq: Int, source: String) {
        citing = c.citing; self.seq = seq; target = c.target; targetKind = c.targetKind; body = c.body
        relation = c.relation; section = c.section; paragraph = c.paragraph
        spanStart = c.span.lowerBound; spanEnd = c.span.upperBound; text = c.text; date = c.date; part = c.part; title = c.title
        footnote = c.footnote; untsVolume = c.unts?.volume; untsNumber = c.unts?.number; untsLeague = c.unts?.league
        via = c.via; self.source = source
    }

    var citation: Citation {
        var unts: UNTSReference?
        if let untsVolume, let untsNumber { unts = UNTSReference(volume: untsVolume, number: untsNumber, league: untsLeague ?? false) }
        return Citation(citing: citing, target: target, targetKind: targetKind, body: body, relation: relation,
                        section: section, paragraph: paragraph, span: spanStart..<spanEnd, text: text, date: date,
                        part: part, title: title, footnote: footnote, unts: unts, via: via)
    }

    var stored: StoredCitation { StoredCitation(citation: citation, source: source, seq: seq) }

    /// Read by column rather than through `Decodable`, which costs most of a 50,000-citation
    /// store's reading; a value that does not convert (an unknown relation) throws GRDB's
    /// `RowDecodingError` as the decoder did.
    init(row: Row) throws {
        citing = try row.decode(forColumn: "citing"); seq = try row.decode(forColumn: "seq")
        target = try row.decode(forColumn: "target"); targetKind = try row.decode(forColumn: "targetKind")
        body = try row.decode(forColumn: "body"); relation = try row.decode(forColumn: "relation")
        section = try row.decode(forColumn: "section"); paragraph = try row.decode(forColumn: "paragraph")
        spanStart = try row.decode(forColumn: "spanStart"); spanEnd = try row.decode(forColumn: "spanEnd")
        text = try row.decode(forColumn: "text"); date = try row.decode(forColumn: "date")
        part = try row.decode(forColumn: "part"); title = try row.decode(forColumn: "title")
        footnote = try row.decode(forColumn: "footnote"); untsVolume = try row.decode(forColumn: "untsVolume")
        untsNumber = try row.decode(forColumn: "untsNumber"); untsLeague = try row.decode(forColumn: "untsLeague")
        via = try row.decode(forColumn: "via"); source = try row.decode(forColumn: "source")
    }
}

extension Body: DatabaseValueConvertible {}
extension TargetKind: DatabaseValueConvertible {}
extension Citation.Via: DatabaseValueConvertible {}
extension Language: DatabaseValueConvertible {}
