extension CitationGraph {
    /// In-degree of every node (number of citing documents; merged edges count once).
    ///
    /// `normalized` divides by n − 1 as `nx.in_degree_centrality` does.
    /// - Complexity: O(V).
    public func inDegrees(normalized: Bool = false) -> [Double] {
        let n = nodeCount
        let scale = normalized && n > 1 ? 1 / Double(n - 1) : 1
        return (0..<n).map { Double(inOffsets[$0 + 1] - inOffsets[$0]) * scale }
    }

    /// Out-degree of every node (number of distinct documents cited).
    ///
    /// `normalized` divides by n − 1 as `nx.out_degree_centrality` does.
    /// - Complexity: O(V).
    public func outDegrees(normalized: Bool = false) -> [Double] {
        let n = nodeCount
        let scale = normalized && n > 1 ? 1 / Double(n - 1) : 1
        return (0..<n).map { Double(outOffsets[$0 + 1] - outOffsets[$0]) * scale }
    }

    /// Sum of the weights of the edges entering each node (number of citations received).
    /// - Complexity: O(E).
    public func weightedInDegrees() -> [Double] {
        var d = [Double](repeating: 0, count: nodeCount)
        for v in 0..<nodeCount {
            for k in outOffsets[v]..<outOffsets[v + 1] { d[Int(outTargets[k])] += weight(ofEdge: k) }
        }
        return d
    }
}
