import CiteCore
import Testing
@testable import CiteGraph

/// Series lineage on real citations of the Security Council's women, peace and security
/// resolutions and the General Assembly's protection-of-global-climate resolutions.
@Suite struct SeriesTests {
    static let wps = ["S/RES/1325 (2000)", "S/RES/1820 (2008)", "S/RES/1888 (2009)", "S/RES/1889 (2009)",
                      "S/RES/1960 (2010)", "S/RES/2106 (2013)", "S/RES/2122 (2013)", "S/RES/2242 (2015)",
                      "S/RES/2467 (2019)", "S/RES/2493 (2019)"]
    static let climate = ["A/RES/43/53", "A/RES/54/222", "A/RES/62/86", "A/RES/63/32", "A/RES/64/73", "A/RES/65/159",
                          "A/RES/66/200", "A/RES/67/210", "A/RES/68/212", "A/RES/69/220", "A/RES/70/205", "A/RES/71/228",
                          "A/RES/72/219", "A/RES/73/232", "A/RES/74/219", "A/RES/75/217", "A/RES/76/205", "A/RES/77/165",
                          "A/RES/78/153", "A/RES/79/206", "A/RES/80/138"]

    /// Citations only, no texts (the fixture's TSV): the Council's thematic resolutions are listed
    /// side by side and nothing tells them apart; with the texts the series is exact
    /// (`SeriesTextTests.womenPeaceAndSecurityFromEveryMember`).
    @Test(arguments: wps)
    func womenPeaceAndSecurityFromCitationsAlone(_ symbol: String) throws {
        let graph = try SeriesFixture.graph()
        let series = try graph.series(ofID: symbol)
        withKnownIssue("without the texts, 1820 (2008) continues the newest resolution it reaffirms, 1674 (2006) on protection of civilians") {
            #expect(series == Self.wps)
        }
    }

    @Test(arguments: ["A/RES/75/217", "A/RES/78/153", "A/RES/80/138", "A/RES/74/219", "A/RES/43/53"])
    func protectionOfGlobalClimate(_ symbol: String) throws {
        let graph = try SeriesFixture.graph()
        #expect(try graph.series(ofID: symbol) == Self.climate)
    }
}

extension SeriesTests {
    /// Without the citations of 2106 (2013) and 2242 (2015) — as in the corpus's link truth, where
    /// their XML links none of the Council's resolutions — the later members' citations fill the gap.
    @Test func gapsAreBridgedByLaterMembers() throws {
        let graph = try SeriesFixture.graph(dropping: ["S/RES/2106 (2013)", "S/RES/2242 (2015)"])
        let (from2493, from1325) = (try graph.series(ofID: "S/RES/2493 (2019)"), try graph.series(ofID: "S/RES/1325 (2000)"))
        withKnownIssue("citations alone, no texts: see womenPeaceAndSecurityFromCitationsAlone") {
            #expect(from2493 == Self.wps)
            #expect(from1325 == Self.wps)
        }
        let series = graph.series(of: try graph.index(of: "S/RES/2122 (2013)"))
        let inferred = series.links.filter(\.inferred).map { graph.nodes[$0.successor].id }
        withKnownIssue("citations alone, no texts: 2106 (2013) is linked from a later list to 2068 (2012), children and armed conflict") {
            #expect(inferred == ["S/RES/2106 (2013)", "S/RES/2242 (2015)"])
        }
    }

    /// Each climate resolution also recalls later, unrelated resolutions (79/323 on financing for
    /// development, 79/314, 78/317 on small island States…): the most recent citation is not the
    /// predecessor.
    @Test func mostRecentCitationIsNotThePredecessor() throws {
        let graph = try SeriesFixture.graph()
        let latest = try graph.index(of: "A/RES/80/138")
        let cited = graph.successors(of: latest).filter { graph.nodes[$0].body == .ga }
        let mostRecent = try #require(cited.max { graph.isOlder($0, than: $1) == true })
        #expect(graph.nodes[mostRecent].id == "A/RES/79/323")
        let link = try #require(graph.predecessor(of: latest))
        #expect(graph.nodes[link.predecessor].id == "A/RES/79/206")
        #expect(link.evidence.title == 1 && !link.inferred)
        #expect(!graph.topic(latest, mostRecent).sharesTopic)
    }

