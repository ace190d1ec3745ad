import CiteCore

/// A small ego diagram written directly as SVG, without Graphviz: the focus in the middle, what
/// it cites in a column on the left, who cites it in a column on the right, one arrow per edge
/// (citing → cited, so every arrow points left).
///
/// A fixed layout needs no solver, so it is fast, thread-safe (Graphviz is neither) and
/// deterministic; it follows the palette of the other diagrams (``DiagramStyle``: bodies by
/// hue, kinds by shape, relations by colour family, external nodes white and dashed) and the
/// same ids, classes, tooltips and undocs.org links as Graphviz's SVG. Every piece of document
/// text is cleaned (``DiagramText/clean(_:)``) and XML-escaped.
///
/// ```swift
/// let diagram = Diagram(title: "A/RES/70/1", nodes: [focus, cited, citing], edges: [toCited, fromCiting])
/// let svg = try EgoDiagram.svg(diagram, focus: "A/RES/70/1")
/// ```
public enum EgoDiagram {
    /// - Parameter focus: the id of the node every edge touches.
    /// - Throws: ``GraphvizError/invalidDiagram(_:)`` for a duplicate or empty node id, a missing
    ///   focus, or an edge whose ends are not in the diagram or that does not touch the focus.
    /// - Complexity: O((V + E) log V).
    public static func svg(_ diagram: Diagram, focus: String) throws(GraphvizError) -> String {
        var byID: [String: DiagramNode] = [:]
        for node in diagram.nodes {
            if node.id.isEmpty { throw .invalidDiagram("a node has an empty id") }
            if byID.updateValue(node, forKey: node.id) != nil { throw .invalidDiagram("duplicate node id \(node.id)") }
        }
        guard let center = byID[focus] else { throw .invalidDiagram("the focus \(focus) is not in the diagram") }

        // One drawn edge per (source, target, relation): weights summed, as the planner merges them.
        struct Key: Hashable { var source: String; var target: String; var relation: Relation }
        var weights: [Key: Int] = [:]
        var firstSeen: [Key: DiagramEdge] = [:]
        for edge in diagram.edges {
            for end in [edge.source, edge.target] where byID[end] == nil {
                throw .invalidDiagram("edge \(edge.source) → \(edge.target) (\(edge.relation.rawValue)): node \(end) is not in the diagram")
            }
            guard edge.source == focus || edge.target == focus else {
                throw .invalidDiagram("edge \(edge.source) → \(edge.target) does not touch the focus \(focus)")
            }
            let key = Key(source: edge.source, target: edge.target, relation: edge.relation)
            weights[key, default: 0] += max(edge.weight, 1)
            if firstSeen[key] == nil { firstSeen[key] = edge }
        }
        let relationOrder = Dictionary(uniqueKeysWithValues: Relation.allCases.enumerated().map { ($1, $0) })
        let edges: [DiagramEdge] = weights.keys.sorted { a, b in
            if a.source != b.source { return SymbolOrder.less(a.source, b.source) }
            if a.target != b.target { return SymbolOrder.less(a.target, b.target) }
            return (relationOrder[a.relation] ?? 0) < (relationOrder[b.relation] ?? 0)
        }.compactMap { key in
            guard var edge = firstSeen[key] else { return nil }
            edge.weight = weights[key] ?? 1
            return edge
        }

        // Columns: what the focus cites on the left (also a node that both cites it and is cited), who cites it on the right.
        var cited = Set<String>(), citing = Set<String>()
        for edge in edges where edge.source != edge.target {
            if edge.source == focus { cited.insert(edge.target) } else { citing.insert(edge.source) }
        }
        let others = diagram.nodes.filter { $0.id != focus }
        let left = others.filter { cited.contains($0.id) }.sorted(by: chronological)
        let right = others.filter { !cited.contains($0.id) }.sorted(by: chronological)

        // Boxes, sized to their label.
        let symbolOf = { (node: DiagramNode) in
            node.label.map(DiagramText.clean).flatMap { $0.isEmpty ? nil : $0 } ?? DiagramText.shortSymbol(for: node.id, symbol: node.symbol, title: node.title)
        }
        func box(_ node: DiagramNode) -> Box {
            var lines = DiagramText.wrapped(symbolOf(node), width: 30, maxLines: 3)
            if !(node.kind == .instrument && node.label == nil), let title = node.title {
                lines += DiagramText.wrapped(title, width: 28, maxLines: 2)
            }
            var width = max(56, (lines.map(textWidth).max() ?? 0) + 2 * horizontalMargin)
            var height = Double(lines.count) * lineHeight + 2 * verticalMargin
            if node.kind == .instrument { width *= 1.2; height *= 1.3 }
            return Box(node: node, lines: lines, width: width.rounded(.up), height: height.rounded(.up))
        }
        var leftBoxes = left.map(box), rightBoxes = right.map(box)
        var centerBox = box(center)
        let leftWidth = leftBoxes.map(\.width).max() ?? 0, rightWidth = rightBoxes.map(\.width).max() ?? 0
        func stacked(_ boxes: [Box]) -> Double {
            boxes.map(\.height).reduce(0, +) + Double(max(0, boxes.count - 1)) * rowGap
        }
        let bodyHeight = max(stacked(leftBoxes), stacked(rightBoxes), centerBox.height)
        let top = pad + titleHeight
        let leftX = pad, centerX = pad + (leftWidth > 0 ? leftWidth + columnGap : 0)
        let rightX = centerX + centerBox.width + (rightWidth > 0 ? columnGap : 0)
        func place(_ boxes: inout [Box], x: Double, width: Double) {
            var y = top + (bodyHeight - stacked(boxes)) / 2
            for k in boxes.indices {
                // Right-align the left column and left-align the right one, so arrows are short.
                boxes[k].x = x == leftX ? x + width - boxes[k].width : x
                boxes[k].y = y
                y += boxes[k].height + rowGap
            }
        }
        place(&leftBoxes, x: leftX, width: leftWidth)
        place(&rightBoxes, x: rightX, width: rightWidth)
        centerBox.x = centerX
        centerBox.y = top + (bodyHeight - centerBox.height) / 2
        let totalWidth = rightX + rightWidth + pad
        let totalHeight = top + bodyHeight + pad

        var inDegree: [String: Int] = [:]
        for edge in edges where edge.source != edge.target { inDegree[edge.target, default: 0] += 1 }
        var ids = UniqueTokens()
        let title = DiagramText.clean(diagram.title)
        var out = "<svg width=\"\(n(totalWidth))pt\" height=\"\(n(totalHeight))pt\" viewBox=\"0 0 \(n(totalWidth)) \(n(totalHeight))\""
            + " xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n"
        out += "<g id=\"\(ids.claim("graph0"))\" class=\"graph\">\n<title>\(xml(title))</title>\n"
        out += "<rect fill=\"white\" stroke=\"none\" x=\"0\" y=\"0\" width=\"\(n(totalWidth))\" height=\"\(n(totalHeight))\"/>\n"
        if !title.isEmpty {
            out += "<text text-anchor=\"start\" x=\"\(n(pad))\" y=\"\(n(pad + 16))\" font-family=\"\(DiagramStyle.fontName)\""
                + " font-weight=\"bold\" font-size=\"16.00\" fill=\"\(DiagramStyle.textColor.lowercased())\">\(xml(title))</text>\n"
        }
        let boxes = Dictionary(uniqueKeysWithValues: (leftBoxes + [centerBox] + rightBoxes).map { ($0.node.id, $0) })
        // Nodes in symbol order, as Graphviz lists them; then the edges.
        for id in boxes.keys.sorted(by: SymbolOrder.less) {
            guard let b = boxes[id] else { continue }
            out += node(b, inDegree: inDegree[id] ?? 0, ids: &ids)
        }
        for edge in edges {
            guard let s = boxes[edge.source], let t = boxes[edge.target], edge.source != edge.target else { continue }
            out += self.edge(edge, from: s, to: t, focus: focus, ids: &ids)
        }
        return out + "</g>\n</svg>\n"
    }

