import CiteCore
import Foundation
import Testing
@testable import CiteGraph

/// Runs NetworkX on the same graph and compares every measure to 1e-9 (PageRank and HITS at a
/// tight tolerance, as the exact values); skipped cleanly when
/// `python3 -c "import networkx"` fails.
@Suite(.enabled(if: NetworkX.isAvailable, "python3 with networkx is not installed"))
struct NetworkXComparisonTests {
    @Test func everyMeasureAgreesWithNetworkX() throws {
        let graph = TestGraphs.randomCitations(nodes: 400, cites: 5, backEdges: 40, seed: 17)
        #expect(!graph.cycles().isEmpty)
        let dir = try NetworkX.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        var edges = ""
        for e in graph.edges { edges += "\(graph.nodes[e.source].id)\t\(graph.nodes[e.target].id)\t\(Escape.number(e.weight))\n" }
        try edges.write(to: dir.appendingPathComponent("edges.tsv"), atomically: true, encoding: .utf8)
        try graph.nodes.map(\.id).joined(separator: "\n").write(to: dir.appendingPathComponent("nodes.txt"), atomically: true, encoding: .utf8)
        #expect(try graph.betweenness(samples: 40, seed: 3) == graph.betweenness(sources: SeededGenerator(seed: 3).sampled(40, of: 400)))
        var rng = SeededGenerator(seed: 3)
        let sample = rng.sample(40, from: graph.nodeCount)
        try sample.map { graph.nodes[$0].id }.joined(separator: "\n").write(to: dir.appendingPathComponent("sources.txt"), atomically: true, encoding: .utf8)
        let communities = graph.communities(seed: 1)
        try communities.membership.map(String.init).joined(separator: "\n")
            .write(to: dir.appendingPathComponent("membership.txt"), atomically: true, encoding: .utf8)

        let result = try NetworkX.run(NetworkX.measuresScript, in: dir)
        func values(_ key: String) throws -> [Double] {
            let map = try #require(result[key] as? [String: Double], "networkx gave no \(key)")
            return try graph.nodes.map { try #require(map[$0.id], "\(key) lacks \($0.id)") }
        }
        func agree(_ ours: [Double], _ key: String, within limit: Double = 1e-9, file: String = #fileID, line: Int = #line) throws {
            let theirs = try values(key)
            let worst = zip(ours, theirs).map { abs($0 - $1) }.max() ?? 0
            #expect(worst <= limit, "\(key): largest difference \(worst)")
        }
        try agree(try graph.pageRank(), "pagerank")
        try agree(try graph.pageRank(weighted: false), "pagerank_unweighted")
        // With NetworkX's own stopping rule the two agree to rounding.
        try agree(try graph.pageRank(tolerance: 1e-6), "pagerank_default", within: 1e-12)
        let (hubs, authorities) = try graph.hits()
        try agree(hubs, "hubs")
        try agree(authorities, "authorities")
        let (hubsU, authoritiesU) = try graph.hits(weighted: false)
        try agree(hubsU, "hubs_unweighted")
        try agree(authoritiesU, "authorities_unweighted")
        try agree(graph.betweenness(), "betweenness")
        try agree(graph.betweenness(sources: sample), "betweenness_sampled")
        try agree(graph.closeness(), "closeness")
        try agree(graph.harmonic(), "harmonic")
        try agree(graph.coreNumbers().map(Double.init), "core")
        try agree(graph.inDegrees(), "in_degree")
        try agree(graph.outDegrees(), "out_degree")
        let q = try #require(result["modularity"] as? Double)
        #expect(abs(q - communities.modularity) < 1e-9)
        let louvain = try #require(result["louvain_modularity"] as? Double)
        #expect(communities.modularity > louvain - 0.05, "ours \(communities.modularity), networkx louvain \(louvain)")
    }

    @Test func graphMLRoundTripsThroughNetworkX() throws {
        let graph = ExportTests.graph()
        let dir = try NetworkX.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: dir) }
        try graph.graphML().write(to: dir.appendingPathComponent("graph.graphml"), atomically: true, encoding: .utf8)
        try graph.gexf().write(to: dir.appendingPathComponent("graph.gexf"), atomically: true, encoding: .utf8)
        let result = try NetworkX.run(NetworkX.graphMLScript, in: dir)
        let nodes = try #require(result["nodes"] as? [String: [String: Any]])
        #expect(Set(nodes.keys) == Set(graph.nodes.map(\.id)))
        let node = try #require(nodes["A/RES/74/174"])
        #expect(node["title"] as? String == ExportTests.hostileAsXML)
        #expect(node["kind"] as? String == "resolution")
        #expect(node["body"] as? String == "GA")
        #expect(node["date"] as? String == "2019-12-18")
        #expect(node["label"] as? String == "A/RES/74/174")
        #expect(node["in_corpus"] as? Bool == true)
        let edges = try #require(result["edges"] as? [[String: Any]])
        let toSC = try #require(edges.first { $0["target"] as? String == "S/RES/1325 (2000)" })
        #expect(toSC["source"] as? String == "A/RES/74/174")
        #expect(toSC["weight"] as? Double == 3)
        #expect(toSC["relation"] as? String == "reaffirms")
        #expect(toSC["relations"] as? String == "recalls:1|reaffirms:2")
        #expect(result["directed"] as? Bool == true)
        // GEXF 1.3 read by networkx too.
        let gexfNodes = try #require(result["gexf_nodes"] as? [String: [String: Any]])
        #expect(Set(gexfNodes.keys) == Set(graph.nodes.map(\.id)))
        #expect(gexfNodes["A/RES/74/174"]?["title"] as? String == ExportTests.hostileAsXML)
        let gexfEdges = try #require(result["gexf_edges"] as? [[String: Any]])
        #expect(gexfEdges.first { $0["target"] as? String == "S/RES/1325 (2000)" }?["weight"] as? Double == 3)
    }
}

