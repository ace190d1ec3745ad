/// A node reached by a traversal and its distance in edges from the start.
public struct Reach: Hashable, Sendable, Codable {
    public var node: Int
    public var depth: Int
    public init(node: Int, depth: Int) { self.node = node; self.depth = depth }
}

extension CitationGraph {
    /// What `node` builds on: the documents it cites, what those cite, … up to `maxDepth` edges
    /// (nil = no limit). Breadth-first and iterative; sorted by depth, then node index; the start
    /// is not included. Cycles are harmless.
    ///
    /// ```swift
    /// let sources = graph.ancestors(of: i, maxDepth: 2).map { graph.nodes[$0.node].id }
    /// ```
    /// - Complexity: O(V + E).
    public func ancestors(of node: Int, maxDepth: Int? = nil) -> [Reach] {
        breadthFirst(from: [node], maxDepth: maxDepth, outgoing: true)
    }

    /// What builds on `node`: the documents that cite it, those that cite them, … up to `maxDepth`.
    /// - Complexity: O(V + E).
    public func descendants(of node: Int, maxDepth: Int? = nil) -> [Reach] {
        breadthFirst(from: [node], maxDepth: maxDepth, outgoing: false)
    }

    /// Breadth-first search from several start nodes along out-edges (`outgoing`) or in-edges.
    /// - Complexity: O(V + E).
    public func breadthFirst(from starts: [Int], maxDepth: Int?, outgoing: Bool) -> [Reach] {
        let limit = maxDepth ?? Int.max
        var depth = [Int](repeating: -1, count: nodeCount)
        var queue: [Int] = []
        for s in starts where s >= 0 && s < nodeCount && depth[s] < 0 { depth[s] = 0; queue.append(s) }
        var head = 0
        var reached: [Reach] = []
        let offsets = outgoing ? outOffsets : inOffsets
        let adjacency = outgoing ? outTargets : inSources
        while head < queue.count {
            let v = queue[head]; head += 1
            let d = depth[v]
            guard d < limit else { continue }
            for k in offsets[v]..<offsets[v + 1] {
                let w = Int(adjacency[k])
                if depth[w] < 0 {
                    depth[w] = d + 1
                    queue.append(w)
                    reached.append(Reach(node: w, depth: d + 1))
                }
            }
        }
        return reached.sorted { ($0.depth, $0.node) < ($1.depth, $1.node) }
    }
}
