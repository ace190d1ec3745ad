import Foundation
import Testing

/// `citegraph eval` on a tiny truth table whose figures can be worked out by hand, and `--help`.
@Suite("citegraph eval and help")
struct EvalAndHelpTests {
    @Test("eval: precision, recall and relation agreement of a tiny truth table, with the pairs it lists")
    func tinyTruth() throws {
        // Fixtures/truth/tiny_links.tsv, worked out by hand (see Fixtures/README.md):
        // extracted resolution pairs: A/RES/78/12 → 70/1, 76/132, 217 (III), 2200 (XXI); S/RES/1646 (2005) → 1645 (2005).
        // truth: the same without 2200 (XXI) (→ 1 FP), plus A/RES/75/1 (not cited: 1 FN); 76/132 marked "Welcoming"
        // while the text says "Recalling" (1 relation mismatch of 4 checked).
        let truth = try CLIFixtures.resources().appendingPathComponent("truth/tiny_links.tsv").path
        let run = try CLITool.run(["eval", "--truth", truth,
                                   try CLIFixtures.document("A_RES_78_12.txt").path,
                                   try CLIFixtures.document("S_RES_1646_(2005).txt").path])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdoutLines
        for expected in ["documents scored\t2", "true positives\t4", "false positives\t1", "false negatives\t1",
                         "precision\t0.8000", "recall\t0.8000", "relation agreement\t0.7500\t(3 of 4)",
                         "FP\tA/RES/78/12\tA/RES/2200 (XXI)", "FN\tA/RES/78/12\tA/RES/75/1",
                         "REL\tA/RES/78/12\tA/RES/76/132\twant welcomes\tgot recalls"] {
            #expect(lines.contains(expected), "missing “\(expected)” in:\n\(run.stdout)")
        }
        #expect(lines.filter { $0.hasPrefix("FP\t") || $0.hasPrefix("FN\t") }.count == 2)
    }

    @Test("eval with --list 0 prints the figures only")
    func figuresOnly() throws {
        let truth = try CLIFixtures.resources().appendingPathComponent("truth/tiny_links.tsv").path
        let run = try CLITool.run(["eval", "--truth", truth, "--list", "0", try CLIFixtures.document("A_RES_78_12.txt").path])
        #expect(run.status == 0)
        #expect(!run.stdout.contains("FP\t") && !run.stdout.contains("FN\t"))
        #expect(run.stdoutLines.contains("documents scored\t1"))
    }

    @Test("eval with a missing truth table: a clear error and a failure exit code")
    func missingTruth() throws {
        let run = try CLITool.run(["eval", "--truth", "/nonexistent/truth.tsv", try CLIFixtures.document("A_RES_78_12.txt").path])
        #expect(run.status != 0)
        #expect(run.stderr.contains("/nonexistent/truth.tsv"))
    }

    @Test("--help names every subcommand, and each subcommand has its own help")
    func help() throws {
        let run = try CLITool.run(["--help"])
        #expect(run.status == 0)
        #expect(run.stdout.contains("USAGE: citegraph"))
        let listed = Self.subcommands(in: run.stdout)
        for required in ["text", "extract", "eval"] {
            #expect(listed.contains(required), "\(required) not in \(listed)")
        }
        for sub in listed {
            let help = try CLITool.run([sub, "--help"])
            #expect(help.status == 0, "\(sub)")
            #expect(help.stdout.contains("USAGE: citegraph \(sub)"), "\(sub)")
        }
        let extract = try CLITool.run(["extract", "--help"])
        #expect(extract.stdout.contains("jsonl") && extract.stdout.contains("tsv") && extract.stdout.contains("table"))
    }

    /// Names listed under `SUBCOMMANDS:` (two-space indent, then the name).
    static func subcommands(in help: String) -> [String] {
        guard let start = help.range(of: "SUBCOMMANDS:") else { return [] }
        var names: [String] = []
        for line in help[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false) {
            if line.isEmpty { if names.isEmpty { continue } else { break } }
            guard line.hasPrefix("  "), !line.hasPrefix("   ") else { continue }
            if let name = line.split(separator: " ").first, name.allSatisfy({ $0.isLetter || $0 == "-" }) {
                names.append(String(name))
            }
        }
        return names
    }
}
