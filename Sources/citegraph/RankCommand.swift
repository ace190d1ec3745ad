import ArgumentParser
import CiteCore
import CiteGraph
import Foundation

enum RankFormat: String, ExpressibleByArgument, CaseIterable { case table, json, csv }

struct RankCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rank",
        abstract: "Rank documents by a centrality measure (values agree with NetworkX)."
    )

    @OptionGroup var source: GraphSourceOptions

    @Option(help: "A plain edge list (citing<TAB>cited per line) instead of a store.")
    var edges: String?

    @Option(help: "indegree, outdegree, pagerank, hits (= authority), authority, hub, betweenness, closeness, harmonic, kcore.")
    var measure: CentralityMeasure = .pagerank

    @Option(help: "How many to show (0 = all).")
    var top: Int = 20

    @Option(help: "Only nodes of this kind (resolution, decision, treaty, instrument, document).")
    var kind: TargetKind?

    @Option(help: "Betweenness from K sampled sources (exact when absent).")
    var samples: Int?

    @Option(help: "Seed for sampled betweenness.")
    var seed: UInt64 = 1

    @Option(help: "table, json or csv.")
    var format: RankFormat = .table

    @Flag(help: "Print phase<TAB>seconds timings to standard error.")
    var timing = false

    func validate() throws {
        if top < 0 { throw ValidationError("--top must be 0 or more") }
        if edges != nil && (source.db != nil || !source.paths.isEmpty) { throw ValidationError("give --edges or a store, not both") }
        if let k = samples, k <= 0 { throw ValidationError("--samples must be positive") }
    }

    func run() throws {
        try runReportingErrors {
            var clock = ContinuousClock.now
            func phase(_ name: String) {
                guard timing else { return }
                let now = ContinuousClock.now
                let d = now - clock
                Console.error("\(name)\t" + String(format: "%.6f", Double(d.components.seconds) + Double(d.components.attoseconds) / 1e18))
                clock = now
            }
            let graph: CitationGraph
            if let e = edges { graph = try CitationGraph.readEdgeList(path: e) } else { graph = try source.loadGraph().graph }
            phase("load")
            let scores = try graph.scores(measure, samples: samples, seed: seed)
            phase(measure.rawValue)
            let ranking = graph.ranked(scores, top: top, keep: kind.map { k in { $0.kind == k } })
            var out = ""
            switch format {
            case .json:
                out = "[" + ranking.map { r in
                    "{\"id\": \(CitationJSON.quote(r.id)), \"score\": \(Self.number(r.score)), \"rank\": \(r.rank)}"
                }.joined(separator: ",\n ") + "]\n"
            case .csv:
                out = "rank,id,score\n" + ranking.map { r in "\(r.rank),\(Self.csvField(r.id)),\(Self.number(r.score))\n" }.joined()
            case .table:
                for r in ranking {
                    let title = graph.nodes[r.index].title.map { " " + String($0.prefix(60)) } ?? ""
                    out += String(format: "%4d  %-14@  ", r.rank, Self.number(r.score) as NSString) + r.id + title + "\n"
                }
            }
            FileHandle.standardOutput.write(Data(out.utf8))
            phase("output")
        }
    }

    /// Shortest text that reads back as the same Double; integers without a fraction.
    static func number(_ v: Double) -> String {
        if v == v.rounded(), abs(v) < 1e15 { return String(Int(v)) }
        return "\(v)"
    }

    static func csvField(_ s: String) -> String {
        // A formula-like cell is made text for spreadsheets (as Escape.csv does for export).
        if let first = s.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { return csvField("'" + s) }
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : s
    }
}

extension TargetKind: ExpressibleByArgument {}
extension CentralityMeasure: ExpressibleByArgument {}