extension SeededGenerator {
    /// The sample `sample(_:from:)` draws from a fresh generator with this seed.
    func sampled(_ k: Int, of n: Int) -> [Int] {
        var copy = self
        return copy.sample(k, from: n)
    }
}

enum NetworkX {
    static let isAvailable: Bool = (try? shell(["python3", "-c", "import networkx"], in: nil)) == 0

    static func shell(_ arguments: [String], in directory: URL?) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        if let directory { process.currentDirectoryURL = directory }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return process.terminationStatus
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("citegraph-nx-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Writes `script` into `dir`, runs it there, and reads the JSON it writes to `out.json`.
    static func run(_ script: String, in dir: URL) throws -> [String: Any] {
        try script.write(to: dir.appendingPathComponent("script.py"), atomically: true, encoding: .utf8)
        let status = try shell(["python3", "script.py"], in: dir)
        #expect(status == 0, "python script failed in \(dir.path)")
        let data = try Data(contentsOf: dir.appendingPathComponent("out.json"))
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static let measuresScript = #"""
    import json
    import networkx as nx
    from networkx.algorithms.centrality.betweenness import _single_source_shortest_path_basic, _accumulate_basic, _rescale
    nodes = open("nodes.txt").read().split("\n")
    G = nx.DiGraph()
    G.add_nodes_from(nodes)
    for line in open("edges.tsv"):
        u, v, w = line.rstrip("\n").split("\t")
        G.add_edge(u, v, weight=float(w))
    U = nx.DiGraph()
    U.add_nodes_from(G)
    U.add_edges_from(G.edges())
    out = {}
    out["pagerank"] = nx.pagerank(G, tol=1e-12, max_iter=10000)
    out["pagerank_unweighted"] = nx.pagerank(G, weight=None, tol=1e-12, max_iter=10000)
    out["pagerank_default"] = nx.pagerank(G)
    out["hubs"], out["authorities"] = nx.hits(G, tol=1e-14, max_iter=100000)
    out["hubs_unweighted"], out["authorities_unweighted"] = nx.hits(U, tol=1e-14, max_iter=100000)
    out["betweenness"] = nx.betweenness_centrality(G)
    sources = open("sources.txt").read().split("\n")
    bc = dict.fromkeys(G, 0.0)
    for s in sources:
        S, P, sigma, _ = _single_source_shortest_path_basic(G, s)
        bc, _ = _accumulate_basic(bc, S, P, sigma, s)
    out["betweenness_sampled"] = _rescale(bc, len(G), normalized=True, directed=True, endpoints=False, sampled_nodes=sources)
    out["closeness"] = nx.closeness_centrality(G)
    out["harmonic"] = nx.harmonic_centrality(G)
    out["core"] = nx.core_number(G)
    out["in_degree"] = dict(G.in_degree())
    out["out_degree"] = dict(G.out_degree())
    P = nx.Graph()
    P.add_nodes_from(G)
    for u, v, d in G.edges(data=True):
        w = P[u][v]["weight"] if P.has_edge(u, v) else 0.0
        P.add_edge(u, v, weight=w + d["weight"])
    membership = open("membership.txt").read().split("\n")
    groups = {}
    for n, c in zip(nodes, membership):
        groups.setdefault(c, set()).add(n)
    out["modularity"] = nx.community.modularity(P, list(groups.values()), weight="weight")
    out["louvain_modularity"] = nx.community.modularity(P, nx.community.louvain_communities(P, weight="weight", seed=1), weight="weight")
    json.dump(out, open("out.json", "w"))
    """#

    static let graphMLScript = #"""
    import json
    import networkx as nx
    G = nx.read_graphml("graph.graphml")
    out = {"directed": G.is_directed(),
           "nodes": {n: d for n, d in G.nodes(data=True)},
           "edges": [dict(d, source=u, target=v) for u, v, d in G.edges(data=True)]}
    X = nx.read_gexf("graph.gexf", version="1.3")
    out["gexf_nodes"] = {n: d for n, d in X.nodes(data=True)}
    out["gexf_edges"] = [dict(d, source=u, target=v) for u, v, d in X.edges(data=True)]
    json.dump(out, open("out.json", "w"))
    """#
}
