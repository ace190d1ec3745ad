import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Issue 13, items 6 and 7: one file under several spellings is one file; any file name (a
/// newline, ESC, bytes that are not UTF-8) is read and printed escaped on one line.
extension BadInputCatalogueTests {
    /// Writes `contents` to `folder/name`, the name given as raw bytes (Foundation cannot make
    /// a name that is not UTF-8).
    static func writeRaw(in folder: URL, name: [UInt8], contents: Data) throws {
        var path = Array(folder.path.utf8) + [UInt8(ascii: "/")] + name
        path.append(0)
        let fd = path.withUnsafeBufferPointer { buffer in
            open(UnsafeRawPointer(buffer.baseAddress!).assumingMemoryBound(to: CChar.self), O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        }
        try #require(fd >= 0, "cannot create \(name)")
        defer { close(fd) }
        let written = contents.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        try #require(written == contents.count)
    }

    @Test("one corpus under several spellings (relative, absolute, from another folder, through a link): a second ingest skips every file, exit 0")
    func sameFilesUnderTwoSpellings() throws {
        let dir = try CLIFixtures.scratch("spellings")
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = dir.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        for name in [Self.batchGood.0, Self.storedFirst.0] {
            try FileManager.default.copyItem(at: CLIFixtures.document(name), to: corpus.appendingPathComponent(name))
        }
        let elsewhere = dir.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: dir.appendingPathComponent("link"), withDestinationURL: corpus)

        let first = try CLITool.run(["ingest", "corpus", "--db", "store.sqlite"], in: dir)
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.contains("2 added"), "\(first.stdout)")

        let db = dir.appendingPathComponent("store.sqlite").path
        let spellings: [(paths: [String], folder: URL)] = [
            ([corpus.path], dir),
            (["./corpus/../corpus/"], dir),
            (["../corpus"], elsewhere),
            (["link"], dir),
            ([corpus.appendingPathComponent(Self.batchGood.0).path, "../corpus"], elsewhere),
        ]
        for (paths, folder) in spellings {
            let run = try CLITool.run(["ingest"] + paths + ["--db", db], in: folder)
            #expect(run.status == 0 && run.stderr.isEmpty, "\(paths): \(run.stderr)")
            #expect(run.stdout.contains("0 added, 0 updated, 2 skipped, 0 failed"), "\(paths): \(run.stdout)")
        }

        // A changed file named another way is this file, updated: not "already ingested".
        let changed = corpus.appendingPathComponent(Self.batchGood.0)
        let text = try String(contentsOf: changed, encoding: .utf8)
        try (text + "\n").write(to: changed, atomically: true, encoding: .utf8)
        let update = try CLITool.run(["ingest", "../corpus/\(Self.batchGood.0)", "--db", db], in: elsewhere)
        #expect(update.status == 0 && update.stderr.isEmpty, "\(update.stderr)")
        #expect(update.stdout.contains("0 added, 1 updated"), "\(update.stdout)")
        let again = try CLITool.run(["ingest", "corpus", "--db", db], in: dir)
        #expect(again.status == 0 && again.stdout.contains("2 skipped"), "\(again.stdout) \(again.stderr)")
        try Self.expectStored(Self.batchGood.1, in: URL(fileURLWithPath: db))
    }

    @Test("file names with a newline, ESC or bytes that are not UTF-8: each error one escaped line, every readable file read")
    func hostileFileNames() throws {
        let dir = try CLIFixtures.scratch("names")
        defer { try? FileManager.default.removeItem(at: dir) }
        let folder = try Self.batch(in: dir, with: [])
        let good = { (name: String) in try Data(contentsOf: CLIFixtures.document(name)) }
        // Readable: ESC in the name, and a name that is not UTF-8 (Latin-1 "é").
        try Self.writeRaw(in: folder, name: Array("esc\u{1B}[31mred.txt".utf8), contents: good("E_RES_2023_1.txt"))
        try Self.writeRaw(in: folder, name: Array("r".utf8) + [0xE9] + Array("solution.txt".utf8), contents: good(Self.storedFirst.0))
        // Bad (empty): a newline that would forge a second error line, and bytes that are not UTF-8.
        try Self.writeRaw(in: folder, name: Array("forged\nerror: x.txt".utf8), contents: Data())
        try Self.writeRaw(in: folder, name: Array("empty".utf8) + [0xFF, 0xFE] + Array(".txt".utf8), contents: Data())

        func check(_ run: CLITool.Run, _ label: String) {
            #expect(run.status == 2, "\(label): \(run.stderr)")
            #expect(run.stderrLines.count == 2 && Self.errorLines(run).count == 2, "\(label): \(run.stderr)")
            // The whole path is quoted, shell-style: `error: $'/tmp/…/batch/forged\nerror: x.txt': empty file`.
            #expect(run.stderr.contains("error: $'\(folder.path)/forged\\nerror: x.txt': empty file"), "\(label): \(run.stderr)")
            #expect(run.stderr.contains("error: $'\(folder.path)/empty\\xff\\xfe.txt': empty file"), "\(label): \(run.stderr)")
            #expect(!run.stderr.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" }, "\(label): a control character printed raw")
        }
        let extract = try CLITool.run(["extract", folder.path])
        check(extract, "extract")
        for symbol in [Self.batchGood.1, Self.storedFirst.1, "E/RES/2023/1"] {
            #expect(extract.stdout.contains("\"citing\":\"\(symbol)\""), "\(symbol) is read")
        }

        let db = dir.appendingPathComponent("store.sqlite")
        let ingest = try CLITool.run(["ingest", folder.path, "--db", db.path])
        check(ingest, "ingest")
        #expect(ingest.stdout.contains("3 added"), "\(ingest.stdout)")
        for symbol in [Self.batchGood.1, Self.storedFirst.1, "E/RES/2023/1"] { try Self.expectStored(symbol, in: db) }
        let again = try CLITool.run(["ingest", folder.path, "--db", db.path])
        check(again, "second ingest")
        #expect(again.stdout.contains("3 skipped"), "\(again.stdout)")

        // A name given on the command line is escaped the same way.
        let named = try CLITool.run(["ingest", folder.path + "/forged\nerror: x.txt", "--db", db.path])
        #expect(named.stderrLines.count == 1, "\(named.stderr)")
        #expect(named.stderr.contains("error: $'\(folder.path)/forged\\nerror: x.txt': empty file"), "\(named.stderr)")
    }
}
