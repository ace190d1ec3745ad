import CiteCore

/// The key drawn under the title: only the node kinds and relations present.
struct Legend {
    struct NodeEntry: Hashable {
        var name: String
        var fill: String
        var line: String
        var dashed: Bool
        var border: Int
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
                nodeEntries.append(NodeEntry(name: name, fill: look.fill, line: look.line,
                                             dashed: false, border: look.peripheries))
            }
        }
        if nodes.contains(where: \.external) {
            nodeEntries.append(NodeEntry(name: "not in the corpus", fill: "#FFFFFF",
                                         line: DiagramStyle.mutedTextColor, dashed: true, border: 1))
        }
        if nodes.contains(where: { $0.emphasis == .focus }) {
            nodeEntries.append(NodeEntry(name: "focus", fill: "#FFFFFF", line: DiagramStyle.textColor,
                                         dashed: false, border: 3))
        }
        let present = Set(edges.filter { !$0.inferred }.map { RelationGroup($0.relation) })
        groups = RelationGroup.allCases.filter(present.contains)
        inferred = edges.contains(where: \.inferred)
        secondary = edges.contains(where: \.secondary)
        self.note = note.map(DiagramText.clean).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Title and legend as one HTML-like table, or `nil` when there is neither.
    static func graphLabel(title: String, legend: Legend?) -> String? {
        var rows: [String] = []
        if !title.isEmpty {
            let lines = DiagramText.wrapped(title, width: 90, maxLines: 2).map(DiagramText.htmlEscaped)
            rows.append("<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"><FONT POINT-SIZE=\"16\"><B>"
                        + lines.joined(separator: "<BR/>") + "</B></FONT></TD></TR>")
        }
        if let legend {
            if !legend.nodeEntries.isEmpty {
                rows.append("<TR><TD ALIGN=\"LEFT\">" + legend.nodeTable() + "</TD></TR>")
            }
            if !legend.groups.isEmpty || legend.inferred {
                rows.append("<TR><TD ALIGN=\"LEFT\">" + legend.relationTable() + "</TD></TR>")
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

    private func nodeTable() -> String {
        let cells = nodeEntries.map { entry in
            let style = entry.dashed ? " STYLE=\"dashed\"" : ""
            return "<TD BGCOLOR=\"\(entry.fill)\" COLOR=\"\(entry.line)\" BORDER=\"\(entry.border)\"\(style)"
                + " WIDTH=\"18\" HEIGHT=\"11\" FIXEDSIZE=\"TRUE\"></TD>"
                + "<TD ALIGN=\"LEFT\">\(DiagramText.htmlEscaped(entry.name))  </TD>"
        }
        return Self.table(heading: "Documents", cells: cells, perRow: 6)
    }

    private func relationTable() -> String {
        var cells = groups.map { group in
            Self.lineCell(DiagramStyle.edgeLook(group), name: group.legendName)
        }
        if inferred { cells.append(Self.lineCell(DiagramStyle.inferredLook, name: "continues (inferred)")) }
        if secondary {
            cells.append("<TD ALIGN=\"LEFT\" COLSPAN=\"2\"><FONT COLOR=\"\(DiagramStyle.mutedTextColor)\">pale: other citations among them</FONT></TD>")
        }
        return Self.table(heading: "Citations", cells: cells, perRow: 4)
    }

    private static func lineCell(_ look: DiagramStyle.EdgeLook, name: String) -> String {
        let sample = switch look.style {
        case "dashed": "– – –▸"
        case "dotted": "· · · · ▸"
        default: "———▸"
        }
        let drawn = look.style == "bold" ? "<B>\(sample)</B>" : sample
        return "<TD ALIGN=\"LEFT\"><FONT COLOR=\"\(look.color)\">\(drawn)</FONT></TD>"
            + "<TD ALIGN=\"LEFT\">\(DiagramText.htmlEscaped(name))  </TD>"
    }

    private static func table(heading: String, cells: [String], perRow: Int) -> String {
        var rows: [String] = []
        var start = 0
        while start < cells.count {
            let end = min(start + perRow, cells.count)
            let lead = start == 0
                ? "<TD ALIGN=\"LEFT\"><FONT COLOR=\"\(DiagramStyle.mutedTextColor)\">\(heading)</FONT>  </TD>"
                : "<TD></TD>"
            rows.append("<TR>" + lead + cells[start..<end].joined() + "</TR>")
            start = end
        }
        return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"1\">" + rows.joined() + "</TABLE>"
    }
}
