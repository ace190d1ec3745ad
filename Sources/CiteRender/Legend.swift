import CiteCore

/// The key drawn under the title: only the node kinds and relations present.
struct Legend {
    struct NodeEntry: Hashable {
        var name: String
        /// A character standing for the node's shape (■ box, ● ellipse, □ dashed outline), in `line`.
        var mark: String
        var line: String
    }

    var nodeEntries: [NodeEntry] = []
    /// Relation groups present, in ``RelationGroup`` order.
    var groups: [RelationGroup] = []
    /// Some series link is inferred (drawn as "continues").
    var inferred = false
    /// Some edges are context (drawn pale).
    var secondary = false
    var note: String?

    init(nodes: [DiagramNode], edges: [DiagramEdge], hubs: Set<String>, note: String? = nil) {
        var seen = Set<String>()
        for kind in TargetKind.allCases {
            for body in [Body?.none] + Body.allCases.map(Optional.some) {
                guard nodes.contains(where: { $0.kind == kind && $0.body == body }) else { continue }
                let name = DiagramStyle.kindName(kind: kind, body: body)
                guard seen.insert(name).inserted else { continue }
                let look = DiagramStyle.nodeLook(kind: kind, body: body, external: false)
                nodeEntries.append(NodeEntry(name: name, mark: look.shape == "ellipse" ? "●" : "■", line: look.line))
            }
        }
        if nodes.contains(where: \.external) {
            nodeEntries.append(NodeEntry(name: "not in the corpus (dashed)", mark: "□", line: DiagramStyle.mutedTextColor))
        }
        if nodes.contains(where: { $0.emphasis == .focus }) {
            nodeEntries.append(NodeEntry(name: "focus (heavy outline)", mark: "□", line: DiagramStyle.textColor))
        }
        let present = Set(edges.filter { !$0.inferred }.map { RelationGroup($0.relation) })
        groups = RelationGroup.allCases.filter(present.contains)
        inferred = edges.contains(where: \.inferred)
        secondary = edges.contains(where: \.secondary)
        self.note = note.map(DiagramText.clean).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Title and legend as one HTML-like table, or `nil` when there is neither. Each legend row is
    /// one run of text (a nested table would be stretched to the title's width).
    static func graphLabel(title: String, legend: Legend?) -> String? {
        var rows: [String] = []
        if !title.isEmpty {
            let lines = DiagramText.wrapped(title, width: 90, maxLines: 2).map(DiagramText.htmlEscaped)
            rows.append("<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"><FONT POINT-SIZE=\"16\"><B>"
                        + lines.joined(separator: "<BR/>") + "</B></FONT></TD></TR>")
        }
        if let legend {
            if !legend.nodeEntries.isEmpty {
                rows.append("<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\">" + legend.nodeRow() + "</TD></TR>")
            }
            if !legend.groups.isEmpty || legend.inferred {
                rows.append("<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\">" + legend.relationRow() + "</TD></TR>")
            }
            if let note = legend.note {
                let lines = DiagramText.wrapped(note, width: 110, maxLines: 3).map(DiagramText.htmlEscaped)
                rows.append("<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"><FONT COLOR=\"\(DiagramStyle.mutedTextColor)\">"
                            + lines.joined(separator: "<BR/>") + "</FONT></TD></TR>")
            }
        }
        if rows.isEmpty { return nil }
        return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"0\">"
            + rows.joined() + "</TABLE>"
    }

    private func nodeRow() -> String {
        let entries = nodeEntries.map { entry in
            "<FONT COLOR=\"\(entry.line)\">\(entry.mark)</FONT> \(DiagramText.htmlEscaped(entry.name))"
        }
        return Self.row(heading: "Documents", entries: entries, perLine: 6)
    }

    private func relationRow() -> String {
        var entries = groups.map { group in
            Self.lineEntry(DiagramStyle.edgeLook(group), name: group.legendName)
        }
        if inferred { entries.append(Self.lineEntry(DiagramStyle.inferredLook, name: "continues (inferred)")) }
        if secondary {
            entries.append("<FONT COLOR=\"\(DiagramStyle.mutedTextColor)\">pale: other citations among them</FONT>")
        }
        return Self.row(heading: "Citations", entries: entries, perLine: 4)
    }

    private static func lineEntry(_ look: DiagramStyle.EdgeLook, name: String) -> String {
        let sample = switch look.style {
        case "dashed": "– – –▸"
        case "dotted": "· · · · ▸"
        default: "———▸"
        }
        let drawn = look.style == "bold" ? "<B>\(sample)</B>" : sample
        return "<FONT COLOR=\"\(look.color)\">\(drawn)</FONT> \(DiagramText.htmlEscaped(name))"
    }

    /// `Heading  a   b   c`, a new line every `perLine` entries.
    private static func row(heading: String, entries: [String], perLine: Int) -> String {
        var lines: [String] = []
        var start = 0
        while start < entries.count {
            let end = min(start + perLine, entries.count)
            lines.append(entries[start..<end].joined(separator: "     "))
            start = end
        }
        return "<FONT COLOR=\"\(DiagramStyle.mutedTextColor)\">\(heading)</FONT>    "
            + lines.joined(separator: "<BR ALIGN=\"LEFT\"/>")
    }
}
