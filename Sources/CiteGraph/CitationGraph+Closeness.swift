extension CitationGraph {
    /// Closeness centrality with NetworkX's directed semantics: for node u, distances are those of
    /// the paths that END at u (`nx.closeness_centrality` reverses a directed graph), and the
    /// Wasserman–Faust correction scales by the share of nodes that reach u:
    /// `(r−1)/Σd × (r−1)/(n−1)` where r counts u and the nodes that reach it. 0 when none does.
    ///
    /// ```swift
    /// let closeness = graph.closeness()
    /// ```
    /// - Complexity: O(V × (V + E)).
    public func closeness() -> [Double] { incomingDistanceCentralities().closeness }

    /// Harmonic centrality as `nx.harmonic_centrality`: Σ over v ≠ u of 1/d(v → u).
    /// - Complexity: O(V × (V + E)).
    public func harmonic() -> [Double] { incomingDistanceCentralities().harmonic }

    /// Closeness and harmonic centrality from one pass of breadth-first searches on in-edges.
    /// - Complexity: O(V × (V + E)).
    public func incomingDistanceCentralities() -> (closeness: [Double], harmonic: [Double]) {
        let n = nodeCount
        var closeness = [Double](repeating: 0, count: n)
        var harmonic = [Double](repeating: 0, count: n)
        var dist = [Int32](repeating: -1, count: n)
        var queue = [Int32](repeating: 0, count: n)
        inOffsets.withUnsafeBufferPointer { off in
            inSources.withUnsafeBufferPointer { adj in
                dist.withUnsafeMutableBufferPointer { dist in
                    queue.withUnsafeMutableBufferPointer { queue in
                        for u in 0..<n {
                            var head = 0, tail = 1
                            queue[0] = Int32(u)
                            dist[u] = 0
                            var total = 0
                            var h = 0.0
                            while head < tail {
                                let v = Int(queue[head]); head += 1
                                let d = dist[v] + 1
                                for k in off[v]..<off[v + 1] {
                                    let w = Int(adj[k])
                                    if dist[w] < 0 {
                                        dist[w] = d
                                        total += Int(d)
                                        h += 1 / Double(d)
                                        queue[tail] = Int32(w); tail += 1
                                    }
                                }
                            }
                            if total > 0 && n > 1 {
                                let reached = Double(tail - 1)
                                closeness[u] = reached / Double(total) * (reached / Double(n - 1))
                            }
                            harmonic[u] = h
                            for j in 0..<tail { dist[Int(queue[j])] = -1 }
                        }
                    }
                }
            }
        }
        return (closeness, harmonic)
    }
}
