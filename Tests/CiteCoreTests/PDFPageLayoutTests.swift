import Foundation
import Testing
@testable import CiteCore

/// pdftotext of UN PDFs page by page (issue 12, item 2): the running symbol at the top of each page,
/// notes at the foot of a page with the body running on past them, blank lines around the page
/// furniture and after a paragraph's number, and paragraphs ended where the next word would have
/// fit on the line. Fixtures are the pdftotext form of tuning-half drafts.
@Suite("PDF page layout")
struct PDFPageLayoutTests {
    static func read(_ name: String) throws -> Document {
        let url = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        return try DocumentReader.read(path: url.appendingPathComponent("pdftext").appendingPathComponent(name).path)
    }

    static func paragraph(_ doc: Document, containing words: String) throws -> Paragraph {
        try #require(doc.paragraphs.first { doc.slice($0.range)?.contains(words) == true }, "no paragraph holds “\(words)”")
    }

    @Test("S/2020/110: the symbol atop page 2 goes, OP3 runs on past the page break, “5.” and its words across the page number are OP5")
    func twoPages() throws {
        let doc = try Self.read("S_2020_110_pdftotext.txt")
        #expect(doc.text.components(separatedBy: "\n").filter { $0 == "S/2020/110" }.count == 1)
        let op3 = try Self.paragraph(doc, containing: "of the Committee Chair’s report and recommendations")
        #expect(op3.label == "OP3")
        #expect(doc.slice(op3.range)?.hasPrefix("3. Expresses its intention to regularly review") == true)
        let seized = try Self.paragraph(doc, containing: "Decides to remain seized of the matter.")
        #expect(seized.label == "OP5" && seized.relation == .decides)
        #expect(!doc.paragraphs.contains { $0.label == "OP6" })
    }

    @Test("S/2024/557: the notes at the foot of page 3 are notes, and the annex runs on after them")
    func notesAtPageFoot() throws {
        let doc = try Self.read("S_2024_557_pdftotext_p1-4.txt")
        let seized = try Self.paragraph(doc, containing: "Decides to remain seized of the matter.")
        #expect(seized.label == "OP6")
        #expect(doc.footnotes.map(\.marker) == [1, 2])
        let notes = doc.footnotes.compactMap { doc.slice($0.range) }
        #expect(notes.first?.hasPrefix("Petitions submitted before the date of the adoption") == true)
        #expect(notes.last?.hasPrefix("A State can decide, that as a rule") == true)
        // pdftotext gave the first note's number after the second note.
        #expect(notes.first?.contains("A State can decide") == false)
        let authorized = try Self.paragraph(doc, containing: "The Focal Point is authorized to carry out the tasks")
        #expect(doc.footnotes.first?.paragraph == authorized.label)
        // The annex goes on after the notes of page 3.
        let info = try Self.paragraph(doc, containing: "Information, questions or requests for clarifications")
        #expect(info.section == .annex)
        let cs = CitationExtractor().extract(doc)
        #expect(cs.to("S/RES/1730 (2006)").contains { $0.paragraph == authorized.label })
    }

    @Test("a blank line in a UN PDF's text: the paragraph runs on after a number alone or inside a sentence")
    func blankLines() {
        #expect(TextCleaner.continuesPastBlank("6.", next: "Decides to remain seized of the matter."))
        #expect(TextCleaner.continuesPastBlank("(a)", next: "Acknowledge to the petitioner the receipt"))
        #expect(TextCleaner.continuesPastBlank("recalled in paragraph 1, in light of the evolving situation on the ground, taking note", next: "of the Committee Chair’s report"))
        #expect(!TextCleaner.continuesPastBlank("and relevant resolutions,", next: "Reiterating its vision of a region"))
        #expect(!TextCleaner.continuesPastBlank("_____", next: "1"))
    }

    @Test("page furniture of a UN PDF: job numbers and the symbol heading a page")
    func furniture() {
        #expect(TextCleaner.isJobNumber("16-22921 (E)") && TextCleaner.isJobNumber("24-13337"))
        #expect(!TextCleaner.isJobNumber("2016-2017") && !TextCleaner.isJobNumber("1 December 2016"))
        #expect(TextCleaner.isSymbolHeader("S/2016/1100") && TextCleaner.isSymbolHeader("S/RES/2730 (2024)"))
        #expect(!TextCleaner.isSymbolHeader("S/2020/36, annex, para. 12."))
        #expect(TextCleaner.pageStarts("a\nb\u{0C}c\n\u{0C}d".utf8) == [2, 4])
    }

    @Test("notes below a rule take their numbers in order, wherever pdftotext put the numbers")
    func footNotes() throws {
        let notes = try #require(TextCleaner.footNotes(["", "First note, wrapped", "on two lines.", "2", "Second note.", "1", "", "24-13337", "3/8"]))
        #expect(notes.map(\.0) == [1, 2])
        #expect(notes.map(\.1) == ["First note, wrapped on two lines.", "Second note."])
        #expect(TextCleaner.footNotes(["A rule over text without numbers."]) == nil)
    }

    @Test("the wrap width is learned from fixed-width text, and from a UN PDF's text with slack")
    func wrapWidth() throws {
        let url = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil)).appendingPathComponent("pdftext")
        func lines(_ name: String) throws -> [String] {
            try String(contentsOf: url.appendingPathComponent(name), encoding: .utf8).replacingOccurrences(of: "\u{0C}", with: "\n").components(separatedBy: "\n")
        }
        #expect(TextCleaner.WrapWidth.learn(try lines("E_RES_2021_9_wrapped80.txt"), paged: false) == .init(width: 80, slack: 0))
        let pdf = try #require(TextCleaner.WrapWidth.learn(try lines("S_2020_110_pdftotext.txt"), paged: true))
        #expect(pdf.slack == 25 && pdf.width > 80)
        #expect(TextCleaner.WrapWidth.learn(try lines("S_2020_110_pdftotext.txt"), paged: false) == nil)
        let exact = TextCleaner.WrapWidth(width: 80, slack: 0)
        #expect(exact.endsParagraph("Recalling its resolution 75/1 of 21 September 2020,", next: "Welcoming the report"))
        #expect(!exact.endsParagraph("Recalling its resolution 75/1 of 21 September 2020, and its resolutions on the", next: "subject"))
        #expect(!exact.endsParagraph("1.", next: "Decides"))
    }
}
