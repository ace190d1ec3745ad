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
    @Option(help: "The series of a resolution, oldest to newest.")
    var series: String?
    @Option(help: "A document and its neighbours to --depth in both directions.")
    var ego: String?
    @Option(help: "Steps for --ego and --lineage (default 1 for --ego, all for --lineage).")
    var depth: Int?
    @Option(help: "The N nodes of highest PageRank and the edges among them.")
    var top: Int?
    @Flag(help: "The whole graph.")
    var all = false
    @Flag(help: "Every series of three or more resolutions, one file each, into the folder given by -o.")
    var allSeries = false

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
            if allSeries {
                let written = try SeriesDiagrams.writeAll(graph: graph, folder: output, formats: [.dot, outputFormat()])
                Console.error("render: \(written.count) series → \(output)")
                return
            }
            let diagram: Diagram
            if let s = lineage {
                let n = try node(s)
                let reach = graph.ancestors(of: n, maxDepth: depth)
                diagram = Diagram(graph: graph, nodes: [n] + reach.map(\.node), title: "What \(graph.nodes[n].id) stands on", focus: n, rankByYear: true)
            } else if let s = series {
                let n = try node(s)
                let members = graph.series(of: n).members
                diagram = Diagram(graph: graph, nodes: members, title: "Series of \(graph.nodes[n].id)", focus: n, rankByYear: true)
            } else if let s = ego {
                let n = try node(s)
                let d = depth ?? 1
                let around = graph.ancestors(of: n, maxDepth: d).map(\.node) + graph.descendants(of: n, maxDepth: d).map(\.node)
                diagram = Diagram(graph: graph, nodes: [n] + around, title: "\(graph.nodes[n].id) and its neighbours", focus: n, rankByYear: true)
            } else if let t = top {
                let pr = try graph.pageRank()
                let order = Array(0..<graph.nodeCount).sorted { pr[$0] != pr[$1] ? pr[$0] > pr[$1] : graph.nodes[$0].id < graph.nodes[$1].id }
                // Nodes that cite or are cited by none of the others chosen would only stand in a column.
                let chosen = Set(order.prefix(t))
                let linked = chosen.filter { v in
                    graph.successors(of: v).contains { chosen.contains($0) } || graph.predecessors(of: v).contains { chosen.contains($0) }
                }
                diagram = Diagram(graph: graph, nodes: linked.sorted(), title: "The most central documents (PageRank, top \(t), linked among themselves)")
            } else {
                diagram = Diagram(graph: graph, nodes: Array(0..<graph.nodeCount), title: "Citation graph")
            }
            let data = try GraphvizRenderer.render(diagram, format: outputFormat())
            try Outputs.write(data, to: output)
            Console.error("render: \(diagram.nodes.count) nodes, \(diagram.edges.count) edges → \(output)")
        }
    }
}

extension OutputFormat: ExpressibleByArgument {}

/// Every series of three or more in-corpus resolutions, one diagram each (the report finds the same).
enum SeriesDiagrams {
    static func writeAll(graph: CitationGraph, folder: String, formats: [OutputFormat]) throws -> [String] {
        try OutputFolder.create(folder)
        var written: [String] = []
        for series in graph.allSeries(minimumLength: 3) {
            let members = series.members
            let latest = members[members.count - 1]
            let id = graph.nodes[latest].id
            let diagram = Diagram(graph: graph, nodes: members, title: "Series ending with \(id)", focus: latest, rankByYear: true)
            let base = "series-" + FileNames.sanitised(id)
            for f in Set(formats).sorted(by: { $0.rawValue < $1.rawValue }) {
                let path = (folder as NSString).appendingPathComponent(base + "." + f.fileExtension)
                // Atomic: a planted symbolic link named like a series file is replaced, never followed.
                try Outputs.write(GraphvizRenderer.render(diagram, format: f), to: path)
                written.append(path)
            }
        }
        return written
    }
}
