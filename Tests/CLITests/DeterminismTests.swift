import Foundation
import Testing

/// Two separate runs over the same corpus give byte-identical output: `extract`, every `export`
/// format and `render --format dot`, whether the graph comes from a store (written with one
/// reading thread or several) or from the corpus read into memory.
@Suite("Determinism")
struct DeterminismTests {
    static let documents = ["A_RES_74_174_excerpt.txt", "A_RES_78_12.txt", "E_RES_2023_1.txt", "A_HRC_RES_59_5.txt",
                            "S_RES_0092_1951_EN_GOLD.txt", "S_RES_1646_(2005).txt"]

    /// A corpus folder: the six CLI documents and a three-resolution ECOSOC series.
    static func corpus(in dir: URL) throws -> URL {
        let corpus = dir.appendingPathComponent("corpus")
        let fm = FileManager.default
        try fm.createDirectory(at: corpus.appendingPathComponent("haiti"), withIntermediateDirectories: true)
        for name in documents { try fm.copyItem(at: CLIFixtures.document(name), to: corpus.appendingPathComponent(name)) }
        let haiti = try CLIFixtures.resources().appendingPathComponent("bad/haiti")
        for name in try fm.contentsOfDirectory(atPath: haiti.path) {
            try fm.copyItem(at: haiti.appendingPathComponent(name), to: corpus.appendingPathComponent("haiti/\(name)"))
        }
        return corpus
    }

    /// Every output of one run, by name, as bytes.
    static func outputs(corpus: URL, run label: String, jobs: Int, in dir: URL) throws -> [String: Data] {
        let work = dir.appendingPathComponent(label)
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        var out: [String: Data] = [:]
        for format in ["jsonl", "tsv", "csv", "table"] {
            let run = try CLITool.run(["extract", "--format", format, corpus.path])
            #expect(run.status == 0, "\(run.stderr)")
            out["extract.\(format)"] = Data(run.stdout.utf8)
        }
        let db = work.appendingPathComponent("store-\(label).sqlite")
        let ingest = try CLITool.run(["ingest", corpus.path, "--db", db.path, "--jobs", String(jobs)])
        #expect(ingest.status == 0, "\(ingest.stderr)")
        for format in ["graphml", "gexf", "json", "csv", "neo4j-csv", "cypher"] {
            let target = work.appendingPathComponent("export.\(format)")
            let run = try CLITool.run(["export", "--format", format, "-o", target.path, "--db", db.path])
            #expect(run.status == 0, "\(format): \(run.stderr)")
            if format.hasSuffix("csv") {
                for name in ["nodes.csv", "edges.csv"] { out["export.\(format)/\(name)"] = try Data(contentsOf: target.appendingPathComponent(name)) }
            } else {
                out["export.\(format)"] = try Data(contentsOf: target)
            }
        }
        let renders: [(String, [String])] = [
            ("all", ["--all"]), ("top", ["--top", "10"]), ("series", ["--series", "E/RES/2023/32"]),
            ("lineage", ["--lineage", "A/RES/74/174"]), ("ego", ["--ego", "A/RES/78/12", "--depth", "2"]),
        ]
        for (name, args) in renders {
            let target = work.appendingPathComponent("render-\(name).dot")
            let run = try CLITool.run(["render"] + args + ["--format", "dot", "-o", target.path, "--db", db.path])
            #expect(run.status == 0, "\(name): \(run.stderr)")
            out["render.\(name).dot"] = try Data(contentsOf: target)
        }
        // The same diagram from the corpus read into memory.
        let memory = work.appendingPathComponent("render-memory.dot")
        let run = try CLITool.run(["render", "--all", "--format", "dot", "-o", memory.path, corpus.path])
        #expect(run.status == 0, "\(run.stderr)")
        out["render.memory.dot"] = try Data(contentsOf: memory)
        return out
    }

    @Test("two runs (different stores, one and two reading threads) give byte-identical extract, exports and DOT")
    func twoRunsAgree() throws {
        let dir = try CLIFixtures.scratch("determinism")
        defer { try? FileManager.default.removeItem(at: dir) }
        let corpus = try Self.corpus(in: dir)
        let first = try Self.outputs(corpus: corpus, run: "first", jobs: 1, in: dir)
        let second = try Self.outputs(corpus: corpus, run: "second", jobs: 2, in: dir)
        #expect(first.keys.sorted() == second.keys.sorted())
        #expect(first.count == 18)  // 4 extract + 8 export files + 6 diagrams
        for (name, data) in first.sorted(by: { $0.key < $1.key }) {
            #expect(!data.isEmpty, "\(name) is empty")
            #expect(data == second[name], "\(name) differs between runs")
        }
        // The store-backed and in-memory diagrams of the whole graph agree too.
        #expect(first["render.all.dot"] == first["render.memory.dot"])
    }
}
