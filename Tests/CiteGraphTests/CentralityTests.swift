import Testing
@testable import CiteGraph

/// Centrality on `TestGraphs.small()`; expected values from NetworkX 3.6.1:
/// ```python
/// G = nx.DiGraph(); G.add_nodes_from("ABCDEFGH")
/// for u, v, w in [("A","B",2),("A","C",1),("B","C",1),("C","D",1),("D","B",1),("E","A",1),
///                 ("E","C",3),("F","E",1),("F","A",1),("H","D",1)]: G.add_edge(u, v, weight=w)
/// nx.pagerank(G); nx.pagerank(G, weight=None); nx.hits(G); nx.hits(unweighted copy)
/// nx.betweenness_centrality(G); nx.closeness_centrality(G); nx.harmonic_centrality(G); nx.core_number(G)
/// ```
@Suite struct CentralityTests {
    let graph = TestGraphs.small()

    @Test func degrees() {
        #expect(graph.inDegrees() == [2, 2, 3, 2, 1, 0, 0, 0])
        #expect(graph.outDegrees() == [2, 1, 1, 1, 2, 2, 0, 1])
        #expect(graph.weightedInDegrees() == [2, 3, 5, 2, 1, 0, 0, 0])
        #expect(close(graph.inDegrees(normalized: true), [2, 2, 3, 2, 1, 0, 0, 0].map { $0 / 7 }))
    }

    @Test func pageRankWeightedAndUnweighted() throws {
        // The fixed point: nx.pagerank(G, tol=1e-15, max_iter=100000).
        let weighted = [0.036247814685, 0.287284821896, 0.294499463122, 0.289135732465, 0.029895104895,
                        0.020979020979, 0.020979020979, 0.020979020979]
        let unweighted = [0.042600524476, 0.283749365006, 0.292976623716, 0.287841318970, 0.029895104895,
                          0.020979020979, 0.020979020979, 0.020979020979]
        #expect(close(try graph.pageRank(), weighted, tolerance: 1e-11))
        #expect(close(try graph.pageRank(weighted: false), unweighted, tolerance: 1e-11))
        // NetworkX's default stopping rule (nx.pagerank(G), tol=1e-6) stops ~2e-6 short of it.
        let networkXDefault = [0.036247814685, 0.287284188080, 0.294498220569, 0.289137608834, 0.029895104895,
                               0.020979020979, 0.020979020979, 0.020979020979]
        #expect(close(try graph.pageRank(tolerance: 1e-6), networkXDefault, tolerance: 1e-11))
        #expect(abs(try graph.pageRank().reduce(0, +) - 1) < 1e-12)
    }

