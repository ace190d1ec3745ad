import CiteCore

/// Turns a ``Diagram`` into a ``GraphPlan``: validation, deterministic order, style,
/// year axis, hubs and the large-graph mode. No Graphviz call happens here.
enum DiagramPlanner {
    /// Node attributes with their defaults, in the order DOT lists them.
    static let nodeDeclarations: [(name: String, fallback: String)] = [
        ("label", "\\N"), ("shape", "box"), ("style", "rounded,filled"), ("fillcolor", "#FFFFFF"),
        ("color", "#546E7A"), ("penwidth", "1"), ("peripheries", "1"),
        ("fontname", DiagramStyle.fontName), ("fontsize", "11"), ("fontcolor", DiagramStyle.textColor),
        ("margin", "0.1,0.05"), ("width", "0.75"), ("height", "0.4"), ("fixedsize", "false"),
        ("tooltip", ""), ("URL", ""), ("target", ""), ("id", ""), ("class", ""),
    ]

    static let edgeDeclarations: [(name: String, fallback: String)] = [
        ("color", "#3A6EA5"), ("style", "solid"), ("penwidth", "1"), ("arrowsize", "0.7"),
        ("arrowhead", "normal"), ("constraint", "true"), ("weight", "1"), ("minlen", "1"),
        ("tooltip", ""), ("id", ""), ("class", ""),
    ]

    /// Hubs must be cited by at least this many nodes of the diagram.
    static let hubMinimumInDegree = 5
    /// At most this many nodes are drawn as hubs without being marked.
    static let maximumHubs = 25

    /// The engine a diagram is laid out with.
    static func engine(for diagram: Diagram) -> LayoutEngine {
        switch diagram.layout {
        case .dot: return .dot
        case .sfdp: return .sfdp
        case .auto:
            // dot on a thousand densely cited resolutions takes minutes (crossing
            // minimisation and x-coordinates); sfdp takes well under a second.
            return diagram.nodes.count > GraphvizRenderer.largeGraphThreshold ? .sfdp : .dot
        }
    }

