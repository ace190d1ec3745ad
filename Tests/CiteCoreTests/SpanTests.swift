import Foundation
import Testing
@testable import CiteCore

/// Invariants over every fixture: spans are byte ranges of exactly the text `citegraph text` prints.
@Suite("Spans and structure over all fixtures")
struct SpanTests {
    @Test("every citation's text is the byte slice of the document text at its span", arguments: try TextFixtures.allNames())
    func textIsSlice(_ name: String) throws {
        let (doc, cs) = try TextFixtures.extracted(name)
        #expect(!cs.isEmpty || name.contains("0237"), "\(name): no citations")
        for c in cs {
            #expect(c.span.lowerBound < c.span.upperBound, "\(name): span \(c.span)")
            #expect(doc.slice(c.span) == c.text, "\(name): \(c.target) at \(c.span)")
            #expect(!c.text.hasPrefix(" ") && !c.text.hasSuffix(" "), "\(name): “\(c.text)”")
        }
    }

    @Test("citations are in document order and each names a paragraph of its document", arguments: try TextFixtures.allNames())
    func orderAndParagraphs(_ name: String) throws {
        let (doc, cs) = try TextFixtures.extracted(name)
        let starts = cs.map { $0.span.lowerBound }
        #expect(starts == starts.sorted(), "\(name)")
        let labels = Set(doc.paragraphs.map(\.label))
        for c in cs {
            #expect(labels.contains(c.paragraph), "\(name): \(c.paragraph)")
            switch c.section {
            case .footnote:
                let note = try #require(doc.footnotes.first { $0.marker == c.footnote }, "\(name): note \(c.footnote ?? -1)")
                #expect(note.range.contains(c.span.lowerBound), "\(name): \(c.target) outside note \(note.marker)")
            case .cover:
                #expect(c.paragraph == "COVER")
            default:
                // The span lies inside a paragraph with that label.
                #expect(doc.paragraphs.contains { $0.label == c.paragraph && $0.range.contains(c.span.lowerBound) } ||
                        c.footnote != nil, "\(name): \(c.target) at \(c.span) not in \(c.paragraph)")
            }
        }
    }

    @Test("paragraphs and footnotes are increasing, non-overlapping ranges of the text", arguments: try TextFixtures.allNames())
    func structureRanges(_ name: String) throws {
        let doc = try TextFixtures.document(name)
        let size = doc.text.utf8.count
        var end = 0
        for p in doc.paragraphs {
            #expect(p.range.lowerBound >= end && p.range.upperBound <= size, "\(name): \(p.label) \(p.range)")
            #expect(!p.range.isEmpty, "\(name): empty \(p.label)")
            end = p.range.upperBound
        }
        for n in doc.footnotes {
            #expect(n.range.upperBound <= size, "\(name): note \(n.marker)")
            if let m = n.markerRange { #expect(doc.slice(m) == String(n.marker), "\(name): marker \(n.marker)") }
        }
        #expect(doc.paragraphs.contains { $0.section == .preamble || $0.section == .operative }, "\(name)")
    }

    @Test("the printed text reads back to itself: parsing the normalised text gives the same text and citations",
          arguments: try TextFixtures.allNames())
    func normalisedTextIsStable(_ name: String) throws {
        let (doc, cs) = try TextFixtures.extracted(name)
        #expect(doc.text.hasSuffix("\n"))
        #expect(TextCleaner.clean(doc.text) == doc.text, "\(name)")
        let again = try DocumentReader.parse(data: Data(doc.text.utf8), path: doc.path)
        #expect(again.text == doc.text, "\(name)")
        let cs2 = CitationExtractor().extract(again)
        #expect(cs2 == cs, "\(name)")
    }

    @Test("a span is a byte range: a record of one offset, or one that ends before it starts, is refused")
    func malformedSpansDoNotDecode() throws {
        func record(_ span: String) -> Data {
            Data(("{\"citing\":\"A/RES/1\",\"target\":\"A/RES/2\",\"targetKind\":\"resolution\"," +
                  "\"relation\":\"recalls\",\"section\":\"preamble\",\"paragraph\":\"PP1\",\"span\":\(span)," +
                  "\"text\":\"2\",\"via\":\"link\"}").utf8)
        }
        let good = try JSONDecoder().decode(Citation.self, from: record("[3,4]"))
        #expect(good.span == 3..<4 && good.via == .link)
        #expect(CitationJSON.line(good).contains("\"span\":[3,4]"))
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Citation.self, from: record("[1]")) }
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(Citation.self, from: record("[5,2]")) }
    }
}
