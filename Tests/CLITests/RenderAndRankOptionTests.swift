import Foundation
import Testing

/// `render --top N` draws N nodes and says what it did; `render --all-series` writes one diagram
/// per family named after its oldest member; `rank --tolerance` stops PageRank where NetworkX does.
@Suite("render and rank options, end to end")
struct RenderAndRankOptionTests {
    /// Node statements of a DOT text (the year axis left out).
    static func nodeCount(_ dot: String) -> Int {
        dot.split(separator: "\n").filter { line in
            let text = line.trimmingCharacters(in: .whitespaces)
            return text.hasPrefix("\"") && !text.contains("->") && !text.hasPrefix("\"axis:")
        }.count
    }

    @Test("render --top N draws N nodes, those linked to none of the others too, and says so")
    func topDrawsN() throws {
        let dir = try CLIFixtures.scratch("render-top")
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = try CommandLineEndToEndTests.store(in: dir)
        for n in [3, 10, 25] {
            let out = dir.appendingPathComponent("top\(n).dot")
            let run = try CLITool.run(["render", "--top", String(n), "-o", out.path, "--db", db.path])
            #expect(run.status == 0, "\(run.stderr)")
            let dot = try String(contentsOf: out, encoding: .utf8)
            #expect(Self.nodeCount(dot) == n, "--top \(n): \(run.stderr)")
            #expect(run.stderr.contains("render: \(n) nodes"), "\(run.stderr)")
        }
        let huge = dir.appendingPathComponent("all.dot")
        let run = try CLITool.run(["render", "--top", "100000", "-o", huge.path, "--db", db.path])
        #expect(run.status == 0)
        #expect(run.stderr.contains("the graph has"), "fewer nodes than asked for is said: \(run.stderr)")
    }

    @Test("render --all-series writes one file per family, named after its oldest member")
    func allSeriesByFamily() throws {
        let dir = try CLIFixtures.scratch("render-families")
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = try CommandLineEndToEndTests.store(in: dir)
        let out = dir.appendingPathComponent("Graphs")
        let run = try CLITool.run(["render", "--all-series", "-o", out.path, "--db", db.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.contains("series families"), "\(run.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        // The ECOSOC Haiti series of the fixture runs from E/RES/2004/52 (outside the corpus, cited
        // by the three texts) to E/RES/2023/32: one family, named after its first member.
        #expect(files.contains("series-E_RES_2004_52.dot"), "\(files)")
        #expect(!files.contains { $0.hasPrefix("series-E_RES_2023_32") }, "\(files)")
        let dot = try String(contentsOf: out.appendingPathComponent("series-E_RES_2004_52.dot"), encoding: .utf8)
        let members = Self.nodeCount(dot)
        let links = dot.components(separatedBy: " -> ").dropFirst().filter { !$0.prefix { $0 != "]" }.contains("invis") }.count
        #expect(members >= 4 && links == members - 1, "a chain: \(members) members, \(links) links")
    }

    @Test("rank --tolerance stops PageRank at NetworkX's rule; without it the fixed point; 0 is refused")
    func tolerance() throws {
        let dir = try CLIFixtures.scratch("rank-tolerance")
        defer { try? FileManager.default.removeItem(at: dir) }
        let db = try CommandLineEndToEndTests.store(in: dir)
        func scores(_ extra: [String]) throws -> [String: Double] {
            let run = try CLITool.run(["rank", "--db", db.path, "--top", "0", "--format", "csv"] + extra)
            #expect(run.status == 0, "\(run.stderr)")
            var out: [String: Double] = [:]
            for row in CommandLineEndToEndTests.readCSV(run.stdout).dropFirst() where row.count >= 3 { out[row[1]] = Double(row[2]) }
            return out
        }
        let exact = try scores([]), loose = try scores(["--tolerance", "1e-2"]), tight = try scores(["--tolerance", "1e-14"])
        #expect(!exact.isEmpty && exact.keys == loose.keys)
        let looseGap = exact.keys.map { abs((exact[$0] ?? 0) - (loose[$0] ?? 0)) }.max() ?? 0
        let tightGap = exact.keys.map { abs((exact[$0] ?? 0) - (tight[$0] ?? 0)) }.max() ?? 1
        #expect(looseGap > 1e-6, "a loose tolerance stops early: \(looseGap)")
        #expect(tightGap < 1e-12, "a tight one reaches the fixed point: \(tightGap)")
        let hits = try CLITool.run(["rank", "--db", db.path, "--measure", "hub", "--tolerance", "1e-8", "--top", "3"])
        #expect(hits.status == 0, "\(hits.stderr)")
        for bad in ["0", "-1", "nan"] {
            let refused = try CLITool.run(["rank", "--db", db.path, "--tolerance", bad])
            #expect(refused.status == 64, "--tolerance \(bad): \(refused.stderr)")
        }
    }
}