    /// - Complexity: O((V + E) log(V + E)) for the sorting.
    static func plan(_ diagram: Diagram) throws -> GraphPlan {
        let nodes = diagram.nodes.sorted { SymbolOrder.less($0.id, $1.id) }
        var position: [String: Int] = [:]
        position.reserveCapacity(nodes.count)
        for (index, node) in nodes.enumerated() {
            if node.id.isEmpty { throw GraphvizError.invalidDiagram("a node has an empty id") }
            if position.updateValue(index, forKey: node.id) != nil {
                throw GraphvizError.invalidDiagram("duplicate node id \(node.id)")
            }
        }
        let known = Set(position.keys)
        let edges = try mergedEdges(diagram.edges, position: position)
        let engine = engine(for: diagram)
        let large = nodes.count > GraphvizRenderer.largeGraphThreshold
        let compact = engine == .sfdp && large
        // Ranks exist in dot only; an sfdp overview keeps the years in its tooltips.
        let withYearAxis = diagram.rankByYear && engine == .dot
        let boundedDot = engine == .dot && large

        // In-degree counts citing nodes: several relations between one pair count once.
        var inDegree: [String: Int] = [:]
        var citingPairs = Set<[String]>()
        for edge in edges where edge.source != edge.target && citingPairs.insert([edge.source, edge.target]).inserted {
            inDegree[edge.target, default: 0] += 1
        }
        let hubs = hubIDs(nodes: nodes, inDegree: inDegree)

        var ids = UniqueTokens()
        var planned: [GraphPlan.Node] = []
        planned.reserveCapacity(nodes.count)
        for node in nodes {
            planned.append(plannedNode(node, inDegree: inDegree[node.id] ?? 0,
                                       hub: hubs.contains(node.id), compact: compact, ids: &ids))
        }
        // Cleaned ids and their SVG tokens, once per node rather than once per edge end.
        let cleanIDs = Dictionary(uniqueKeysWithValues: nodes.map { ($0.id, DiagramText.clean($0.id)) })
        let tokens = Dictionary(uniqueKeysWithValues: nodes.map { ($0.id, DiagramText.token($0.id)) })
        var plannedEdges: [GraphPlan.Edge] = []
        plannedEdges.reserveCapacity(edges.count)
        for edge in edges {
            let ends = EdgeEnds(source: cleanIDs[edge.source] ?? edge.source, target: cleanIDs[edge.target] ?? edge.target,
                                sourceToken: tokens[edge.source] ?? "x", targetToken: tokens[edge.target] ?? "x")
            plannedEdges.append(plannedEdge(edge, ends: ends, compact: compact,
                                            ranksFixed: withYearAxis && boundedDot, ids: &ids))
        }

        var groups = [GraphPlan.Group(rankSame: false, members: planned.map(\.name))]
        if withYearAxis {
            let axis = try yearAxis(nodes: nodes, known: known, ids: &ids)
            groups = axis.groups
            // Nodes in group order: the order DOT lists them in.
            let byName = Dictionary(uniqueKeysWithValues: (planned + axis.nodes).map { ($0.name, $0) })
            planned = groups.flatMap(\.members).compactMap { byName[$0] }
            plannedEdges = axis.edges + plannedEdges
        } else if engine == .dot {
            plannedEdges += isolatedBlock(nodes: nodes, edges: edges, ids: &ids)
        }
        // Edges in the order DOT writes them: by tail node, then as planned.
        let written = Dictionary(uniqueKeysWithValues: planned.enumerated().map { ($1.name, $0) })
        plannedEdges = plannedEdges.enumerated().sorted { a, b in
            let x = written[a.element.tail] ?? 0, y = written[b.element.tail] ?? 0
            return x != y ? x < y : a.offset < b.offset
        }.map(\.element)

        let title = DiagramText.clean(diagram.title)
        var graph: [(name: String, value: GraphPlan.Value)] = [("layout", .text(engine.rawValue))]
        let legend = diagram.legend ? Legend(nodes: nodes, edges: edges, hubs: hubs, note: diagram.note) : nil
        if let label = Legend.graphLabel(title: title, legend: legend) {
            graph += [("label", .html(label)), ("labelloc", .text("t")), ("labeljust", .text("l"))]
        }
        graph += [
            ("fontname", .text(DiagramStyle.fontName)), ("fontsize", .text("11")),
            ("fontcolor", .text(DiagramStyle.textColor)), ("bgcolor", .text("white")), ("pad", .text("0.3")),
        ]
        switch engine {
        case .dot:
            graph += [
                // Edges point from citing (newer) to cited (older): ranks run against the
                // reading direction so that time flows left to right (or top to bottom).
                ("rankdir", .text(diagram.direction == .leftToRight ? "RL" : "BT")), ("nodesep", .text("0.25")),
                ("ranksep", .text(withYearAxis ? "0.3" : "0.45")), ("splines", .text(boundedDot ? "line" : "true")),
            ]
            if boundedDot {
                // Bounded dot: fewer network-simplex and crossing-minimisation passes.
                graph += [
                    ("nslimit", .text("2")), ("nslimit1", .text("2")), ("mclimit", .text("0.3")),
                    ("searchsize", .text("20")), ("remincross", .text("false")),
                ]
            }
        default:
            graph += [
                ("overlap", .text("prism")), ("splines", .text("false")), ("outputorder", .text("edgesfirst")),
            ]
        }

        return GraphPlan(
            name: title.isEmpty ? "citegraph" : title, engine: engine, graphAttributes: graph,
            nodeDeclarations: nodeDeclarations, edgeDeclarations: edgeDeclarations,
            nodes: planned, edges: plannedEdges, groups: groups)
    }

    /// Duplicate (source, target, relation) edges summed into one; sorted by the
    /// natural order of source, then target, then relation.
    private static func mergedEdges(_ edges: [DiagramEdge], position: [String: Int]) throws -> [DiagramEdge] {
        struct Key: Hashable { var source: Int; var target: Int; var relation: Int }
        let relationOrder = Dictionary(uniqueKeysWithValues: Relation.allCases.enumerated().map { ($1, $0) })
        var weights: [Key: Int] = [:]
        var firstSeen: [Key: DiagramEdge] = [:]
        for edge in edges {
            for end in [edge.source, edge.target] where position[end] == nil {
                throw GraphvizError.invalidDiagram(
                    "edge \(edge.source) → \(edge.target) (\(edge.relation.rawValue)): node \(end) is not in the diagram")
            }
            let key = Key(source: position[edge.source] ?? 0, target: position[edge.target] ?? 0,
                          relation: relationOrder[edge.relation] ?? 0)
            weights[key, default: 0] += max(edge.weight, 1)
            if firstSeen[key] == nil { firstSeen[key] = edge }
        }
        return weights.keys
            .sorted { a, b in (a.source, a.target, a.relation) < (b.source, b.target, b.relation) }
            .compactMap { key in
                guard var edge = firstSeen[key] else { return nil }
                edge.weight = weights[key] ?? 1
                return edge
            }
    }