    // MARK: - Geometry

    static let pad = 12.0
    static let titleHeight = 30.0
    static let columnGap = 110.0
    static let rowGap = 10.0
    static let lineHeight = 13.0
    static let horizontalMargin = 8.0
    static let verticalMargin = 6.0
    static let fontSize = 11.0
    static let arrowLength = 7.0

    struct Box {
        var node: DiagramNode
        var lines: [String]
        var width: Double
        var height: Double
        var x = 0.0
        var y = 0.0
        var midY: Double { y + height / 2 }
    }

    /// Oldest first (date, else year), then symbol.
    static func chronological(_ a: DiagramNode, _ b: DiagramNode) -> Bool {
        let x = a.date ?? a.year.map(String.init) ?? "", y = b.date ?? b.year.map(String.init) ?? ""
        return x != y ? x < y : SymbolOrder.less(a.id, b.id)
    }

    /// An estimate of the width of `text` in 11-point Helvetica (Graphviz's own estimate works the same way).
    static func textWidth(_ text: String) -> Double {
        var width = 0.0
        for scalar in text.unicodeScalars {
            switch scalar {
            case " ", "i", "j", "l", "I", ".", ",", ":", ";", "'", "|", "!": width += 0.28
            case "f", "t", "r", "(", ")", "/", "-", "[", "]": width += 0.34
            case "m", "w", "M", "W": width += 0.86
            case "A"..."Z": width += 0.68
            case "0"..."9": width += 0.56
            case "a"..."z": width += 0.54
            default: width += scalar.value < 0x80 ? 0.56 : 0.62
            }
        }
        return width * fontSize
    }

