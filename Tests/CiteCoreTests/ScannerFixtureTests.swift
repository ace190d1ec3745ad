import Foundation
import Testing
@testable import CiteCore

/// Issue 12's error classes that need a whole document: each on a real text of `Fixtures/scanner`.
@Suite("Scanner fixtures")
struct ScannerFixtureTests {
    static func extracted(_ name: String) throws -> (document: Document, citations: [Citation]) {
        let dir = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil)).appendingPathComponent("scanner")
        let doc = try DocumentReader.read(path: dir.appendingPathComponent(name).path)
        return (doc, CitationExtractor().extract(doc))
    }

    @Test("an annex quoting another organization's text: its “its resolution” is that organization's")
    func annexOfAnotherOrganization() throws {
        // E/RES/2023/22 annexes resolution 337 (S-VII) of the Economic and Social Commission for Western Asia:
        // "The Economic and Social Commission for Western Asia, … Recalling also its resolution 302 (XXVII) of 10 May 2012"
        let (_, cs) = try Self.extracted("E_RES_2023_22.txt")
        #expect(cs.filter { $0.target.contains("302 (XXVII)") }.isEmpty)
        // The Council's resolutions it names stay: "pursuant to Economic and Social Council resolutions 2088 (LXIII) …"
        let targets = Set(cs.map(\.target))
        for t in ["E/RES/2088 (LXIII)", "E/RES/2089 (LXIII)", "E/RES/2008/8", "E/RES/2012/1", "E/RES/2015/32", "E/RES/2020/20"] {
            #expect(targets.contains(t), "\(t)")
        }
    }

    @Test("a footnote marker typed inside a word of the source (“t6he”) is found")
    func markerInsideWord() throws {
        // A/RES/77/189 PP7: "… the World Conference on Disaster Risk Reduction, t6he Addis Ababa Action Agenda …";
        // note 6 is "Resolution 69/283, annex II." (the Sendai Framework).
        let (doc, cs) = try Self.extracted("A_RES_77_189.txt")
        #expect(!doc.warnings.contains { $0.hasPrefix("footnote 6:") }, "\(doc.warnings)")
        let note = try #require(doc.footnotes.first { $0.marker == 6 })
        let marker = try #require(note.markerRange)
        let before = String(decoding: Array(doc.text.utf8)[(marker.lowerBound - 1)..<(marker.upperBound + 2)], as: UTF8.self)
        #expect(before == "t6he")
        let sendai = try #require(cs.first { $0.target == "A/RES/69/283" })
        #expect(sendai.section == .footnote && sendai.footnote == 6)
        #expect(sendai.paragraph == note.paragraph && note.paragraph?.hasPrefix("PP") == true)
    }

    @Test("a Security Council number with a mistyped year: the number's resolution, and a warning that names it")
    func councilYearTypo() throws {
        // S/RES/2437 (2018) OP2: "… otherwise reiterates its resolutions 2240 (2015), 2312 (2106) and 2380 (2017) …"
        let (_, cs) = try Self.extracted("S_RES_2437_(2018).txt")
        #expect(cs.to("S/RES/2312 (2106)").isEmpty)
        let c = try #require(cs.first { $0.text == "2312 (2106)" })
        #expect(c.target == "S/RES/2312 (2016)")
        let warnings = CitationExtractor.warnings(for: cs)
        #expect(warnings == ["\(c.paragraph): resolution 2312 (2106) read as S/RES/2312 (2016) (the year looks mistyped)"])
    }

    @Test("a cited date after the citing text's year is a typo: the citation is kept, with a warning")
    func futureDateTypo() throws {
        // A/RES/75/248 PP1 (December 2020): "… 71/266 of 23 December 2016, 72/256 of 24 December 2107, 73/276 of 22 December 2018 …".
        let (doc, cs) = try Self.extracted("A_RES_75_248.txt")
        let c = try #require(cs.first { $0.target == "A/RES/72/256" })
        #expect(c.date == "2107-12-24")
        #expect(CitationExtractor.warnings(for: cs, citingDate: doc.date).contains("\(c.paragraph): A/RES/72/256 is dated 2107-12-24, after the citing text (the date looks mistyped)"))
        // The other dates of the list are the citing text's past: no warning about them.
        #expect(CitationExtractor.warnings(for: cs, citingDate: doc.date).count == 1)
    }

    @Test("a footnote whose marker follows another body's “resolutions” lists that body's resolutions")
    func noteOfAnotherBodysResolutions() throws {
        // A/RES/79/190 OP2: "… the adoption on 15 December 2023 by the Conference of the States Parties at its tenth
        // session of all resolutions30 and decisions …"; note 30: "Resolution 10/1, entitled “Atlanta 2023: …”; resolution 10/2, …".
        // OP59: "… the adoption of resolution 10/12 on providing incentives … by the Conference of the States Parties to the Convention;"
        let (doc, cs) = try Self.extracted("A_RES_79_190.txt")
        #expect(doc.footnotes.contains { $0.marker == 30 })
        #expect(cs.filter { $0.footnote == 30 && $0.targetKind == .resolution }.isEmpty)
        #expect(!cs.contains { $0.target.hasPrefix("A/HRC/RES/10/") })
        // The Assembly's and the Council's own resolutions in the same text stay.
        #expect(cs.contains { $0.target == "A/HRC/RES/53/17" })
    }

    @Test("a list of another body's resolutions named after its last, refused item; that body's resolution later in the sentence")
    func listNamedAfterItsLastItem() throws {
        // A/RES/75/194 PP48: "… the mandate contained in resolutions 5/3 of 29 November 2013,14 6/2 and 6/3 of 6 November
        // 201515 and 7/1 of 10 November 201716 of the Conference of the States Parties to the Convention …";
        // OP34: "… resolutions and decisions of the Conference of the States Parties to the Convention, including resolutions
        // 7/8 … and 8/4 …, as well as resolution 7/5 on promoting preventive measures against corruption;"
        let (_, cs) = try Self.extracted("A_RES_75_194.txt")
        #expect(cs.inParagraph("PP48").filter { $0.targetKind == .resolution }.isEmpty)
        #expect(cs.to("A/HRC/RES/7/5").isEmpty)
    }

    @Test("an annex quoting the ECA Conference of Ministers: its resolutions are not the Council's or the Assembly's")
    func annexOfConferenceOfMinisters() throws {
        // E/RES/2023/17 PP1: "Noting the adoption by the Conference of African Ministers … of resolution 2023/10 …";
        // annex: "The Conference of Ministers, … Recalling its resolution 956 (LI) …"
        let (_, cs) = try Self.extracted("E_RES_2023_17.txt")
        for t in ["E/RES/2023/10", "E/RES/956 (LI)", "E/RES/908 (XLVI)"] { #expect(cs.to(t).isEmpty, "\(t)") }
        #expect(cs.contains { $0.target == "E/RES/2013/2" })
    }
}
