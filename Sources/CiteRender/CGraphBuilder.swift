import Foundation
internal import CGraphviz

/// Builds a cgraph graph from a ``GraphPlan``. Call only inside ``GraphvizSession/withLock(_:)``;
/// the caller owns the graph and closes it with `agclose`.
enum CGraphBuilder {
    static func build(_ plan: GraphPlan) throws -> UnsafeMutablePointer<Agraph_t> {
        guard let graph = cg_open_digraph(plan.name) else {
            throw GraphvizError.graphConstructionFailed(
                GraphvizSession.reportedMessage(fallback: "agopen failed for graph \(plan.name)"))
        }
        do {
            try populate(graph, plan)
            return graph
        } catch {
            agclose(graph)
            throw error
        }
    }

    private static func populate(_ graph: UnsafeMutablePointer<Agraph_t>, _ plan: GraphPlan) throws {
        // Graph attributes: declared empty, then set on the root so DOT lists them in `graph [...]`.
        let rankSymbol = try declare(graph, CG_KIND_GRAPH, "rank", "")
        for attribute in plan.graphAttributes {
            let symbol = try declare(graph, CG_KIND_GRAPH, attribute.name, "")
            try assign(attribute.value, to: UnsafeMutableRawPointer(graph), symbol, graph: graph,
                       what: "graph attribute \(attribute.name)")
        }
        var nodeSymbols: [(name: String, symbol: UnsafeMutablePointer<Agsym_t>)] = []
        for declaration in plan.nodeDeclarations {
            nodeSymbols.append((declaration.name, try declare(graph, CG_KIND_NODE, declaration.name, declaration.fallback)))
        }
        var edgeSymbols: [(name: String, symbol: UnsafeMutablePointer<Agsym_t>)] = []
        for declaration in plan.edgeDeclarations {
            edgeSymbols.append((declaration.name, try declare(graph, CG_KIND_EDGE, declaration.name, declaration.fallback)))
        }

        var handles: [String: UnsafeMutablePointer<Agnode_t>] = [:]
        handles.reserveCapacity(plan.nodes.count)
        for node in plan.nodes {
            guard let handle = cg_node(graph, node.name) else {
                throw GraphvizError.graphConstructionFailed(
                    GraphvizSession.reportedMessage(fallback: "agnode failed for node \(node.name)"))
            }
            handles[node.name] = handle
            for (name, symbol) in nodeSymbols {
                guard let value = node.attributes[name] else { continue }
                try assign(value, to: UnsafeMutableRawPointer(handle), symbol, graph: graph,
                           what: "attribute \(name) of node \(node.name)")
            }
        }

        for (index, group) in plan.groups.enumerated() {
            guard let subgraph = cg_anonymous_subgraph(graph) else {
                throw GraphvizError.graphConstructionFailed(
                    GraphvizSession.reportedMessage(fallback: "agsubg failed for group \(index)"))
            }
            if group.rankSame {
                try assign(.text("same"), to: UnsafeMutableRawPointer(subgraph), rankSymbol, graph: graph,
                           what: "rank of group \(index)")
            }
            for member in group.members {
                guard let handle = handles[member], cg_subnode(subgraph, handle) != nil else {
                    throw GraphvizError.graphConstructionFailed("node \(member) could not join group \(index)")
                }
            }
        }

        for edge in plan.edges {
            guard let tail = handles[edge.tail], let head = handles[edge.head] else {
                throw GraphvizError.invalidDiagram("edge \(edge.tail) → \(edge.head): unknown node")
            }
            guard let handle = cg_edge(graph, tail, head) else {
                throw GraphvizError.graphConstructionFailed(
                    GraphvizSession.reportedMessage(fallback: "agedge failed for \(edge.tail) → \(edge.head)"))
            }
            for (name, symbol) in edgeSymbols {
                guard let value = edge.attributes[name] else { continue }
                try assign(value, to: UnsafeMutableRawPointer(handle), symbol, graph: graph,
                           what: "attribute \(name) of edge \(edge.tail) → \(edge.head)")
            }
        }
    }

    private static func declare(_ graph: UnsafeMutablePointer<Agraph_t>, _ kind: Int32, _ name: String,
                                _ fallback: String) throws -> UnsafeMutablePointer<Agsym_t> {
        guard let symbol = cg_declare(graph, kind, name, fallback) else {
            throw GraphvizError.graphConstructionFailed(
                GraphvizSession.reportedMessage(fallback: "agattr failed for \(name)"))
        }
        return symbol
    }

    private static func assign(_ value: GraphPlan.Value, to object: UnsafeMutableRawPointer,
                               _ symbol: UnsafeMutablePointer<Agsym_t>, graph: UnsafeMutablePointer<Agraph_t>,
                               what: String) throws {
        let status: Int32 = switch value {
        case .text(let text): cg_set(object, symbol, text)
        case .html(let html): cg_set_html(graph, object, symbol, html)
        }
        if status != 0 {
            throw GraphvizError.graphConstructionFailed(
                GraphvizSession.reportedMessage(fallback: "agxset failed for \(what)"))
        }
    }
}
