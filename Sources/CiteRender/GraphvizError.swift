/// A failure inside Graphviz or in the diagram given to it, with Graphviz's own message.
public enum GraphvizError: Error, Hashable, Sendable, CustomStringConvertible {
    /// DOT text that cgraph could not parse.
    case invalidDOT(String)
    /// A diagram that cannot be drawn (an edge to a node that is not in it, a duplicate id).
    case invalidDiagram(String)
    /// cgraph refused to build a graph, node, edge or attribute.
    case graphConstructionFailed(String)
    case layoutFailed(engine: String, message: String)
    case renderFailed(format: String, message: String)

    public var description: String {
        switch self {
        case .invalidDOT(let message): "invalid DOT: \(message)"
        case .invalidDiagram(let message): "invalid diagram: \(message)"
        case .graphConstructionFailed(let message): "Graphviz could not build the graph: \(message)"
        case .layoutFailed(let engine, let message): "Graphviz layout \(engine) failed: \(message)"
        case .renderFailed(let format, let message): "Graphviz could not render \(format): \(message)"
        }
    }
}
