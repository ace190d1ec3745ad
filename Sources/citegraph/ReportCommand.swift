import ArgumentParser
import CiteCore
import CiteGraph
import CiteReport
import CiteStore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write the report as a static site (index.html, one page per document, series family and community) and a Markdown summary into a folder."
    )

    @OptionGroup var source: GraphSourceOptions

    @OptionGroup var filter: FilterOptions

    @Option(name: [.short, .customLong("output")], help: "The folder to write index.html, report.md and the diagrams into.")
    var output: String

    @Option(help: "The report's title.")
    var title: String = "Citation graph report"

    @Option(help: "How many entries the ranking tables show.")
    var top: Int = 25

    @Flag(inversion: .prefixedNo, help: "An ego diagram on each document's page (drawn in Swift with a fixed layout, without Graphviz).")
    var egoDiagrams = true

    @Flag(inversion: .prefixedNo, help: "A page with the paragraph diff of each series member against its predecessor.")
    var diffs = true

    @Option(help: "Nodes known only from citations get a page each up to this many; beyond, they share pages of up to 200 (one section and anchor each).")
    var ownPagesUpTo: Int = ReportOptions().ownPagesForNodesWithoutText

    @Flag(help: "Print the time spent on each kind of page.")
    var timing = false

    func validate() throws {
        if top <= 0 { throw ValidationError("--top must be positive") }
        if ownPagesUpTo < 0 { throw ValidationError("--own-pages-up-to must be 0 or more") }
    }

    func run() throws {
        try runReportingErrors {
            try source.refuseOutput(output)
            let started = Date()
            let store = try source.openStore()
            // Series are decided from the texts too (see `lineage --series --explain`): read beside the graph.
            let (whole, texts) = try store.graphAndParagraphTexts()
            var graph = whole.filtered(by: try filter.filter())
            graph.attachTexts(texts)
            let documents = try store.documents().map(ReportDocument.init)
            var options = ReportOptions()
            options.topCount = top
            options.egoDiagrams = egoDiagrams
            options.diffPages = diffs
            options.ownPagesForNodesWithoutText = ownPagesUpTo
            let seconds = { (since: Date) in String(format: "%.2f", Date().timeIntervalSince(since)) }
            if timing { Console.error("report: graph and texts read in \(seconds(started)) s") }
            var step = Date()
            let site = Site(input: ReportInput(title: title, graph: graph, documents: documents), options: options, preparing: true)
            if timing { Console.error("report: titles, page names, search index in \(seconds(step)) s") }
            step = Date()
            let parts = site.prepare()
            // The series decomposition's working memory (text profiles) is freed by now, but the
            // C allocator keeps it; handing it back keeps the page writing from adding on top.
            ReportCommand.releaseFreedMemory()
            if timing {
                for part in parts { Console.error("report: \(part.step) in \(String(format: "%.2f", part.seconds)) s") }
                Console.error("report: site computed in \(seconds(started)) s (series, communities and centralities side by side: \(seconds(step)) s)")
            }
            step = Date()
            let pages = try site.write(to: output, timing: !timing ? nil : { kinds in
                for k in kinds { Console.error("report: \(k.pages) \(k.kind) pages in \(String(format: "%.2f", k.seconds)) s (all threads)") }
            })
            if timing { Console.error("report: pages written in \(seconds(step)) s") }
            Console.error("report: \(graph.nodeCount) nodes, \(graph.edgeCount) edges → \(output)/index.html (\(pages) pages), \(output)/report.md")
        }
    }

    /// `malloc_trim(0)` where the C library has it (looked up at run time, as `syncfs` is).
    static func releaseFreedMemory() {
        #if os(Linux)
        typealias Trim = @convention(c) (Int) -> Int32
        if let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "malloc_trim") {
            _ = unsafeBitCast(symbol, to: Trim.self)(0)
        }
        #endif
    }
}
