import CiteCore
@testable import CiteGraph

/// Small graphs shared by the tests.
enum TestGraphs {
    /// A–H with a cycle B → C → D → B, an isolated node G and weights on A → B (2) and E → C (3).
    /// Networkx: the same edges in a DiGraph with `weight` attributes.
    static func small() -> CitationGraph {
        let ids = ["A", "B", "C", "D", "E", "F", "G", "H"]
        let nodes = ids.map { NodeRecord(id: $0, kind: .resolution, body: .ga) }
        let list: [(String, String, Double)] = [("A", "B", 2), ("A", "C", 1), ("B", "C", 1), ("C", "D", 1), ("D", "B", 1),
                                                ("E", "A", 1), ("E", "C", 3), ("F", "E", 1), ("F", "A", 1), ("H", "D", 1)]
        let index = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        return CitationGraph(nodes: nodes, edges: list.map { (index[$0.0]!, index[$0.1]!) }, weights: list.map(\.2))
    }

    /// A citation between two documents, with the fields the graph reads.
    static func citation(_ citing: String, _ target: String, _ relation: Relation = .recalls,
                         _ section: Section = .preamble, paragraph: String = "PP1", at start: Int = 0,
                         body: Body? = .ga, kind: TargetKind = .resolution) -> Citation {
        Citation(citing: citing, target: target, targetKind: kind, body: body, relation: relation, section: section,
                 paragraph: paragraph, span: start..<(start + 5), text: target)
    }

    /// A random-ish citation graph: each new node cites up to `cites` earlier ones (preferring
    /// cited ones), plus a few backward edges that make cycles; weights 1–3.
    static func randomCitations(nodes n: Int, cites: Int, backEdges: Int, seed: UInt64) -> CitationGraph {
        var rng = SeededGenerator(seed: seed)
        var edges: [(citing: Int, cited: Int)] = []
        var weights: [Double] = []
        var targets: [Int] = []
        for v in 1..<n {
            var chosen = Set<Int>()
            for _ in 0..<min(cites, v) {
                let u = targets.isEmpty || rng.nextInt(below: 2) == 0 ? rng.nextInt(below: v) : targets[rng.nextInt(below: targets.count)]
                if chosen.insert(u).inserted {
                    edges.append((v, u))
                    weights.append(Double(1 + rng.nextInt(below: 3)))
                }
            }
            targets += chosen.sorted()
        }
        for _ in 0..<backEdges {
            let a = rng.nextInt(below: n), b = rng.nextInt(below: n)
            if a < b { edges.append((a, b)); weights.append(1) }
        }
        let nodes = (0..<n).map { NodeRecord(id: String(format: "N%04d", $0), kind: .document) }
        return CitationGraph(nodes: nodes, edges: edges, weights: weights)
    }
}

func close(_ a: [Double], _ b: [Double], tolerance: Double = 1e-9) -> Bool {
    a.count == b.count && zip(a, b).allSatisfy { abs($0 - $1) <= tolerance }
}
