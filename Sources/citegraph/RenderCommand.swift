import ArgumentParser
import CiteCore
import CiteGraph
import CiteRender
import CiteReport
import Foundation

struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw a diagram with Graphviz (in process): a lineage, a series, an ego network, the top nodes or everything."
    )

    @OptionGroup var source: GraphSourceOptions

    @Option(help: "Everything a document stands on (its ancestors).")
    var lineage: String?
    @Option(help: "The series of a resolution, oldest to newest, drawn as its chain.")
    var series: String?
    @Option(help: "A document and its neighbours to --depth in both directions (the \(Diagram.defaultEgoNeighbours) strongest; see --max-neighbours).")
    var ego: String?
    @Option(help: "Steps for --ego and --lineage (default 1 for --ego, all for --lineage).")
    var depth: Int?
    @Option(help: "The N most central nodes (PageRank), every body's most central among them, and the edges among them.")
    var top: Int?
    @Flag(help: "The whole graph.")
    var all = false
    @Flag(help: "Every series family of three or more resolutions (chains branching from one root), one file each, named after the family's oldest member, into the folder given by -o.")
    var allSeries = false

    @Option(help: "With --ego: at most this many neighbours, the strongest (0 = all; default \(Diagram.defaultEgoNeighbours)).")
    var maxNeighbours: Int?
    @Flag(help: "With --series, --all-series and --ego: also the other citations among the drawn documents (pale).")
    var allEdges = false

    @Option(help: "Only these bodies (comma-separated: GA,SC,HRC,ECOSOC,CHR).")
    var body: String?
    @Option(help: "Only these node kinds (comma-separated: resolution,decision,treaty,instrument,document).")
    var kind: String?

    @Option(help: "dot, svg, png or pdf (default: from the extension of -o, else svg).")
    var format: OutputFormat?

    @Option(name: [.short, .customLong("output")], help: "Output file (a folder with --all-series).")
    var output: String

    func validate() throws {
        let chosen = [lineage != nil, series != nil, ego != nil, top != nil, all, allSeries].filter { $0 }.count
        guard chosen == 1 else { throw ValidationError("choose one of --lineage, --series, --ego, --top, --all, --all-series") }
        if let t = top, t <= 0 { throw ValidationError("--top must be positive") }
        if let d = depth, d < 0 { throw ValidationError("--depth must be 0 or more") }
        if let m = maxNeighbours, m < 0 { throw ValidationError("--max-neighbours must be 0 or more") }
        if maxNeighbours != nil && ego == nil { throw ValidationError("--max-neighbours goes with --ego") }
        if allEdges && series == nil && ego == nil && !allSeries {
            throw ValidationError("--all-edges goes with --series, --all-series or --ego")
        }
        _ = try outputFormat()
    }

    /// The format asked for, else the one the extension of -o names (`.gv` is DOT), else SVG.
    /// A file whose extension names another format than --format is refused, and so is an
    /// extension that names no format when --format is not given. A folder (--all-series) has none.
    func outputFormat() throws -> OutputFormat {
        if allSeries { return format ?? .svg }
        let ext = (output as NSString).pathExtension.lowercased()
        let named: OutputFormat? = ext == "gv" ? .dot : OutputFormat(rawValue: ext)
        switch (format, named) {
        case let (asked?, named?) where asked != named:
            throw ValidationError("--format \(asked.rawValue) does not match \(output) (a .\(ext) file): give -o a .\(asked.fileExtension) name, or --format \(named.rawValue)")
        case let (asked?, _): return asked
        case let (nil, named?): return named
        case (nil, nil):
            if ext.isEmpty { return .svg }
            throw ValidationError("cannot tell the format of \(output) from .\(ext): give --format dot, svg, png or pdf")
        }
    }

    func run() throws {
        try runReportingErrors {
            try source.refuseOutput(output)
            var (graph, store) = try source.loadGraph()
            if series != nil || allSeries { graph.attachTexts(try store.paragraphTexts()) }
            if body != nil || kind != nil {
                let bodies = try body.map { try Set($0.split(separator: ",").map { s -> Body in
                    guard let b = Body(rawValue: s.uppercased()) else { throw CLIError("unknown body \(s)") }
                    return b
                }) }
                let kinds = try kind.map { try Set($0.split(separator: ",").map { s -> TargetKind in
                    guard let k = TargetKind(rawValue: s.lowercased()) else { throw CLIError("unknown kind \(s)") }
                    return k
                }) }
                graph = graph.filtered(bodies: bodies, kinds: kinds)
            }
            func node(_ s: String) throws -> Int {
                guard let n = graph.nodeIndex[s] ?? graph.nodeIndex[Symbols.withoutPart(s)] else { throw Suggestions.unknownSymbol(s, graph: graph) }
                return n
            }
            let titles = graph.displayTitles()
            if allSeries {
                let written = try SeriesDiagrams.writeAll(graph: graph, folder: output, formats: [.dot, outputFormat()],
                                                          allCitations: allEdges, titles: titles)
                Console.error("render: \(written.families) series families (\(written.chains) chains) → \(output)")
                return
            }
            let diagram: Diagram
            // What was left out and why: said once the file is written.
            var said: [String] = []
            if let s = lineage {
                let n = try node(s)
                let reach = graph.ancestors(of: n, maxDepth: depth)
                diagram = Diagram(graph: graph, nodes: [n] + reach.map(\.node), title: "What \(graph.nodes[n].id) stands on",
                                  focus: n, rankByYear: true, titles: titles)
            } else if let s = series {
                let n = try node(s)
                let chain = graph.series(of: n)
                let first = graph.nodes[chain.members[0]].id, last = graph.nodes[chain.members[chain.members.count - 1]].id
                let heading = chain.members.count > 1 ? "Series \(first) → \(last) (\(chain.members.count) members)" : "\(first): in no series"
                diagram = Diagram.series(chain, in: graph, title: heading, focus: n, allCitations: allEdges, titles: titles)
            } else if let s = ego {
                let n = try node(s)
                let limit = maxNeighbours.map { $0 == 0 ? nil : $0 } ?? Diagram.defaultEgoNeighbours
                let (drawn, selection) = Diagram.ego(n, in: graph, depth: depth ?? 1, maxNeighbours: limit,
                                                     allEdges: allEdges, titles: titles)
                diagram = drawn
                if selection.leftOut > 0 {
                    said.append("render: \(selection.leftOut) more neighbours of \(graph.nodes[n].id) not drawn (the \(selection.drawn.count) strongest are; --max-neighbours 0 draws all)")
                }
            } else if let t = top {
                let (drawn, selection) = Diagram.top(t, in: graph, scores: try graph.pageRank(), titles: titles)
                diagram = drawn
                var parts: [String] = []
                if selection.nodes.count < t { parts.append("the graph has \(selection.nodes.count) nodes") }
                if !selection.addedForGroups.isEmpty {
                    parts.append("\(selection.byScore) by PageRank; added so every body is shown: "
                        + selection.addedForGroups.map { "\($0.group) \($0.count)" }.joined(separator: ", "))
                }
                if selection.isolated > 0 { parts.append("\(selection.isolated) linked to none of the others (drawn apart)") }
                if !parts.isEmpty { said.append("render: top \(t): " + parts.joined(separator: "; ")) }
            } else {
                diagram = Diagram(graph: graph, nodes: Array(0..<graph.nodeCount), title: "Citation graph", titles: titles)
            }
            let data = try GraphvizRenderer.render(diagram, format: outputFormat())
            try Outputs.write(data, to: output)
            said.forEach(Console.error)
            Console.error("render: \(diagram.nodes.count) nodes, \(diagram.edges.count) edges → \(output)")
        }
    }
}

