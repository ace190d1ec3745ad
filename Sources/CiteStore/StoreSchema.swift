import GRDB

/// The store's schema: its migrations, from the first version on, and the check that refuses
/// a store written by a newer build.
///
/// Each migration sets `PRAGMA user_version` to its schema version, so another tool
/// (the sqlite3 shell, python) can read the version without knowing GRDB.
enum StoreSchema {
    /// The schema version this build writes.
    static let version = 5

    /// The oldest schema a read-only open accepts: the migrations after it add an index and a
    /// nullable column only, so an older store reads the same (slower, languages unknown) until the
    /// next ingest migrates it.
    static let oldestReadable = 3

    /// Migration identifiers in order; the i-th brings the schema to version i + 1.
    static let migrationIdentifiers = ["v1-initial", "v2-node-field-indexes", "v3-paragraphs", "v4-paragraph-labels", "v5-document-language"]

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-initial") { db in
            try db.execute(sql: """
                CREATE TABLE documents (
                    symbol TEXT PRIMARY KEY NOT NULL,
                    body TEXT NOT NULL,
                    date TEXT,
                    title TEXT,
                    agendaItem TEXT,
                    subjects TEXT NOT NULL DEFAULT '[]',
                    path TEXT NOT NULL,
                    contentHash TEXT NOT NULL,
                    warnings TEXT NOT NULL DEFAULT '[]',
                    ingestedAt TEXT NOT NULL
                );
                CREATE INDEX documents_path ON documents(path);
                CREATE TABLE citations (
                    citing TEXT NOT NULL REFERENCES documents(symbol) ON DELETE CASCADE,
                    seq INTEGER NOT NULL,
                    target TEXT NOT NULL,
                    targetKind TEXT NOT NULL,
                    body TEXT,
                    relation TEXT NOT NULL,
                    section TEXT NOT NULL,
                    paragraph TEXT NOT NULL,
                    spanStart INTEGER NOT NULL,
                    spanEnd INTEGER NOT NULL,
                    text TEXT NOT NULL,
                    date TEXT,
                    part TEXT,
                    title TEXT,
                    footnote INTEGER,
                    untsVolume INTEGER,
                    untsNumber INTEGER,
                    untsLeague INTEGER,
                    via TEXT,
                    source TEXT NOT NULL,
                    PRIMARY KEY (citing, seq)
                );
                CREATE INDEX citations_target ON citations(target, citing, seq);
                CREATE TABLE nodes (
                    id TEXT PRIMARY KEY NOT NULL,
                    kind TEXT NOT NULL,
                    body TEXT,
                    date TEXT,
                    title TEXT,
                    inCorpus INTEGER NOT NULL
                );
                CREATE TABLE files (
                    path TEXT PRIMARY KEY NOT NULL,
                    contentHash TEXT NOT NULL,
                    symbol TEXT,
                    status TEXT NOT NULL CHECK (status IN ('ok', 'failed')),
                    error TEXT
                );
                CREATE INDEX files_symbol ON files(symbol);
                PRAGMA user_version = 1;
                """)
        }
        // A node known only from citations takes its body, date and title from the first citation
        // that has one; without these partial indexes that lookup scans every citation of a hub
        // (A/RES/70/1 is cited by thousands) on every write, and ingest slows as the store grows.
        migrator.registerMigration("v2-node-field-indexes") { db in
            try db.execute(sql: """
                CREATE INDEX citations_target_body ON citations(target, citing, seq) WHERE body IS NOT NULL;
                CREATE INDEX citations_target_date ON citations(target, citing, seq) WHERE date IS NOT NULL;
                CREATE INDEX citations_target_title ON citations(target, citing, seq) WHERE title IS NOT NULL;
                PRAGMA user_version = 2;
                """)
        }
        // The paragraphs of each document (label, verb, text), so that lineage can compare texts
        // and `diff` can align two documents without reading their files again. Documents stored
        // before v3 have none: their files' hashes are cleared so the next ingest reads them again.
        migrator.registerMigration("v3-paragraphs") { db in
            try db.execute(sql: """
                CREATE TABLE paragraphs (
                    symbol TEXT NOT NULL REFERENCES documents(symbol) ON DELETE CASCADE,
                    seq INTEGER NOT NULL,
                    label TEXT NOT NULL,
                    section TEXT NOT NULL,
                    verb TEXT,
                    relation TEXT NOT NULL,
                    spanStart INTEGER NOT NULL,
                    spanEnd INTEGER NOT NULL,
                    text TEXT NOT NULL,
                    PRIMARY KEY (symbol, seq)
                );
                UPDATE files SET contentHash = '' WHERE status = 'ok';
                PRAGMA user_version = 3;
                """)
        }
        // `citedby` finds the paragraph of each citation by its document and label; the primary key
        // (symbol, seq) made that a scan of the document's paragraphs for every citation of a hub.
        // An index only: stores of schema 3 stay readable as they are (`oldestReadable`).
        migrator.registerMigration("v4-paragraph-labels") { db in
            try db.execute(sql: """
                CREATE INDEX paragraphs_label ON paragraphs(symbol, label);
                PRAGMA user_version = 4;
                """)
        }
        // The language of each document's text (`fra`, `zho`…), as its reader found it. Documents
        // stored before v5 have none (NULL): their files' hashes are cleared so the next ingest
        // reads them again and fills it.
        migrator.registerMigration("v5-document-language") { db in
            try db.execute(sql: """
                ALTER TABLE documents ADD COLUMN language TEXT;
                UPDATE files SET contentHash = '' WHERE status = 'ok';
                PRAGMA user_version = 5;
                """)
        }
        return migrator
    }

    /// What a database file holds, read before any migration runs.
    struct Found {
        var userVersion: Int
        var appliedMigrations: [String]
        var otherTables: [String]
    }

    static func inspect(_ db: Database) throws -> Found {
        let userVersion = try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0
        var applied: [String] = []
        if try db.tableExists("grdb_migrations") {
            applied = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier")
        }
        let tables = try String.fetchAll(db, sql: """
            SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name
            """)
        let ours: Set<String> = ["documents", "citations", "nodes", "files", "paragraphs", "grdb_migrations"]
        return Found(userVersion: userVersion, appliedMigrations: applied, otherTables: tables.filter { !ours.contains($0) })
    }

    /// Refuses a newer or foreign database; returns the schema version found (0 for a new, empty file).
    static func check(_ found: Found, store: String) throws -> Int {
        let known = Set(migrationIdentifiers)
        let unknown = found.appliedMigrations.filter { !known.contains($0) }
        if found.userVersion > version || !unknown.isEmpty {
            throw StoreError.newerSchema(store: store, found: max(found.userVersion, version + unknown.count), known: version)
        }
        if found.userVersion == 0 && found.appliedMigrations.isEmpty && !found.otherTables.isEmpty {
            throw StoreError.foreignDatabase(store: store)
        }
        return max(found.userVersion, found.appliedMigrations.count)
    }
}
