import CiteCore
import Foundation
import Testing
@testable import CiteGraph
import CiteStore

/// What a Council text renews (`MandateKeys`), and the chains the keys give.
/// Fixtures/series_unmiss: S/RES/2241 (2015), 2302, 2304, 2326 and 2327 (2016) on South Sudan,
/// from the corpus. 2326 (15 December 2016) is a one-paragraph technical rollover that 2327 (the
/// next day's full renewal) does not cite; both recall 2304, so the best-first choice used to give
/// 2304 to 2327 and push 2326 onto 2302 — two chains of one mission.
@Suite struct SeriesKeysTests {
    /// (operative paragraph from a real text, key).
    static let keys: [(String, String?)] = [
        ("Decides to extend the mandate of the United Nations Mission in the Republic of South Sudan (UNMISS), as set out in resolution 2252 (2015), until 16 December 2016;", "UNMISS"),
        ("Decides to extend until 23 April 2018 UNISFA’s mandate modification set forth in resolution 2024 (2011);", "UNISFA"),
        ("Decides to extend the UNMISS mandate, as set out in resolution 2252 (2015), until 15 December 2016;", "UNMISS"),
        ("Decides to extend the mandate of the Panel of Experts until 28 February 2017; recalls the Committee established pursuant to paragraph 57 of resolution 2127 (2013);", "res2127"),
        ("Decides to renew until 15 November 2022 the measures; the Committee pursuant to resolution 751 (1992) concerning Al-Shabaab shall designate;", "res751"),
        ("Decides to establish a Committee; the individuals designated by the Committee established pursuant to paragraph 19 of this resolution;", "res2653"),
        ("Requests the Secretary-General to report, in line with S/PRST/2019/2, S/PRST/2019/2 and S/PRST/2019/2;", nil),
        ("Urges Member States to increase the participation of women in peace processes;", nil),
    ]

    @Test(arguments: keys.indices)
    func keyOfAnOperativeParagraph(_ i: Int) {
        let (paragraph, key) = Self.keys[i]
        #expect(MandateKeys.key(operative: [paragraph], wholeText: paragraph, ownNumber: 2653) == key)
    }

    @Test func aRepeatedAcronymNamesWhatNothingExtends() {
        let text = "Welcomes the work of MINUSMA; calls on MINUSMA to continue; requests MINUSMA to report; notes ECOWAS, ECOWAS, ECOWAS, ECOWAS."
        #expect(MandateKeys.key(operative: [text], wholeText: text, ownNumber: 1) == "MINUSMA")
    }

    @Test func titlesAsKeys() {
        #expect(MandateKeys.titleKey("Situation of human rights in the Islamic Republic of Iran") == "situation of human rights in the islamic republic of iran")
        #expect(MandateKeys.titleKey("Oceans and the law of the sea: sustainable fisheries, 2023") == "oceans and the law of the sea")
        #expect(MandateKeys.titleKey("Report of the International Atomic Energy Agency for 2022") == MandateKeys.titleKey("Report of the International Atomic Energy Agency"))
        #expect(MandateKeys.titleKey("2030") == nil)
    }

    static let graph: CitationGraph = {
        guard let folder = Bundle.module.url(forResource: "Fixtures", withExtension: nil)?.appendingPathComponent("series_unmiss"),
              let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return CitationGraph() }
        var nodes: [NodeRecord] = []
        var citations: [Citation] = []
        var texts: [String: [ParagraphText]] = [:]
        for name in names.sorted() where name.hasSuffix(".txt") {
            guard let d = try? DocumentReader.read(path: folder.appendingPathComponent(name).path) else { continue }
            nodes.append(NodeRecord(id: d.symbol, kind: Symbols.kind(ofSymbol: d.symbol), body: d.body, date: d.date, title: d.title))
            citations += CitationExtractor().extract(d)
            texts[d.symbol] = StoredParagraph.of(d).map { ParagraphText(label: $0.label, section: $0.section, start: $0.spanStart, text: $0.text) }
        }
        var graph = CitationGraph(nodes: nodes, citations: citations)
        graph.attachTexts(texts)
        return graph
    }()

    static let members = ["S/RES/2241 (2015)", "S/RES/2302 (2016)", "S/RES/2304 (2016)", "S/RES/2326 (2016)", "S/RES/2327 (2016)"]

    @Test func everyTextOfTheMissionHasItsKey() {
        let keys = Self.graph.seriesKeys()
        for id in Self.members {
            #expect(keys[Self.graph.nodeIndex[id] ?? -1] == "SC|UNMISS", "\(id)")
        }
        // 2252 (2015), the renewal before 2302, has no text here: the texts list it with the mission's.
        #expect(keys[Self.graph.nodeIndex["S/RES/2252 (2015)"] ?? -1] == "SC|UNMISS")
    }

    @Test(arguments: members)
    func theRolloverKeepsItsPlace(_ id: String) throws {
        let series = try Self.graph.series(ofID: id)
        let tail = ["S/RES/2252 (2015)", "S/RES/2302 (2016)", "S/RES/2304 (2016)", "S/RES/2326 (2016)", "S/RES/2327 (2016)"]
        #expect(Array(series.suffix(tail.count)) == tail)
        #expect(series.contains("S/RES/2241 (2015)"))
    }

    @Test func theExplanationNamesTheMandate() throws {
        let g = Self.graph
        let index = g.seriesIndex()
        let link = try #require(index.incoming[g.nodeIndex["S/RES/2327 (2016)"]!])
        #expect(g.nodes[link.predecessor].id == "S/RES/2326 (2016)")
        #expect(link.evidence.mandate == "UNMISS")
        #expect(link.evidence.uncited)   // 2327 does not cite 2326
    }
}
