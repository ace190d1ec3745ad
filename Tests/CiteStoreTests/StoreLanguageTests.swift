import CiteCore
import Foundation
import GRDB
import Testing
@testable import CiteStore

/// The `language` column of the documents table (schema 5): filled at ingest from the reader's
/// `Document.language`, counted in the summary; stores of schema 4 still open.
@Suite("CitationStore languages")
struct StoreLanguageTests {
    /// The real French and Arabic texts of S/RES/2761 (2024) and the English text of A/RES/78/10,
    /// from the CiteCore fixtures.
    static func fixture(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("CiteCoreTests/Fixtures/multilingual/" + name).path
    }

    static func readAndExtract(_ path: String) throws -> (Document, [Citation]) {
        let document = try AKNReader.read(path: path)
        return (document, CitationExtractor().extract(document))
    }

    @Test func ingestStoresEachDocumentsLanguage() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let store = try CitationStore(path: folder.path + "/languages.sqlite")
        let files = ["S_RES_2761-2423078F.xml", "A_RES_78_250-2326265A.xml", "A_RES_78_10-2323443E.xml"].map(Self.fixture)
        let summary = try Ingester(store: store).ingest(paths: files, read: Self.readAndExtract, progress: nil)
        #expect(summary.failures.isEmpty)
        let languages = Dictionary(uniqueKeysWithValues: try store.documents().map { ($0.symbol, $0.language) })
        #expect(languages == ["S/RES/2761 (2024)": .french, "A/RES/78/250": .arabic, "A/RES/78/10": .english])
        #expect(try store.summary().documentsPerLanguage == ["fra": 1, "ara": 1, "eng": 1])
        let column = try store.writer.read { db in
            try String.fetchAll(db, sql: "SELECT language FROM documents ORDER BY symbol")
        }
        #expect(column == ["eng", "ara", "fra"])
    }

    /// A store of schema 4 (no language column): read-only commands read it as it is (languages
    /// unknown); a writable open adds the column and clears the files' hashes so that the next
    /// ingest reads them again and fills it.
    @Test func schemaFourStoreOpensAndMigrates() throws {
        let folder = try TempFolder()
        defer { folder.remove() }
        let path = folder.path + "/v4.sqlite"
        let file = Self.fixture("S_RES_2761-2423078F.xml")
        do {
            let store = try CitationStore(path: path)
            _ = try Ingester(store: store).ingest(paths: [file], read: Self.readAndExtract, progress: nil)
            try store.close()
        }
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: """
                ALTER TABLE documents DROP COLUMN language;
                UPDATE files SET contentHash = 'h';
                DELETE FROM grdb_migrations WHERE identifier = 'v5-document-language';
                PRAGMA user_version = 4;
                """)
        }
        let reader = try CitationStore(path: path, readOnly: true)
        #expect(try reader.storedSchemaVersion() == 4)
        #expect(try reader.documents().map(\.symbol) == ["S/RES/2761 (2024)"])
        #expect(try reader.documents().first?.language == nil)
        #expect(try reader.summary().documentsPerLanguage.isEmpty)
        #expect(try reader.citations().count > 0)
        try reader.close()

        let writer = try CitationStore(path: path)
        #expect(try writer.storedSchemaVersion() == CitationStore.schemaVersion)
        #expect(try writer.documents().first?.language == nil)
        #expect(try writer.files().map(\.contentHash) == [""])
        let again = try Ingester(store: writer).ingest(paths: [file], read: Self.readAndExtract, progress: nil)
        #expect(again.skipped == 0)
        #expect(try writer.documents().first?.language == .french)
        try writer.close()
    }
}
