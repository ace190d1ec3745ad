import Foundation
import Testing

/// `citegraph extract` and `citegraph text`, end to end on real documents.
@Suite("citegraph extract and text")
struct ExtractCommandTests {
    static let documents = ["A_RES_74_174_excerpt.txt", "A_RES_78_12.txt", "E_RES_2023_1.txt", "A_HRC_RES_59_5.txt",
                            "S_RES_0092_1951_EN_GOLD.txt", "S_RES_1646_(2005).txt"]

    static func jsonObjects(_ output: String) throws -> [[String: Any]] {
        try output.split(separator: "\n").map { line in
            let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
            return try #require(object as? [String: Any], "not a JSON object: \(line)")
        }
    }

    /// A folder holding real documents in sub-folders, one unreadable file and a file that is not a document.
    static func batchFolder() throws -> URL {
        let dir = try CLIFixtures.scratch("batch")
        let fm = FileManager.default
        for sub in ["a", "b", "b/sub"] { try fm.createDirectory(at: dir.appendingPathComponent(sub), withIntermediateDirectories: true) }
        try fm.copyItem(at: CLIFixtures.document("S_RES_1646_(2005).txt"), to: dir.appendingPathComponent("a/S_RES_1646_(2005).txt"))
        try fm.copyItem(at: CLIFixtures.document("A_RES_78_12.txt"), to: dir.appendingPathComponent("b/A_RES_78_12.txt"))
        try fm.copyItem(at: CLIFixtures.document("E_RES_2023_1.txt"), to: dir.appendingPathComponent("b/sub/E_RES_2023_1.txt"))
        // A real text with one Latin-1 byte: invalid UTF-8.
        var bytes = Array(try Data(contentsOf: CLIFixtures.document("A_HRC_RES_59_5.txt")))
        bytes.insert(0xE9, at: 200)
        try Data(bytes).write(to: dir.appendingPathComponent("b/broken.txt"))
        try Data("Not a document: notes on the batch.\n".utf8).write(to: dir.appendingPathComponent("b/notes.md"))
        return dir
    }

    @Test("a folder, read recursively: documents in path order, one error line for the bad file, exit code 2")
    func folderWithBadFile() throws {
        let dir = try Self.batchFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let run = try CLITool.run(["extract", "--format", "jsonl", dir.path])
        #expect(run.status == 2)
        let errors = run.stderrLines.filter { $0.hasPrefix("error:") }
        #expect(errors.count == 1, "\(run.stderr)")
        #expect(errors.first?.contains("broken.txt") == true)
        #expect(errors.first?.contains("UTF-8") == true)
        #expect(!run.stderr.contains("notes.md"))

        let records = try Self.jsonObjects(run.stdout)
        var order: [String] = []
        for r in records { if let c = r["citing"] as? String, order.last != c { order.append(c) } }
        #expect(order == ["S/RES/1646 (2005)", "A/RES/78/12", "E/RES/2023/1"])

        // The batch prints exactly what each file gives on its own.
        var expected = ""
        for path in ["a/S_RES_1646_(2005).txt", "b/A_RES_78_12.txt", "b/sub/E_RES_2023_1.txt"] {
            let single = try CLITool.run(["extract", dir.appendingPathComponent(path).path])
            #expect(single.status == 0)
            expected += single.stdout
        }
        #expect(run.stdout == expected)
    }

    @Test("jsonl records carry the fields of DESIGN.md, and their spans slice the text `citegraph text` prints",
          arguments: documents)
    func spansSliceTheText(_ name: String) throws {
        let path = try CLIFixtures.document(name).path
        let text = try CLITool.run(["text", path])
        let extract = try CLITool.run(["extract", path])
        #expect(text.status == 0 && extract.status == 0)
        let bytes = Array(text.stdout.utf8)
        let records = try Self.jsonObjects(extract.stdout)
        #expect(!records.isEmpty)
        let kinds: Set<String> = ["resolution", "decision", "treaty", "instrument", "document"]
        let sections: Set<String> = ["preamble", "operative", "footnote", "annex", "cover"]
        for r in records {
            for key in ["citing", "target", "targetKind", "relation", "section", "paragraph", "span", "text"] {
                #expect(r[key] != nil, "\(name): no \(key) in \(r)")
            }
            #expect(kinds.contains(r["targetKind"] as? String ?? ""), "\(name)")
            #expect(sections.contains(r["section"] as? String ?? ""), "\(name)")
            let span = try #require(r["span"] as? [Int])
            try #require(span.count == 2 && span[0] < span[1] && span[1] <= bytes.count, "\(name): span \(span)")
            #expect(String(decoding: bytes[span[0]..<span[1]], as: UTF8.self) == r["text"] as? String, "\(name): \(r)")
        }
    }

