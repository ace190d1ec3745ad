extension CitationGraph {
    /// Core number of every node, as `nx.core_number` on a directed graph: the degree of a node is
    /// its in-degree plus its out-degree (a pair citing each other counts twice).
    ///
    /// Batagelj–Zaversnik bucket algorithm.
    /// ```swift
    /// let core = graph.coreNumbers()
    /// let innermost = core.max() ?? 0
    /// ```
    /// - Complexity: O(V + E).
    public func coreNumbers() -> [Int] {
        let n = nodeCount
        if n == 0 { return [] }
        var degree = [Int](repeating: 0, count: n)
        for v in 0..<n {
            let out: Int = outOffsets[v + 1] - outOffsets[v]
            let inn: Int = inOffsets[v + 1] - inOffsets[v]
            degree[v] = out + inn
        }
        let maxDegree = degree.max() ?? 0
        var binStart = [Int](repeating: 0, count: maxDegree + 2)
        for d in degree { binStart[d + 1] += 1 }
        for d in 0...maxDegree { binStart[d + 1] += binStart[d] }
        var position = [Int](repeating: 0, count: n)
        var order = [Int](repeating: 0, count: n)
        var fill = binStart
        for v in 0..<n {
            position[v] = fill[degree[v]]
            order[position[v]] = v
            fill[degree[v]] += 1
        }
        func lower(_ u: Int, below dv: Int) {
            guard degree[u] > dv else { return }
            let du = degree[u]
            let pu = position[u]
            let pw = binStart[du]
            let w = order[pw]
            if u != w {
                order[pu] = w; position[w] = pu
                order[pw] = u; position[u] = pw
            }
            binStart[du] += 1
            degree[u] -= 1
        }
        for i in 0..<n {
            let v = order[i]
            let dv = degree[v]
            for k in outOffsets[v]..<outOffsets[v + 1] { lower(Int(outTargets[k]), below: dv) }
            for k in inOffsets[v]..<inOffsets[v + 1] { lower(Int(inSources[k]), below: dv) }
        }
        return degree
    }
}
