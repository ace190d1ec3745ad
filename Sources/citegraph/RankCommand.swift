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

    @Option(help: ArgumentHelp(
        "PageRank and HITS: stop at this tolerance, as NetworkX does (its default is 1e-6; PageRank stops when the L1 change is below N × tolerance, HITS when the authorities' L1 change is below it). Without it they run to the fixed point.",
        valueName: "X"))
    var tolerance: Double?

    @Flag(help: "Print phase<TAB>seconds timings to standard error.")
    var timing = false

    func validate() throws {
        if top < 0 { throw ValidationError("--top must be 0 or more") }
        if let k = samples, k <= 0 { throw ValidationError("--samples must be positive") }
        if let t = tolerance, !(t > 0 && t.isFinite) { throw ValidationError("--tolerance must be a positive number") }
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
            if let e = edges {
                // Here rather than in validate(), for the reason given at GraphSourceOptions.checkOneSource.
                if source.db != nil || !source.paths.isEmpty { throw ValidationError("give --edges or a store, not both") }
                try Inputs.requireExisting(e)
                graph = try CitationGraph.readEdgeList(path: e)
            } else { graph = try source.loadGraph().graph }
            phase("load")
            let scores = try graph.scores(measure, samples: samples, seed: seed, tolerance: tolerance)
            phase(measure.rawValue)
            let ranking = graph.ranked(scores, top: top, keep: kind.map { k in { $0.kind == k } })
            let titles = graph.displayTitles()
            let rows = ranking.map { RankRow(rank: $0.rank, id: $0.id, score: $0.score, title: titles[$0.index]) }
            let out: String
            switch format {
            case .json: out = RankOutput.json(rows)
            case .csv: out = RankOutput.csv(rows)
            case .table: out = RankOutput.table(rows, measure: measure)
            }
            FileHandle.standardOutput.write(Data(out.utf8))
            phase("output")
        }
    }
}

/// One row of `citegraph rank`.
struct RankRow: Equatable {
    var rank: Int
    var id: String
    var score: Double
    /// The document's title, else the one its citing texts give.
    var title: String?
}

/// The three layouts of `citegraph rank`: a table for reading (header, scores to 4 significant
/// digits, aligned columns, long titles cut with an ellipsis), CSV and JSON with full scores.
enum RankOutput {
    /// Titles longer than this are cut in the table.
    static let titleWidth = 60

    static func table(_ rows: [RankRow], measure: CentralityMeasure) -> String {
        let integral = rows.allSatisfy { $0.score == $0.score.rounded() && abs($0.score) < 1e15 }
        let scores = rows.map { integral ? number($0.score) : significant($0.score) }
        let header = ["rank", measure.rawValue, "id", rows.contains { $0.title != nil } ? "title" : ""]
        let rankWidth = max(header[0].count, rows.map { String($0.rank).count }.max() ?? 0)
        let scoreWidth = max(header[1].count, scores.map(\.count).max() ?? 0)
        let idWidth = max(header[2].count, rows.map(\.id.count).max() ?? 0)
        func line(_ rank: String, _ score: String, _ id: String, _ title: String) -> String {
            let text = pad(rank, rankWidth, left: true) + "  " + pad(score, scoreWidth, left: true) + "  "
            guard !title.isEmpty else { return text + id + "\n" }
            return text + pad(id, idWidth, left: false) + "  " + title + "\n"
        }
        var out = line(header[0], header[1], header[2], header[3])
        for (row, score) in zip(rows, scores) {
            out += line(String(row.rank), score, row.id, row.title.map { cut($0, to: titleWidth) } ?? "")
        }
        return out
    }

    static func csv(_ rows: [RankRow]) -> String {
        "rank,id,score,title\n" + rows.map { r in
            "\(r.rank),\(CSV.field(r.id)),\(number(r.score)),\(CSV.field(r.title ?? ""))\n"
        }.joined()
    }

    static func json(_ rows: [RankRow]) -> String {
        "[" + rows.map { r in
            "{\"id\": \(CitationJSON.quote(r.id)), \"score\": \(number(r.score)), \"rank\": \(r.rank), \"title\": " +
                (r.title.map(CitationJSON.quote) ?? "null") + "}"
        }.joined(separator: ",\n ") + "]\n"
    }

    /// Shortest text that reads back as the same Double; integers without a fraction.
    static func number(_ v: Double) -> String {
        if v == v.rounded(), abs(v) < 1e15 { return String(Int(v)) }
        return "\(v)"
    }

    /// Four significant digits, trailing zeros kept so the column reads evenly: `0.01508`,
    /// `0.003500`, `1.508e-05`, `12.35`.
    static func significant(_ v: Double) -> String { String(format: "%#.4g", v) }

    /// `text` in at most `width` characters, the last an ellipsis when it was cut.
    static func cut(_ text: String, to width: Int) -> String {
        let oneLine = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        guard oneLine.count > width else { return oneLine }
        return oneLine.prefix(width - 1).trimmingCharacters(in: .whitespaces) + "…"
    }

    static func pad(_ s: String, _ width: Int, left: Bool) -> String {
        let fill = String(repeating: " ", count: max(0, width - s.count))
        return left ? fill + s : s + fill
    }
}

extension TargetKind: ExpressibleByArgument {}
extension CentralityMeasure: ExpressibleByArgument {}