    @Test("--format tsv: a header, then one row per citation with the same spans as jsonl")
    func tsv() throws {
        let path = try CLIFixtures.document("E_RES_2023_1.txt").path
        let tsv = try CLITool.run(["extract", "--format", "tsv", path])
        let jsonl = try CLITool.run(["extract", "--format", "jsonl", path])
        #expect(tsv.status == 0)
        let rows = tsv.stdoutLines.map { $0.components(separatedBy: "\t") }
        let header = try #require(rows.first)
        #expect(header == ["citing", "target", "targetKind", "body", "relation", "section", "paragraph", "start", "end",
                           "text", "date", "part", "footnote"])
        let records = try Self.jsonObjects(jsonl.stdout)
        #expect(rows.count == records.count + 1)
        for (row, r) in zip(rows.dropFirst(), records) {
            #expect(row.count == header.count)
            #expect(row[1] == r["target"] as? String)
            #expect(row[7] == String((r["span"] as? [Int])?[0] ?? -1))
            #expect(row[8] == String((r["span"] as? [Int])?[1] ?? -1))
        }
        // "75/290 A of 25 June 2021": part and date columns.
        let part = try #require(rows.first { $0[1] == "A/RES/75/290" })
        #expect(part[10] == "2021-06-25" && part[11] == "A")
    }

    @Test("--format table: one readable row per citation")
    func table() throws {
        let path = try CLIFixtures.document("S_RES_1646_(2005).txt").path
        let run = try CLITool.run(["extract", "--format", "table", path])
        #expect(run.status == 0)
        #expect(run.stdoutLines.count == 3)
        for line in run.stdoutLines {
            #expect(line.hasPrefix("S/RES/1646 (2005)"))
            #expect(line.contains("S/RES/1645 (2005)"))
            #expect(line.hasSuffix("1645 (2005)"))
        }
        #expect(run.stdoutLines.map { $0.contains("recalls") } == [true, false, false])
    }

    @Test("nothing readable: one error line and exit code 1")
    func nothingReadable() throws {
        let run = try CLITool.run(["extract", "/nonexistent/A_RES_78_12.txt"])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        #expect(run.stderrLines.filter { $0.hasPrefix("error:") } == ["error: /nonexistent/A_RES_78_12.txt: no such file or folder"])
    }

    @Test("citegraph text on a bad file: one error line naming it")
    func textBadFile() throws {
        let dir = try CLIFixtures.scratch("text-bad")
        defer { try? FileManager.default.removeItem(at: dir) }
        let empty = dir.appendingPathComponent("A_RES_78_12.txt")
        try Data().write(to: empty)
        let run = try CLITool.run(["text", empty.path])
        #expect(run.status != 0)
        #expect(run.stdout.isEmpty)
        #expect(run.stderrLines.count == 1)
        #expect(run.stderr.contains(empty.path) && run.stderr.contains("empty"))
    }

    @Test("citegraph text --paragraphs labels the same text for reading, without changing `text`")
    func paragraphsView() throws {
        let path = try CLIFixtures.document("A_RES_78_12.txt").path
        let plain = try CLITool.run(["text", path])
        let labelled = try CLITool.run(["text", "--paragraphs", path])
        #expect(labelled.status == 0)
        #expect(!plain.stdout.contains("[PP1"))
        #expect(labelled.stdout.hasPrefix("# A/RES/78/12"))
        for label in ["[COVER cover]", "[PP1 preamble]", "[OP1 operative]", "[footnote 1 of PP1]"] {
            #expect(labelled.stdout.contains(label), "\(label)")
        }
        #expect(labelled.stdout.contains("Recalling also") || labelled.stdout.contains("[Reaffirming → reaffirms]"))
        // Every paragraph shown is a piece of the plain text.
        let pieces = labelled.stdout.components(separatedBy: "\n\n").compactMap { block -> String? in
            guard block.hasPrefix("["), let newline = block.firstIndex(of: "\n") else { return nil }
            return String(block[block.index(after: newline)...]).trimmingCharacters(in: .newlines)
        }
        #expect(pieces.count > 5)
        for p in pieces where !p.isEmpty { #expect(plain.stdout.contains(p), "\(p.prefix(60))") }
    }
}
