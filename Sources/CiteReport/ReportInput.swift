import CiteCore
import CiteGraph
import CiteStore

/// Everything a report is made of: the graph, the documents it was read from, and optionally
/// series and communities computed beforehand.
///
/// ```swift
/// let store = try CitationStore(path: "citegraph.sqlite", readOnly: true)
/// let input = try ReportInput(title: "Women, peace and security", store: store)
/// let report = try ReportBuilder(input: input).build()
/// try report.write(to: "Reports/wps")
/// ```
public struct ReportInput: Sendable {
    /// Shown as the page title and the first heading.
    public var title: String
    /// The citation graph; its `citations` are the provenance the report lists.
    public var graph: CitationGraph
    /// The documents of the corpus (those that were read), in any order.
    public var documents: [ReportDocument]
    /// Series computed beforehand; nil lets the report find them with `CitationGraph.series(of:)`.
    public var series: [Series]?
    /// Communities computed beforehand; nil lets the report compute them (`communities(seed: 0)`).
    public var communities: Communities?

    /// A report of a graph built elsewhere.
    public init(title: String, graph: CitationGraph, documents: [ReportDocument], series: [Series]? = nil,
                communities: Communities? = nil) {
        self.title = title
        self.graph = graph
        self.documents = documents
        self.series = series
        self.communities = communities
    }

    /// Builds the graph of `documents` and `citations` (citing → cited, external nodes for
    /// targets outside the corpus). Both are put in a fixed order first, so the report does not
    /// depend on the order they were read in (an external node takes its date and title from
    /// the first citation of it).
    /// - Complexity: O(V log V + C log C), as `CitationGraph.init(nodes:citations:)`.
    public init(title: String, documents: [ReportDocument], citations: [Citation]) {
        let documents = documents.sorted { ($0.symbol, $0.path) < ($1.symbol, $1.path) }
        let citations = citations.sorted(by: ReportInput.citationOrder)
        let graph = CitationGraph(nodes: documents.map(\.nodeRecord), citations: citations)
        self.init(title: title, graph: graph, documents: documents)
    }

    /// A total order on citations: citing, span, target, then every other field.
    static func citationOrder(_ a: Citation, _ b: Citation) -> Bool {
        if a.citing != b.citing { return a.citing < b.citing }
        if a.span != b.span { return (a.span.lowerBound, a.span.upperBound) < (b.span.lowerBound, b.span.upperBound) }
        if a.target != b.target { return a.target < b.target }
        let x = [a.relation.rawValue, a.section.rawValue, a.paragraph, a.text, a.date ?? "", a.part ?? "", a.title ?? "",
                 a.footnote.map(String.init) ?? "", a.body?.rawValue ?? "", a.targetKind.rawValue, a.via?.rawValue ?? "",
                 a.unts?.id ?? ""]
        let y = [b.relation.rawValue, b.section.rawValue, b.paragraph, b.text, b.date ?? "", b.part ?? "", b.title ?? "",
                 b.footnote.map(String.init) ?? "", b.body?.rawValue ?? "", b.targetKind.rawValue, b.via?.rawValue ?? "",
                 b.unts?.id ?? ""]
        return x.lexicographicallyPrecedes(y)
    }

    /// Reads documents, nodes and citations from a store and builds the graph with
    /// `CitationGraph(documents:nodes:citations:)` (external nodes keep what the store knows of them).
    /// - Throws: the store's errors (`StoreError`).
    public init(title: String, store: CitationStore) throws {
        let documents = try store.documents()
        let graph = CitationGraph(documents: documents, nodes: try store.nodes(), citations: try store.citations())
        self.init(title: title, graph: graph, documents: documents.map(ReportDocument.init))
    }
}
