extension CitationGraph {
    /// The L1 change per iteration below which PageRank and HITS count as converged by default.
    static let exactL1Change = 1.0e-12

    /// PageRank by power iteration, as `nx.pagerank` computes it.
    ///
    /// Starts from 1/n, spreads the rank of dangling nodes (documents that cite nothing)
    /// uniformly. By default (`tolerance` nil) it iterates to the fixed point: until the L1 change
    /// of an iteration is below 1e-12 (every score then lies within ~1e-11 of the exact value, as
    /// igraph's exact solver gives it), or stops shrinking at rounding level. With a `tolerance` it
    /// stops when the L1 change is below `n × tolerance` — NetworkX's rule (`tol=1e-6` there), so the
    /// result agrees with `nx.pagerank` to rounding. `weighted` uses the
    /// merged edge weights (citation counts), which is what `nx.pagerank(G)` does on the
    /// exported graph (its default `weight="weight"`); `weighted: false` counts each edge once,
    /// as `nx.pagerank(G, weight=None)`.
    ///
    /// ```swift
    /// let rank = try graph.pageRank()           // weighted, alpha 0.85
    /// let plain = try graph.pageRank(weighted: false)
    /// ```
    /// - Throws: `GraphError.notConverged` after `maxIterations`, `.invalidParameter` for alpha outside [0, 1].
    /// - Complexity: O((V + E) × iterations).
    public func pageRank(alpha: Double = 0.85, weighted: Bool = true, tolerance: Double? = nil,
                         maxIterations: Int = 1000) throws(GraphError) -> [Double] {
        guard alpha >= 0, alpha <= 1 else { throw .invalidParameter("alpha \(alpha) is outside [0, 1]") }
        let n = nodeCount
        if n == 0 { return [] }
        let useWeights = weighted && !weights.isEmpty
        let outW = outWeights(weighted: useWeights)
        let inW = useWeights ? inWeights() : []
        var inverse = [Double](repeating: 0, count: n)
        var dangling: [Int32] = []
        for v in 0..<n {
            if outW[v] != 0 { inverse[v] = 1 / outW[v] } else { dangling.append(Int32(v)) }
        }
        let uniform = 1 / Double(n)
        var x = [Double](repeating: uniform, count: n)
        var next = [Double](repeating: 0, count: n)
        var scaled = [Double](repeating: 0, count: n)
        let limit = tolerance.map { Double(n) * $0 } ?? Self.exactL1Change
        var previous = Double.infinity
        var stalled = 0

        for _ in 0..<maxIterations {
            let err: Double = x.withUnsafeBufferPointer { x in
                next.withUnsafeMutableBufferPointer { next in
                    scaled.withUnsafeMutableBufferPointer { y in
                        inverse.withUnsafeBufferPointer { inv in
                            inOffsets.withUnsafeBufferPointer { off in
                                inSources.withUnsafeBufferPointer { srcs in
                                    inW.withUnsafeBufferPointer { w in
                                        var danglingSum = 0.0
                                        for d in dangling { danglingSum += x[Int(d)] }
                                        for v in 0..<n { y[v] = x[v] * inv[v] }
                                        let base = alpha * danglingSum * uniform + (1 - alpha) * uniform
                                        var err = 0.0
                                        for v in 0..<n {
                                            var s = 0.0
                                            let lo = off[v], hi = off[v + 1]
                                            if w.isEmpty {
                                                for k in lo..<hi { s += y[Int(srcs[k])] }
                                            } else {
                                                for k in lo..<hi { s += y[Int(srcs[k])] * w[k] }
                                            }
                                            let value = alpha * s + base
                                            next[v] = value
                                            err += abs(value - x[v])
                                        }
                                        return err
                                    }
                                }
                            }
                        }
                    }
                }
            }
            swap(&x, &next)
            if err < limit { return x }
            // At rounding level the change stops shrinking: that is the fixed point in doubles.
            if tolerance == nil {
                stalled = err >= previous ? stalled + 1 : 0
                if stalled >= 3 { return x }
                previous = err
            }
        }
        throw .notConverged(algorithm: "PageRank", iterations: maxIterations)
    }
}
