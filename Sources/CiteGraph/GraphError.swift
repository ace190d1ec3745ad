/// Errors of graph building and analysis, each printed to a person as one line that says what and where.
public enum GraphError: Error, Sendable, Equatable, CustomStringConvertible {
    /// An edge-list line that is not `citing<TAB>cited[<TAB>weight]`.
    case malformedEdgeLine(path: String, line: Int, reason: String)
    /// A file that cannot be read.
    case unreadable(path: String, reason: String)
    /// An iterative method that did not reach its tolerance.
    case notConverged(algorithm: String, iterations: Int)
    /// A node id that is not in the graph.
    case unknownNode(String)
    /// A parameter outside its domain (`alpha` not in (0, 1), a negative sample count, …).
    case invalidParameter(String)

    public var description: String {
        switch self {
        case let .malformedEdgeLine(path, line, reason): "\(path):\(line): \(reason)"
        case let .unreadable(path, reason): "\(path): \(reason)"
        case let .notConverged(algorithm, iterations): "\(algorithm) did not converge in \(iterations) iterations"
        case let .unknownNode(id): "unknown node \(id)"
        case let .invalidParameter(what): "invalid parameter: \(what)"
        }
    }
}
