import CiteCore
import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The embedded citation store: SQLite through GRDB.
///
/// A file store opened for writing is a `DatabasePool` in WAL mode (readers never block the
/// single writer); `close()` returns it to a rollback journal at rest, so read-only opens (a
/// `DatabaseQueue`) create no files. `inMemory()` is a `DatabaseQueue` for one-shot runs. The schema is migrated on open;
/// a store written by a newer build is refused.
///
/// ```swift
/// let store = try CitationStore(path: "citegraph.sqlite")
/// try store.replace(document: doc, citations: cites, path: "A_RES_74_174.txt", contentHash: hash)
/// let all = try store.citations()   // by citing symbol, then order in the document
/// ```
public final class CitationStore: Sendable {
    /// The file path, or `:memory:`.
    public let path: String
    public let isInMemory: Bool
    public let isReadOnly: Bool
    /// The schema version this build reads and writes.
    public static var schemaVersion: Int { StoreSchema.version }

    let writer: any DatabaseWriter

    /// Opens (creating and migrating when needed) the store at `path`.
    ///
    /// - Parameter readOnly: open without writing anything (no migration; a schema older than
    ///   `StoreSchema.oldestReadable` is an error).
    /// - Throws: `StoreError` — `.notADatabase`, `.foreignDatabase`, `.newerSchema`, `.readOnly`,
    ///   `.missing` (read-only open of a missing file), `.failed`.
    public init(path: String, readOnly: Bool = false) throws {
        self.path = path
        self.isInMemory = false
        self.isReadOnly = readOnly
        try CitationStore.checkFile(path: path, readOnly: readOnly)
        if !readOnly, access(path, F_OK) != 0 { try CitationStore.create(path: path) }
        var config = Configuration()
        config.label = "citegraph store"
        config.busyMode = .timeout(10)
        config.readonly = readOnly
        if !readOnly {
            // WAL + NORMAL survives a killed process (only a power loss can drop the last commits,
            // never leave a torn one), without an fsync per document.
            // A 64 MiB page cache keeps the citation indexes that node updates walk in memory.
            config.prepareDatabase { db in
                try db.execute(sql: "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536")
            }
        }
        do {
            if readOnly {
                writer = try DatabaseQueue(path: try CitationStore.readOnlyLocation(path), configuration: config)
            } else {
                writer = try DatabasePool(path: path, configuration: config)
            }
        } catch {
            throw StoreError.wrap(error, store: path)
        }
        try prepareSchema()
    }

    private init(inMemoryWriter: DatabaseQueue) throws {
        path = ":memory:"
        isInMemory = true
        isReadOnly = false
        writer = inMemoryWriter
        try prepareSchema()
    }

    /// A fresh, empty store in memory, for one-shot runs.
    public static func inMemory() throws -> CitationStore {
        var config = Configuration()
        config.label = "citegraph in-memory store"
        do {
            return try CitationStore(inMemoryWriter: DatabaseQueue(configuration: config))
        } catch {
            throw StoreError.wrap(error, store: ":memory:")
        }
    }

    /// The schema version recorded in the store.
    public func storedSchemaVersion() throws -> Int {
        try reading { db in try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0 }
    }

    private func prepareSchema() throws {
        do {
            let found = try writer.read { db in try StoreSchema.inspect(db) }
            let version = try StoreSchema.check(found, store: path)
            if isReadOnly {
                if version == 0 { throw StoreError.foreignDatabase(store: path) }
                if version < StoreSchema.oldestReadable {
                    throw StoreError.olderSchema(store: path, found: version, known: StoreSchema.version)
                }
            } else if version < StoreSchema.version {
                try StoreSchema.migrator.migrate(writer)
            }
        } catch {
            throw StoreError.wrap(error, store: path)
        }
    }

    /// Closes the store. A file store opened for writing is switched back to a rollback journal
    /// (WAL is used only while an ingest writes), so that readers in a read-only folder, or of
    /// another user, need no `-wal`/`-shm` files and leave none behind.
    ///
    /// The switch is best effort: when another process holds the store (a reader, a new ingest)
    /// it stays in WAL mode, which every build reads, and the next ingest switches it.
    public func close() throws {
        do { try writer.close() } catch { throw StoreError.wrap(error, store: path) }
        guard !isInMemory, !isReadOnly else { return }
        var config = Configuration()
        config.label = "citegraph store (closing)"
        config.busyMode = .timeout(2)
        guard let queue = try? DatabaseQueue(path: path, configuration: config) else { return }
        _ = try? queue.writeWithoutTransaction { db in try String.fetchOne(db, sql: "PRAGMA journal_mode = DELETE") }
        try? queue.close()
    }

    /// Creates a new, empty store at `path` whole: its schema is written into a temporary file
    /// beside it, which is then linked into place. A reader that opens `path` meanwhile finds
    /// nothing or a complete store, never an empty file ("not a citegraph store"); when another
    /// ingest created the store first, its store is kept.
    static func create(path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary = (folder.isEmpty ? "" : folder + "/") + ".\(name).new-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        defer { for suffix in ["", "-journal", "-wal", "-shm"] { unlink(temporary + suffix) } }
        do {
            var config = Configuration()
            config.label = "citegraph store (new)"
            let queue = try DatabaseQueue(path: temporary, configuration: config)
            try StoreSchema.migrator.migrate(queue)
            try queue.close()
        } catch {
            throw StoreError.wrap(error, store: path)
        }
        // link(2), unlike rename(2), never replaces a store another ingest created meanwhile.
        if link(temporary, path) != 0 && errno != EEXIST {
            throw StoreError.failed(store: path, reason: "cannot create: \(String(cString: strerror(errno)))")
        }
    }

