import CiteCore
import Foundation

/// Incremental ingest of files into a `CitationStore`.
///
/// Folders are expanded (sorted, hidden names skipped); each file is hashed, and a file whose
/// hash is already stored as `ok` for the same file is skipped. Files are keyed by their real
/// path, so `corpus/x.txt`, `./corpus/x.txt` and `/home/u/corpus/x.txt` are one file from any
/// working folder; a store whose keys are older spellings is matched by content hash. The `read` closure runs in parallel on
/// `parallelism` threads; a single writer stores the results in path order, one transaction per
/// batch of `batchSize` documents, so the store's content is deterministic and a killed ingest
/// leaves a consistent store (less at most its last batch) that a rerun completes. A file that fails (unreadable, bad input, a symbol already
/// ingested from another file) is recorded with a one-line reason and the batch goes on.
///
/// ```swift
/// let store = try CitationStore(path: "citegraph.sqlite")
/// let summary = try Ingester(store: store).ingest(paths: ["corpus/"], read: { path in
///     let document = try DocumentReader.read(path: path)
///     return (document, CitationExtractor().extract(document))
/// }, progress: nil)
/// ```
public struct Ingester: Sendable {
    public var store: CitationStore
    /// Extensions (without the dot, any case) taken from folders; empty takes every file.
    public var extensions: Set<String>
    /// Reading threads.
    public var parallelism: Int

    public init(store: CitationStore, extensions: Set<String> = ["txt", "pdf", "xml"],
                parallelism: Int = ProcessInfo.processInfo.activeProcessorCount) {
        self.store = store
        self.extensions = extensions
        self.parallelism = max(1, parallelism)
    }

    /// What the reading threads hand to the writer for one file.
    enum Outcome: Sendable {
        case unchanged(symbol: String?)
        case read(Document, [Citation], [StoredParagraph], hash: String)
        case failed(hash: String?, message: String)
    }

    /// Ingests `paths` (files or folders).
    ///
    /// - Parameters:
    ///   - read: reads one file into its document and citations; called concurrently. Its errors
    ///     become one-line failures of that file (`InputError.reason`, or the error's description).
    ///   - progress: called on the calling thread after each file with (files done, files in all).
    /// - Throws: `StoreError` when the store itself fails (`.locked` by another ingest, `.readOnly`,
    ///   `.diskFull`, …); every document written before stays.
    /// - Complexity: O(total bytes) hashing plus the reads, spread over `parallelism` threads;
    ///   writes are sequential.
    public func ingest(paths: [String], read: @escaping @Sendable (String) throws -> (Document, [Citation]),
                       progress: ((Int, Int) -> Void)?) throws -> IngestSummary {
        if store.isReadOnly { throw StoreError.readOnly(store: store.path, reason: "opened read-only") }
        let lock = store.isInMemory ? nil : try StoreLock.acquire(storePath: store.path)
        defer { lock?.release() }
        if !store.isInMemory { try store.checkIntegrity() }

        let (files, walkFailures) = IngestInputs.expand(paths, extensions: extensions)
        let stored = try store.fileStates()
        // The store's key of each file: its real path (`FileNames.realPath`).
        let keys = files.map { FileNames.realPath($0) ?? $0 }
        var storedByHash: [String: [StoredFile]] = [:]
        for file in stored.values where file.status == .ok && !file.contentHash.isEmpty {
            storedByHash[file.contentHash, default: []].append(file)
        }
        let known = KnownFiles(byKey: stored, byHash: storedByHash)
        var summary = IngestSummary(files: files.count)
        var failures = walkFailures

        let pipeline = IngestPipeline<Outcome>(count: files.count, window: 8 * parallelism)
        let group = pipeline.start(width: min(parallelism, max(1, files.count))) { index in
            Ingester.process(path: files[index], key: keys[index], known: known, read: read)
        }
        defer {
            pipeline.cancel()
            group.wait()
        }

        // symbol → the file of this run that holds it.
        var owners: [String: String] = [:]
        var index = 0
        while index < files.count {
            // One transaction per batch of documents: a killed ingest loses at most the last batch.
            var outcomes: [Outcome] = []
            while index + outcomes.count < files.count, outcomes.count < Self.batchSize,
                  let outcome = pipeline.take(index + outcomes.count) {
                outcomes.append(outcome)
            }
            if outcomes.isEmpty { break }
            let first = index
            func writeAll(to batch: StoreBatch?) throws {
                for (offset, outcome) in outcomes.enumerated() {
                    try write(outcome, path: files[first + offset], key: keys[first + offset], to: batch,
                              owners: &owners, summary: &summary, failures: &failures)
                }
            }
            // A batch of unchanged files writes nothing: no transaction.
            if outcomes.contains(where: { if case .unchanged = $0 { false } else { true } }) {
                try store.batch { try writeAll(to: $0) }
            } else {
                try writeAll(to: nil)
            }
            index += outcomes.count
            for done in first..<index { progress?(done + 1, files.count) }
        }
        failures.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        summary.failures = failures
        return summary
    }