    @Test func pageRankRejectsBadAlphaAndReportsNonConvergence() {
        #expect(throws: GraphError.invalidParameter("alpha 1.5 is outside [0, 1]")) { try graph.pageRank(alpha: 1.5) }
        #expect(throws: GraphError.notConverged(algorithm: "PageRank", iterations: 1)) {
            try graph.pageRank(tolerance: 1e-15, maxIterations: 1)
        }
    }

    @Test func hitsNormalisedLikeNetworkX() throws {
        let (h, a) = try graph.hits()
        #expect(close(h, [0.239971316287, 0.155855504198, 0, 0.042057906045, 0.512856487621, 0.049258785849, 0, 0], tolerance: 1e-9))
        #expect(close(a, [0.183232482223, 0.170156298765, 0.630554353048, 0, 0.016056865964, 0, 0, 0], tolerance: 1e-9))
        let (hu, au) = try graph.hits(weighted: false)
        #expect(close(hu, [0.279609616623, 0.188278660689, 0, 0.091330955934, 0.296805286686, 0.143975480068, 0, 0], tolerance: 1e-9))
        #expect(close(au, [0.256209736472, 0.215614186258, 0.444488397161, 0, 0.083687680110, 0, 0, 0], tolerance: 1e-9))
    }

    @Test func betweennessExactAndSampled() throws {
        let expected = [0.071428571429, 0.047619047619, 0.095238095238, 0.071428571429, 0.023809523810, 0, 0, 0]
        #expect(close(graph.betweenness(), expected, tolerance: 1e-11))
        // Every node as a source is the exact computation.
        #expect(close(try graph.betweenness(samples: 8, seed: 1), expected, tolerance: 1e-11))
        // A sample is deterministic for a seed.
        #expect(try graph.betweenness(samples: 4, seed: 9) == (try graph.betweenness(samples: 4, seed: 9)))
        #expect(throws: GraphError.self) { try graph.betweenness(samples: 0, seed: 1) }
    }

    /// Sources {A, E, F} (k = 3, n = 8): NetworkX 3.6 scales sources by 1/((k−1)(n−2)) and the
    /// others by 1/(k(n−2)).
    @Test func betweennessFromGivenSources() {
        // python: bc = {v: 0.0 for v in G}; for s in "AEF": S, P, sigma, _ = _single_source_shortest_path_basic(G, s);
        //         bc, _ = _accumulate_basic(bc, S, P, sigma, s)
        //         _rescale(bc, 8, normalized=True, directed=True, endpoints=False, sampled_nodes=["A","E","F"])
        let result = graph.betweenness(sources: [0, 4, 5])
        #expect(close(result, [0.25, 0, 0.166666666667, 0, 0.083333333333, 0, 0, 0], tolerance: 1e-11))
    }

    @Test func closenessAndHarmonicUseIncomingDistances() {
        #expect(close(graph.closeness(), [0.285714285714, 0.514285714286, 0.514285714286, 0.467532467532,
                                          0.142857142857, 0, 0, 0], tolerance: 1e-11))
        #expect(close(graph.harmonic(), [2, 4, 4.333333333333, 3.833333333333, 1, 0, 0, 0], tolerance: 1e-11))
    }

    @Test func coreNumbersCountInPlusOut() {
        #expect(graph.coreNumbers() == [2, 2, 2, 2, 2, 2, 0, 1])
    }

    @Test func emptyGraph() throws {
        let empty = CitationGraph()
        #expect(try empty.pageRank().isEmpty)
        #expect(try empty.hits().hubs.isEmpty)
        #expect(empty.betweenness().isEmpty)
        #expect(empty.closeness().isEmpty)
        #expect(empty.coreNumbers().isEmpty)
        #expect(empty.communities().communities.isEmpty)
    }
}

extension CentralityTests {
    @Test func scoresAndRanking() throws {
        #expect(try graph.scores(.pagerank) == (try graph.pageRank()))
        #expect(try graph.scores(.hits) == (try graph.hits().authorities))
        #expect(try graph.scores(.hub) == (try graph.hits().hubs))
        #expect(try graph.scores(.kcore) == [2, 2, 2, 2, 2, 2, 0, 1])
        #expect(try graph.scores(.betweenness, samples: 8, seed: 1) == graph.betweenness())
        for measure in CentralityMeasure.allCases { #expect(try graph.scores(measure).count == 8) }
        let top = graph.ranked(graph.inDegrees(), top: 3)
        #expect(top.map(\.id) == ["C", "A", "B"])
        #expect(top.map(\.rank) == [1, 2, 3])
        #expect(graph.ranked(graph.inDegrees()).count == 8)
        #expect(graph.ranked(graph.inDegrees(), keep: { $0.id > "D" }).map(\.id) == ["E", "F", "G", "H"])
    }

    @Test func closestIDsForUnknownSymbols() throws {
        let fixture = try SeriesFixture.graph()
        #expect(fixture.closestIDs(to: "S/RES/1352 (2000)", limit: 1) == ["S/RES/1325 (2000)"])
        #expect(fixture.closestIDs(to: "a/res/78/135", limit: 1) == ["A/RES/78/153"])
        #expect(CitationGraph.editDistance(Array("kitten".unicodeScalars), Array("sitting".unicodeScalars)) == 3)
        #expect(CitationGraph.editDistance(Array("ab".unicodeScalars), Array("ba".unicodeScalars)) == 1)
    }
}
