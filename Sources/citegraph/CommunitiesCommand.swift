import ArgumentParser
import CiteCore
import CiteGraph
import Foundation

struct CommunitiesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "communities",
        abstract: "Group the graph into communities (Louvain, deterministic for a seed), each labelled by its members' subjects or title words."
    )

    @OptionGroup var source: GraphSourceOptions

    @OptionGroup var filter: FilterOptions

    @Option(help: "Seed of the Louvain visiting order.")
    var seed: UInt64 = 0

    @Option(help: "Resolution parameter (above 1: smaller communities).")
    var resolution: Double = 1

    @Option(help: "Show communities of at least this many members.")
    var minSize: Int = 2

    @Option(help: "text or json.")
    var format: TextOrJSON = .text

    func validate() throws {
        // NaN passes every comparison; a resolution must be a positive, finite number.
        guard resolution.isFinite, resolution > 0 else { throw ValidationError("--resolution must be a positive number") }
    }

    func run() throws {
        try runReportingErrors {
            let graph = try source.loadGraph().graph.filtered(by: try filter.filter())
            let parts = graph.communities(seed: seed, resolution: resolution)
            // Documents of the corpus first, then what they cite, each by id.
            func ordered(_ members: [Int]) -> [Int] {
                members.sorted { a, b in
                    let x = graph.nodes[a], y = graph.nodes[b]
                    return x.inCorpus != y.inCorpus ? x.inCorpus : x.id < y.id
                }
            }
            let shown = zip(parts.communities.map(ordered), parts.labels).filter { $0.0.count >= minSize }
            if format == .json {
                let items = shown.map { members, label in
                    "{\"label\": \(CitationJSON.quote(label)), \"size\": \(members.count), \"members\": [" +
                        members.map { CitationJSON.quote(graph.nodes[$0].id) }.joined(separator: ", ") + "]}"
                }
                print("{\"modularity\": \(parts.modularity), \"communities\": [" + items.joined(separator: ",\n ") + "]}")
            } else {
                print(String(format: "%d communities, modularity %.4f", parts.communities.count, parts.modularity))
                for (i, (members, label)) in shown.enumerated() {
                    print("\n\(i + 1). \(label) (\(members.count))")
                    for m in members.prefix(12) { print("   " + graph.nodes[m].id + (graph.nodes[m].title.map { "  " + String($0.prefix(70)) } ?? "")) }
                    if members.count > 12 { print("   … \(members.count - 12) more") }
                }
            }
        }
    }
}
