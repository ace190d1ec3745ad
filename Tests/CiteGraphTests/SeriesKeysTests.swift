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
        // 1763 (2007): the passive form.
        ("Decides that the mandate of UNOCI and of the French forces which support it shall be extended until 16 July 2007;", "UNOCI"),
        // 2627 (2022): a panel by the resolution that set it up (1874), not its committee's (1718).
        ("Decides to extend until 30 April 2023 the mandate of the Panel of Experts, as specified in paragraph 26 of resolution 1874 (2009) and modified in paragraph 29 of resolution 2094 (2013);", "res1874"),
        // 2688 (2023) and 2571 (2021): renewed measures by the resolution that set them out.
        ("Decides to renew until 1 July 2024 the measures as set out in paragraphs 1 to 6 of resolution 2293 (2016), including its reaffirmations therein;", "res2293"),
        ("Decides to extend until 30 July 2022 the authorisations and the measures in resolution 2146 (2014), as amended by paragraph 2 of resolutions 2441 (2018) and 2509 (2020);", "res2146"),
        ("Decides to renew until 1 February 2015 the measures on arms imposed by paragraph 1 of resolution 1807 (2008) and reaffirms the provisions of paragraphs 2, 3 and 5 of that resolution;", "res1807"),
        // 2572 (2021) and 2699 (2023).
        ("Decides to extend until 28 February 2022 the mandate of the 1540 Committee with the continued assistance of its group of experts;", "res1540"),
        ("Authorizes Member States that have notified the Secretary-General of their participation to form and deploy a Multinational Security Support (MSS) mission with a lead country;", "MSS"),
        // 2374 (2017): a text that sets up a sanctions committee begins that regime, whatever mission it names.
        ("Decides to establish a Committee; travel shall be approved by the Committee established pursuant to paragraph 9 below; welcomes MINUSMA, MINUSMA and MINUSMA;", "res2653"),
        // 2551 (2020): the panel by the resolution that last set out its tasks.
        ("Decides to renew, with effect from the date of adoption of this resolution, until 15 December 2021, the Panel on Somalia and that the mandate of the Panel shall include the tasks referred to in paragraph 11 of resolution 2444 (2018);", "res2444"),
        // 2395 (2017): a body renewed without the word "mandate".
        ("Decides that CTED will continue to operate as a special political mission under the policy guidance of the CTC for the period ending 31 December 2021 and further decides to conduct by 31 December 2019 an interim review;", "CTED"),
        // 2523 (2020): a technical rollover that extends nothing by name.
        ("Decides that the African Union-United Nations Hybrid Operation in Darfur (UNAMID) shall maintain its current troop and police ceilings until 3 June 2020, and further decides that during this period UNAMID shall maintain all team sites;", "UNAMID"),
        // 2325 (2016): the 1540 Committee's review, which extends nothing.
        ("Decides that the 1540 Committee will continue to submit to the Security Council its Programme of Work, before the end of each January;", "res1540"),
        // 1735 (2006): the 1267 Monitoring Team, appointed under 1617 (2005), not the 1540 Committee the text also names.
        ("Decides, in order to assist the Committee in the fulfilment of its mandate, to extend the mandate of the current New York-based Monitoring Team, appointed by the Secretary-General pursuant to paragraph 20 of resolution 1617 (2005), for a further period of 18 months; the Committee established pursuant to resolution 1540 (2004) and the Committee established pursuant to resolution 1540 (2004);", "res1617"),
        // 2319 (2016): a body without an acronym, by the resolution that set out its mandate.
        ("Decides to renew the mandate of the Joint investigative Mechanism, as set out in resolution 2235, for a further period of one year; the Committee established pursuant to resolution 1540 (2004);", "res2235"),
        // 1317 (2000): a mission by its name, when no acronym is given.
        ("Decides to extend the present mandate of the United Nations Mission in Sierra Leone until 20 September 2000;", "United Nations Mission in Sierra Leone"),
        ("Requests the Secretary-General to report, in line with S/PRST/2019/2, S/PRST/2019/2 and S/PRST/2019/2;", nil),
        ("Urges Member States to increase the participation of women in peace processes;", nil),
    ]

    @Test(arguments: keys.indices)
    func keyOfAnOperativeParagraph(_ i: Int) {
        let (paragraph, key) = Self.keys[i]
        #expect(MandateKeys.key(operative: [paragraph], wholeText: paragraph, ownNumber: 2653) == key)
    }

    @Test func aNameTakesTheAcronymTheTextsGiveIt() {
        let texts = ["Welcoming the work of the United Nations Mission in Sierra Leone (UNAMSIL) and of ECOWAS,",
                     "Commends the United Nations Mission in Sierra Leone (UNAMSIL);"]
        let names = MandateKeys.acronyms(in: texts)
        #expect(names == ["united nations mission in sierra leone": "UNAMSIL"])
        let paragraph = "Decides to extend the present mandate of the United Nations Mission in Sierra Leone until 20 September 2000;"
        #expect(MandateKeys.key(operative: [paragraph], wholeText: paragraph, ownNumber: 1317, names: names) == "UNAMSIL")
    }

    /// The named acronyms found stretch by stretch are the whole-text regex's, on every Council
    /// fixture of this target (25 real texts) and on brackets that are not acronyms, nested, unclosed or at the ends.
    @Test func namedAcronymsAgree() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
        var texts = [
            "the United Nations Mission in Sierra Leone (UNAMSIL) and the African Union Mission in Somalia (AMISOM)",
            "(UNMIL) United Nations Mission (in Liberia) (UNMIL)", "Mission of the United Nations ((UNMIS)", "(AB)", "(ABC",
            "United Nations Interim Force (UNIFIL", "the United Nations Office (U-N2O) and the Group of Five for the Sahel Joint Force (FC-G5S)",
            "Force d’Observation des Nations Unies (FNUOD) é (Ü) United Nations Mission (UNMEE)", "",
        ]
        let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String }.filter { $0.contains("S_RES") && $0.hasSuffix(".txt") } ?? []
        for f in files.sorted() { texts.append(try String(contentsOf: folder.appendingPathComponent(f), encoding: .utf8)) }
        #expect(texts.count > 30)
        var matches = 0
        for text in texts {
            let windowed = MandateKeys.namedAcronyms(in: text), whole = MandateKeys.namedAcronymsByRegex(in: text)
            #expect(windowed == whole, "\(text.prefix(80))")
            matches += whole.count
        }
        #expect(matches > 100)
    }

    @Test func anAcronymWithDigits() {
        let text = "Welcomes the FC-G5S; calls on the FC-G5S to continue; requests the FC-G5S to report."
        #expect(MandateKeys.key(operative: [text], wholeText: text, ownNumber: 2359) == "FC-G5S")
    }

    /// DRC sanctions: 2825 renews the measures "set out in resolution 2783", 2783 those of 2293,
    /// 2293 those of 1807, which imposed them: one regime, one key.
    @Test func renewedMeasuresLeadBackToTheirRegime() {
        let texts: [(Int, Int, String)] = [
            (1807, 2008, "Decides that all States shall take the necessary measures to prevent the supply of arms;"),
            (2293, 2016, "Decides to renew until 1 July 2017 the measures on arms imposed by paragraph 1 of resolution 1807 (2008);"),
            (2783, 2025, "Decides to renew until 1 July 2026 the measures as set out in paragraphs 1 to 6 of resolution 2293 (2016);"),
            (2825, 2026, "Decides to renew until 1 July 2027 the measures as set out or extended in paragraphs 1 and 3 of resolution 2783 (2025);"),
        ]
        let nodes = texts.map { NodeRecord(id: "S/RES/\($0.0) (\($0.1))", kind: .resolution, body: .sc, year: $0.1) }
        var graph = CitationGraph(nodes: nodes, citations: [])
        graph.attachTexts(Dictionary(uniqueKeysWithValues: texts.map {
            ("S/RES/\($0.0) (\($0.1))", [ParagraphText(label: "OP1", section: .operative, start: 0, text: "1.\t" + $0.2)])
        }))
        let keys = graph.seriesKeysByID()
        for n in [2293, 2783, 2825] {
            #expect(keys[nodes.first { $0.id.hasPrefix("S/RES/\(n) ") }!.id] == "SC|res1807", "\(n)")
        }
    }

    /// S/RES/2423 (2018) says it was "Adopted … on 29 June 2016": the symbol's year wins.
    @Test func aDateOfAnotherYearThanTheSymbolIsATypo() {
        let node = NodeRecord(id: "S/RES/2423 (2018)", kind: .resolution, body: .sc, date: "2016-06-29")
        #expect(node.year == 2018)
        #expect(node.date == nil)
        let good = NodeRecord(id: "S/RES/2364 (2017)", kind: .resolution, body: .sc, date: "2017-06-29")
        #expect(good.year == 2017 && good.date == "2017-06-29")
    }

    /// CTED's renewals say "CTED" every hundred words; a text on trafficking in persons that tasks
    /// CTED three times in three thousand words is not one of its steps (2388 (2017) sat between
    /// 2129 and 2395). A mission's troop increase says its acronym as often as its renewals.
    @Test func aTextThatOnlyRepeatsAnAcronymIsNotAStepOfItsRenewals() {
        let renewal = "Decides that CTED will continue to operate as a special political mission for the period ending 31 December 2021; " + String(repeating: "requests CTED to report; ", count: 40)
        let other = "Requests CTED to assess trafficking; encourages CTED to include it; invites CTED to brief; "
            + String(repeating: "calls upon Member States to criminalize trafficking in persons in armed conflict; ", count: 30)
        let mission = "Decides to increase the force of UNMISS; " + String(repeating: "requests UNMISS to protect; ", count: 10)
        let missionRenewal = "Decides to extend the mandate of UNMISS until 30 April 2024; " + String(repeating: "requests UNMISS to report; ", count: 40)
        let texts: [(Int, Int, String)] = [(2129, 2013, renewal), (2388, 2017, other), (2395, 2017, renewal),
                                           (2109, 2013, missionRenewal), (2132, 2013, mission), (2155, 2014, missionRenewal)]
        let nodes = texts.map { NodeRecord(id: "S/RES/\($0.0) (\($0.1))", kind: .resolution, body: .sc, year: $0.1) }
        var graph = CitationGraph(nodes: nodes, citations: [])
        graph.attachTexts(Dictionary(uniqueKeysWithValues: texts.map {
            ("S/RES/\($0.0) (\($0.1))", [ParagraphText(label: "OP1", section: .operative, start: 0, text: "1.\t" + $0.2)])
        }))
        let keys = graph.seriesKeysByID()
        #expect(keys["S/RES/2129 (2013)"] == "SC|CTED")
        #expect(keys["S/RES/2395 (2017)"] == "SC|CTED")
        #expect(keys["S/RES/2388 (2017)"] == nil)
        // A mission's own text without a renewal paragraph says its acronym often enough to stay.
        #expect(keys["S/RES/2132 (2013)"] == "SC|UNMISS")
    }

    /// 2727 (2024) recalls "resolution 2678 (2023) extending [UNAMA's mandate] until 17 March 2024"
    /// and not 2721 (2023), a text on Afghanistan that only names UNAMA a few times: the renewal
    /// continues 2678, and 2721 is no step of UNAMA's chain.
    @Test func aRenewalPassesByATextThatOnlyRepeatsItsAcronym() throws {
        let renewal = { (until: Int) in "Decides to extend the mandate of UNAMA until 17 March \(until); " + String(repeating: "requests UNAMA to report; ", count: 10) }
        let other = "Requests UNAMA to support the Special Envoy; welcomes UNAMA; calls on UNAMA to assist the independent assessment of Afghanistan;"
        let texts: [(Int, Int, String)] = [(2626, 2022, renewal(2023)), (2678, 2023, renewal(2024)), (2721, 2023, other), (2727, 2024, renewal(2025))]
        let id = { (n: Int, y: Int) in "S/RES/\(n) (\(y))" }
        let nodes = texts.map { NodeRecord(id: id($0.0, $0.1), kind: .resolution, body: .sc, year: $0.1) }
        let citations = [TestGraphs.citation(id(2678, 2023), id(2626, 2022), body: .sc),
                         TestGraphs.citation(id(2727, 2024), id(2626, 2022), body: .sc),
                         TestGraphs.citation(id(2727, 2024), id(2678, 2023), at: 10, body: .sc)]
        var graph = CitationGraph(nodes: nodes, citations: citations)
        graph.attachTexts(Dictionary(uniqueKeysWithValues: texts.map {
            (id($0.0, $0.1), [ParagraphText(label: "OP1", section: .operative, start: 0, text: "1.\t" + $0.2)])
        }))
        let keying = graph.seriesKeying()
        #expect(keying.keys[graph.nodeIndex[id(2721, 2023)]!] == "SC|UNAMA")
        #expect(keying.repeated == [graph.nodeIndex[id(2721, 2023)]!])
        let link = try #require(graph.seriesIndex().incoming[graph.nodeIndex[id(2727, 2024)]!])
        #expect(graph.nodes[link.predecessor].id == id(2678, 2023))
        let series = try graph.series(ofID: id(2727, 2024))
        #expect(series == [id(2626, 2022), id(2678, 2023), id(2727, 2024)])
    }

    /// 2055 (2012): one operative paragraph that renews nothing; the preamble names the regime.
    @Test func thePreambleNamesTheRegimeWhenNothingElseDoes() {
        let preamble = "Recalling its decision in resolution 1977 (2011) to extend the mandate of the Committee established pursuant to resolution 1540 (2004), hereafter the 1540 Committee, until 25 April 2021,"
        let operative = "Requests the Secretary-General to increase the size of the group of experts referred to in paragraph 5 (a) of resolution 1977 (2011) to up to nine experts."
        #expect(MandateKeys.key(operative: [operative], wholeText: preamble + "\n" + operative, ownNumber: 2055) == "res1540")
        #expect(MandateKeys.key(operative: [operative], wholeText: operative, ownNumber: 2055) == nil)
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
