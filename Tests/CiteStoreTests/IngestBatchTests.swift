import CiteCore
import Foundation
import Testing
@testable import CiteStore

/// Ingest writes documents in batches, one transaction each (issue 12, speed): the store is the
/// one that a transaction per document gives, and a batch is stored whole or not at all.
@Suite("Ingest in batches")
struct IngestBatchTests {
    @Test func aSymbolLeftByOneFileIsTakenByAnotherInTheSameBatch() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let a = try folder.write("c/a.txt", FakeReader.file(symbol: "S/RES/1 (1946)", body: "SC", cites: [("recalls", "S/RES/2 (1946)", "resolution")]))
        let store = try CitationStore(path: folder.path + "/s.sqlite")
        _ = try Ingester(store: store).ingest(paths: [folder.path + "/c"], read: FakeReader.read, progress: nil)
        // a.txt now holds another symbol, and b.txt (after it, in the same batch) the one a.txt held.
        try folder.write("c/a.txt", FakeReader.file(symbol: "S/RES/5 (1946)", body: "SC", cites: []))
        let b = try folder.write("c/b.txt", FakeReader.file(symbol: "S/RES/1 (1946)", body: "SC", cites: [("notes", "S/RES/3 (1946)", "resolution")]))
        let summary = try Ingester(store: store).ingest(paths: [folder.path + "/c"], read: FakeReader.read, progress: nil)
        #expect(summary.failures.isEmpty)
        #expect(summary.updated == 1 && summary.added == 1)
        #expect(try store.documents().map { "\($0.symbol) \($0.path)" } == ["S/RES/1 (1946) \(b)", "S/RES/5 (1946) \(a)"])
        #expect(try store.nodes().map(\.id) == ["S/RES/1 (1946)", "S/RES/3 (1946)", "S/RES/5 (1946)"])
    }

    @Test func moreFilesThanABatchGiveTheStoreOfOneTransactionPerDocument() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let count = Ingester.batchSize * 2 + 5
        for n in 1...count {
            try folder.write("c/S_RES_\(n).txt", FakeReader.file(symbol: "S/RES/\(n) (1946)", body: "SC",
                                                                  cites: [("recalls", "S/RES/\(n + 1000) (1946)", "resolution"), ("notes", "A/RES/1/1", "resolution")]))
        }
        let batched = try CitationStore(path: folder.path + "/batched.sqlite")
        var ticks: [Int] = []
        let summary = try Ingester(store: batched).ingest(paths: [folder.path + "/c"], read: FakeReader.read) { done, _ in ticks.append(done) }
        #expect(summary.added == count)
        #expect(ticks == Array(1...count))
        // The same files one document at a time, through `replace`.
        let single = try CitationStore.inMemory()
        for path in try FileManager.default.contentsOfDirectory(atPath: folder.path + "/c").sorted() {
            let (document, citations) = try FakeReader.read(folder.path + "/c/" + path)
            try single.replace(document: document, citations: citations, path: folder.path + "/c/" + path, contentHash: "h")
        }
        #expect(try batched.nodes() == single.nodes())
        #expect(try batched.citations() == single.citations())
        #expect(try batched.nodes().count == 2 * count + 1)
    }

    @Test func aBatchThatFailsWritesNothing() throws {
        struct Stop: Error {}
        let store = try CitationStore.inMemory()
        let document = Document(path: "a.txt", symbol: "S/RES/1 (1946)", body: .sc, text: "")
        #expect(throws: (any Error).self) {
            try store.batch { batch in
                try batch.replace(document: document, citations: [], path: "a.txt", contentHash: "h")
                throw Stop()
            }
        }
        #expect(try store.documents().isEmpty)
        #expect(try store.nodes().isEmpty)
        try store.batch { batch in try batch.replace(document: document, citations: [], path: "a.txt", contentHash: "h") }
        #expect(try store.documents().map(\.symbol) == ["S/RES/1 (1946)"])
    }
}
