/// Finds every citation in a read document.
public struct CitationExtractor: Sendable {
    public init() {}

    /// Citations of `document`, in document order (placeholder until the extractor lands).
    public func extract(_ document: Document) -> [Citation] { [] }
}