    /// Documents written per transaction.
    static let batchSize = 64

    /// Writes what the reading threads gave for one file into the batch (nil: a batch of unchanged files).
    private func write(_ outcome: Outcome, path: String, key: String, to batch: StoreBatch?, owners: inout [String: String],
                       summary: inout IngestSummary, failures: inout [FileFailure]) throws {
        if case let .unchanged(symbol) = outcome {
            summary.skipped += 1
            if let symbol { owners[symbol] = path }
            return
        }
        guard let batch else { return }
        switch outcome {
        case .unchanged: break
        case let .failed(hash, message):
            try batch.recordFailure(path: key, contentHash: hash ?? "", error: message)
            failures.append(FileFailure(path: path, message: message))
        case let .read(document, citations, paragraphs, hash):
            if let conflict = try owner(of: document.symbol, besides: path, key: key, batch: owners, in: batch) {
                let message = "\(document.symbol) already ingested from \(conflict)"
                try batch.recordFailure(path: key, contentHash: hash, error: message)
                failures.append(FileFailure(path: path, message: message))
                return
            }
            do {
                switch try batch.replace(document: document, citations: citations, paragraphs: paragraphs,
                                         path: path, fileKey: key, contentHash: hash) {
                case .added: summary.added += 1
                case .updated: summary.updated += 1
                }
                summary.citations += citations.count
                owners[document.symbol] = path
            } catch let error as StoreError where error.isRecordError {
                let message = Ingester.reason(of: error, path: path)
                try batch.recordFailure(path: key, contentHash: hash, error: message)
                failures.append(FileFailure(path: path, message: message))
            }
        }
    }

    /// Another file that already holds `symbol`: one of this batch, or the stored one when that
    /// file still exists and is another file (a stored file that is gone was moved or renamed,
    /// and is replaced; one stored under another spelling of this file's path is this file).
    private func owner(of symbol: String, besides path: String, key: String, batch: [String: String],
                       in transaction: StoreBatch) throws -> String? {
        if let other = batch[symbol], other != path { return other }
        guard let stored = try transaction.document(symbol: symbol), stored.path != path else { return nil }
        guard let real = FileNames.realPath(stored.path) else { return nil }
        return real == key ? nil : stored.path
    }

    /// The files the store knows, by key (real path, or an older spelling) and by content hash.
    struct KnownFiles: Sendable {
        var byKey: [String: StoredFile]
        var byHash: [String: [StoredFile]]

        /// Whether the file at `path` (key `key`) with content `hash` is stored as it is: under its
        /// key or path, or (a store written with other spellings) under a path that is this very
        /// file or no longer exists from here, with the same content.
        func unchanged(path: String, key: String, hash: String) -> StoredFile? {
            if let file = byKey[key] ?? byKey[path] {
                return file.status == .ok && file.contentHash == hash ? file : nil
            }
            return byHash[hash]?.first { other in
                guard let real = FileNames.realPath(other.path) else { return true }
                return real == key
            }
        }
    }

    /// Hashes one file and, unless unchanged, reads it. Runs on a reading thread.
    static func process(path: String, key: String, known: KnownFiles,
                        read: @Sendable (String) throws -> (Document, [Citation])) -> Outcome {
        let hash: String
        do { hash = try ContentHash.hex(ofFileAt: path) } catch {
            return .failed(hash: nil, message: reason(of: error, path: path))
        }
        if let stored = known.unchanged(path: path, key: key, hash: hash) { return .unchanged(symbol: stored.symbol) }
        do {
            var (document, citations) = try read(path)
            let paragraphs = StoredParagraph.of(document)
            // The store keeps metadata and paragraphs only: let the text go before the result waits for the writer.
            document.text = ""
            document.paragraphs = []
            document.footnotes = []
            document.links = []
            return .read(document, citations, paragraphs, hash: hash)
        } catch {
            return .failed(hash: hash, message: reason(of: error, path: path))
        }
    }

    /// One line, without the path when the error already starts with it.
    static func reason(of error: any Error, path: String) -> String {
        if let input = error as? InputError { return StoreError.oneLine(input.reason) }
        var text = StoreError.oneLine(String(describing: error))
        if text.hasPrefix(path + ": ") { text.removeFirst(path.count + 2) }
        return text
    }
}
