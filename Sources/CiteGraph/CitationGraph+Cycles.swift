extension CitationGraph {
    /// Strongly connected components (Tarjan, iterative), each sorted ascending, in reverse
    /// topological order of the condensation: a component comes after every component it cites.
    ///
    /// ```swift
    /// let loops = graph.stronglyConnectedComponents().filter { $0.count > 1 }
    /// ```
    /// - Complexity: O(V + E).
    public func stronglyConnectedComponents() -> [[Int]] {
        let n = nodeCount
        var index = [Int](repeating: -1, count: n)
        var low = [Int](repeating: 0, count: n)
        var onStack = [Bool](repeating: false, count: n)
        var stack: [Int] = []
        var frames: [(node: Int, next: Int)] = []
        var counter = 0
        var components: [[Int]] = []
        for root in 0..<n where index[root] < 0 {
            index[root] = counter; low[root] = counter; counter += 1
            stack.append(root); onStack[root] = true
            frames.append((root, outOffsets[root]))
            while let frame = frames.last {
                let v = frame.node
                if frame.next < outOffsets[v + 1] {
                    frames[frames.count - 1].next += 1
                    let w = Int(outTargets[frame.next])
                    if index[w] < 0 {
                        index[w] = counter; low[w] = counter; counter += 1
                        stack.append(w); onStack[w] = true
                        frames.append((w, outOffsets[w]))
                    } else if onStack[w] {
                        low[v] = min(low[v], index[w])
                    }
                } else {
                    frames.removeLast()
                    if let parent = frames.last { low[parent.node] = min(low[parent.node], low[v]) }
                    if low[v] == index[v] {
                        var component: [Int] = []
                        while let w = stack.popLast() {
                            onStack[w] = false
                            component.append(w)
                            if w == v { break }
                        }
                        components.append(component.sorted())
                    }
                }
            }
        }
        return components
    }

    /// One named cycle for each group of nodes that cite each other in a circle: the shortest
    /// cycle through the group's first node, as `[a, b, …, z]` with edges a → b → … → z → a.
    /// Sorted by first node. Empty for an acyclic graph.
    ///
    /// ```swift
    /// for cycle in graph.cycles() { print(graph.describe(cycle: cycle)) }  // A → B → A
    /// ```
    /// - Complexity: O(V + E).
    public func cycles() -> [[Int]] {
        var member = [Int](repeating: -1, count: nodeCount)
        var result: [[Int]] = []
        let groups = stronglyConnectedComponents().filter { $0.count > 1 }
        for (g, group) in groups.enumerated() {
            for v in group { member[v] = g }
            if let cycle = shortestCycle(through: group[0], within: member, group: g) { result.append(cycle) }
        }
        return result.sorted { $0[0] < $1[0] }
    }

    /// The first cycle found, or nil when the graph is acyclic.
    /// - Complexity: O(V + E).
    public func findCycle() -> [Int]? { cycles().first }

    /// `A/RES/1 → A/RES/2 → A/RES/1`.
    public func describe(cycle: [Int]) -> String {
        guard let first = cycle.first else { return "" }
        return (cycle + [first]).map { nodes[$0].id }.joined(separator: " → ")
    }

    /// Breadth-first search from `start` inside one component back to `start`.
    func shortestCycle(through start: Int, within member: [Int], group: Int) -> [Int]? {
        var parent: [Int: Int] = [start: -1]
        var queue = [start]
        var head = 0
        while head < queue.count {
            let v = queue[head]; head += 1
            for k in outOffsets[v]..<outOffsets[v + 1] {
                let w = Int(outTargets[k])
                guard member[w] == group else { continue }
                if w == start {
                    var path = [v]
                    var x = v
                    while let p = parent[x], p >= 0 { path.append(p); x = p }
                    return path.reversed()
                }
                if parent[w] == nil { parent[w] = v; queue.append(w) }
            }
        }
        return nil
    }
}
