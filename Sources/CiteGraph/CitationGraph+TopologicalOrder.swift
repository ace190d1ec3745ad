import HeapModule

/// A topological order that survives cycles.
public struct TopologicalOrder: Hashable, Sendable {
    /// Every node once; for every edge u → v outside a cycle, u (citing) comes before v (cited).
    public var order: [Int]
    /// The groups of nodes that cite each other in a circle (strongly connected, more than one
    /// node), each ascending; inside a group nodes follow index order.
    public var cycles: [[Int]]
}

extension CitationGraph {
    /// Citing documents before the documents they cite; among the ready ones the lowest index
    /// first, so the order is deterministic. A cycle is kept together as one block and reported.
    ///
    /// ```swift
    /// let topo = graph.topologicalOrder()
    /// let oldestFirst = topo.order.reversed()
    /// ```
    /// - Complexity: O((V + E) log V).
    public func topologicalOrder() -> TopologicalOrder {
        let n = nodeCount
        let components = stronglyConnectedComponents()
        var component = [Int](repeating: 0, count: n)
        for (c, members) in components.enumerated() { for v in members { component[v] = c } }
        // Condensation in-degrees (edges between different components, counted with multiplicity).
        var indegree = [Int](repeating: 0, count: components.count)
        for v in 0..<n {
            for k in outOffsets[v]..<outOffsets[v + 1] {
                let w = Int(outTargets[k])
                if component[v] != component[w] { indegree[component[w]] += 1 }
            }
        }
        // Ready components keyed by their smallest member.
        var ready = Heap<Int>()
        var byFirst = [Int: Int]()
        for (c, members) in components.enumerated() {
            byFirst[members[0]] = c
            if indegree[c] == 0 { ready.insert(members[0]) }
        }
        var order: [Int] = []
        order.reserveCapacity(n)
        while let first = ready.popMin() {
            guard let c = byFirst[first] else { continue }
            for v in components[c] {
                order.append(v)
                for k in outOffsets[v]..<outOffsets[v + 1] {
                    let d = component[Int(outTargets[k])]
                    guard d != c else { continue }
                    indegree[d] -= 1
                    if indegree[d] == 0 { ready.insert(components[d][0]) }
                }
            }
        }
        let cycles = components.filter { $0.count > 1 }.sorted { $0[0] < $1[0] }
        return TopologicalOrder(order: order, cycles: cycles)
    }
}
