import CiteCore
import CiteGraph
import Foundation

/// The series decomposition of a site's graph and its families, named after their roots.
struct SeriesPart: Sendable {
    var index: SeriesIndex
    /// Families of at least two members with one in the corpus: largest first.
    var families: [SiteFamily]
    /// Position in `families` of each node's family, -1 for none.
    var familyOf: [Int32]
    var familyOfStem: [String: Int]

    /// - Complexity: that of `seriesIndex()`, plus O(V log V).
    init(graph: CitationGraph, symbolRank: [Int32]) {
        let index = graph.seriesIndex()
        self.index = index
        // Families: nodes sharing `family[v]`, named after that root.
        var groups: [Int: [Int]] = [:]
        for v in 0..<graph.nodeCount where index.incoming[v] != nil || index.successor[v] != nil {
            groups[index.family[v], default: []].append(v)
        }
        var families: [SiteFamily] = []
        for (root, members) in groups where members.count >= 2 && members.contains(where: { graph.nodes[$0].inCorpus }) {
            let heads = members.filter { index.incoming[$0] == nil }
            let chains = heads.map { index.series(of: $0).members }.sorted { a, b in
                a.count != b.count ? a.count > b.count : symbolRank[a[0]] < symbolRank[b[0]]
            }
            families.append(SiteFamily(root: root, members: members.sorted { Site.chronological(graph, symbolRank, $0, $1) },
                                       chains: chains, stem: ""))
        }
        families.sort { a, b in
            a.members.count != b.members.count ? a.members.count > b.members.count
                : symbolRank[a.root] < symbolRank[b.root]
        }
        var familyNames = UniqueNames()
        var familyOf = [Int32](repeating: -1, count: graph.nodeCount)
        var familyOfStem: [String: Int] = [:]
        for k in families.indices {
            let file = familyNames.claim("s-" + FileNames.sanitised(graph.nodes[families[k].root].id), extension: "html")
            families[k].stem = String(file.dropLast(5))
            familyOfStem[families[k].stem] = k
            for v in families[k].members { familyOf[v] = Int32(k) }
        }
        self.families = families
        self.familyOf = familyOf
        self.familyOfStem = familyOfStem
    }
}

/// The communities of a site's graph and those big enough for a page.
struct CommunitiesPart: Sendable {
    var communities: Communities
    /// Indices into `communities.communities`.
    var listed: [Int]
}

/// A value computed the first time it is asked for, once, whichever thread asks (the others wait).
final class Once<Value: Sendable>: @unchecked Sendable {
    private enum State {
        case pending(@Sendable () -> Value)
        case done(Value)
    }
    private let lock = NSLock()
    private var state: State
    private var spent: Double?

    init(_ make: @escaping @Sendable () -> Value) { state = .pending(make) }

    var value: Value {
        lock.lock(); defer { lock.unlock() }
        switch state {
        case .done(let value): return value
        case .pending(let make):
            let started = DispatchTime.now().uptimeNanoseconds
            let value = make()
            state = .done(value)
            spent = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
            return value
        }
    }

    /// Seconds the computation took, once done.
    var seconds: Double? { lock.lock(); defer { lock.unlock() }; return spent }
}

/// A page shared by nodes known only from citations: one section each, in symbol order.
struct SiteShard: Sendable {
    /// `e-<first member's symbol>`.
    var stem: String
    var members: [Int]
}

/// A series family: the chains that branch from one root.
struct SiteFamily: Sendable {
    /// The node the family is named after (its root series' first member).
    var root: Int
    /// Oldest first.
    var members: [Int]
    /// Each chain oldest first; longest first.
    var chains: [[Int]]
    /// `s-<root symbol>`.
    var stem: String
}