    /// Marked hubs, and the most cited nodes (at least ``hubMinimumInDegree``, at most ``maximumHubs``).
    private static func hubIDs(nodes: [DiagramNode], inDegree: [String: Int]) -> Set<String> {
        var hubs = Set(nodes.filter { $0.emphasis == .hub }.map(\.id))
        let ranked = nodes.filter { (inDegree[$0.id] ?? 0) >= hubMinimumInDegree }
            .sorted { a, b in
                let x = inDegree[a.id] ?? 0, y = inDegree[b.id] ?? 0
                return x != y ? x > y : SymbolOrder.less(a.id, b.id)
            }
        hubs.formUnion(ranked.prefix(maximumHubs).map(\.id))
        return hubs
    }

    private static func plannedNode(_ node: DiagramNode, inDegree: Int, hub: Bool, compact: Bool,
                                    ids: inout UniqueTokens) -> GraphPlan.Node {
        var look = DiagramStyle.nodeLook(kind: node.kind, body: node.body, external: node.external)
        var attributes: [String: GraphPlan.Value] = [:]
        let symbol = node.label.map(DiagramText.clean).flatMap { $0.isEmpty ? nil : $0 }
            ?? DiagramText.shortSymbol(for: node.id, symbol: node.symbol, title: node.title)

        var penwidth = hub ? 2.0 : 1.0
        if node.emphasis == .focus { penwidth = 3.0 }
        if compact && !hub && node.emphasis != .focus {
            // A dot in an overview: no label, size by how often it is cited.
            look.shape = (node.kind == .treaty || node.kind == .instrument) ? "square" : "circle"
            look.style = ["filled"]
            let size = 0.12 + 0.05 * Double(inDegree).squareRoot()
            attributes["label"] = .text("")
            attributes["width"] = .text(decimal(size))
            attributes["height"] = .text(decimal(size))
            attributes["fixedsize"] = .text("true")
            penwidth = 0.6
        } else {
            attributes["label"] = .text(nodeLabel(node, symbol: symbol, compact: compact))
            if hub { attributes["fontsize"] = .text(compact ? "16" : "13") }
        }
        attributes["shape"] = .text(look.shape)
        attributes["style"] = .text(look.style.joined(separator: ","))
        attributes["fillcolor"] = .text(look.fill)
        attributes["color"] = .text(look.line)
        attributes["penwidth"] = .text(decimal(penwidth))
        attributes["peripheries"] = .text(String(look.peripheries))
        if node.external { attributes["fontcolor"] = .text(DiagramStyle.mutedTextColor) }
        attributes["tooltip"] = .text(tooltip(node, inDegree: inDegree))
        if let url = DiagramText.undocsURL(for: node.id) {
            attributes["URL"] = .text(url)
            attributes["target"] = .text("_blank")
        }
        attributes["id"] = .text(ids.claim("n-" + DiagramText.token(node.id)))
        var classes = ["kind-\(node.kind.rawValue)"]
        if let body = node.body { classes.append("body-\(body.rawValue)") }
        if node.external { classes.append("external") }
        if hub { classes.append("hub") }
        if node.emphasis == .focus { classes.append("focus") }
        attributes["class"] = .text(classes.joined(separator: " "))
        return GraphPlan.Node(name: node.id, attributes: defaultsRemoved(attributes, nodeDeclarations))
    }

    /// The short symbol, then the title shortened to two lines, as a plain label
    /// (`\n` is Graphviz's line break). Plain rather than HTML-like: Graphviz 2.43 leaks
    /// memory for every HTML-like label it lays out, and node labels are most of them.
    private static func nodeLabel(_ node: DiagramNode, symbol: String, compact: Bool) -> String {
        var lines = DiagramText.wrapped(symbol, width: 30, maxLines: 3)
        let showsTitle = !compact && !(node.kind == .instrument && node.label == nil)
        if showsTitle, let title = node.title {
            lines += DiagramText.wrapped(title, width: 28, maxLines: 2)
        }
        return lines.map(DiagramText.plainEscaped).joined(separator: "\\n")
    }

