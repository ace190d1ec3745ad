import Foundation
import Testing

/// Golden files: `citegraph text` and `citegraph extract` output of real documents, byte for byte.
///
/// To regenerate after a deliberate change, run
/// `CITEGRAPH_UPDATE_GOLDEN=1 swift test --filter CLITests.GoldenTests`, then read the diff
/// (`git diff Tests/CLITests/Fixtures/golden`) before committing it.
@Suite("Golden output")
struct GoldenTests {
    static let documents = [
        "A_RES_74_174_excerpt.txt",      // PDF text: detached markers, footnote block, page and job numbers
        "A_RES_78_12.txt",               // GA: footnotes citing resolutions and treaties, Roman sessions
        "E_RES_2023_1.txt",              // ECOSOC: part letters, footnotes, sub-paragraphs
        "A_HRC_RES_59_5.txt",            // HRC: body from the symbol, GA and HRC resolutions
        "S_RES_0092_1951_EN_GOLD.txt",   // OCR: 1951 heading, hard-wrapped lines, hyphenation
    ]

    static var updating: Bool { ProcessInfo.processInfo.environment["CITEGRAPH_UPDATE_GOLDEN"] == "1" }

    static func stem(_ name: String) -> String { (name as NSString).deletingPathExtension }

    /// Compares `actual` with the golden file, or rewrites the golden file in the source tree when updating.
    static func compare(_ actual: String, golden file: String) throws {
        if updating {
            let url = CLIFixtures.sourceFolder().appendingPathComponent("golden").appendingPathComponent(file)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(actual.utf8).write(to: url)
            print("updated golden file \(url.path)")
            return
        }
        let url = try CLIFixtures.resources().appendingPathComponent("golden").appendingPathComponent(file)
        let expected = try String(contentsOf: url, encoding: .utf8)
        if expected != actual {
            Issue.record(Comment(rawValue: "\(file) differs from the golden file (- golden, + now); " +
                                 "CITEGRAPH_UPDATE_GOLDEN=1 rewrites it\n" + LineDiff.render(expected, actual)))
        }
    }

    @Test("citegraph text FILE prints the golden normalised text", arguments: documents)
    func text(_ name: String) throws {
        let run = try CLITool.run(["text", try CLIFixtures.document(name).path])
        #expect(run.status == 0, "\(run.stderr)")
        try Self.compare(run.stdout, golden: Self.stem(name) + ".text.txt")
    }

    @Test("citegraph extract FILE prints the golden jsonl", arguments: documents)
    func extract(_ name: String) throws {
        let run = try CLITool.run(["extract", "--format", "jsonl", try CLIFixtures.document(name).path])
        #expect(run.status == 0, "\(run.stderr)")
        try Self.compare(run.stdout, golden: Self.stem(name) + ".extract.jsonl")
    }
}

/// A line diff for people: the longest common subsequence of lines, with a few lines of context.
enum LineDiff {
    /// - Complexity: O(n·m) in the numbers of lines; goldens are short.
    static func render(_ old: String, _ new: String, context: Int = 2, limit: Int = 60) -> String {
        let a = old.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let b = new.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let n = a.count, m = b.count
        var lcs = Array(repeating: Array(repeating: 0, count: m + 1), count: n + 1)
        for i in stride(from: n - 1, through: 0, by: -1) {
            for j in stride(from: m - 1, through: 0, by: -1) {
                lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : max(lcs[i + 1][j], lcs[i][j + 1])
            }
        }
        // Edit script: (" ", "-", "+") with the line number of the golden file.
        var script: [(Character, Int, String)] = []
        var i = 0, j = 0
        while i < n || j < m {
            if i < n, j < m, a[i] == b[j] { script.append((" ", i + 1, a[i])); i += 1; j += 1 }
            else if i < n, j == m || lcs[i + 1][j] >= lcs[i][j + 1] { script.append(("-", i + 1, a[i])); i += 1 }
            else { script.append(("+", i + 1, b[j])); j += 1 }
        }
        let changed = script.indices.filter { script[$0].0 != " " }
        var shown = Set<Int>()
        for k in changed { for c in max(0, k - context)...min(script.count - 1, k + context) { shown.insert(c) } }
        var out: [String] = []
        var previous = -2
        for k in shown.sorted() {
            if out.count >= limit { out.append("… (\(changed.count) changed lines in all)"); break }
            if k != previous + 1 { out.append("@@ golden line \(script[k].1)") }
            out.append("\(script[k].0) \(script[k].2)")
            previous = k
        }
        return out.joined(separator: "\n")
    }
}
