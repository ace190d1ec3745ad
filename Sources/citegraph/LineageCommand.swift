import ArgumentParser
import CiteCore
import CiteGraph
import Foundation

enum TextOrJSON: String, ExpressibleByArgument, CaseIterable { case text, json }

struct LineageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lineage",
        abstract: "Trace what a resolution stands on and what builds on it: ancestors, descendants, its series, the main path."
    )

    @Argument(help: "The symbol, e.g. \"S/RES/2467 (2019)\" or A/RES/78/153.")
    var symbol: String

    @OptionGroup var source: GraphSourceOptions

    @Flag(name: .customLong("up"), help: "Ancestors: what it cites, and what those cite (default).")
    var up = false
    @Flag(name: .customLong("down"), help: "Descendants: what cites it.")
    var down = false
    @Flag(name: .customLong("both"), help: "Ancestors and descendants.")
    var both = false

    @Option(help: "How many citation steps to follow (default: all).")
    var depth: Int?

    @Flag(help: "The resolution's own series, oldest to newest.")
    var series = false

    @Flag(help: "With --series: show the topic evidence of each step.")
    var explain = false

    @Flag(help: "Main path analysis (search path count) of the ancestors' sub-graph.")
    var mainPath = false

    @Option(help: "text or json.")
    var format: TextOrJSON = .text

    func validate() throws {
        if let d = depth, d < 0 { throw ValidationError("--depth must be 0 or more") }
    }

    func run() throws {
        try runReportingErrors {
            let (graph, _) = try source.loadGraph()
            guard let node = graph.nodeIndex[symbol] ?? graph.nodeIndex[Symbols.withoutPart(symbol)] else {
                throw Suggestions.unknownSymbol(symbol, graph: graph)
            }
            let id = graph.nodes[node].id
            if series {
                let s = graph.series(of: node)
                let ids = s.members.map { graph.nodes[$0].id }
                if format == .json {
                    print("{\"symbol\": \(CitationJSON.quote(id)), \"series\": [" + ids.map(CitationJSON.quote).joined(separator: ", ") + "]}")
                } else {
                    for m in s.members { print(line(graph, m)) }
                    if explain {
                        print("\nwhy each step belongs to the series:")
                        for l in s.links {
                            let t = l.topic
                            func f(_ v: Double?) -> String { v.map { String(format: "%.2f", $0) } ?? "-" }
                            print("  \(graph.nodes[l.successor].id) → \(graph.nodes[l.predecessor].id): title \(f(t.title)), agenda \(f(t.agenda)), subjects \(f(t.subjects)), shared references \(f(t.references)), cited together \(f(t.coCitation)) by \(t.coCitingDocuments)" + (l.inferred ? " (cited by \(graph.nodes[l.evidence].id))" : ""))
                        }
                    }
                }
                return
            }
            if mainPath {
                let reach = graph.ancestors(of: node, maxDepth: depth)
                let sub = graph.induced(by: [node] + reach.map(\.node))
                let path = sub.mainPath()
                if format == .json {
                    let edges = path.edges.map { "{\"citing\": \(CitationJSON.quote(sub.nodes[$0.citing].id)), \"cited\": \(CitationJSON.quote(sub.nodes[$0.cited].id)), \"spc\": \($0.spc)}" }
                    print("{\"symbol\": \(CitationJSON.quote(id)), \"mainPath\": [" + path.nodes.map { CitationJSON.quote(sub.nodes[$0].id) }.joined(separator: ", ") + "], \"edges\": [" + edges.joined(separator: ", ") + "]}")
                } else {
                    for n in path.nodes { print(line(sub, n)) }
                    for c in path.cycles { Console.error("warning: cycle broken for main path: \(sub.describe(cycle: c))") }
                }
                return
            }
            let wantUp = up || both || !down
            let wantDown = down || both
            var sections: [(String, [Reach])] = []
            if wantUp { sections.append(("ancestors", graph.ancestors(of: node, maxDepth: depth))) }
            if wantDown { sections.append(("descendants", graph.descendants(of: node, maxDepth: depth))) }
            if format == .json {
                let parts = sections.map { name, reach in
                    "\"\(name)\": [" + reach.map { "{\"id\": \(CitationJSON.quote(graph.nodes[$0.node].id)), \"depth\": \($0.depth)}" }.joined(separator: ", ") + "]"
                }
                print("{\"symbol\": \(CitationJSON.quote(id)), " + parts.joined(separator: ", ") + "}")
            } else {
                print(line(graph, node))
                for (name, reach) in sections {
                    print("\n\(name) (\(reach.count)):")
                    for r in reach { print(String(repeating: "  ", count: r.depth) + line(graph, r.node)) }
                }
            }
        }
    }

    func line(_ graph: CitationGraph, _ n: Int) -> String {
        let node = graph.nodes[n]
        var s = node.id
        if let d = node.date { s += "  " + d }
        if let t = node.title { s += "  " + t }
        if !node.inCorpus { s += "  (external)" }
        return s
    }
}
