/// What ``GraphvizRenderer`` produces.
public enum OutputFormat: String, Hashable, Sendable, Codable, CaseIterable {
    /// The DOT source as cgraph writes it, before layout: byte-identical for the same
    /// diagram, and `dot -Tsvg` on it draws the same picture.
    case dot
    case svg
    case png
    case pdf

    /// File name extension, without the dot.
    public var fileExtension: String { rawValue }
}

/// A Graphviz layout engine.
public enum LayoutEngine: String, Hashable, Sendable, Codable, CaseIterable {
    case dot, neato, fdp, sfdp, circo, twopi
}