extension OutputFormat: ExpressibleByArgument {}

/// Every series family of three or more members, one diagram each, named after the family's
/// oldest member (as the report names it).
enum SeriesDiagrams {
    static func writeAll(graph: CitationGraph, folder: String, formats: [OutputFormat], allCitations: Bool = false,
                         titles: [String?]? = nil) throws -> (families: Int, chains: Int, paths: [String]) {
        try OutputFolder.create(folder)
        let titles = titles ?? graph.displayTitles()
        var written: [String] = []
        let families = graph.seriesFamilies(in: graph.seriesIndex(), minimumLength: 3)
        for family in families {
            let root = graph.nodes[family.root].id
            let diagram = Diagram.family(family, in: graph, title: familyTitle(family, graph: graph),
                                         allCitations: allCitations, titles: titles)
            let base = "series-" + FileNames.sanitised(root)
            for f in Set(formats).sorted(by: { $0.rawValue < $1.rawValue }) {
                let path = (folder as NSString).appendingPathComponent(base + "." + f.fileExtension)
                // Atomic: a planted symbolic link named like a series file is replaced, never followed.
                try Outputs.write(GraphvizRenderer.render(diagram, format: f), to: path)
                written.append(path)
            }
        }
        return (families.count, families.reduce(0) { $0 + $1.chains.count }, written)
    }

    /// `Series S/RES/1325 (2000) → S/RES/2493 (2019) (10 members)`, or for a family with branches
    /// `Series family of S/RES/1325 (2000): 3 chains, 14 members, 2000–2019`.
    static func familyTitle(_ family: SeriesFamily, graph: CitationGraph) -> String {
        let root = graph.nodes[family.root].id
        let years = family.members.compactMap { graph.nodes[$0].year }
        let span = years.min().map { lo in lo == years.max() ? "\(lo)" : "\(lo)–\(years.max() ?? lo)" } ?? "undated"
        if family.chains.count == 1 && family.joins.isEmpty, let chain = family.chains.first {
            let last = graph.nodes[chain.members[chain.members.count - 1]].id
            return "Series \(root) → \(last) (\(family.members.count) members, \(span))"
        }
        return "Series family of \(root): \(family.chains.count) chains, \(family.members.count) members, \(span)"
    }
}
