/// The transitive reduction of a small directed graph: the edges that no longer path implies.
///
/// ```swift
/// // 3 → 2 → 1 and 3 → 1: the chain stays, the shortcut goes.
/// TransitiveReduction.edges([[3, 2], [2, 1], [3, 1]])   // [[3, 2], [2, 1]]
/// ```
/// An edge u → v is dropped when v can be reached from u by a path of two or more edges. On a
/// graph with a cycle (rare in citations: cross-citing in one session) the edges are judged in
/// the order given, each against those still kept, so what reaches what never changes.
public enum TransitiveReduction {
    /// The kept edges as `[source, target]` pairs, in the order given (duplicates once).
    /// - Complexity: O(E · (V + E)) — one search per edge; meant for diagram-sized graphs.
    public static func edges<Node: Hashable>(_ edges: [[Node]]) -> [[Node]] {
        var successors: [Node: [Node]] = [:]
        var unique: [[Node]] = []
        var seen = Set<[Node]>()
        for edge in edges where edge.count == 2 && edge[0] != edge[1] && seen.insert(edge).inserted {
            successors[edge[0], default: []].append(edge[1])
            unique.append(edge)
        }
        // Whether `target` can be reached from `start` without the edge start → target.
        func reachesOtherwise(_ start: Node, _ target: Node) -> Bool {
            var stack = (successors[start] ?? []).filter { $0 != target }
            // The start is never entered again: a way back through it would use the edge itself.
            var found = Set(stack + [start])
            while let x = stack.popLast() {
                if x == target { return true }
                for y in successors[x] ?? [] where found.insert(y).inserted { stack.append(y) }
            }
            return false
        }
        // One edge at a time against what is left: on a DAG this is the unique reduction; on a
        // cycle it keeps reachability (two edges never justify each other's removal).
        var kept: [[Node]] = []
        for edge in unique {
            if reachesOtherwise(edge[0], edge[1]) {
                successors[edge[0]]?.removeAll { $0 == edge[1] }
            } else {
                kept.append(edge)
            }
        }
        return kept
    }
}