    /// The lines of a node's tooltip, cleaned, not escaped: id, title, then date (or year), "not
    /// in the corpus" and how many cite it in the diagram. Shared by Graphviz's and the Swift-drawn diagrams.
    static func tooltipLines(_ node: DiagramNode, inDegree: Int) -> [String] {
        var lines = [DiagramText.clean(node.id)]
        if let title = node.title.map(DiagramText.clean), !title.isEmpty { lines.append(title) }
        var facts: [String] = []
        if let date = node.date.map(DiagramText.clean), !date.isEmpty {
            facts.append(date)
        } else if let year = node.year {
            facts.append(String(year))
        }
        if node.external { facts.append("not in the corpus") }
        if inDegree > 0 { facts.append("cited by \(inDegree) in this diagram") }
        if !facts.isEmpty { lines.append(facts.joined(separator: " · ")) }
        return lines
    }

    /// Full id, title and date; said plainly when the node is external or a hub.
    private static func tooltip(_ node: DiagramNode, inDegree: Int) -> String {
        let lines = tooltipLines(node, inDegree: inDegree)
        // `\n` is Graphviz's line break in attribute text; it is added after escaping.
        return lines.map(DiagramText.plainEscaped).joined(separator: "\\n")
    }

    /// An edge's ends, cleaned for text and as SVG tokens.
    private struct EdgeEnds {
        var source: String
        var target: String
        var sourceToken: String
        var targetToken: String
    }

    private static func plannedEdge(_ edge: DiagramEdge, ends: EdgeEnds, compact: Bool, ranksFixed: Bool,
                                    ids: inout UniqueTokens) -> GraphPlan.Edge {
        let group = RelationGroup(edge.relation)
        let look = edge.inferred ? DiagramStyle.inferredLook : DiagramStyle.edgeLook(group)
        var width = edge.inferred ? look.width : DiagramStyle.edgeWidth(edge.relation, weight: edge.weight)
        var color = look.color
        if compact {
            color += "80"
            width = 0.5
        } else if edge.secondary {
            color += "59"
            width = 0.7
        }
        var attributes: [String: GraphPlan.Value] = [
            "color": .text(color),
            "style": .text(look.style),
            "penwidth": .text(decimal(width)),
            "arrowsize": .text(compact ? "0.3" : "0.7"),
        ]
        // A large year-ranked dot: ranks come from the axis alone, so crossing
        // minimisation does not work through thousands of citation edges. Context edges
        // never pull the layout either.
        if ranksFixed || edge.secondary { attributes["constraint"] = .text("false") }
        var tip = edge.inferred
            ? "\(ends.source) continues \(ends.target) (inferred: a later document cites the two together)"
            : "\(ends.source) \(edge.relation.rawValue) \(ends.target)"
        if edge.weight > 1 && !edge.inferred { tip += " (×\(edge.weight))" }
        attributes["tooltip"] = .text(DiagramText.plainEscaped(tip))
        attributes["id"] = .text(ids.claim(
            "e-" + ends.sourceToken + "-" + edge.relation.rawValue + "-" + ends.targetToken))
        var classes = ["rel-\(edge.relation.rawValue)", "group-\(group.rawValue)"]
        if edge.inferred { classes.append("inferred") }
        if edge.secondary { classes.append("secondary") }
        attributes["class"] = .text(classes.joined(separator: " "))
        return GraphPlan.Edge(tail: edge.source, head: edge.target,
                              attributes: defaultsRemoved(attributes, edgeDeclarations))
    }

