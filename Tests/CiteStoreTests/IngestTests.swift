import CiteCore
import CiteGraph
import Foundation
import Testing
@testable import CiteStore

@Suite("Ingester")
struct IngestTests {
    /// A small corpus of real Security Council symbols in the fake reader's format.
    func writeCorpus(_ folder: TempFolder) throws {
        try folder.write("corpus/SC/S_RES_1325_(2000).txt", FakeReader.file(
            symbol: "S/RES/1325 (2000)", body: "SC", date: "2000-10-31", title: "Women and peace and security",
            cites: [("recalls", "S/RES/1261 (1999)", "resolution"), ("recalls", "S/RES/1265 (1999)", "resolution")]))
        try folder.write("corpus/SC/S_RES_1820_(2008).txt", FakeReader.file(
            symbol: "S/RES/1820 (2008)", body: "SC", date: "2008-06-19",
            cites: [("reaffirms", "S/RES/1325 (2000)", "resolution"), ("reaffirms", "S/RES/1612 (2005)", "resolution"),
                    ("recalls", "A/RES/S-23/3", "resolution")]))
        try folder.write("corpus/GA/A_RES_74_174.txt", FakeReader.file(
            symbol: "A/RES/74/174", body: "GA", cites: [("recalls", "A/RES/73/154", "resolution")]))
        try folder.write("corpus/.hidden/S_RES_9_(1946).txt", FakeReader.file(symbol: "S/RES/9 (1946)", body: "SC", cites: []))
        try folder.write("corpus/SC/README.md", "not a document\n")
    }

