extension CitationGraph {
    /// Hub and authority scores, normalised to sum 1 each, as `nx.hits` returns them.
    ///
    /// NetworkX takes the principal singular vectors of the adjacency matrix A (A[u][v] = weight
    /// of u → v): authorities are the principal eigenvector of AᵀA, hubs are A × authorities.
    /// This computes the same vectors by power iteration on AᵀA until the L1 change of the
    /// sum-normalised authority vector is below `tolerance` (default 1e-13, the fixed point to
    /// within ~1e-10; NetworkX stops at 1e-8), or stops shrinking at rounding level. `weighted` uses the citation counts
    /// (as `nx.hits` does on the exported graph, whose edges carry `weight`). When the largest
    /// singular value is repeated (e.g. two identical disconnected parts) the vectors are not
    /// unique, here as in NetworkX, and the two may differ.
    ///
    /// ```swift
    /// let (hubs, authorities) = try graph.hits()
    /// ```
    /// - Throws: `GraphError.notConverged` after `maxIterations`.
    /// - Complexity: O((V + E) × iterations).
    public func hits(weighted: Bool = true, tolerance: Double = 1.0e-13,
                     maxIterations: Int = 100_000) throws(GraphError) -> (hubs: [Double], authorities: [Double]) {
        let n = nodeCount
        if n == 0 { return ([], []) }
        let m = edgeCount
        if m == 0 {
            // A = 0: every vector is singular; NetworkX's result is arbitrary. Give uniform scores.
            let u = [Double](repeating: 1 / Double(n), count: n)
            return (u, u)
        }
        let w: [Double] = weighted ? weights : []
        let inW: [Double] = weighted ? inWeights() : []
        var a = [Double](repeating: 1 / Double(n), count: n)
        var h = [Double](repeating: 0, count: n)
        var nextA = [Double](repeating: 0, count: n)
        var converged = false
        var previous = Double.infinity
        var stalled = 0
        for _ in 0..<maxIterations {
            multiplyOut(a, into: &h, weights: w)          // h = A a
            multiplyIn(h, into: &nextA, weights: inW)     // a' = Aᵀ h
            var sum = 0.0
            for v in 0..<n { sum += nextA[v] }
            guard sum > 0 else { break }
            let inv = 1 / sum
            var err = 0.0
            for v in 0..<n {
                let value = nextA[v] * inv
                err += abs(value - a[v])
                a[v] = value
            }
            if err < tolerance { converged = true; break }
            stalled = err >= previous ? stalled + 1 : 0
            if stalled >= 5 && err < 1.0e-9 { converged = true; break }
            previous = err
        }
        guard converged else { throw .notConverged(algorithm: "HITS", iterations: maxIterations) }
        multiplyOut(a, into: &h, weights: w)
        var hs = 0.0
        for v in 0..<n { hs += h[v] }
        if hs > 0 { for v in 0..<n { h[v] /= hs } }
        return (h, a)
    }

    /// y = A x: y[u] = Σ_{u→v} w(u,v) x[v].
    func multiplyOut(_ x: [Double], into y: inout [Double], weights w: [Double]) {
        let n = nodeCount
        x.withUnsafeBufferPointer { x in
            y.withUnsafeMutableBufferPointer { y in
                outOffsets.withUnsafeBufferPointer { off in
                    outTargets.withUnsafeBufferPointer { t in
                        w.withUnsafeBufferPointer { w in
                            for u in 0..<n {
                                var s = 0.0
                                if w.isEmpty {
                                    for k in off[u]..<off[u + 1] { s += x[Int(t[k])] }
                                } else {
                                    for k in off[u]..<off[u + 1] { s += x[Int(t[k])] * w[k] }
                                }
                                y[u] = s
                            }
                        }
                    }
                }
            }
        }
    }

    /// y = Aᵀ x: y[v] = Σ_{u→v} w(u,v) x[u]; `w` aligned with the in-adjacency.
    func multiplyIn(_ x: [Double], into y: inout [Double], weights w: [Double]) {
        let n = nodeCount
        x.withUnsafeBufferPointer { x in
            y.withUnsafeMutableBufferPointer { y in
                inOffsets.withUnsafeBufferPointer { off in
                    inSources.withUnsafeBufferPointer { s in
                        w.withUnsafeBufferPointer { w in
                            for v in 0..<n {
                                var acc = 0.0
                                if w.isEmpty {
                                    for k in off[v]..<off[v + 1] { acc += x[Int(s[k])] }
                                } else {
                                    for k in off[v]..<off[v + 1] { acc += x[Int(s[k])] * w[k] }
                                }
                                y[v] = acc
                            }
                        }
                    }
                }
            }
        }
    }
}
