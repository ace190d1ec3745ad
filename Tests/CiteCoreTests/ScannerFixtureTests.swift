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
}
