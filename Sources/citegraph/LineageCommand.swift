import ArgumentParser
import CiteCore
import CiteGraph
import Foundation

enum TextOrJSON: String, ExpressibleByArgument, CaseIterable { case text, json }

/// Which way `lineage` walks the citations.
enum LineageDirection: String, EnumerableFlag {
    case up, down, both

    static func help(for value: LineageDirection) -> ArgumentHelp? {
        switch value {
        case .up: "Ancestors: what it cites, and what those cite (default)."
        case .down: "Descendants: what cites it."
        case .both: "Ancestors and descendants."
        }
    }
}

struct LineageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lineage",
        abstract: "Trace what a resolution stands on and what builds on it: ancestors, descendants, its series, the main path.",
        discussion: """
        A series is decided from the texts: texts with one series key (what a Security Council text renews — a \
        mission, a sanctions regime — or another body's title without years) follow each other in order; every \
        other earlier resolution of the same body that a resolution cites (or that continues what it cites) is \
        scored on how alike the two texts are, where and how it is cited, titles when known and the time \
        between them, and the links are chosen best first so that each resolution has one predecessor and one \
        successor at most, and every member returns the same series.
        """
    )

    @Argument(help: "The symbol, in any case, with or without its year (\"S/RES/2467 (2019)\", s/res/2467, \"resolution 2467\", A/RES/78/153), or an adopted instrument's name.")
    var symbol: String

    @OptionGroup var source: GraphSourceOptions

    @Flag var direction: LineageDirection = .up

    @Option(help: "How many citation steps to follow (default 1; 0 = all).")
    var depth: Int = 1

    @Flag(help: "The resolution's own series, oldest to newest.")
    var series = false

    @Flag(help: "With --series: the evidence and score of each link.")
    var explain = false

    @Flag(help: "With --series: what changed at each step (paragraphs unchanged, changed, new, dropped; citations +/−).")
    var changes = false

    @Flag(help: "With --changes: the full paragraph diff of each step.")
    var fullDiff = false

    @Flag(help: "Main path (search path count) over the resolution's ancestors within its series family; it ends at the resolution.")
    var mainPath = false

    @Flag(help: "With --main-path: over all its ancestors, not only its series family.")
    var allAncestors = false

    @Option(help: "text or json.")
    var format: TextOrJSON = .text

    func validate() throws {
        if depth < 0 { throw ValidationError("--depth must be 0 or more") }
        if series && mainPath { throw ValidationError("give either --series or --main-path, not both") }
        if explain && !series { throw ValidationError("--explain goes with --series") }
        if changes && !series { throw ValidationError("--changes goes with --series") }
        if fullDiff && !changes { throw ValidationError("--full-diff goes with --changes") }
        if allAncestors && !mainPath { throw ValidationError("--all-ancestors goes with --main-path") }
        if (series || mainPath) && direction != .up { throw ValidationError("--\(direction.rawValue) does not apply to --series or --main-path") }
    }

    func run() throws {
        try runReportingErrors {
            var (graph, store) = try source.loadGraph()
            if series || mainPath { graph.attachTexts(try store.paragraphTexts()) }
            guard let (node, note) = graph.lookup(symbol) else { throw Suggestions.unknownSymbol(symbol, graph: graph) }
            if let note { Console.error("note: \(note)") }
            let id = graph.nodes[node].id
            let maxDepth = depth == 0 ? nil : depth
            if series {
                let index = graph.seriesIndex()
                let s = index.series(of: node)
                let ids = s.members.map { graph.nodes[$0].id }
                if format == .json {
                    let links = s.links.map { l in
                        "{\"from\": \(CitationJSON.quote(graph.nodes[l.predecessor].id)), \"to\": \(CitationJSON.quote(graph.nodes[l.successor].id)), \"score\": \(String(format: "%.3f", l.evidence.score)), \"inferred\": \(l.inferred)}"
                    }
                    var changeList = ""
                    if changes {
                        let steps = try store.seriesSteps(ids)
                        changeList = ", \"changes\": [" + steps.map { step in
                            "{\"from\": \(CitationJSON.quote(step.from)), \"to\": \(CitationJSON.quote(step.to)), \"diff\": " + (step.diff?.json ?? "null") + "}"
                        }.joined(separator: ", ") + "]"
                    }
                    print("{\"symbol\": \(CitationJSON.quote(id)), \"series\": [" + ids.map(CitationJSON.quote).joined(separator: ", ") + "], \"links\": [" + links.joined(separator: ", ") + "]" + changeList + "}")
                } else {
                    for m in s.members { print(line(graph, m)) }
                    if changes {
                        print("\nwhat changed at each step:")
                        for step in try store.seriesSteps(ids) {
                            guard let diff = step.diff else {
                                print("  \(step.from) → \(step.to): no stored text for one of the two")
                                continue
                            }
                            if fullDiff { print(diff.text(colour: isatty(STDOUT_FILENO) != 0, all: false)) }
                            else { print("  \(step.from) → \(step.to): \(diff.counts.summary)") }
                        }
                    }
                    if s.members.count == 1 { print("\n" + SeriesExplanation.whyAlone(node, index: index, graph: graph)) }
                    if explain {
                        print("\nwhy each step belongs to the series (a link needs a score of \(SeriesModel.threshold)):")
                        for l in s.links { print("  " + SeriesExplanation.line(l, graph: graph)) }
                        let others = index.candidates.filter { $0.successor == node && $0.predecessor != index.incoming[node]?.predecessor }
                        if !others.isEmpty {
                            print("\nother candidates for \(id), best first:")
                            for l in others.prefix(5) {
                                let taken = index.successor[l.predecessor].map { " — continued by \(graph.nodes[$0].id)" } ?? ""
                                print("  " + SeriesExplanation.line(l, graph: graph) + taken)
                            }
                        }
                    }
                }
                return
            }
            if mainPath {
                var scope = graph.mainPathScope(of: node, maxDepth: maxDepth == 1 ? nil : maxDepth, withinFamily: !allAncestors)
                if scope.count < 2 && !allAncestors {
                    Console.error("note: \(id) has no ancestor in its series family; the main path runs over all its ancestors")
                    scope = graph.mainPathScope(of: node, maxDepth: nil, withinFamily: false)
                }
                let sub = graph.induced(by: scope)
                guard let focus = sub.nodeIndex[id] else { return }
                let path = sub.mainPath(endingAt: focus)
                if format == .json {
                    let edges = path.edges.map { "{\"citing\": \(CitationJSON.quote(sub.nodes[$0.citing].id)), \"cited\": \(CitationJSON.quote(sub.nodes[$0.cited].id)), \"spc\": \($0.spc)}" }
                    print("{\"symbol\": \(CitationJSON.quote(id)), \"mainPath\": [" + path.nodes.map { CitationJSON.quote(sub.nodes[$0].id) }.joined(separator: ", ") + "], \"edges\": [" + edges.joined(separator: ", ") + "]}")
                } else {
                    for n in path.nodes { print(line(sub, n)) }
                    for c in path.cycles { Console.error("warning: cycle broken for main path: \(sub.describe(cycle: c))") }
                }
                return
            }
            var sections: [(String, [Reach])] = []
            if direction != .down { sections.append(("ancestors", graph.ancestors(of: node, maxDepth: maxDepth))) }
            if direction != .up { sections.append(("descendants", graph.descendants(of: node, maxDepth: maxDepth))) }
            if format == .json {
                let parts = sections.map { name, reach in
                    "\"\(name)\": [" + ordered(graph, reach).map { "{\"id\": \(CitationJSON.quote(graph.nodes[$0.node].id)), \"depth\": \($0.depth)}" }.joined(separator: ", ") + "]"
                }
                print("{\"symbol\": \(CitationJSON.quote(id)), " + parts.joined(separator: ", ") + "}")
            } else {
                print(line(graph, node))
                for (name, reach) in sections {
                    print("\n\(name) (\(reach.count)):")
                    var lastDepth = 0
                    for r in ordered(graph, reach) {
                        if r.depth != lastDepth {
                            lastDepth = r.depth
                            let count = reach.filter { $0.depth == r.depth }.count
                            print("  depth \(r.depth) (\(count)):")
                        }
                        print("    " + line(graph, r.node))
                    }
                }
                if depth == 1 { print("\n(one step; --depth N for more, --depth 0 for all)") }
            }
        }
    }

    /// By depth, then in symbol order (`S/PRST/2000/4` before `/12`).
    func ordered(_ graph: CitationGraph, _ reach: [Reach]) -> [Reach] {
        reach.sorted { a, b in
            a.depth != b.depth ? a.depth < b.depth : SymbolOrder.less(graph.nodes[a.node].id, graph.nodes[b.node].id)
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

/// How `--explain` words a series link.
enum SeriesExplanation {
    static func line(_ l: SeriesLink, graph: CitationGraph) -> String {
        let e = l.evidence
        func f(_ v: Double?) -> String { v.map { String(format: "%.2f", $0) } ?? "-" }
        var parts = ["score \(String(format: "%.2f", e.score)) (confidence \(f(e.confidence)))"]
        if let m = e.mandate { parts.append("both renew \(m.hasPrefix("res") ? "the regime of resolution " + m.dropFirst(3) : m)") }
        parts.append("text similarity \(f(e.similarity))" + (e.similarityFromContext ? " (from citing texts)" : ""))
        if e.title != nil { parts.append("title \(f(e.title))") }
        if let n = e.entitySimilarity { parts.append("names \(f(n))" + (e.newestOfEntityBand ? " (newest of the closest)" : "")) }
        var how: [String] = []
        if e.firstParagraph { how.append("first paragraph") }
        if e.singledOut { how.append("singled out") }
        if e.recalls { how.append("recalls/reaffirms") }
        if e.operative { how.append("operative") }
        if e.extendsList { how.append("ends the list of the closest") }
        if !how.isEmpty { parts.append(how.joined(separator: ", ")) }
        parts.append(e.recencyRank == 0 ? "newest of \(e.candidates) candidates" : "\(e.recencyRank + 1). newest of \(e.candidates)")
        if let g = e.yearGap { parts.append("\(g) years") }
        if let r = e.sharedReferences { parts.append("shared references \(f(r))") }
        if l.inferred { parts.append("inferred: listed together by \(e.listedTogether) later documents, e.g. \(graph.nodes[l.citedBy].id)") }
        return "\(graph.nodes[l.successor].id) → \(graph.nodes[l.predecessor].id): " + parts.joined(separator: "; ")
    }

    /// Why a resolution has no predecessor and no successor.
    static func whyAlone(_ node: Int, index: SeriesIndex, graph: CitationGraph) -> String {
        let own = index.candidates.filter { $0.successor == node }
        guard let best = own.first else {
            return "\(graph.nodes[node].id) cites no earlier resolution of its body, and no later document lists one just before it"
        }
        if best.evidence.score < SeriesModel.threshold {
            return "best candidate below the threshold: " + line(best, graph: graph)
        }
        return "its best candidate continues another series: " + line(best, graph: graph)
    }
}
