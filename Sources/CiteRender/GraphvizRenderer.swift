import Foundation
internal import CGraphviz

/// Draws diagrams with the Graphviz C library, in process (the `dot` program is never run).
///
/// Every call is serialised through one process-wide lock, so it is safe to call
/// from many tasks at once; calls simply wait for each other.
public enum GraphvizRenderer {
    /// Above this many nodes a diagram with ``LayoutHint/auto`` is drawn with sfdp
    /// (labels only on hubs, no year axis), and one that asks for dot is laid out with
    /// bounded effort (fewer iterations, straight edges, ranks from the year axis only).
    public static let largeGraphThreshold = 800

    /// Renders a diagram. `.dot` gives the DOT source (no layout; byte-identical for the
    /// same diagram); the other formats are laid out with ``engine(for:)`` first.
    ///
    /// ```swift
    /// let svg = try GraphvizRenderer.render(diagram, format: .svg)
    /// try svg.write(to: URL(fileURLWithPath: "Graphs/lineage.svg"))
    /// ```
    /// - Complexity: planning is O((V + E) log(V + E)); the layout is Graphviz's
    ///   (dot: network simplex, roughly quadratic in the worst case; sfdp: O((V + E) log V) per iteration).
    public static func render(_ diagram: Diagram, format: OutputFormat) throws -> Data {
        let plan = try DiagramPlanner.plan(diagram)
        return try GraphvizSession.withLock {
            try renderLocked(format: format) { (try CGraphBuilder.build(plan), plan.engine.rawValue) }
        }
    }

    /// The DOT source of a diagram as a string (the same bytes as `render(_:format: .dot)`).
    public static func dotSource(for diagram: Diagram) throws -> String {
        String(decoding: try render(diagram, format: .dot), as: UTF8.self)
    }

    /// Renders DOT text. The engine defaults to the graph's own `layout` attribute, else dot.
    /// `.dot` re-writes the source as cgraph reads it (canonical form, no layout).
    ///
    /// Throws ``GraphvizError/invalidDOT(_:)`` with Graphviz's message
    /// (`syntax error in line 1 near '->'`) when the text does not parse.
    public static func renderDOT(source: String, format: OutputFormat, engine: LayoutEngine? = nil) throws -> Data {
        try GraphvizSession.withLock {
            try renderLocked(format: format) {
                guard let graph = cg_read_dot(source) else {
                    throw GraphvizError.invalidDOT(
                        GraphvizSession.reportedMessage(fallback: "no graph found in the DOT text"))
                }
                var chosen = engine?.rawValue ?? "dot"
                if engine == nil, let layout = cg_get(UnsafeMutableRawPointer(graph), "layout"),
                   let name = String(validatingCString: layout), !name.isEmpty {
                    chosen = name
                }
                return (graph, chosen)
            }
        }
    }

    /// The engine that ``render(_:format:)`` lays a diagram out with.
    public static func engine(for diagram: Diagram) -> LayoutEngine {
        DiagramPlanner.engine(for: diagram)
    }

    /// The Graphviz library version, e.g. `2.43.0`.
    public static var graphvizVersion: String {
        GraphvizSession.withLock {
            guard let context = try? GraphvizSession.context() else { return "unknown" }
            return gvcVersion(context).map { String(cString: $0) } ?? "unknown"
        }
    }

    /// Graph, layout, render; freed as gvFreeRenderData, gvFreeLayout, agclose (the
    /// context is the process's, freed with gvFreeContext at exit). Runs inside the lock.
    private static func renderLocked(
        format: OutputFormat,
        makeGraph: () throws -> (graph: UnsafeMutablePointer<Agraph_t>, engine: String)
    ) throws -> Data {
        if format == .dot {
            let graph = try makeGraph().graph
            defer { agclose(graph) }
            return try writeDOT(graph)
        }
        let context = try GraphvizSession.context()
        let (graph, layoutEngine) = try makeGraph()
        defer { agclose(graph) }
        guard gvLayout(context, graph, layoutEngine) == 0 else {
            // gvLayout cleans up after itself when it fails.
            throw GraphvizError.layoutFailed(
                engine: layoutEngine,
                message: GraphvizSession.reportedMessage(fallback: "gvLayout returned an error"))
        }
        defer { gvFreeLayout(context, graph) }
        var buffer: UnsafeMutablePointer<CChar>? = nil
        var length: UInt32 = 0
        guard gvRenderData(context, graph, format.rawValue, &buffer, &length) == 0, let bytes = buffer else {
            if let buffer { gvFreeRenderData(buffer) }
            throw GraphvizError.renderFailed(
                format: format.rawValue,
                message: GraphvizSession.reportedMessage(fallback: "gvRenderData returned an error"))
        }
        defer { gvFreeRenderData(bytes) }
        return Data(bytes: bytes, count: Int(length))
    }

    private static func writeDOT(_ graph: UnsafeMutablePointer<Agraph_t>) throws -> Data {
        var length = 0
        guard let text = cg_write_dot(graph, &length) else {
            throw GraphvizError.renderFailed(
                format: "dot", message: GraphvizSession.reportedMessage(fallback: "agwrite failed"))
        }
        defer { cg_free(text) }
        return Data(bytes: text, count: length)
    }
}
