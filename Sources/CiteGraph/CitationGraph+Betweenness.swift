extension CitationGraph {
    /// Exact betweenness centrality of every node (Brandes), on the unweighted directed graph,
    /// normalised by 1/((n−1)(n−2)) as `nx.betweenness_centrality(G)` does for directed graphs.
    ///
    /// ```swift
    /// let bc = graph.betweenness()
    /// ```
    /// - Complexity: O(V × E) time, O(V) extra space.
    public func betweenness(normalized: Bool = true) -> [Double] {
        let raw = brandes(sources: Array(0..<nodeCount))
        return rescaleBetweenness(raw, sources: nil, normalized: normalized)
    }

    /// Betweenness estimated from `samples` source nodes drawn with `seed` (deterministic), scaled
    /// as NetworkX 3.x scales `nx.betweenness_centrality(G, k=samples)`: source nodes by
    /// 1/((k−1)(n−2)), the others by 1/(k(n−2)). NetworkX draws its own sample, so compare with it
    /// through `betweenness(sources:)`. `samples >= n` gives the exact values.
    ///
    /// ```swift
    /// let estimate = try graph.betweenness(samples: 500, seed: 42)
    /// ```
    /// - Complexity: O(k × E).
    public func betweenness(samples: Int, seed: UInt64, normalized: Bool = true) throws(GraphError) -> [Double] {
        guard samples > 0 else { throw .invalidParameter("betweenness samples \(samples) must be positive") }
        if samples >= nodeCount { return betweenness(normalized: normalized) }
        var rng = SeededGenerator(seed: seed)
        return betweenness(sources: rng.sample(samples, from: nodeCount), normalized: normalized)
    }

    /// Betweenness accumulated from the given source nodes only, scaled as for a sample.
    /// - Complexity: O(|sources| × E).
    public func betweenness(sources: [Int], normalized: Bool = true) -> [Double] {
        let unique = Array(Set(sources.filter { $0 >= 0 && $0 < nodeCount })).sorted()
        if unique.count == nodeCount { return betweenness(normalized: normalized) }
        return rescaleBetweenness(brandes(sources: unique), sources: unique, normalized: normalized)
    }

    func rescaleBetweenness(_ raw: [Double], sources: [Int]?, normalized: Bool) -> [Double] {
        let n = nodeCount
        let pairs = n - 1  // endpoints excluded: v is never the target
        guard pairs >= 2 else { return raw }
        var out = raw
        guard let sources else {
            if normalized {
                let scale = 1 / (Double(pairs) * Double(pairs - 1))
                for v in 0..<n { out[v] *= scale }
            }
            return out
        }
        let k = Double(sources.count)
        let scaleSource: Double, scaleOther: Double
        if normalized {
            scaleSource = k > 1 ? 1 / ((k - 1) * Double(pairs - 1)) : 0
            scaleOther = 1 / (k * Double(pairs - 1))
        } else {
            scaleSource = k > 1 ? Double(pairs) / (k - 1) : 0
            scaleOther = Double(pairs) / k
        }
        var isSource = [Bool](repeating: false, count: n)
        for s in sources { isSource[s] = true }
        for v in 0..<n { out[v] *= isSource[v] ? scaleSource : scaleOther }
        return out
    }

    /// Unscaled dependency sums over BFS trees from `sources`.
    func brandes(sources: [Int]) -> [Double] {
        let n = nodeCount
        var bc = [Double](repeating: 0, count: n)
        var dist = [Int32](repeating: -1, count: n)
        var sigma = [Double](repeating: 0, count: n)
        // coef[w] = (1 + delta[w]) / sigma[w], filled in reverse BFS order.
        var coef = [Double](repeating: 0, count: n)
        var queue = [Int32](repeating: 0, count: n)
        outOffsets.withUnsafeBufferPointer { off in
            outTargets.withUnsafeBufferPointer { adj in
                bc.withUnsafeMutableBufferPointer { bc in
                    dist.withUnsafeMutableBufferPointer { dist in
                        sigma.withUnsafeMutableBufferPointer { sigma in
                            coef.withUnsafeMutableBufferPointer { coef in
                                queue.withUnsafeMutableBufferPointer { queue in
                                    for s in sources {
                                        var head = 0, tail = 1
                                        queue[0] = Int32(s)
                                        dist[s] = 0
                                        sigma[s] = 1
                                        while head < tail {
                                            let v = Int(queue[head]); head += 1
                                            let dv = dist[v], sv = sigma[v]
                                            for k in off[v]..<off[v + 1] {
                                                let w = Int(adj[k])
                                                let dw = dist[w]
                                                if dw < 0 {
                                                    dist[w] = dv + 1
                                                    sigma[w] = sv
                                                    queue[tail] = Int32(w); tail += 1
                                                } else if dw == dv + 1 {
                                                    sigma[w] += sv
                                                }
                                            }
                                        }
                                        var i = tail - 1
                                        while i >= 0 {
                                            let v = Int(queue[i]); i -= 1
                                            let next = dist[v] + 1
                                            var acc = 0.0
                                            for k in off[v]..<off[v + 1] {
                                                let w = Int(adj[k])
                                                if dist[w] == next { acc += coef[w] }
                                            }
                                            let delta = sigma[v] * acc
                                            coef[v] = (1 + delta) / sigma[v]
                                            if v != s { bc[v] += delta }
                                        }
                                        for j in 0..<tail {
                                            let v = Int(queue[j])
                                            dist[v] = -1
                                            sigma[v] = 0
                                            coef[v] = 0
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        return bc
    }
}