    /// One plaintext node per year (and `undated` first when some node has no year),
    /// chained by invisible edges, each in a `rank=same` group with that year's nodes.
    private static func yearAxis(nodes: [DiagramNode], known: Set<String>, ids: inout UniqueTokens) throws
        -> (nodes: [GraphPlan.Node], edges: [GraphPlan.Edge], groups: [GraphPlan.Group]) {
        var members: [String: [String]] = [:]
        for node in nodes { members[node.year.map(String.init) ?? "undated", default: []].append(node.id) }
        let years = Set(nodes.compactMap(\.year)).sorted()
        let keys = (members["undated"] == nil ? [] : ["undated"]) + years.map(String.init)
        var axisNodes: [GraphPlan.Node] = []
        var axisEdges: [GraphPlan.Edge] = []
        var groups: [GraphPlan.Group] = []
        for (offset, key) in keys.enumerated() {
            let name = "axis:\(key)"
            if known.contains(name) { throw GraphvizError.invalidDiagram("node id \(name) is reserved for the year axis") }
            var label = key, tip = key
            if offset > 0, let a = Int(keys[offset - 1]), let b = Int(key), b - a > maximumYearSpan {
                // A gap drawn shorter than it is: said on the axis.
                label = "⋯ " + key
                tip = "\(key): \(b - a) years after \(a) (the gap is drawn as \(maximumYearSpan))"
            }
            axisNodes.append(GraphPlan.Node(name: name, attributes: [
                "label": .text(label), "shape": .text("plaintext"), "style": .text(""), "peripheries": .text("0"),
                "fontsize": .text("13"), "fontcolor": .text(DiagramStyle.mutedTextColor),
                "tooltip": .text(tip), "id": .text(ids.claim("year-\(key)")), "class": .text("year-axis"),
            ]))
            groups.append(GraphPlan.Group(rankSame: true, members: [name] + (members[key] ?? [])))
            if offset > 0 {
                // Newer → older, like citations, so the axis and the edges agree on rank order.
                // One rank per year between two columns (ranksep 0.3 in each): the space grows with the years.
                var attributes: [String: GraphPlan.Value] = [
                    "style": .text("invis"), "arrowhead": .text("none"), "weight": .text("100"),
                    "id": .text(ids.claim("axis-\(key)-\(keys[offset - 1])")), "class": .text("year-axis"),
                ]
                let span = yearSpan(from: keys[offset - 1], to: key)
                if span > 1 { attributes["minlen"] = .text(String(span)) }
                axisEdges.append(GraphPlan.Edge(tail: name, head: "axis:\(keys[offset - 1])", attributes: attributes))
            }
        }
        return (axisNodes, axisEdges, groups)
    }

    /// Nodes that no edge touches, set out in a block of rows (invisible edges chain each row)
    /// instead of one tall column: the top N often has a dozen of them.
    private static func isolatedBlock(nodes: [DiagramNode], edges: [DiagramEdge], ids: inout UniqueTokens) -> [GraphPlan.Edge] {
        var touched = Set<String>()
        for edge in edges where edge.source != edge.target { touched.insert(edge.source); touched.insert(edge.target) }
        let isolated = nodes.map(\.id).filter { !touched.contains($0) }
        guard isolated.count > 3 else { return [] }
        let rowLength = Int(Double(isolated.count).squareRoot().rounded(.up))
        var block: [GraphPlan.Edge] = []
        for (k, id) in isolated.enumerated() where k % rowLength != rowLength - 1 && k + 1 < isolated.count {
            block.append(GraphPlan.Edge(tail: id, head: isolated[k + 1], attributes: [
                "style": .text("invis"), "arrowhead": .text("none"),
                "id": .text(ids.claim("layout-\(k)")), "class": .text("layout"),
            ]))
        }
        return block
    }

    /// Longest gap drawn to scale: a longer one (1948 → 2019) is drawn as this many years, and its
    /// later year is labelled with the gap, so a diagram reaching back to the Charter stays readable.
    static let maximumYearSpan = 12

    /// Ranks between two consecutive axis columns: the years between them, at least 1, at most
    /// ``maximumYearSpan`` (`undated` is one rank before the first year).
    static func yearSpan(from older: String, to newer: String) -> Int {
        guard let a = Int(older), let b = Int(newer) else { return 1 }
        return max(1, min(b - a, maximumYearSpan))
    }

    private static func defaultsRemoved(_ attributes: [String: GraphPlan.Value],
                                        _ declarations: [(name: String, fallback: String)]) -> [String: GraphPlan.Value] {
        var result = attributes
        for declaration in declarations where result[declaration.name] == .text(declaration.fallback) {
            result[declaration.name] = nil
        }
        return result
    }

    /// `1.5`, `2`, `0.35`: at most two decimals, no trailing zeros (stable across platforms).
    static func decimal(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let whole = hundredths / 100, fraction = hundredths % 100
        if fraction == 0 { return String(whole) }
        let digits = fraction % 10 == 0 ? String(fraction / 10) : (fraction < 10 ? "0\(fraction)" : String(fraction))
        return "\(whole).\(digits)"
    }
}
