import CiteCore
import CiteGraph
import CiteStore

/// What a report needs to know about one document of the corpus.
///
/// ```swift
/// let documents = try store.documents().map(ReportDocument.init)
/// ```
public struct ReportDocument: Hashable, Sendable {
    public var symbol: String
    public var body: Body
    /// ISO adoption date, when known.
    public var date: String?
    public var title: String?
    public var agendaItem: String?
    public var subjects: [String]
    /// The input file the document was read from.
    public var path: String
    /// What the reader or the extractor found odd in the document.
    public var warnings: [String]

    public init(symbol: String, body: Body, date: String? = nil, title: String? = nil, agendaItem: String? = nil,
                subjects: [String] = [], path: String, warnings: [String] = []) {
        self.symbol = symbol; self.body = body; self.date = date; self.title = title
        self.agendaItem = agendaItem; self.subjects = subjects; self.path = path; self.warnings = warnings
    }

    /// A document as the store keeps it.
    public init(_ stored: StoredDocument) {
        self.init(symbol: stored.symbol, body: stored.body, date: stored.date, title: stored.title,
                  agendaItem: stored.agendaItem, subjects: stored.subjects, path: stored.path,
                  warnings: stored.warnings)
    }

    /// A document just read (its text is not kept).
    public init(_ document: Document) {
        self.init(symbol: document.symbol, body: document.body, date: document.date, title: document.title,
                  agendaItem: document.agendaItem, subjects: document.subjects, path: document.path,
                  warnings: document.warnings)
    }

    /// The graph node of this document.
    public var nodeRecord: NodeRecord {
        NodeRecord(id: symbol, kind: SymbolChronology.kind(of: symbol), body: body, date: date, title: title,
                   agendaItem: agendaItem, subjects: subjects, inCorpus: true, path: path)
    }
}
