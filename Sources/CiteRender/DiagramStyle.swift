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

    /// One look per relation group (five), plus ``inferredLook`` for a series link that no
    /// citation of the successor draws: six line styles in all, each in the legend.
    static func edgeLook(_ group: RelationGroup) -> EdgeLook {
        switch group {
        case .recalls: EdgeLook(color: "#2F6DB5", style: "solid", width: 1.3)
        case .notes: EdgeLook(color: "#2A8C82", style: "dashed", width: 1.1)
        case .preamble: EdgeLook(color: "#8E5AA8", style: "dotted", width: 1.3)
        case .operative: EdgeLook(color: "#C7761E", style: "bold", width: 1.4)
        case .other: EdgeLook(color: "#9AA0A6", style: "dotted", width: 1.0)
        }
    }

    static func edgeLook(_ relation: Relation) -> EdgeLook { edgeLook(RelationGroup(relation)) }

    /// A series link inferred from a later member's citations (the successor does not cite its predecessor).
    static let inferredLook = EdgeLook(color: "#57606A", style: "dashed", width: 1.0)

    /// Line width for an edge that merges `weight` citations.
    static func edgeWidth(_ relation: Relation, weight: Int) -> Double {
        let base = edgeLook(relation).width
        guard weight > 1 else { return base }
        let extra = min(Double(weight - 1).squareRoot(), 3.0) * 0.6
        return base + extra
    }
}

/// Relations drawn alike: 25 verbs in five groups, so a diagram has few enough line styles to
/// tell apart (the SVG keeps each edge's own relation as its class and in its tooltip).
public enum RelationGroup: String, Hashable, Sendable, CaseIterable {
    /// recalls, reaffirms, reiterates, affirms: the document stands on the cited one.
    case recalls
    /// notes, acknowledges, welcomes, endorses, approves.
    case notes
    /// Other preambular verbs: recognizes, bears in mind, guided by, emphasizes, expresses concern, considers.
    case preamble
    /// Operative verbs: decides, adopts, requests, urges, calls upon, invites, encourages, condemns, demands.
    case operative
    /// cites: no verb could be read.
    case other

    public init(_ relation: Relation) {
        switch relation {
        case .recalls, .reaffirms, .reiterates, .affirms: self = .recalls
        case .notes, .acknowledges, .welcomes, .endorses, .approves: self = .notes
        case .recognizes, .bearsInMind, .guidedBy, .emphasizes, .expressesConcern, .considers: self = .preamble
        case .decides, .adopts, .requests, .urges, .callsUpon, .invites, .encourages, .condemns, .demands: self = .operative
        case .cites: self = .other
        }
    }

    /// What the legend calls the group.
    public var legendName: String {
        switch self {
        case .recalls: "recalls, reaffirms"
        case .notes: "notes, welcomes, acknowledges"
        case .preamble: "recognizes, bears in mind, other preamble"
        case .operative: "operative (decides, requests, urges…)"
        case .other: "cites (no verb)"
        }
    }
}
