import Foundation
import Testing

/// Issue 13, read-only stores and outputs: read commands write nothing beside the store; every
/// output is replaced whole or not at all; `-o` never destroys the store or follows a link.
extension BadInputCatalogueTests {
    // MARK: - Helpers

    /// A store holding the Haiti series (three ECOSOC resolutions) and `batchGood`.
    static func seriesStore(in dir: URL) throws -> URL {
        let db = dir.appendingPathComponent("store.sqlite")
        for source in [try bad("haiti"), try CLIFixtures.document(batchGood.0)] {
            let run = try CLITool.run(["ingest", source.path, "--db", db.path])
            #expect(run.status == 0, "\(run.stderr)")
        }
        return db
    }

    static func names(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    /// The words that run the tool as user `nobody` when this process is root (which no file
    /// permission stops), or nothing when it is not root; `nil` when neither can be done.
    static let otherUser: [String]? = {
        guard getuid() == 0 else { return [] }
        let setpriv = "/usr/bin/setpriv"
        guard FileManager.default.isExecutableFile(atPath: setpriv) else { return nil }
        let launcher = [setpriv, "--reuid=65534", "--regid=65534", "--clear-groups"]
        // The built tool must be reachable by that user.
        guard let run = try? CLITool.run(["--help"], launcher: launcher), run.status == 0 else { return nil }
        return launcher
    }()

    /// The read commands of the issue, each writing its output (if any) into `out`.
    static func readCommands(db: URL, out: URL) -> [[String]] {
        [["rank", "--top", "3"],
         ["lineage", "E/RES/2023/32", "--series", "--format", "json"],
         ["communities"],
         ["export", "--format", "json", "-o", out.appendingPathComponent("graph.json").path],
         ["report", "-o", out.appendingPathComponent("report").path],
         ["render", "--series", "E/RES/2023/32", "--format", "dot", "-o", out.appendingPathComponent("series.dot").path]]
            .map { $0 + ["--db", db.path] }
    }

    // MARK: - Read-only stores

    /// `rollback`: a store as this build's ingest leaves it; `wal`: one still in WAL mode (an older
    /// build's), which SQLite would read only by creating `-wal`/`-shm` files beside it.
    @Test("read commands on a store in a folder the user cannot write: they work and create nothing there",
          .enabled(if: otherUser != nil), arguments: ["rollback", "wal"])
    func readOnlyFolder(_ journal: String) throws {
        let launcher = try #require(Self.otherUser)
        let dir = try CLIFixtures.scratch("read-only")
        defer {
            chmod(dir.appendingPathComponent("store").path, 0o755)
            try? FileManager.default.removeItem(at: dir)
        }
        let storeFolder = dir.appendingPathComponent("store")
        try FileManager.default.createDirectory(at: storeFolder, withIntermediateDirectories: true)
        let db = try Self.seriesStore(in: storeFolder)
        if journal == "wal" {
            try Self.python("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute('PRAGMA journal_mode = WAL'); c.close()", db.path)
        }
        let before = try Self.names(in: storeFolder)
        let out = dir.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        chmod(out.path, 0o777)
        chmod(dir.path, 0o755)
        // Not root: the folder is made read-only. Root: the other user cannot write root's 0755 folder.
        chmod(storeFolder.path, launcher.isEmpty ? 0o555 : 0o755)
        for command in Self.readCommands(db: db, out: out) {
            let run = try CLITool.run(command, launcher: launcher)
            #expect(run.status == 0, "\(command[0]): \(run.stderr)")
            #expect(Self.errorLines(run).isEmpty, "\(command[0]): \(run.stderr)")
        }
        #expect(try Self.names(in: storeFolder) == before, "nothing was created beside the store")
        #expect(try Self.names(in: out) == ["graph.json", "report", "series.dot"])
    }

    @Test("read commands of another user on a store in a shared folder: no -wal/-shm left, the owner's ingest still works",
          .enabled(if: getuid() == 0 && otherUser?.isEmpty == false), arguments: ["rollback", "wal"])
    func anotherUsersReads(_ journal: String) throws {
        let launcher = try #require(Self.otherUser)
        let dir = try CLIFixtures.scratch("shared-store")
        defer { try? FileManager.default.removeItem(at: dir) }
        chmod(dir.path, 0o1777)  // like /tmp: anyone may create files here
        let db = try Self.seriesStore(in: dir)
        if journal == "wal" {
            try Self.python("import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); c.execute('PRAGMA journal_mode = WAL'); c.close()", db.path)
        }
        let before = try Self.names(in: dir)
        let out = dir.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        chmod(out.path, 0o777)
        for command in Self.readCommands(db: db, out: out) {
            let run = try CLITool.run(command, launcher: launcher)
            #expect(run.status == 0, "\(command[0]): \(run.stderr)")
        }
        #expect(try Self.names(in: dir).filter { $0 != "out" } == before, "no -wal/-shm of the other user")
        let ingest = try CLITool.run(["ingest", try CLIFixtures.document(Self.storedFirst.0).path, "--db", db.path])
        #expect(ingest.status == 0, "the owner's ingest: \(ingest.stderr)")
        try Self.expectStored(Self.storedFirst.1, in: db)
    }

    @Test("ingest leaves the store at rest in rollback-journal mode, with no -wal or -shm file")
    func ingestLeavesNoWAL() throws {
        let dir = try CLIFixtures.scratch("at-rest")
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = try Self.seriesStore(in: dir)
        #expect(try Self.names(in: dir) == ["store.sqlite"])
        // SQLite's header bytes 18 and 19: 1 for a rollback journal, 2 for WAL.
        let header = try Data(contentsOf: db).prefix(20)
        #expect(Array(header.suffix(2)) == [1, 1])
    }

    // MARK: - Outputs

    @Test("-o onto the --db store: refused with one line, the store untouched",
          arguments: [["render", "--all", "--format", "svg"], ["export", "--format", "json"], ["report"]])
    func outputOntoStore(_ command: [String]) throws {
        let dir = try CLIFixtures.scratch("o-db")
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = try Self.seriesStore(in: dir)
        let before = try Data(contentsOf: db)
        // The store by its own path, and through another spelling of the same file.
        for output in [db.path, dir.appendingPathComponent("./store.sqlite").path] {
            let run = try CLITool.run(command + ["-o", output, "--db", db.path])
            #expect(run.status == 1, "\(command[0]): \(run.stderr)")
            Self.expectOneError(run, naming: output, saying: ["is the store"])
        }
        #expect(try Data(contentsOf: db) == before)
        try Self.expectStored("E/RES/2023/32", in: db)
    }

    @Test("-o onto a symbolic link: the link is replaced by the output, its target is untouched",
          arguments: [["render", "--all", "--format", "dot"], ["export", "--format", "graphml"]])
    func outputOntoSymlink(_ command: [String]) throws {
        let dir = try CLIFixtures.scratch("o-link")
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = try Self.seriesStore(in: dir)
        let victim = dir.appendingPathComponent("victim.txt")
        try Data("keep me\n".utf8).write(to: victim)
        let link = dir.appendingPathComponent("out.file")
        try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: victim.path)
        let run = try CLITool.run(command + ["-o", link.path, "--db", db.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try String(contentsOf: victim, encoding: .utf8) == "keep me\n")
        let type = try FileManager.default.attributesOfItem(atPath: link.path)[.type] as? FileAttributeType
        #expect(type == .typeRegular)
        #expect(try Data(contentsOf: link).count > 100)
    }

    @Test("render --all-series into a folder with planted links named like its files: the links are replaced, not followed")
    func allSeriesPlantedLinks() throws {
        let dir = try CLIFixtures.scratch("planted")
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = try Self.seriesStore(in: dir)
        let out = dir.appendingPathComponent("graphs")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let victim = dir.appendingPathComponent("victim.txt")
        try Data("keep me\n".utf8).write(to: victim)
        for name in ["series-E_RES_2004_52.svg", "series-E_RES_2004_52.dot"] {
            try FileManager.default.createSymbolicLink(atPath: out.appendingPathComponent(name).path, withDestinationPath: victim.path)
        }
        let run = try CLITool.run(["render", "--all-series", "--format", "svg", "-o", out.path, "--db", db.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try String(contentsOf: victim, encoding: .utf8) == "keep me\n")
        for name in try Self.names(in: out) {
            let type = try FileManager.default.attributesOfItem(atPath: out.appendingPathComponent(name).path)[.type] as? FileAttributeType
            #expect(type == .typeRegular, "\(name)")
        }
    }

    /// Runs under `ulimit -f 4` (a few KB): writing past it fails with EFBIG, as on a full disk.
    static let smallFileLimit = ["/bin/sh", "-c", "ulimit -f 4 && exec \"$@\"", "sh"]

    @Test("a write that fails (file size limit): one error line, exit 1, the old output whole, no temporary file left",
          arguments: [["render", "--all", "--format", "svg"], ["export", "--format", "gexf"]])
    func failedWriteKeepsOldOutput(_ command: [String]) throws {
        let dir = try CLIFixtures.scratch("fsize")
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = try Self.seriesStore(in: dir)
        let out = dir.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let target = out.appendingPathComponent("good.file")
        let first = try CLITool.run(command + ["-o", target.path, "--db", db.path])
        #expect(first.status == 0, "\(first.stderr)")
        let good = try Data(contentsOf: target)
        #expect(good.count > 4 * 1024, "the output is bigger than the limit")

        let run = try CLITool.run(command + ["-o", target.path, "--db", db.path], launcher: Self.smallFileLimit)
        #expect(run.status == 1, "\(run.stderr)")
        Self.expectOneError(run, naming: target.path, saying: ["cannot write", "file too large"])
        #expect(try Data(contentsOf: target) == good)
        #expect(try Self.names(in: out) == ["good.file"])
    }

    @Test("a report that fails half way (file size limit): the old report folder whole, no new folder left")
    func failedReportKeepsOldReport() throws {
        let dir = try CLIFixtures.scratch("report-set")
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = try Self.seriesStore(in: dir)
        let report = dir.appendingPathComponent("out/report")
        let first = try CLITool.run(["report", "-o", report.path, "--db", db.path])
        #expect(first.status == 0, "\(first.stderr)")
        let names = try Self.names(in: report)
        let old = try names.map { try Data(contentsOf: report.appendingPathComponent($0)) }
        #expect(names.contains("index.html") && names.contains("report.md"), "\(names)")

        let run = try CLITool.run(["report", "-o", report.path, "--db", db.path], launcher: Self.smallFileLimit)
        #expect(run.status == 1, "\(run.stderr)")
        Self.expectOneError(run, naming: report.path, saying: ["file too large"])
        #expect(try Self.names(in: report) == names)
        #expect(try names.map { try Data(contentsOf: report.appendingPathComponent($0)) } == old)
        #expect(try Self.names(in: dir.appendingPathComponent("out")) == ["report"], "no temporary folder left")
    }

    @Test("a report replaces its folder as a set: a file of an earlier report is gone; a folder holding other files is refused")
    func reportFolderAsASet() throws {
        let dir = try CLIFixtures.scratch("report-folder")
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = try Self.seriesStore(in: dir)
        let report = dir.appendingPathComponent("report")
        try FileManager.default.createDirectory(at: report, withIntermediateDirectories: true)
        try Data("<svg/>".utf8).write(to: report.appendingPathComponent("series-stale.svg"))
        let run = try CLITool.run(["report", "-o", report.path, "--db", db.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(!(try Self.names(in: report)).contains("series-stale.svg"))

        try Data("mine\n".utf8).write(to: report.appendingPathComponent("notes.txt"))
        let refused = try CLITool.run(["report", "-o", report.path, "--db", db.path])
        #expect(refused.status == 1)
        Self.expectOneError(refused, naming: report.path, saying: ["notes.txt", "not part of a report"])
        #expect(try String(contentsOf: report.appendingPathComponent("notes.txt"), encoding: .utf8) == "mine\n")
    }

    @Test("an output in a missing folder: one plain line (no Cocoa error text), exit 1",
          arguments: [["render", "--all", "--format", "dot"], ["export", "--format", "json"]])
    func outputInMissingFolder(_ command: [String]) throws {
        let dir = try CLIFixtures.scratch("no-folder")
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = try Self.seriesStore(in: dir)
        let target = dir.appendingPathComponent("missing/x.out").path
        let run = try CLITool.run(command + ["-o", target, "--db", db.path])
        #expect(run.status == 1)
        Self.expectOneError(run, naming: target, saying: ["no such file or folder", "the folder of"])
        #expect(!run.stderr.contains("Domain"), "\(run.stderr)")
    }
}

extension BadInputCatalogueTests {
    @Test("--db naming a FIFO: refused at once with one line, exit 1 (it used to hang)",
          arguments: ["rank", "ingest"])
    func storeIsAFIFO(_ command: String) throws {
        let dir = try CLIFixtures.scratch("fifo")
        defer { try? FileManager.default.removeItem(at: dir) }
        let fifo = dir.appendingPathComponent("store.sqlite")
        try #require(mkfifo(fifo.path, 0o644) == 0)
        let args = command == "rank" ? ["rank", "--db", fifo.path]
            : ["ingest", try CLIFixtures.document(Self.batchGood.0).path, "--db", fifo.path]
        // `timeout` turns a hang into exit 124 instead of a stuck test run.
        let run = try CLITool.run(args, launcher: ["/usr/bin/timeout", "-s", "KILL", "20"])
        #expect(run.status == 1, "\(run.stderr)")
        Self.expectOneError(run, naming: fifo.path, saying: ["not a regular file"])
    }
}
