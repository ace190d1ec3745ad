import CiteCore
import CiteGraph
import CiteRender

/// The diagrams `citegraph render` draws: a series as its chain, a family as its branching
/// chains, an ego network around one document, the most central documents of every body.
extension Diagram {
    /// The series as a chain: its members, one column per year, and the transitive reduction of
    /// the citations among them together with the series links (each member → its predecessor;
    /// a link inferred from a later member's citations is drawn as "continues"). As every member
    /// cites most earlier ones, the reduction is the chain itself; `allCitations` adds the other
    /// citations among members, pale.
    ///
    /// ```swift
    /// let series = graph.series(of: try graph.index(of: "S/RES/2493 (2019)"))
    /// let diagram = Diagram.series(series, in: graph, title: "Women, peace and security")
    /// ```
    /// - Complexity: O(L · (L + E)) for L members and E citations among them.
    public static func series(_ series: Series, in graph: CitationGraph, title: String, focus: Int? = nil,
                              allCitations: Bool = false, titles: [String?]? = nil) -> Diagram {
        chains([series.links], joins: [], members: series.members, in: graph, title: title, focus: focus,
               allCitations: allCitations, titles: titles)
    }

    /// A series family: each chain drawn as a chain, each branch joined to the member it
    /// continues; other citations among members only with `allCitations` (pale).
    /// - Complexity: O(M · (M + E)) for M members and E citations among them.
    public static func family(_ family: SeriesFamily, in graph: CitationGraph, title: String,
                              allCitations: Bool = false, titles: [String?]? = nil) -> Diagram {
        chains(family.chains.map(\.links), joins: family.joins, members: family.members, in: graph, title: title,
               focus: nil, allCitations: allCitations, titles: titles)
    }

    private static func chains(_ chains: [[SeriesLink]], joins: [SeriesLink], members: [Int], in graph: CitationGraph,
                               title: String, focus: Int?, allCitations: Bool, titles: [String?]?) -> Diagram {
        let titles = titles ?? graph.displayTitles()
        let memberSet = Set(members)
        var structural: [[Int]] = []
        var drawn: [DiagramEdge] = []
        func add(_ link: SeriesLink) {
            let pair = [link.successor, link.predecessor]
            guard !structural.contains(pair) else { return }
            structural.append(pair)
            if let e = graph.edgeID(from: link.successor, to: link.predecessor) {
                drawn.append(edge(e, in: graph))
            } else {
                // The successor does not cite its predecessor: a later document listed the two.
                let relation = graph.edgeID(from: link.citedBy, to: link.predecessor).map { graph.edge($0).dominantRelation } ?? .cites
                drawn.append(DiagramEdge(source: graph.nodes[link.successor].id, target: graph.nodes[link.predecessor].id,
                                         relation: relation, inferred: true))
            }
        }
        for chain in chains { chain.forEach(add) }
        joins.forEach(add)

        var citations: [(pair: [Int], edge: Int)] = []
        for v in members.sorted() {
            for e in graph.outEdgeIDs(of: v) where memberSet.contains(graph.target(ofEdge: e)) {
                citations.append(([v, graph.target(ofEdge: e)], e))
            }
        }
        // A single chain: what the reduction keeps beside the links (a citation the chain does
        // not imply, e.g. one against its order) is drawn too. A family: the chains and joins only.
        let kept = chains.count == 1 && joins.isEmpty
            ? Set(TransitiveReduction.edges(structural + citations.map(\.pair)))
            : Set(structural)
        for (pair, e) in citations where !structural.contains(pair) {
            if kept.contains(pair) {
                drawn.append(edge(e, in: graph))
            } else if allCitations {
                drawn.append(edge(e, in: graph, secondary: true))
            }
        }
        let nodes = memberSet.sorted().map { node($0, in: graph, titles: titles, focus: focus) }
        return Diagram(title: title, rankByYear: true, nodes: nodes, edges: drawn)
    }
}

/// The neighbours an ego diagram draws and those it leaves out.
public struct EgoSelection: Sendable {
    /// The neighbours drawn (without the focus), strongest first.
    public var drawn: [Int]
    /// How many neighbours within the depth were left out.
    public var leftOut: Int
}

extension Diagram {
    /// Neighbours an ego diagram draws by default.
    public static let defaultEgoNeighbours = 40