    /// Refuses to write into a damaged store: SQLite notices a damaged page only when it reads it,
    /// so an ingest could otherwise report "1 added" into a file that no command can read.
    /// - Complexity: O(n) in the size of the store (`PRAGMA quick_check`).
    public func checkIntegrity() throws {
        let problems = try reading { db in try String.fetchAll(db, sql: "PRAGMA quick_check(3)") }
        guard problems != ["ok"] else { return }
        throw StoreError.corrupt(store: path, reason: StoreError.oneLine(problems.prefix(1).joined()))
    }

    /// What SQLite should open for a read-only use of `path`.
    ///
    /// A store at rest uses a rollback journal and is opened as it is. A store still in WAL mode
    /// (written by an older build, or whose last ingest could not switch back) without a `-wal`
    /// file holds all its content in the main file; SQLite would still create `-wal` and `-shm`
    /// files to read it (and fail in a read-only folder), so it is opened `immutable`. With a
    /// `-wal` file present (an ingest running, or killed) the WAL must be read: plain read-only.
    static func readOnlyLocation(_ path: String) throws -> String {
        let header = try readHeader(path: path, count: 20)
        let isWAL = header.count >= 20 && header[18] == 2 && header[19] == 2
        guard isWAL, access(path + "-wal", F_OK) != 0 else { return path }
        var absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        absolute = (absolute as NSString).standardizingPath
        // A URI path: `%`, `?` and `#` are escaped so they stay part of the file name.
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "%?#")
        let escaped = absolute.addingPercentEncoding(withAllowedCharacters: allowed) ?? absolute
        return "file:\(escaped)?mode=ro&immutable=1"
    }

    /// Refuses, before SQLite touches it, a path that is a folder, a file that is not SQLite,
    /// or (for writing) a file or folder that cannot be written.
    private static func checkFile(path: String, readOnly: Bool) throws {
        var info = stat()
        if stat(path, &info) != 0 {
            if readOnly { throw StoreError.missing(store: path) }
            let folder = (path as NSString).deletingLastPathComponent
            let dir = folder.isEmpty ? "." : folder
            var dirInfo = stat()
            if stat(dir, &dirInfo) != 0 || (dirInfo.st_mode & S_IFMT) != S_IFDIR {
                throw StoreError.failed(store: path, reason: "cannot create: folder \(dir) does not exist")
            }
            if access(dir, W_OK) != 0 {
                throw StoreError.readOnly(store: path, reason: "cannot create it in \(dir) (\(String(cString: strerror(errno))))")
            }
            return
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            throw StoreError.failed(store: path, reason: "is a folder, not a file")
        }
        // A FIFO or device would block the header read (or SQLite) for ever.
        if (info.st_mode & S_IFMT) != S_IFREG {
            throw StoreError.failed(store: path, reason: "not a regular file")
        }
        if info.st_size > 0 {
            let header = try readHeader(path: path).prefix(16)
            if Array(header) != Array("SQLite format 3\0".utf8) { throw StoreError.notADatabase(store: path) }
        }
        if !readOnly {
            if access(path, W_OK) != 0 {
                throw StoreError.readOnly(store: path, reason: String(cString: strerror(errno)))
            }
            let folder = (path as NSString).deletingLastPathComponent
            let dir = folder.isEmpty ? "." : folder
            if access(dir, W_OK) != 0 {
                throw StoreError.readOnly(store: path, reason: "its folder \(dir) cannot be written (\(String(cString: strerror(errno))))")
            }
        }
    }

    private static func readHeader(path: String, count wanted: Int = 16) throws -> [UInt8] {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            throw StoreError.failed(store: path, reason: "cannot open: \(String(cString: strerror(errno)))")
        }
        defer { closeDescriptor(fd) }
        var header = [UInt8](repeating: 0, count: wanted)
        let count = header.withUnsafeMutableBytes { read(fd, $0.baseAddress, wanted) }
        if count < 0 { throw StoreError.failed(store: path, reason: "cannot read: \(String(cString: strerror(errno)))") }
        return Array(header.prefix(count))
    }

    /// Runs `body` in a read transaction, mapping errors to `StoreError`.
    func reading<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try writer.read(body) } catch { throw StoreError.wrap(error, store: path) }
    }

    /// Runs `body` in one IMMEDIATE write transaction (all or nothing), mapping errors to `StoreError`.
    func writing<T>(_ body: (Database) throws -> T) throws -> T {
        if isReadOnly { throw StoreError.readOnly(store: path, reason: "opened read-only") }
        do {
            return try writer.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
                guard let result else { throw StoreError.failed(store: path, reason: "transaction gave no result") }
                return result
            }
        } catch {
            throw StoreError.wrap(error, store: path)
        }
    }
}

/// `close(2)`, named apart from `CitationStore.close()`.
private func closeDescriptor(_ fd: Int32) {
    #if canImport(Glibc)
    _ = Glibc.close(fd)
    #else
    _ = Darwin.close(fd)
    #endif
}
