import Foundation
import Testing

/// `citegraph diff` end to end on the MINURSO renewals S/RES/2703 (2023) → S/RES/2756 (2024):
/// every format, files and stored symbols mixed, bad symbols, byte-identical reruns.
@Suite("diff command")
struct DiffCommandTests {
    static func file(_ name: String) throws -> String {
        try CLIFixtures.resources().appendingPathComponent("diff").appendingPathComponent(name).path
    }
    static func pair() throws -> [String] { [try file("S_RES_2703_(2023).txt"), try file("S_RES_2756_(2024).txt")] }

    @Test func textMarksWordsWithoutColourWhenNotATerminal() throws {
        let run = try CLITool.run(["diff"] + Self.pair())
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdoutLines.first == "S/RES/2703 (2023) → S/RES/2756 (2024): 33 unchanged, 10 changed, 0 new, 1 dropped, 0 moved; citations +2 −1")
        #expect(run.stdout.contains("Decides to extend the mandate of MINURSO until 31 October [-2024-] {+2025+};"))
        #expect(run.stdout.contains("PP21 → –  dropped (merged into PP18)"))
        #expect(run.stdout.contains("PP27 → PP26  changed  [+S/2024/707; −S/2023/729]"))
        #expect(!run.stdout.contains("\u{1B}["))
        // Unchanged paragraphs only with --all.
        #expect(!run.stdout.contains("PP1 → PP1"))
        let all = try CLITool.run(["diff", "--all"] + Self.pair())
        #expect(all.stdout.contains("PP1 → PP1  unchanged"))
    }

    @Test func jsonHasTheDocumentedFieldsAndEveryLabelOnce() throws {
        let run = try CLITool.run(["diff", "--format", "json"] + Self.pair())
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["from"] as? String == "S/RES/2703 (2023)" && object["to"] as? String == "S/RES/2756 (2024)")
        let paragraphs = try #require(object["paragraphs"] as? [[String: Any]])
        let statuses = Set(paragraphs.compactMap { $0["status"] as? String })
        #expect(statuses.isSubset(of: ["unchanged", "changed", "new", "dropped", "moved"]))
        let from = paragraphs.compactMap { $0["from"] as? String }, to = paragraphs.compactMap { $0["to"] as? String }
        #expect(Set(from).count == from.count && from.count == 44)  // 27 PP + 17 OP in S/RES/2703 (2023)
        #expect(Set(to).count == to.count && to.count == 43)
        let op1 = try #require(paragraphs.first { $0["to"] as? String == "OP1" })
        let words = try #require(op1["words"] as? [[String: String]])
        #expect(words.map { $0["op"] ?? "" } == ["=", "-", "+", "="])
        #expect(words[1]["text"] == " 2024" && words[2]["text"] == " 2025")
        let citations = try #require(object["citations"] as? [String: [String]])
        #expect(citations["added"] == ["S/RES/2703 (2023)", "S/2024/707"] && citations["dropped"] == ["S/2023/729"])
    }

    @Test func htmlIsSelfContainedWithLabelsInTheMargin() throws {
        let run = try CLITool.run(["diff", "--format", "html"] + Self.pair())
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasPrefix("<!DOCTYPE html>"))
        #expect(run.stdout.contains("until 31 October <del>2024</del> <ins>2025</ins>;"))
        #expect(run.stdout.contains("<td class=\"lab\">PP27</td><td class=\"lab\">PP26</td>"))
        #expect(!run.stdout.contains("<script") && !run.stdout.contains("src="))
    }

    @Test func markdownStrikesAndBolds() throws {
        let run = try CLITool.run(["diff", "--format", "md"] + Self.pair())
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdoutLines.first == "# S/RES/2703 (2023) → S/RES/2756 (2024)")
        #expect(run.stdout.contains("until 31 October ~~2024~~ **2025**;"))
    }

    @Test func aStoredSymbolInAnyCaseAndAFileMix() throws {
        let dir = try CLIFixtures.scratch("diff-store")
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = dir.appendingPathComponent("s.sqlite").path
        let ingest = try CLITool.run(["ingest", try Self.file("S_RES_2756_(2024).txt"), "--db", db])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        let run = try CLITool.run(["diff", try Self.file("S_RES_2703_(2023).txt"), "s/res/2756", "--db", db, "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let fromFiles = try CLITool.run(["diff", "--format", "json"] + Self.pair())
        #expect(run.stdout == fromFiles.stdout)
        let unknown = try CLITool.run(["diff", "S/RES/2757 (2024)", "S/RES/2756 (2024)", "--db", db])
        #expect(unknown.status == 1)
        #expect(unknown.stderrLines == ["error: unknown symbol S/RES/2757 (2024) (closest: S/RES/2756 (2024), S/RES/2152 (2014), S/RES/2654 (2022), S/RES/2703 (2023), S/RES/1754 (2007))"])
        // `text SYMBOL --db` prints the stored paragraphs.
        let text = try CLITool.run(["text", "s/res/2756", "--db", db, "--paragraphs"])
        #expect(text.status == 0, "\(text.stderr)")
        #expect(text.stdout.contains("\n[OP1 operative] [Decides → decides]\n1.\tDecides to extend the mandate of MINURSO until 31 October 2025;\n"))
        let external = try CLITool.run(["diff", "S/RES/2703 (2023)", "S/RES/2756 (2024)", "--db", db])
        #expect(external.status == 1)
        #expect(external.stderrLines.first?.contains("S/RES/2703 (2023): cited in the store but its text is not stored") == true)
    }

    @Test func rerunsAreByteIdentical() throws {
        for format in ["text", "json", "html", "md"] {
            let first = try CLITool.run(["diff", "--format", format] + Self.pair())
            let second = try CLITool.run(["diff", "--format", format] + Self.pair())
            #expect(first.status == 0 && !first.stdout.isEmpty)
            #expect(first.stdout == second.stdout, "\(format)")
        }
    }

    @Test func outputGoesToAFileWhenAsked() throws {
        let dir = try CLIFixtures.scratch("diff-out")
        defer { try? FileManager.default.removeItem(at: dir) }
        let target = dir.appendingPathComponent("d.html").path
        let run = try CLITool.run(["diff", "--format", "html", "-o", target] + Self.pair())
        #expect(run.status == 0 && run.stdout.isEmpty)
        let written = try String(contentsOfFile: target, encoding: .utf8)
        #expect(written.contains("<del>2024</del>"))
    }

    // MARK: - Bad input (issue 10, item 6)

    /// Two statements by the President of the Security Council: paragraphs without numbers, no
    /// operative part. Compared as plain paragraphs, and the output says so.
    @Test func documentsWithoutNumberedParagraphsAreComparedAsPlainParagraphs() throws {
        let pair = [try Self.file("S_PRST_2025_3.txt"), try Self.file("S_PRST_2025_7.txt")]
        let run = try CLITool.run(["diff"] + pair)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.contains("note: S/PRST/2025/3 has no numbered paragraphs: compared as plain paragraphs"), "\(run.stdout)")
        #expect(run.stdout.contains("note: S/PRST/2025/7 has no numbered paragraphs: compared as plain paragraphs"))
        let json = try CLITool.run(["diff", "--format", "json"] + pair)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["notes"] as? [String])?.count == 2)
        #expect(((object["paragraphs"] as? [Any])?.count ?? 0) > 5)
    }

    /// A General Assembly resolution against a Security Council resolution: allowed, nothing in
    /// common is no error.
    @Test func documentsOfTwoBodiesAreCompared() throws {
        let ga = try CLIFixtures.document("A_RES_78_12.txt").path
        let run = try CLITool.run(["diff", ga, try Self.file("S_RES_2703_(2023).txt"), "--format", "json"])
        #expect(run.status == 0, "\(run.stderr)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(object["from"] as? String == "A/RES/78/12" && object["to"] as? String == "S/RES/2703 (2023)")
        let statuses = Set(((object["paragraphs"] as? [[String: Any]]) ?? []).compactMap { $0["status"] as? String })
        #expect(statuses.isSubset(of: ["new", "dropped", "changed", "moved", "unchanged"]) && statuses.contains("new") && statuses.contains("dropped"))
    }
}