    /// A document and its neighbours to `depth` steps (documents it cites and documents citing it).
    ///
    /// At most `maxNeighbours` (nil: all) are drawn, the strongest first: nearest, then the most
    /// citations between them and the focus (or the neighbour nearer to it), then the most cited
    /// in the whole graph, then by symbol; a farther neighbour only with the one it is reached
    /// through. The legend says how many were left out ("and 29 more"). Only the edges along
    /// which each neighbour is reached are drawn — for depth 1, the edges that touch the focus;
    /// `allEdges` adds every other citation among them, pale.
    /// - Complexity: O((V + E) log V) over the neighbourhood.
    public static func ego(_ focus: Int, in graph: CitationGraph, depth: Int = 1,
                           maxNeighbours: Int? = defaultEgoNeighbours, allEdges: Bool = false,
                           titles: [String?]? = nil) -> (diagram: Diagram, selection: EgoSelection) {
        let titles = titles ?? graph.displayTitles()
        let inDegree = graph.inDegrees()
        // Both sides reached breadth-first: `cited` along citations, `citing` against them.
        struct Reached { var depth: Int; var strength: Double; var parents: [Int] }
        func side(outgoing: Bool) -> [Int: Reached] {
            var reached: [Int: Reached] = [:]
            var layer = [focus]
            var seen: Set<Int> = [focus]
            var d = 0
            while !layer.isEmpty, d < max(depth, 1) {
                d += 1
                var next: [Int: Reached] = [:]
                for u in layer {
                    for e in outgoing ? Array(graph.outEdgeIDs(of: u)) : graph.inEdgeIDs(of: u) {
                        let edge = graph.edge(e)
                        let v = outgoing ? edge.target : edge.source
                        guard !seen.contains(v) else { continue }
                        var r = next[v] ?? Reached(depth: d, strength: 0, parents: [])
                        r.strength = max(r.strength, edge.weight)
                        r.parents.append(u)
                        next[v] = r
                    }
                }
                for (v, r) in next { reached[v] = r; seen.insert(v) }
                layer = next.keys.sorted()
            }
            return reached
        }
        let cited = side(outgoing: true), citing = side(outgoing: false)
        var candidates = Set(cited.keys).union(citing.keys)
        candidates.remove(focus)
        func best(_ v: Int) -> Reached {
            switch (cited[v], citing[v]) {
            case let (a?, b?): return a.depth != b.depth ? (a.depth < b.depth ? a : b) : (a.strength >= b.strength ? a : b)
            case let (a?, nil): return a
            case let (nil, b?): return b
            default: return Reached(depth: .max, strength: 0, parents: [])
            }
        }
        let order = candidates.sorted { x, y in
            let a = best(x), b = best(y)
            if a.depth != b.depth { return a.depth < b.depth }
            if a.strength != b.strength { return a.strength > b.strength }
            if inDegree[x] != inDegree[y] { return inDegree[x] > inDegree[y] }
            return SymbolOrder.less(graph.nodes[x].id, graph.nodes[y].id)
        }
        let limit = maxNeighbours.map { max(0, $0) } ?? order.count
        var kept: Set<Int> = [focus]
        var drawnOrder: [Int] = []
        for v in order where drawnOrder.count < limit {
            // A farther neighbour comes with the nearer one it is reached through.
            let parents = (cited[v]?.parents ?? []) + (citing[v]?.parents ?? [])
            guard parents.contains(where: kept.contains) else { continue }
            kept.insert(v)
            drawnOrder.append(v)
        }
        let leftOut = order.count - drawnOrder.count

        var edges: [DiagramEdge] = []
        for v in kept.sorted() {
            for e in graph.outEdgeIDs(of: v) {
                let t = graph.target(ofEdge: e)
                guard kept.contains(t) else { continue }
                // Along the search: t was reached from v (v cites it), or v from t (it cites t).
                let alongCited = cited[t]?.parents.contains(v) == true
                let alongCiting = citing[v]?.parents.contains(t) == true
                if alongCited || alongCiting {
                    edges.append(edge(e, in: graph))
                } else if allEdges {
                    edges.append(edge(e, in: graph, secondary: true))
                }
            }
        }
        let note = leftOut > 0
            ? "and \(leftOut) more neighbour\(leftOut == 1 ? "" : "s") not drawn (the \(drawnOrder.count) strongest are)"
            : nil
        let nodes = kept.sorted().map { node($0, in: graph, titles: titles, focus: focus) }
        let diagram = Diagram(title: "\(graph.nodes[focus].id) and its neighbours", rankByYear: true,
                              note: note, nodes: nodes, edges: edges)
        return (diagram, EgoSelection(drawn: drawnOrder, leftOut: leftOut))
    }
}

