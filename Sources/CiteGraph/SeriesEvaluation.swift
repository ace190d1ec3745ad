import CiteCore
import Foundation

/// Predecessor accuracy of the series decomposition against a truth table
/// (`symbol`, `predecessor` — `-` for a series start —, optional `body` and `half` columns).
public struct SeriesEvaluation: Sendable {
    public struct Row: Sendable, Hashable {
        public var symbol: String
        public var predecessor: String?
        public var body: String
        public var half: String
    }

    /// Counts for one group of rows (a body, a half).
    public struct Score: Sendable, Hashable {
        public var rows = 0
        public var correct = 0
        /// Rows whose truth has a predecessor, and how many of them got it.
        public var linked = 0
        public var linkedCorrect = 0
        /// Predecessors returned for rows whose truth has one.
        public var predicted = 0
        public var accuracy: Double { rows == 0 ? 0 : Double(correct) / Double(rows) }
        /// Of the links returned, the share that are right.
        public var precision: Double { predicted == 0 ? 0 : Double(linkedCorrect) / Double(predicted) }
        /// Of the true links, the share returned.
        public var recall: Double { linked == 0 ? 0 : Double(linkedCorrect) / Double(linked) }
    }

    public var rows: [Row]

    /// Reads a tab-separated truth table with a header line.
    public init(truthTable path: String) throws {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw InputError(path: path, reason: "cannot be read as UTF-8 text")
        }
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
        guard !lines.isEmpty else { throw InputError(path: path, reason: "empty truth table") }
        let header = lines.removeFirst().split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard let s = header.firstIndex(of: "symbol"), let p = header.firstIndex(of: "predecessor") else {
            throw InputError(path: path, reason: "the header needs `symbol` and `predecessor` columns")
        }
        let b = header.firstIndex(of: "body"), h = header.firstIndex(of: "half")
        rows = lines.compactMap { line in
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count > max(s, p) else { return nil }
            let pred = f[p].isEmpty || f[p] == "-" ? nil : f[p]
            return Row(symbol: f[s], predecessor: pred,
                       body: b.flatMap { $0 < f.count ? f[$0] : nil } ?? (Symbols.body(ofSymbol: f[s])?.rawValue ?? "?"),
                       half: h.flatMap { $0 < f.count ? f[$0] : nil } ?? "all")
        }
    }

    /// Scores by (body, half) of the rows whose symbol is a document of `graph`.
    public func score(_ graph: CitationGraph, index: SeriesIndex) -> [String: Score] {
        var out: [String: Score] = [:]
        for row in rows {
            guard let v = graph.nodeIndex[row.symbol], graph.nodes[v].inCorpus else { continue }
            let got = index.incoming[v].map { Symbols.withoutPart(graph.nodes[$0.predecessor].id) }
            let truth = row.predecessor.map(Symbols.withoutPart)
            for key in ["\(row.body)\t\(row.half)", "all\t\(row.half)"] {
                var s = out[key] ?? Score()
                s.rows += 1
                if got == truth { s.correct += 1 }
                if truth != nil {
                    s.linked += 1
                    if got != nil { s.predicted += 1 }
                    if got == truth { s.linkedCorrect += 1 }
                }
                out[key] = s
            }
        }
        return out
    }

    /// The rows that were wrong: symbol, truth, returned.
    public func mistakes(_ graph: CitationGraph, index: SeriesIndex) -> [(Row, String)] {
        rows.compactMap { row in
            guard let v = graph.nodeIndex[row.symbol], graph.nodes[v].inCorpus else { return nil }
            let got = index.incoming[v].map { Symbols.withoutPart(graph.nodes[$0.predecessor].id) }
            return got == row.predecessor.map(Symbols.withoutPart) ? nil : (row, got ?? "-")
        }
    }

    /// Every candidate link of the truth's documents with its features and whether it is the true
    /// predecessor: the input of Benchmarks/series/fit.py.
    public func featureTable(_ graph: CitationGraph, index: SeriesIndex) -> String {
        var truth: [Int: Row] = [:]
        for row in rows { if let v = graph.nodeIndex[row.symbol] { truth[v] = row } }
        var lines = ["symbol\tcandidate\tbody\thalf\tlabel\t" + SeriesEvidence.featureNames.joined(separator: "\t")]
        for link in index.candidates.sorted(by: { ($0.successor, $0.predecessor) < ($1.successor, $1.predecessor) }) {
            guard let row = truth[link.successor] else { continue }
            let label = row.predecessor.map(Symbols.withoutPart) == Symbols.withoutPart(graph.nodes[link.predecessor].id)
            lines.append("\(row.symbol)\t\(graph.nodes[link.predecessor].id)\t\(row.body)\t\(row.half)\t\(label ? 1 : 0)\t"
                         + link.evidence.features.map { String(format: "%.4f", $0) }.joined(separator: "\t"))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
