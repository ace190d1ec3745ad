/// What one ingest did. Messages are one line each, `path: reason`.
public struct IngestSummary: Equatable, Sendable {
    /// Files considered after folders were expanded.
    public var files: Int
    /// Documents new to the store.
    public var added: Int
    /// Documents whose earlier rows (same symbol or same path) were replaced.
    public var updated: Int
    /// Files skipped because their path and content hash are unchanged since they were stored.
    public var skipped: Int
    /// Files (or named paths) that could not be ingested, in path order.
    public var failures: [FileFailure]
    /// Citations written by this ingest.
    public var citations: Int

    public var failed: Int { failures.count }

    public init(files: Int = 0, added: Int = 0, updated: Int = 0, skipped: Int = 0, failures: [FileFailure] = [],
                citations: Int = 0) {
        self.files = files; self.added = added; self.updated = updated; self.skipped = skipped
        self.failures = failures; self.citations = citations
    }
}
