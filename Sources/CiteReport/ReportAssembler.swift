import CiteCore
import CiteGraph
import CiteRender

/// Turns a ``ReportInput`` into the sections of the report. One file per section:
/// `ReportAssembler+Summary.swift`, `+Centrality`, `+Series`, `+Communities`, `+Outside`,
/// `+Warnings`, `+Documents`, `+Provenance`.
struct ReportAssembler {
    let input: ReportInput
    let options: ReportOptions
    let graph: CitationGraph
    let metrics: ReportMetrics
    /// Documents by symbol, in symbol order.
    let documents: [ReportDocument]
    /// Documents left out because another file has the same symbol (the first path wins).
    let duplicates: [ReportDocument]
    let series: [Series]
    let communities: Communities
    let cycles: [[Int]]
    /// The folder every document path starts with (`/corpus/texts/`), shown once; empty when none.
    let pathPrefix: String
    var diagrams: ReportDiagrams
    /// Every figure drawn, in the order it appears.
    var figures: [Figure] = []

    init(input: ReportInput, options: ReportOptions) {
        self.input = input
        self.options = options
        graph = input.graph
        metrics = ReportMetrics(graph: graph)
        var bySymbol: [String: ReportDocument] = [:]
        var duplicates: [ReportDocument] = []
        for d in input.documents.sorted(by: { ($0.symbol, $0.path) < ($1.symbol, $1.path) }) {
            if bySymbol[d.symbol] == nil { bySymbol[d.symbol] = d } else { duplicates.append(d) }
        }
        documents = bySymbol.values.sorted { SymbolOrder.less($0.symbol, $1.symbol) }
        self.duplicates = duplicates
        if let given = input.series {
            series = graph.normalisedSeries(given, minimumLength: options.minimumSeriesLength)
        } else {
            series = graph.allSeries(minimumLength: options.minimumSeriesLength)
        }
        communities = input.communities ?? graph.communities(seed: options.communitySeed)
        cycles = graph.cycles()
        pathPrefix = ReportAssembler.commonFolder(of: documents.map(\.path))
        diagrams = ReportDiagrams(graph: graph)
    }

    mutating func content() -> ReportContent {
        var sections: [Section] = []
        let makers: [(inout ReportAssembler, Int) -> Section] = [
            { $0.summarySection(number: $1) },
            { $0.centralitySection(number: $1) },
            { $0.seriesSection(number: $1) },
            { $0.communitiesSection(number: $1) },
            { $0.outsideSection(number: $1) },
            { $0.cyclesSection(number: $1) },
            { $0.warningsSection(number: $1) },
            { $0.documentsSection(number: $1) },
            { $0.provenanceSection(number: $1) },
        ]
        for make in makers { sections.append(make(&self, sections.count + 1)) }
        let subtitle = [
            Format.count(documents.count, "document"),
            Format.count(graph.citations.count, "citation"),
            Format.count(graph.nodeCount, "node"),
            Format.count(series.count, "series", "series"),
        ].joined(separator: " · ")
        return ReportContent(title: input.title, subtitle: subtitle, sections: sections)
    }

    /// Draws a figure and remembers it for the files beside the Markdown.
    mutating func figure(_ diagram: Diagram, caption: String, fileStem: String) -> Figure {
        let figure = diagrams.figure(diagram, caption: caption, fileStem: fileStem)
        figures.append(figure)
        return figure
    }

    /// The longest folder prefix (ending in `/`) shared by every path.
    static func commonFolder(of paths: [String]) -> String {
        guard var prefix = paths.first.map({ Substring($0) }) else { return "" }
        for path in paths.dropFirst() {
            prefix = prefix.commonPrefix(with: path)[...]
            if prefix.isEmpty { return "" }
        }
        guard let slash = prefix.lastIndex(of: "/") else { return "" }
        return String(prefix[...slash])
    }

    /// A document path without the common folder.
    func shownPath(_ path: String) -> Cell {
        .path(!pathPrefix.isEmpty && path.hasPrefix(pathPrefix) ? String(path.dropFirst(pathPrefix.count)) : path)
    }

    /// "Files are under …" when the paths share a folder.
    var pathNote: [Inline] {
        pathPrefix.isEmpty ? [] : [.text(" Files are named relative to "), .path(pathPrefix), .text(".")]
    }

    // MARK: - Shared cells

    func node(_ v: Int) -> NodeRecord { graph.nodes[v] }

    func titleCell(_ v: Int) -> Cell { Cell.optional(node(v).title.flatMap { $0.isEmpty ? nil : $0 }) }

    func dateCell(_ v: Int) -> Cell {
        let n = node(v)
        if let date = n.date { return Cell([.text(date)], sortKey: Double(n.year ?? 0)) }
        if let year = n.year { return Cell([.text(String(year))], sortKey: Double(year)) }
        return Cell([.muted("—")], sortKey: 0)
    }

    func bodyText(_ v: Int) -> String {
        let n = node(v)
        return (n.body ?? SymbolChronology.body(of: n.id))?.rawValue ?? "—"
    }

    /// `A, B, C and 4 more`.
    func symbolList(_ nodes: [Int], limit: Int) -> [Inline] {
        var out: [Inline] = []
        for (k, v) in nodes.prefix(limit).enumerated() {
            if k > 0 { out.append(.text(", ")) }
            out.append(.symbol(node(v).id))
        }
        if nodes.count > limit { out.append(.muted(" and \(nodes.count - limit) more")) }
        return out
    }
}