/// What an overview of the most central documents drew, and why.
public struct TopSelection: Sendable {
    /// The nodes drawn, most central first.
    public var nodes: [Int]
    /// How many of them are there by score alone (the first of the ranking).
    public var byScore: Int
    /// Added so that every body is shown: the group's name and how many, in group order.
    public var addedForGroups: [(group: String, count: Int)]
    /// Drawn nodes that cite and are cited by none of the others drawn.
    public var isolated: Int
}

extension Diagram {
    /// The `count` most central documents by `scores`, sampled so that every body is present:
    /// each group of the graph (GA, SC, HRC, ECOSOC, CHR, other bodies; treaties and instruments)
    /// gets its most central `max(1, count / (2 × groups))` first, the rest go by score alone.
    /// Every chosen node is drawn, those linked to none of the others too.
    /// - Complexity: O(V log V + E).
    public static func top(_ count: Int, in graph: CitationGraph, scores: [Double], title: String? = nil,
                           titles: [String?]? = nil) -> (diagram: Diagram, selection: TopSelection) {
        let titles = titles ?? graph.displayTitles()
        let order = Array(0..<graph.nodeCount).sorted { a, b in
            scores[a] != scores[b] ? scores[a] > scores[b] : graph.nodes[a].id < graph.nodes[b].id
        }
        let limit = min(count, graph.nodeCount)
        var byGroup: [String: [Int]] = [:]
        for v in order { byGroup[overviewGroup(graph.nodes[v]), default: []].append(v) }
        let groups = overviewGroups.filter { byGroup[$0] != nil }
        var chosen: [Int] = []
        var taken = Set<Int>()
        var added: [(group: String, count: Int)] = []
        if !groups.isEmpty {
            let quota = max(1, limit / (2 * groups.count))
            let topByScore = Set(order.prefix(limit))
            // Each group's most central, in order of their best scores, while room is left.
            let ranked = groups.sorted { a, b in
                let x = byGroup[a]?.first ?? 0, y = byGroup[b]?.first ?? 0
                return scores[x] != scores[y] ? scores[x] > scores[y] : a < b
            }
            for group in ranked {
                let members = byGroup[group] ?? []
                var extra = 0
                for v in members.prefix(quota) where chosen.count < limit && taken.insert(v).inserted {
                    chosen.append(v)
                    if !topByScore.contains(v) { extra += 1 }
                }
                if extra > 0 { added.append((group, extra)) }
            }
        }
        for v in order where chosen.count < limit && !taken.contains(v) {
            taken.insert(v)
            chosen.append(v)
        }
        chosen.sort { a, b in scores[a] != scores[b] ? scores[a] > scores[b] : graph.nodes[a].id < graph.nodes[b].id }
        let isolated = chosen.filter { v in
            !graph.successors(of: v).contains(where: taken.contains) && !graph.predecessors(of: v).contains(where: taken.contains)
        }.count
        let byScore = chosen.count - added.reduce(0) { $0 + $1.count }
        let heading = title ?? "The \(chosen.count) most central documents (PageRank), every body's most central included"
        var note: String?
        if !added.isEmpty {
            note = "\(byScore) by score alone; added so every body is shown: "
                + added.map { "\($0.group) \($0.count)" }.joined(separator: ", ")
        }
        let diagram = Diagram(graph: graph, nodes: chosen, title: heading, titles: titles, note: note)
        return (diagram, TopSelection(nodes: chosen, byScore: byScore, addedForGroups: added, isolated: isolated))
    }

    /// The groups an overview samples, in the order the legend and messages name them.
    static let overviewGroups = ["GA", "SC", "HRC", "ECOSOC", "CHR", "other bodies", "treaties and instruments"]

    static func overviewGroup(_ node: NodeRecord) -> String {
        if node.kind == .treaty || node.kind == .instrument { return "treaties and instruments" }
        switch node.body {
        case .ga: return "GA"
        case .sc: return "SC"
        case .hrc: return "HRC"
        case .ecosoc: return "ECOSOC"
        case .chr: return "CHR"
        case .other, nil: return "other bodies"
        }
    }
}