    @Test func ingestsFoldersAndSkipsUnchangedFiles() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        try writeCorpus(folder)
        let store = try CitationStore(path: folder.path + "/citegraph.sqlite")
        var ticks: [Int] = []
        let first = try Ingester(store: store).ingest(paths: [folder.path + "/corpus/"], read: FakeReader.read) { done, total in
            ticks.append(done)
            #expect(total == 3)
        }
        #expect(first == IngestSummary(files: 3, added: 3, updated: 0, skipped: 0, failures: [], citations: 6))
        #expect(ticks == [1, 2, 3])
        #expect(try store.documents().map(\.symbol) == ["A/RES/74/174", "S/RES/1325 (2000)", "S/RES/1820 (2008)"])
        #expect(try store.files().map { $0.path.replacingOccurrences(of: folder.path + "/", with: "") }
                == ["corpus/GA/A_RES_74_174.txt", "corpus/SC/S_RES_1325_(2000).txt", "corpus/SC/S_RES_1820_(2008).txt"])
        let before = try store.storedCitations()

        let second = try Ingester(store: store).ingest(paths: [folder.path + "/corpus"], read: { _ in
            throw InputError(path: "-", reason: "an unchanged file must not be read again")
        }, progress: nil)
        #expect(second == IngestSummary(files: 3, skipped: 3))
        #expect(try store.storedCitations() == before)
    }

    @Test func changedFileIsReplaced() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        try writeCorpus(folder)
        let store = try CitationStore(path: folder.path + "/citegraph.sqlite")
        let ingester = Ingester(store: store)
        _ = try ingester.ingest(paths: [folder.path + "/corpus"], read: FakeReader.read, progress: nil)
        try folder.write("corpus/GA/A_RES_74_174.txt", FakeReader.file(
            symbol: "A/RES/74/174", body: "GA", cites: [("notes", "A/78/209", "document"), ("recalls", "A/RES/72/148", "resolution")]))
        let summary = try ingester.ingest(paths: [folder.path + "/corpus"], read: FakeReader.read, progress: nil)
        #expect(summary == IngestSummary(files: 3, updated: 1, skipped: 2, citations: 2))
        #expect(try store.citations(citing: "A/RES/74/174").map(\.target) == ["A/78/209", "A/RES/72/148"])
        #expect(try !store.nodes().contains { $0.id == "A/RES/73/154" })
    }

    @Test func failureIsRecordedTheBatchGoesOnAndARerunRetriesIt() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        try writeCorpus(folder)
        let bad = try folder.write("corpus/GA/A_RES_78_1.txt", "fail: no symbol found in the first page\n")
        let store = try CitationStore(path: folder.path + "/citegraph.sqlite")
        let ingester = Ingester(store: store)
        let first = try ingester.ingest(paths: [folder.path + "/corpus", folder.path + "/missing.txt"],
                                        read: FakeReader.read, progress: nil)
        #expect(first.added == 3)
        #expect(first.failures == [FileFailure(path: bad, message: "no symbol found in the first page"),
                                   FileFailure(path: folder.path + "/missing.txt", message: "No such file or directory")])
        #expect(try store.summary().failedFiles == [FileFailure(path: bad, message: "no symbol found in the first page")])

        try folder.write("corpus/GA/A_RES_78_1.txt", FakeReader.file(symbol: "A/RES/78/1", body: "GA", cites: []))
        let second = try ingester.ingest(paths: [folder.path + "/corpus"], read: FakeReader.read, progress: nil)
        #expect(second == IngestSummary(files: 4, added: 1, skipped: 3))
        #expect(try store.summary().failedFiles.isEmpty)
    }

    @Test func sameSymbolFromTwoFilesIsReportedNotMerged() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let first = try folder.write("a/S_RES_1_(1946).txt", FakeReader.file(
            symbol: "S/RES/1 (1946)", body: "SC", cites: [("decides", "S/RES/2 (1946)", "resolution")]))
        let second = try folder.write("b/copy.txt", FakeReader.file(
            symbol: "S/RES/1 (1946)", body: "SC", cites: [("recalls", "S/RES/3 (1946)", "resolution")]))
        let store = try CitationStore.inMemory()
        let summary = try Ingester(store: store).ingest(paths: [folder.path], read: FakeReader.read, progress: nil)
        #expect(summary.added == 1)
        #expect(summary.failures == [FileFailure(path: second, message: "S/RES/1 (1946) already ingested from \(first)")])
        #expect(summary.failures[0].description == "\(second): S/RES/1 (1946) already ingested from \(first)")
        #expect(try store.citations().map(\.target) == ["S/RES/2 (1946)"])

        // Also across batches, while the first file is still there.
        let again = try Ingester(store: store).ingest(paths: [second], read: FakeReader.read, progress: nil)
        #expect(again.failures.map(\.message) == ["S/RES/1 (1946) already ingested from \(first)"])

        // A moved file (the first one is gone) takes its symbol over.
        try FileManager.default.removeItem(atPath: first)
        let moved = try Ingester(store: store).ingest(paths: [second], read: FakeReader.read, progress: nil)
        #expect(moved.updated == 1 && moved.failures.isEmpty)
        #expect(try store.citations().map(\.target) == ["S/RES/3 (1946)"])
        #expect(try store.files().map(\.path) == [second])
    }

    @Test func secondIngestFailsAtOnceWhileTheLockIsHeld() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        try writeCorpus(folder)
        let path = folder.path + "/citegraph.sqlite"
        let store = try CitationStore(path: path)
        let held = try StoreLock.acquire(storePath: path)
        #expect(throws: StoreError.locked(store: path, pid: Int(getpid()))) {
            try Ingester(store: store).ingest(paths: [folder.path + "/corpus"], read: FakeReader.read, progress: nil)
        }
        #expect(StoreError.locked(store: path, pid: 42).description
                == "store \(path) is being written by another citegraph ingest (pid 42)")
        #expect(try store.documents().isEmpty)
        held.release()
        let summary = try Ingester(store: store).ingest(paths: [folder.path + "/corpus"], read: FakeReader.read, progress: nil)
        #expect(summary.added == 3)
        // The ingest released its lock and removed its file.
        #expect(!FileManager.default.fileExists(atPath: path + ".lock"))
        let after = try StoreLock.acquire(storePath: path)
        after.release()
    }

    @Test func theLockFileExistsWhileHeldAndIsRemovedOnRelease() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = folder.path + "/citegraph.sqlite"
        let lock = try StoreLock.acquire(storePath: path)
        #expect(lock.lockPath == path + ".lock")
        #expect(try String(contentsOfFile: lock.lockPath, encoding: .utf8) == "\(getpid())\n")
        lock.release()
        #expect(!FileManager.default.fileExists(atPath: path + ".lock"))
        lock.release()  // twice is harmless
        // A lock file left by a killed ingest (no process holds it) is taken over, then removed.
        try "12345\n".write(toFile: path + ".lock", atomically: false, encoding: .utf8)
        let next = try StoreLock.acquire(storePath: path)
        #expect(try String(contentsOfFile: path + ".lock", encoding: .utf8) == "\(getpid())\n")
        next.release()
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
    }

    @Test func symlinkLoopsAndDanglingLinksAreReportedWithoutCrashing() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        try writeCorpus(folder)
        let fm = FileManager.default
        try fm.createSymbolicLink(atPath: folder.path + "/corpus/SC/loop", withDestinationPath: "..")
        try fm.createSymbolicLink(atPath: folder.path + "/corpus/GA/dangling.txt", withDestinationPath: "nowhere.txt")
        try fm.createSymbolicLink(atPath: folder.path + "/corpus/GA/self.txt", withDestinationPath: "self.txt")
        let store = try CitationStore.inMemory()
        let summary = try Ingester(store: store).ingest(paths: [folder.path + "/corpus"], read: FakeReader.read, progress: nil)
        #expect(summary.added == 3)
        let messages = Dictionary(uniqueKeysWithValues: summary.failures.map {
            ($0.path.replacingOccurrences(of: folder.path + "/", with: ""), $0.message) })
        #expect(messages["corpus/GA/dangling.txt"] == "No such file or directory")
        #expect(messages["corpus/GA/self.txt"] == "too many levels of symbolic links (a link loop)")
        #expect(messages["corpus/SC/loop"]?.hasPrefix("folder already read as") == true)
    }

    @Test func oneFileReachedByTwoPathsIsTakenOnceInByteOrder() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let fm = FileManager.default
        try fm.createDirectory(atPath: folder.path + "/c/b", withIntermediateDirectories: true)
        for name in ["c/a.txt", "c/Zeta.txt", "c/é.txt", "c/z.txt", "c/b/x.txt"] {
            try "x".write(toFile: folder.path + "/" + name, atomically: false, encoding: .utf8)
        }
        // A link to a file and a hard link name a file already found; the first name in byte order is kept.
        try fm.createSymbolicLink(atPath: folder.path + "/c/link.txt", withDestinationPath: "a.txt")
        try fm.linkItem(atPath: folder.path + "/c/z.txt", toPath: folder.path + "/c/hard.txt")
        let expanded = IngestInputs.expand([folder.path + "/c/a.txt", folder.path + "/c"], extensions: ["txt"])
        #expect(expanded.failures.isEmpty)
        #expect(expanded.files.map { String($0.dropFirst(folder.path.count + 1)) } == ["c/Zeta.txt", "c/a.txt", "c/b/x.txt", "c/hard.txt", "c/é.txt"])
        // Named twice, through ".." and directly: once.
        let twice = IngestInputs.expand([folder.path + "/c/b/../a.txt", folder.path + "/c/a.txt"], extensions: ["txt"])
        #expect(twice.files.count == 1)
    }

    @Test func anExtensionReadFromBytesIsTheOneNSStringReads() {
        let wanted: Set<String> = ["txt", "pdf", "xml"]
        for name in ["a.txt", "a.TXT", "a.TxT", "a.tar.txt", "a..txt", "a.", "a", "txt", ".txt", "a.md", "a.t xt", "a.txt ", "a .txt",
                     "a.txt.bak", "é.txt", "a.tхt", "a.x1", "résolution.PDF", "a.xml~", "a/b.txt"] {
            let bytes = Array(name.utf8)
            #expect(IngestInputs.hasExtension(bytes, in: wanted) == wanted.contains((name as NSString).pathExtension.lowercased()), "\(name)")
        }
    }

    @Test func storeContentDoesNotDependOnParallelism() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        for number in 1...40 {
            try folder.write("sc/S_RES_\(number)_(1946).txt", FakeReader.file(
                symbol: "S/RES/\(number) (1946)", body: "SC", date: "1946-01-\(String(format: "%02d", number % 28 + 1))",
                cites: (1..<number).suffix(3).map { ("recalls", "S/RES/\($0) (1946)", "resolution") }))
        }
        let serial = try CitationStore.inMemory()
        let parallel = try CitationStore.inMemory()
        let a = try Ingester(store: serial, parallelism: 1).ingest(paths: [folder.path], read: FakeReader.read, progress: nil)
        let b = try Ingester(store: parallel, parallelism: 4).ingest(paths: [folder.path], read: FakeReader.read, progress: nil)
        #expect(a == b)
        #expect(a.citations == 3 * 40 - 6)
        #expect(try serial.storedCitations() == parallel.storedCitations())
        #expect(try serial.nodes() == parallel.nodes())
        #expect(try serial.documents() == parallel.documents())
    }

    @Test func pathsAreNormalisedAndExplicitFilesAlwaysTaken() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let readme = try folder.write("notes.md", FakeReader.file(symbol: "S/PRST/2010/22", body: "SC", cites: []))
        #expect(IngestInputs.normalize("./corpus//SC/") == "corpus/SC")
        #expect(IngestInputs.normalize("/a/./b") == "/a/b")
        #expect(IngestInputs.normalize("./") == ".")
        let store = try CitationStore.inMemory()
        let summary = try Ingester(store: store).ingest(paths: [readme, readme], read: FakeReader.read, progress: nil)
        #expect(summary == IngestSummary(files: 1, added: 1))
        #expect(try store.nodes() == [StoredNode(id: "S/PRST/2010/22", kind: .document, body: .sc, inCorpus: true)])
    }
}
