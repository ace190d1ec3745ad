import CiteCore
import CiteGraph

/// The centralities a report shows, computed once.
struct ReportMetrics {
    /// Citing documents per node (merged edges count once).
    var inDegree: [Int]
    /// Distinct targets per node.
    var outDegree: [Int]
    /// Citations received per node.
    var citationsReceived: [Int]
    var pageRank: [Double]?
    var hubs: [Double]?
    var authorities: [Double]?
    /// What could not be computed, said plainly.
    var notes: [String]

    init(graph: CitationGraph) {
        inDegree = (0..<graph.nodeCount).map { graph.inDegree(of: $0) }
        outDegree = (0..<graph.nodeCount).map { graph.outDegree(of: $0) }
        citationsReceived = graph.weightedInDegrees().map { Int($0.rounded()) }
        notes = []
        do {
            pageRank = try graph.pageRank()
        } catch {
            pageRank = nil
            notes.append("PageRank was not computed: \(error).")
        }
        do {
            let h = try graph.hits()
            hubs = h.hubs
            authorities = h.authorities
        } catch {
            hubs = nil
            authorities = nil
            notes.append("HITS scores were not computed: \(error).")
        }
    }

    /// Nodes by in-degree, then citations received, then PageRank, then symbol.
    func byInDegree(_ nodes: [Int], graph: CitationGraph) -> [Int] {
        nodes.sorted { a, b in
            if inDegree[a] != inDegree[b] { return inDegree[a] > inDegree[b] }
            if citationsReceived[a] != citationsReceived[b] { return citationsReceived[a] > citationsReceived[b] }
            let pa = pageRank?[a] ?? 0, pb = pageRank?[b] ?? 0
            if pa != pb { return pa > pb }
            return SymbolOrder.less(graph.nodes[a].id, graph.nodes[b].id)
        }
    }

    /// As ``byInDegree(_:graph:)``, the last tie broken by each node's place in symbol order
    /// (`Site.symbolRank`) rather than by reading the ids again.
    func byInDegree(_ nodes: [Int], symbolRank: [Int32]) -> [Int] {
        nodes.sorted { a, b in
            if inDegree[a] != inDegree[b] { return inDegree[a] > inDegree[b] }
            if citationsReceived[a] != citationsReceived[b] { return citationsReceived[a] > citationsReceived[b] }
            let pa = pageRank?[a] ?? 0, pb = pageRank?[b] ?? 0
            if pa != pb { return pa > pb }
            return symbolRank[a] < symbolRank[b]
        }
    }

    /// Nodes by a score, highest first, ties by symbol.
    func byScore(_ nodes: [Int], _ score: [Double], graph: CitationGraph) -> [Int] {
        nodes.sorted { a, b in
            if score[a] != score[b] { return score[a] > score[b] }
            return SymbolOrder.less(graph.nodes[a].id, graph.nodes[b].id)
        }
    }
}