    // MARK: - Markup

    static func node(_ b: Box, inDegree: Int, ids: inout UniqueTokens) -> String {
        let node = b.node
        let look = DiagramStyle.nodeLook(kind: node.kind, body: node.body, external: node.external)
        let focus = node.emphasis == .focus
        let penwidth = focus ? 3.0 : node.emphasis == .hub ? 2.0 : 1.0
        var classes = ["node", "kind-\(node.kind.rawValue)"]
        if let body = node.body { classes.append("body-\(body.rawValue)") }
        if node.external { classes.append("external") }
        if node.emphasis == .hub { classes.append("hub") }
        if focus { classes.append("focus") }
        let id = ids.claim("n-" + DiagramText.token(node.id))
        var out = "<g id=\"\(id)\" class=\"\(classes.joined(separator: " "))\">\n<title>\(xml(DiagramText.clean(node.id)))</title>\n"
        let tip = tooltip(node, inDegree: inDegree)
        if let url = DiagramText.undocsURL(for: node.id) {
            out += "<a xlink:href=\"\(xml(url))\" xlink:title=\"\(tip)\" target=\"_blank\">\n"
        } else {
            out += "<a xlink:title=\"\(tip)\">\n"
        }
        var paint = "fill=\"\(look.fill.lowercased())\" stroke=\"\(look.line.lowercased())\""
        if penwidth != 1 { paint += " stroke-width=\"\(n(penwidth))\"" }
        if look.style.contains("dashed") { paint += " stroke-dasharray=\"5,2\"" }
        let (x, y, w, h) = (b.x, b.y, b.width, b.height)
        switch look.shape {
        case "ellipse":
            out += "<ellipse \(paint) cx=\"\(n(x + w / 2))\" cy=\"\(n(y + h / 2))\" rx=\"\(n(w / 2))\" ry=\"\(n(h / 2))\"/>\n"
        case "note":
            let fold = 6.0
            out += "<polygon \(paint) points=\"\(n(x)),\(n(y)) \(n(x + w - fold)),\(n(y)) \(n(x + w)),\(n(y + fold)) \(n(x + w)),\(n(y + h)) \(n(x)),\(n(y + h)) \(n(x)),\(n(y))\"/>\n"
            out += "<polyline fill=\"none\" stroke=\"\(look.line.lowercased())\"\(look.style.contains("dashed") ? " stroke-dasharray=\"5,2\"" : "") points=\"\(n(x + w - fold)),\(n(y)) \(n(x + w - fold)),\(n(y + fold)) \(n(x + w)),\(n(y + fold))\"/>\n"
        default:
            let radius = look.style.contains("rounded") ? " rx=\"5\" ry=\"5\"" : ""
            if look.peripheries > 1 {
                out += "<rect fill=\"none\" stroke=\"\(look.line.lowercased())\" x=\"\(n(x - 3))\" y=\"\(n(y - 3))\" width=\"\(n(w + 6))\" height=\"\(n(h + 6))\"\(radius)/>\n"
            }
            out += "<rect \(paint) x=\"\(n(x))\" y=\"\(n(y))\" width=\"\(n(w))\" height=\"\(n(h))\"\(radius)/>\n"
        }
        let color = (node.external ? DiagramStyle.mutedTextColor : DiagramStyle.textColor).lowercased()
        let firstBaseline = y + (h - Double(b.lines.count) * lineHeight) / 2 + lineHeight - 2.5
        for (k, line) in b.lines.enumerated() {
            out += "<text text-anchor=\"middle\" x=\"\(n(x + w / 2))\" y=\"\(n(firstBaseline + Double(k) * lineHeight))\""
                + " font-family=\"\(DiagramStyle.fontName)\" font-size=\"11.00\" fill=\"\(color)\">\(xml(line))</text>\n"
        }
        return out + "</a>\n</g>\n"
    }

    /// From the citing box to the cited one; both arrows of the diagram point left.
    static func edge(_ edge: DiagramEdge, from s: Box, to t: Box, focus: String, ids: inout UniqueTokens) -> String {
        let group = RelationGroup(edge.relation)
        let look = edge.inferred ? DiagramStyle.inferredLook : DiagramStyle.edgeLook(group)
        var width = edge.inferred ? look.width : DiagramStyle.edgeWidth(edge.relation, weight: edge.weight)
        if look.style == "bold" { width = max(width, 2) }
        // Start at the citing box's left side, end at the cited box's right side.
        let x0 = s.x, y0 = s.midY, x1 = t.x + t.width, y1 = t.midY
        let tip = x1 + arrowLength, bend = max(20, (x0 - tip) / 2)
        var stroke = "fill=\"none\" stroke=\"\(look.color.lowercased())\" stroke-width=\"\(n(width))\""
        switch look.style {
        case "dashed": stroke += " stroke-dasharray=\"5,2\""
        case "dotted": stroke += " stroke-dasharray=\"1,5\""
        default: break
        }
        var text = edge.inferred
            ? "\(DiagramText.clean(edge.source)) continues \(DiagramText.clean(edge.target)) (inferred: a later document cites the two together)"
            : "\(DiagramText.clean(edge.source)) \(edge.relation.rawValue) \(DiagramText.clean(edge.target))"
        if edge.weight > 1 && !edge.inferred { text += " (×\(edge.weight))" }
        var classes = ["edge", "rel-\(edge.relation.rawValue)", "group-\(group.rawValue)"]
        if edge.inferred { classes.append("inferred") }
        if edge.secondary { classes.append("secondary") }
        let id = ids.claim("e-" + DiagramText.token(edge.source) + "-" + edge.relation.rawValue + "-" + DiagramText.token(edge.target))
        var out = "<g id=\"\(id)\" class=\"\(classes.joined(separator: " "))\">\n"
        out += "<title>\(xml(DiagramText.clean(edge.source)))&#45;&gt;\(xml(DiagramText.clean(edge.target)))</title>\n"
        out += "<a xlink:title=\"\(xml(text))\">\n"
        out += "<path \(stroke) d=\"M\(n(x0)),\(n(y0)) C\(n(x0 - bend)),\(n(y0)) \(n(tip + bend)),\(n(y1)) \(n(tip)),\(n(y1))\"/>\n"
        let half = 3.5 * max(1, width / 1.5).squareRoot()
        out += "<polygon fill=\"\(look.color.lowercased())\" stroke=\"\(look.color.lowercased())\" points=\"\(n(tip)),\(n(y1 - half)) \(n(x1)),\(n(y1)) \(n(tip)),\(n(y1 + half)) \(n(tip)),\(n(y1 - half))\"/>\n"
        return out + "</a>\n</g>\n"
    }

    /// Id, title and date, as in Graphviz's diagrams; lines joined by an escaped newline.
    static func tooltip(_ node: DiagramNode, inDegree: Int) -> String {
        let lines = DiagramPlanner.tooltipLines(node, inDegree: inDegree)
        return lines.map(xml).joined(separator: "&#10;")
    }

    /// Text and attribute values: `&`, `<`, `>`, `"`, `'` as entities (the text is cleaned before).
    static func xml(_ text: String) -> String { MarkupEscaper.svgText.escape(text) }

    /// Two decimals at most, no trailing zeros.
    static func n(_ value: Double) -> String { DiagramPlanner.decimal(value) }
}
