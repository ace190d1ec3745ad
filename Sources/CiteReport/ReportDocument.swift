import CiteCore
import CiteGraph
import CiteStore

/// What a report needs to know about one document of the corpus: its ``DocumentInfo`` (read
/// through `symbol`, `title`, … as every stage reads it), the file it came from and what was odd
/// in it. A stored document less its hash, a read document less its text.
///
/// ```swift
/// let documents = try store.documents().map(ReportDocument.init)
/// ```
public struct ReportDocument: DocumentInfoHolder, Hashable, Sendable {
    public var info: DocumentInfo
    /// The input file the document was read from.
    public var path: String
    /// What the reader or the extractor found odd in the document.
    public var warnings: [String]

    public init(info: DocumentInfo, path: String, warnings: [String] = []) {
        self.info = info; self.path = path; self.warnings = warnings
    }

    /// A document as the store keeps it.
    public init(_ stored: StoredDocument) { self.init(info: stored.info, path: stored.path, warnings: stored.warnings) }

    /// A document just read (its text is not kept).
    public init(_ document: Document) { self.init(info: document.info, path: document.path, warnings: document.warnings) }

    /// The graph node of this document.
    public var nodeRecord: NodeRecord { NodeRecord(document: info, path: path) }
}
