/// The measures `citegraph rank --measure` offers.
public enum CentralityMeasure: String, Sendable, Codable, CaseIterable {
    case indegree, outdegree, pagerank
    /// HITS authority score (what `hits` ranks by; `hub` gives the other vector).
    case hits
    case authority, hub, betweenness, closeness, harmonic, kcore
}

/// One row of a ranking.
public struct RankedNode: Hashable, Sendable, Codable {
    public var id: String
    public var index: Int
    public var score: Double
    /// 1-based position in the ranking.
    public var rank: Int
}

extension CitationGraph {
    /// Scores of every node for one measure. PageRank and HITS use the citation counts as
    /// weights when `weighted` (NetworkX's default on the exported graph); betweenness is exact,
    /// or estimated from `samples` sources drawn with `seed`.
    ///
    /// ```swift
    /// let scores = try graph.scores(.pagerank)
    /// let top = graph.ranked(scores, top: 10)
    /// ```
    /// - Complexity: that of the measure.
    /// `tolerance`: PageRank and HITS stop at it (NetworkX's rules) instead of at the fixed point.
    public func scores(_ measure: CentralityMeasure, weighted: Bool = true, samples: Int? = nil,
                       seed: UInt64 = 0, tolerance: Double? = nil) throws(GraphError) -> [Double] {
        switch measure {
        case .indegree: return inDegrees()
        case .outdegree: return outDegrees()
        case .pagerank: return try pageRank(weighted: weighted, tolerance: tolerance)
        case .hits, .authority: return try hits(weighted: weighted, tolerance: tolerance ?? 1.0e-13).authorities
        case .hub: return try hits(weighted: weighted, tolerance: tolerance ?? 1.0e-13).hubs
        case .betweenness:
            if let samples { return try betweenness(samples: samples, seed: seed) }
            return betweenness()
        case .closeness: return closeness()
        case .harmonic: return harmonic()
        case .kcore: return coreNumbers().map(Double.init)
        }
    }

    /// Nodes by descending score, ties by id; the first `top` (0 = all). `keep` filters nodes
    /// (e.g. by kind) after scoring on the whole graph.
    /// - Complexity: O(V log V).
    public func ranked(_ scores: [Double], top: Int = 0, keep: ((NodeRecord) -> Bool)? = nil) -> [RankedNode] {
        var order = Array(0..<min(scores.count, nodeCount))
        if let keep { order = order.filter { keep(nodes[$0]) } }
        order.sort { a, b in scores[a] != scores[b] ? scores[a] > scores[b] : nodes[a].id < nodes[b].id }
        if top > 0 && order.count > top { order = Array(order.prefix(top)) }
        return order.enumerated().map { RankedNode(id: nodes[$1].id, index: $1, score: scores[$1], rank: $0 + 1) }
    }

    /// The ids closest to `query` (case-insensitive edit distance, ties by id) — for "unknown
    /// symbol; did you mean …" messages.
    /// - Complexity: O(V × |id| × |query|).
    public func closestIDs(to query: String, limit: Int = 5) -> [String] {
        let q = Array(query.lowercased().unicodeScalars)
        var scored: [(Int, String)] = []
        scored.reserveCapacity(nodeCount)
        for node in nodes {
            scored.append((Self.editDistance(q, Array(node.id.lowercased().unicodeScalars)), node.id))
        }
        scored.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        return scored.prefix(max(limit, 0)).map(\.1)
    }

    /// Edit distance of two strings over Unicode scalars, swapping two neighbours costing 1:
    /// `rnak` is one typo from `rank`, `1352` from `1325`.
    public static func editDistance(_ a: String, _ b: String) -> Int {
        editDistance(Array(a.unicodeScalars), Array(b.unicodeScalars))
    }

    /// Edit distance where swapping two neighbouring characters costs 1 (optimal string alignment):
    /// `1352` is one typo from `1325`.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                var d = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d = Swift.min(d, beforePrevious[j - 2] + 1) }
                current[j] = d
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}
