import Foundation
import Testing
@testable import CiteCore

/// The layout of an Akoma Ntoso document is built from what the renderer recorded (its blocks and
/// where they stand in the XML), not guessed back from the text: real documents whose XML says
/// more than their words.
@Suite("AKN reader: the recorded layout")
struct AKNLayoutTests {
    /// S/RES/2530 (2020) (UNDOF): the preamble's last clauses are "Recalls that UNDOF's
    /// deployment …" and two "Recalling …"; the text route took "Recalls" for the first operative
    /// paragraph and put the clauses after it in OP1 too. The XML holds them in the preamble.
    @Test("a preamble clause is preambular whatever its verb; operative numbers are the XML's")
    func preambleByStructure() throws {
        let (path, data) = try AKNReaderTests.fixture("S_RES_2530_(2020).xml")
        let rendering = try AKNReader.render(data: data, path: path)
        let document = try AKNReader.read(path: path)
        let citations = CitationExtractor().extract(document)
        let recalled = citations.filter { $0.target == "S/RES/338 (1973)" }.map { "\($0.paragraph) \($0.relation.rawValue)" }
        #expect(recalled == ["PP19 recalls", "OP1 calls-upon", "OP16 requests"])
        #expect(citations.first { $0.target == "S/RES/2242 (2015)" }?.paragraph == "PP21")
        // Every paragraph is a block the renderer wrote; the operative labels follow the XML's `num`s.
        let blocks = Set(rendering.blocks.map(\.range))
        #expect(document.paragraphs.filter { $0.section != .cover }.allSatisfy { blocks.contains($0.range) })
        let operative = document.paragraphs.filter { $0.section == .operative }.map(\.label)
        #expect(operative.first == "OP1")
        #expect(Set(operative).count == 16)
        // The text route, on the same text, still reads it the old way.
        let guessed = try DocumentReader.parse(text: document.text, path: path, language: document.language)
        let guessedLabel = guessed.paragraphs.first { $0.range.contains(citations.first { $0.target == "S/RES/2242 (2015)" }!.span.lowerBound) }?.label
        #expect(guessedLabel == "OP1")
    }

    /// A/RES/78/247: a budget resolution in sections, each with clauses the XML marks as
    /// preambular (`crossHeading refersTo="#preamble"`) before its numbered paragraphs. The text
    /// route gave section II's "Recalling its resolutions 61/275 …" the relation of the operative
    /// paragraph before it (OP10, "requests").
    @Test("preambular clauses inside a section of the body")
    func sectionPreambles() throws {
        let (path, _) = try AKNReaderTests.fixture("A_RES_78_247.xml")
        let document = try AKNReader.read(path: path)
        let citations = CitationExtractor().extract(document)
        let first = try #require(citations.first { $0.target == "A/RES/61/275" })
        #expect(first.section == .preamble)
        #expect(first.paragraph == "PP3")
        #expect(first.relation == .recalls)
        // The first section's heading ("I Activities of the Office of Internal Oversight Services")
        // belongs to the clause after it, and the first clause is PP1.
        #expect(citations.first { $0.target == "A/RES/48/218" }?.paragraph == "PP1")
        // The conclusions (meeting, date) are no paragraph.
        #expect(!document.paragraphs.contains { Self.words($0, document).contains("plenary meeting") })
    }

    static func words(_ p: Paragraph, _ d: Document) -> String {
        String(decoding: Array(d.text.utf8)[p.range], as: UTF8.self)
    }
}
