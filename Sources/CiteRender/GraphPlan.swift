/// A graph as a list of Graphviz attributes, ready to be handed to cgraph.
/// Pure Swift: everything about style and order is decided here, outside the lock.
struct GraphPlan: Sendable {
    enum Value: Hashable, Sendable {
        case text(String)
        /// An HTML-like label (already escaped).
        case html(String)
    }

    struct Node: Hashable, Sendable {
        var name: String
        var attributes: [String: Value]
    }

    struct Edge: Hashable, Sendable {
        var tail: String
        var head: String
        var attributes: [String: Value]
    }

    /// An anonymous subgraph: `{ rank=same; … }` for a year, or plain `{ … }`.
    /// Every node sits in exactly one group, in node order, so DOT lists all nodes
    /// before any edge and reading the DOT back creates them in the same order.
    struct Group: Hashable, Sendable {
        var rankSame: Bool
        var members: [String]
    }

    var name: String
    var engine: LayoutEngine
    /// In the order they are written.
    var graphAttributes: [(name: String, value: Value)]
    /// Node attributes in declaration order, with their defaults.
    var nodeDeclarations: [(name: String, fallback: String)]
    var edgeDeclarations: [(name: String, fallback: String)]
    var nodes: [Node]
    var edges: [Edge]
    var groups: [Group]
}
