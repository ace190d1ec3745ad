import CiteCore

/// One stored document: its metadata and where it was read from (never its text, never
/// the time it was ingested, so everything built from it is deterministic).
public struct StoredDocument: Hashable, Sendable {
    public var symbol: String
    public var body: Body
    /// ISO adoption date, when known.
    public var date: String?
    public var title: String?
    public var agendaItem: String?
    public var subjects: [String]
    /// The input file, as the ingest named it.
    public var path: String
    /// SHA-256 hex of the file's bytes when it was read.
    public var contentHash: String
    public var warnings: [String]

    public init(symbol: String, body: Body, date: String? = nil, title: String? = nil, agendaItem: String? = nil,
                subjects: [String] = [], path: String, contentHash: String, warnings: [String] = []) {
        self.symbol = symbol; self.body = body; self.date = date; self.title = title; self.agendaItem = agendaItem
        self.subjects = subjects; self.path = path; self.contentHash = contentHash; self.warnings = warnings
    }
}

/// One node of the citation graph: a stored document (`inCorpus`) or a target known
/// only from citations (external).
public struct StoredNode: Hashable, Sendable {
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

/// The state of one input file in the store.
public struct StoredFile: Hashable, Sendable {
    public enum Status: String, Sendable { case ok, failed }
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

    public init(documents: Int, documentsPerBody: [String: Int], citations: Int, citationsPerRelation: [String: Int],
                nodes: Int, externalNodes: Int, failedFiles: [FileFailure]) {
        self.documents = documents; self.documentsPerBody = documentsPerBody; self.citations = citations
        self.citationsPerRelation = citationsPerRelation; self.nodes = nodes; self.externalNodes = externalNodes
        self.failedFiles = failedFiles
    }
}

/// What `CitationStore.replace` did.
public enum ReplaceOutcome: Equatable, Sendable {
    /// No earlier rows existed for the symbol or the path.
    case added
    /// Earlier rows of the symbol or of the path were replaced.
    case updated
}
