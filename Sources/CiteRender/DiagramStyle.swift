import CiteCore

/// Colours, shapes and line styles. One palette for every diagram so that
/// colleagues learn it once: bodies by hue, kinds by shape, relations by colour family.
enum DiagramStyle {
    static let fontName = "Helvetica,Arial,sans-serif"
    static let textColor = "#1F2328"
    static let mutedTextColor = "#57606A"

    struct NodeLook: Hashable {
        var shape: String
        var style: [String]
        var fill: String
        var line: String
        var peripheries: Int = 1
    }

    /// Fill and outline for a body (resolutions and decisions).
    static func bodyColors(_ body: Body?) -> (fill: String, line: String) {
        switch body {
        case .ga: ("#DCEAF7", "#1F5A96")
        case .sc: ("#FBE1D3", "#B0431C")
        case .hrc: ("#DFF0D8", "#3B7A2A")
        case .ecosoc: ("#ECE0F3", "#6B3F8A")
        case .chr: ("#D7EFEC", "#2C7A74")
        case .other, nil: ("#ECEFF1", "#546E7A")
        }
    }

    static func nodeLook(kind: TargetKind, body: Body?, external: Bool) -> NodeLook {
        var look: NodeLook
        switch kind {
        case .resolution:
            let colors = bodyColors(body)
            look = NodeLook(shape: "box", style: ["rounded", "filled"], fill: colors.fill, line: colors.line)
        case .decision:
            let colors = bodyColors(body)
            look = NodeLook(shape: "box", style: ["filled"], fill: colors.fill, line: colors.line)
        case .treaty:
            look = NodeLook(shape: "box", style: ["filled"], fill: "#FFF1C2", line: "#8A6A00", peripheries: 2)
        case .instrument:
            look = NodeLook(shape: "ellipse", style: ["filled"], fill: "#FFF8E1", line: "#8A6A00")
        case .document:
            look = NodeLook(shape: "note", style: ["filled"], fill: "#F4F4F4", line: "#6E7781")
        }
        if external {
            // Known only from citations: same outline hue, paler, dashed.
            look.fill = "#FFFFFF"
            look.style.append("dashed")
        }
        return look
    }

    /// What a node is called in the legend: `GA resolution`, `treaty (UNTS)`.
    static func kindName(kind: TargetKind, body: Body?) -> String {
        switch kind {
        case .resolution, .decision:
            let bodyName = switch body {
            case .ga: "GA"
            case .sc: "SC"
            case .hrc: "HRC"
            case .ecosoc: "ECOSOC"
            case .chr: "CHR"
            case .other, nil: "other"
            }
            return "\(bodyName) \(kind.rawValue)"
        case .treaty: return "treaty"
        case .instrument: return "instrument"
        case .document: return "document"
        }
    }

    struct EdgeLook: Hashable {
        var color: String
        var style: String
        var width: Double
    }

    /// Relation families share a colour; the line style tells members apart.
    /// Minor relations (considers, cites) are grey and dotted.
    static func edgeLook(_ relation: Relation) -> EdgeLook {
        switch relation {
        case .recalls: EdgeLook(color: "#3A6EA5", style: "solid", width: 1.0)
        case .reaffirms: EdgeLook(color: "#16365F", style: "solid", width: 1.6)
        case .reiterates: EdgeLook(color: "#16365F", style: "dashed", width: 1.2)
        case .notes: EdgeLook(color: "#2A8C82", style: "dashed", width: 1.0)
        case .acknowledges: EdgeLook(color: "#2A8C82", style: "dotted", width: 1.2)
        case .welcomes: EdgeLook(color: "#3C8D2F", style: "solid", width: 1.2)
        case .endorses, .approves: EdgeLook(color: "#3C8D2F", style: "bold", width: 1.6)
        case .recognizes: EdgeLook(color: "#8E5AA8", style: "dashed", width: 1.0)
        case .bearsInMind, .guidedBy: EdgeLook(color: "#8E5AA8", style: "dotted", width: 1.2)
        case .emphasizes, .affirms: EdgeLook(color: "#C7761E", style: "solid", width: 1.2)
        case .expressesConcern, .condemns, .demands: EdgeLook(color: "#C0392B", style: "solid", width: 1.2)
        case .decides, .adopts: EdgeLook(color: "#5B2C83", style: "bold", width: 1.6)
        case .requests, .urges, .callsUpon, .invites, .encourages:
            EdgeLook(color: "#A67C00", style: "dashed", width: 1.2)
        case .considers, .cites: EdgeLook(color: "#9AA0A6", style: "dotted", width: 1.0)
        }
    }

    /// Line width for an edge that merges `weight` citations.
    static func edgeWidth(_ relation: Relation, weight: Int) -> Double {
        let base = edgeLook(relation).width
        guard weight > 1 else { return base }
        let extra = min(Double(weight - 1).squareRoot(), 3.0) * 0.6
        return base + extra
    }
}