    /// Cited resolutions of other agendas (children and armed conflict, protection of civilians)
    /// fall between series members in time but do not enter the series.
    @Test func otherAgendasStayOut() throws {
        let graph = try SeriesFixture.graph()
        let s1888 = try graph.index(of: "S/RES/1888 (2009)")
        #expect(graph.nodes[try #require(graph.predecessor(of: s1888)).predecessor].id == "S/RES/1820 (2008)")
        let s1960 = try graph.index(of: "S/RES/1960 (2010)")
        #expect(!graph.topic(s1960, try graph.index(of: "S/RES/1894 (2009)")).sharesTopic)
        #expect(!graph.topic(s1888, try graph.index(of: "S/RES/1882 (2009)")).sharesTopic)
        let alone = graph.series(of: try graph.index(of: "S/RES/1894 (2009)")).members.count
        withKnownIssue("citations alone, no texts: 1894 (2009) is listed beside WPS texts by several later ones") {
            #expect(alone == 1)
        }
    }

    @Test func unknownSymbolsAndNonResolutions() throws {
        let graph = try SeriesFixture.graph()
        #expect(throws: GraphError.unknownNode("A/RES/99/1")) { try graph.series(ofID: "A/RES/99/1") }
        let treaty = CitationGraph(nodes: [], citations: [TestGraphs.citation("A/RES/1/1", "UNTS 1/1", kind: .treaty)])
        #expect(try treaty.series(ofID: "UNTS 1/1") == ["UNTS 1/1"])
    }
}

extension SeriesTests {
    /// A yearly resolution cites last year's one and a one-off resolution of the same family
    /// adopted in between (titles as in the corpus: A/RES/77/171, A/RES/77/294, A/RES/78/158).
    @Test func sameTitleContinuesTheYearlySeries() throws {
        let agenda = "Sustainable development: combating sand and dust storms"
        let nodes = [
            NodeRecord(id: "A/RES/77/171", kind: .resolution, body: .ga, date: "2022-12-14", title: "Combating sand and dust storms", agendaItem: agenda),
            NodeRecord(id: "A/RES/77/294", kind: .resolution, body: .ga, date: "2023-06-15",
                       title: "International Day of Combating Sand and Dust Storms", agendaItem: agenda),
            NodeRecord(id: "A/RES/78/158", kind: .resolution, body: .ga, date: "2023-12-19", title: "Combating sand and dust storms", agendaItem: agenda),
        ]
        let citations = [
            TestGraphs.citation("A/RES/78/158", "A/RES/77/171", paragraph: "PP1", at: 1),
            TestGraphs.citation("A/RES/78/158", "A/RES/77/294", paragraph: "PP2", at: 50),
            TestGraphs.citation("A/RES/77/294", "A/RES/77/171", paragraph: "PP1", at: 1),
        ]
        let graph = CitationGraph(nodes: nodes, citations: citations)
        #expect(graph.topic(2, 1).sharesTopic)
        #expect(try graph.series(ofID: "A/RES/78/158") == ["A/RES/77/171", "A/RES/78/158"])
        #expect(try graph.series(ofID: "A/RES/77/171") == ["A/RES/77/171", "A/RES/78/158"])
        // A series is a chain: 77/171 continues once, in 78/158; the one-off 77/294 that also
        // builds on it is a branch of the same family.
        #expect(try graph.series(ofID: "A/RES/77/294") == ["A/RES/77/294"])
        let index = graph.seriesIndex()
        #expect(index.family[2] == index.family[0] && index.family[1] == index.family[0])
    }
}
