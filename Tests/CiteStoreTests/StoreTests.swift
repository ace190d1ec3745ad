import CiteCore
import CiteGraph
import Foundation
import GRDB
import Testing
@testable import CiteStore

@Suite("CitationStore")
struct StoreTests {
    let res1325 = sampleDocument("S/RES/1325 (2000)", date: "2000-10-31", title: "Women and peace and security",
                                 cites: [(.recalls, "S/RES/1261 (1999)"), (.recalls, "S/RES/1265 (1999)"),
                                         (.recalls, "S/RES/1296 (2000)"), (.recalls, "S/RES/1314 (2000)")])
    let res1820 = sampleDocument("S/RES/1820 (2008)", date: "2008-06-19", title: "Women and peace and security",
                                 cites: [(.reaffirms, "S/RES/1325 (2000)"), (.reaffirms, "S/RES/1612 (2005)"),
                                         (.reaffirms, "S/RES/1674 (2006)")])

    @Test func migrationsCreateTheSchema() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let store = try CitationStore(path: folder.path + "/citegraph.sqlite")
        let (tables, applied, version, journal) = try store.writer.read { db in
            (try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"),
             try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations"),
             try Int.fetchOne(db, sql: "PRAGMA user_version"),
             try String.fetchOne(db, sql: "PRAGMA journal_mode"))
        }
        #expect(tables == ["citations", "documents", "files", "grdb_migrations", "nodes", "paragraphs"])
        #expect(applied == ["v1-initial", "v2-node-field-indexes", "v3-paragraphs", "v4-paragraph-labels", "v5-document-language"])
        #expect(version == CitationStore.schemaVersion)
        #expect(journal == "wal")
        // Reopening migrates nothing and keeps the data.
        try store.replace(document: res1325.0, citations: res1325.1, path: "a.txt", contentHash: "h1")
        let reopened = try CitationStore(path: folder.path + "/citegraph.sqlite")
        #expect(try reopened.documents().map(\.symbol) == ["S/RES/1325 (2000)"])
        #expect(try reopened.storedSchemaVersion() == CitationStore.schemaVersion)
    }

    @Test func paragraphsAreStoredInOrderAndReplacedWithTheirDocument() throws {
        let text = "Recalling its resolution 1325 (2000),\n\n1.\tDecides to remain seized of the matter.\n"
        let bytes = Array(text.utf8)
        let firstEnd = text.utf8.count - text.drop(while: { $0 != "\n" }).utf8.count
        var document = Document(path: "p.txt", symbol: "S/RES/1820 (2008)", body: .sc, text: text)
        document.paragraphs = [
            Paragraph(label: "PP1", section: .preamble, verb: "Recalling", relation: .recalls, range: 0..<firstEnd),
            Paragraph(label: "OP1", section: .operative, verb: "Decides", relation: .decides, range: (firstEnd + 2)..<(bytes.count - 1)),
        ]
        let store = try CitationStore.inMemory()
        try store.replace(document: document, citations: [], path: "p.txt", contentHash: "h1")
        let stored = try store.paragraphs(of: "S/RES/1820 (2008)")
        #expect(stored.map(\.label) == ["PP1", "OP1"])
        #expect(stored.map(\.text) == ["Recalling its resolution 1325 (2000),", "1.\tDecides to remain seized of the matter."])
        #expect(stored[1].relation == .decides && stored[1].verb == "Decides")
        // A new version of the document replaces its paragraphs; deleting a document drops them.
        document.paragraphs.removeLast()
        try store.replace(document: document, citations: [], path: "p.txt", contentHash: "h2")
        #expect(try store.paragraphs(of: "S/RES/1820 (2008)").map(\.label) == ["PP1"])
        var seen: [String: Int] = [:]
        try store.forEachDocumentParagraphs { symbol, paragraphs in seen[symbol] = paragraphs.count }
        #expect(seen == ["S/RES/1820 (2008)": 1])
    }

    @Test func inMemoryStoreWorks() throws {
        let store = try CitationStore.inMemory()
        #expect(store.isInMemory)
        #expect(try store.replace(document: res1325.0, citations: res1325.1, path: "a.txt", contentHash: "h") == .added)
        #expect(try store.citations().count == 4)
        let documents = try store.documents()
        #expect(documents == [StoredDocument(symbol: "S/RES/1325 (2000)", body: .sc, date: "2000-10-31",
                                             title: "Women and peace and security", subjects: ["women"],
                                             path: "a.txt", contentHash: "h", language: .english)])
    }

    @Test func replaceIsIdempotent() throws {
        let store = try CitationStore.inMemory()
        #expect(try store.replace(document: res1325.0, citations: res1325.1, path: "a.txt", contentHash: "h") == .added)
        let first = (try store.storedCitations(), try store.nodes(), try store.documents(), try store.files())
        #expect(try store.replace(document: res1325.0, citations: res1325.1, path: "a.txt", contentHash: "h") == .updated)
        let second = (try store.storedCitations(), try store.nodes(), try store.documents(), try store.files())
        #expect(first.0 == second.0)
        #expect(first.1 == second.1)
        #expect(first.2 == second.2)
        #expect(first.3 == second.3)
    }

    @Test func changedDocumentReplacesItsRows() throws {
        let store = try CitationStore.inMemory()
        try store.replace(document: res1325.0, citations: res1325.1, path: "a.txt", contentHash: "h1")
        let changed = sampleDocument("S/RES/1325 (2000)", cites: [(.notes, "S/RES/1612 (2005)")])
        try store.replace(document: changed.0, citations: changed.1, path: "a.txt", contentHash: "h2")
        let citations = try store.storedCitations()
        #expect(citations.map(\.citation.target) == ["S/RES/1612 (2005)"])
        #expect(citations.map(\.source) == ["a.txt"])
        #expect(citations.map(\.seq) == [0])
        // Targets no longer cited are no longer nodes.
        #expect(try store.nodes().map(\.id) == ["S/RES/1325 (2000)", "S/RES/1612 (2005)"])
        #expect(try store.files().map(\.contentHash) == ["h2"])
    }

    @Test func pathThatHeldAnotherSymbolLosesIt() throws {
        let store = try CitationStore.inMemory()
        try store.replace(document: res1325.0, citations: res1325.1, path: "a.txt", contentHash: "h1")
        try store.replace(document: res1820.0, citations: res1820.1, path: "a.txt", contentHash: "h2")
        #expect(try store.documents().map(\.symbol) == ["S/RES/1820 (2008)"])
        // 1325 is still cited by 1820, so it stays as an external node, with what the citation says.
        let node = try store.nodes().first { $0.id == "S/RES/1325 (2000)" }
        #expect(node == StoredNode(id: "S/RES/1325 (2000)", kind: .resolution, body: .sc, inCorpus: false))
        #expect(try store.citations().allSatisfy { $0.citing == "S/RES/1820 (2008)" })
    }

    @Test func nodesFollowTheCorpus() throws {
        let store = try CitationStore.inMemory()
        try store.replace(document: res1820.0, citations: res1820.1, path: "b.txt", contentHash: "h")
        #expect(try store.nodes().first { $0.id == "S/RES/1325 (2000)" }?.inCorpus == false)
        try store.replace(document: res1325.0, citations: res1325.1, path: "a.txt", contentHash: "h")
        let node = try store.nodes().first { $0.id == "S/RES/1325 (2000)" }
        #expect(node == StoredNode(id: "S/RES/1325 (2000)", kind: .resolution, body: .sc, date: "2000-10-31",
                                   title: "Women and peace and security", inCorpus: true))
        let summary = try store.summary()
        #expect(summary.documents == 2)
        #expect(summary.documentsPerBody == ["SC": 2])
        #expect(summary.citations == 7)
        #expect(summary.citationsPerRelation == ["recalls": 4, "reaffirms": 3])
        #expect(summary.nodes == 8)
        #expect(summary.externalNodes == 6)
    }

    @Test func citationsAndNodesDoNotDependOnIngestOrder() throws {
        let one = try CitationStore.inMemory()
        try one.replace(document: res1325.0, citations: res1325.1, path: "a.txt", contentHash: "h")
        try one.replace(document: res1820.0, citations: res1820.1, path: "b.txt", contentHash: "h")
        let two = try CitationStore.inMemory()
        try two.replace(document: res1820.0, citations: res1820.1, path: "b.txt", contentHash: "h")
        try two.replace(document: res1325.0, citations: res1325.1, path: "a.txt", contentHash: "h")
        #expect(try one.storedCitations() == two.storedCitations())
        #expect(try one.nodes() == two.nodes())
        let order = try one.citations().map { "\($0.citing)|\($0.target)" }
        #expect(order.first == "S/RES/1325 (2000)|S/RES/1261 (1999)")
        #expect(order.last == "S/RES/1820 (2008)|S/RES/1674 (2006)")
    }

    @Test func citationFieldsRoundTrip() throws {
        let store = try CitationStore.inMemory()
        let document = Document(path: "x", symbol: "A/RES/74/174", body: .ga, text: "")
        let citation = Citation(citing: "A/RES/74/174", target: "UNTS 1577/27531", targetKind: .treaty, body: nil,
                                relation: .guidedBy, section: .footnote, paragraph: "PP2", span: 10..<52,
                                text: "Convention on the Rights of the Child", date: "1989-11-20", part: "A",
                                title: "Convention on the Rights of the Child", footnote: 3,
                                unts: UNTSReference(volume: 1577, number: 27531), via: .text)
        try store.replace(document: document, citations: [citation], path: "x.txt", contentHash: "h")
        #expect(try store.citations() == [citation])
        #expect(try store.citations(citing: "A/RES/74/174") == [citation])
        #expect(try store.nodes().first { $0.id == "UNTS 1577/27531" }?.kind == .treaty)
    }

    @Test func corruptRowsAreErrorsNotDefaults() throws {
        let store = try CitationStore.inMemory()
        try store.replace(document: res1325.0, citations: res1325.1, path: "a.txt", contentHash: "h")
        try store.writer.write { db in
            try db.execute(sql: "UPDATE citations SET relation = 'mentions' WHERE seq = 1")
            try db.execute(sql: "UPDATE nodes SET kind = 'statute' WHERE id = 'S/RES/1261 (1999)'")
            try db.execute(sql: "UPDATE documents SET body = 'XX'")
        }
        func reason(_ read: () throws -> Void) -> String? {
            do { try read(); return nil } catch let StoreError.corrupt(_, reason) { return reason } catch { return "\(error)" }
        }
        #expect(reason { _ = try store.citations() }?.hasPrefix("a citation cannot be read: could not decode Relation") == true)
        #expect(reason { _ = try store.citingReferences(of: "S/RES/1265 (1999)") }?.contains("could not decode Relation") == true)
        #expect(reason { _ = try store.nodes() }?.contains("could not decode TargetKind") == true)
        #expect(reason { _ = try store.documents() }?.contains("could not decode Body") == true)
    }

    @Test func inconsistentCitationIsRefusedAndNothingWritten() throws {
        let store = try CitationStore.inMemory()
        var bad = res1325
        bad.1[2].citing = "S/RES/9999 (2099)"
        #expect(throws: StoreError.self) {
            try store.replace(document: bad.0, citations: bad.1, path: "a.txt", contentHash: "h")
        }
        #expect(try store.documents().isEmpty)
    }

    @Test func failureIsRecordedAndTheOldDocumentKept() throws {
        let store = try CitationStore.inMemory()
        try store.replace(document: res1325.0, citations: res1325.1, path: "a.txt", contentHash: "h1")
        try store.recordFailure(path: "a.txt", contentHash: "h2", error: "not UTF-8\nat byte 12")
        #expect(try store.files() == [StoredFile(path: "a.txt", contentHash: "h2", symbol: nil, status: .failed,
                                                 error: "not UTF-8 at byte 12")])
        #expect(try store.summary().failedFiles == [FileFailure(path: "a.txt", message: "not UTF-8 at byte 12")])
        #expect(try store.documents().count == 1)
    }

    @Test func newerSchemaIsRejected() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = folder.path + "/future.sqlite"
        _ = try CitationStore(path: path)
        try DatabaseQueue(path: path).write { db in try db.execute(sql: "PRAGMA user_version = 7") }
        #expect(throws: StoreError.newerSchema(store: path, found: 7, known: CitationStore.schemaVersion)) { try CitationStore(path: path) }
        #expect(StoreError.newerSchema(store: path, found: 7, known: CitationStore.schemaVersion).description
                == "store \(path) was written by a newer citegraph (schema 7 > \(CitationStore.schemaVersion))")
        #expect(throws: StoreError.newerSchema(store: path, found: 7, known: CitationStore.schemaVersion)) { try CitationStore(path: path, readOnly: true) }

        // A migration this build does not know, even with an old user_version.
        let other = folder.path + "/unknown.sqlite"
        _ = try CitationStore(path: other)
        try DatabaseQueue(path: other).write { db in
            try db.execute(sql: "PRAGMA user_version = 1")
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v9-communities')")
        }
        #expect(throws: StoreError.newerSchema(store: other, found: CitationStore.schemaVersion + 1, known: CitationStore.schemaVersion)) {
            try CitationStore(path: other)
        }
    }

    /// A store of schema 3 (before the paragraph label index): read-only commands read it as it
    /// is; a writable open adds the index, and nothing stored is lost.
    @Test func schemaThreeStoreOpensAndMigrates() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = folder.path + "/v3.sqlite"
        do {
            let store = try CitationStore(path: path)
            try store.replace(document: res1820.0, citations: res1820.1, path: "b.txt", contentHash: "h2")
            try store.close()
        }
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: """
                DROP INDEX paragraphs_label;
                ALTER TABLE documents DROP COLUMN language;
                DELETE FROM grdb_migrations WHERE identifier IN ('v4-paragraph-labels', 'v5-document-language');
                PRAGMA user_version = 3;
                """)
        }
        let reader = try CitationStore(path: path, readOnly: true)
        #expect(try reader.storedSchemaVersion() == 3)
        #expect(try reader.citingReferences(of: "S/RES/1325 (2000)").map(\.citation.citing) == ["S/RES/1820 (2008)"])
        try reader.close()
        let writer = try CitationStore(path: path)
        #expect(try writer.storedSchemaVersion() == CitationStore.schemaVersion)
        let indexes = try writer.writer.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'paragraphs'")
        }
        #expect(indexes.contains("paragraphs_label"))
        #expect(try writer.documents().map(\.symbol) == ["S/RES/1820 (2008)"])
        try writer.close()
        // Older than 3 (no paragraphs table): refused read-only, as before.
        try DatabaseQueue(path: path).write { db in try db.execute(sql: "PRAGMA user_version = 2; DELETE FROM grdb_migrations WHERE identifier IN ('v3-paragraphs', 'v4-paragraph-labels', 'v5-document-language')") }
        #expect(throws: StoreError.olderSchema(store: path, found: 2, known: CitationStore.schemaVersion)) { try CitationStore(path: path, readOnly: true) }
    }

    @Test func fileThatIsNotADatabaseIsRejected() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = try folder.write("notes.sqlite", "symbol: S/RES/1 (1946)\nthis is text, not SQLite\n")
        #expect(throws: StoreError.notADatabase(store: path)) { try CitationStore(path: path) }
        #expect(!StoreError.notADatabase(store: path).description.contains("\n"))
        // Untouched.
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("symbol:"))

        let foreign = folder.path + "/other.sqlite"
        try DatabaseQueue(path: foreign).write { db in try db.execute(sql: "CREATE TABLE birds (name TEXT)") }
        #expect(throws: StoreError.foreignDatabase(store: foreign)) { try CitationStore(path: foreign) }

        #expect(throws: StoreError.self) { try CitationStore(path: folder.path) }
    }

    @Test func readOnlyOpen() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = folder.path + "/ro.sqlite"
        #expect(throws: StoreError.missing(store: path)) { try CitationStore(path: path, readOnly: true) }
        let writable = try CitationStore(path: path)
        try writable.replace(document: res1325.0, citations: res1325.1, path: "a.txt", contentHash: "h")
        let reader = try CitationStore(path: path, readOnly: true)
        #expect(try reader.citations().count == 4)
        do {
            try reader.replace(document: res1820.0, citations: res1820.1, path: "b.txt", contentHash: "h")
            Issue.record("a read-only store accepted a write")
        } catch let error as StoreError {
            guard case .readOnly = error else { Issue.record("unexpected \(error)"); return }
        }
        #expect(throws: StoreError.readOnly(store: path, reason: "opened read-only")) {
            try Ingester(store: reader).ingest(paths: [folder.path], read: FakeReader.read, progress: nil)
        }
    }

    @Test func diskFullRollsBackAndKeepsWhatWasStored() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = folder.path + "/full.sqlite"
        let store = try CitationStore(path: path)
        try store.replace(document: res1325.0, citations: res1325.1, path: "a.txt", contentHash: "h")
        // Simulate a full disk: SQLite answers SQLITE_FULL once the file may not grow.
        try store.writer.writeWithoutTransaction { db in
            let pages = try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0
            try db.execute(sql: "PRAGMA max_page_count = \(pages)")
        }
        let big = sampleDocument("S/RES/1820 (2008)", cites: (0..<2000).map { (.recalls, "S/RES/\($0) (1990)") })
        #expect(throws: StoreError.diskFull(store: path)) {
            try store.replace(document: big.0, citations: big.1, path: "b.txt", contentHash: "h")
        }
        #expect(try store.documents().map(\.symbol) == ["S/RES/1325 (2000)"])
        #expect(try store.citations().count == 4)
        #expect(try store.nodes().count == 5)
    }
}
