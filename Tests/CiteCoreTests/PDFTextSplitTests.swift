import Foundation
import Testing
@testable import CiteCore

/// pdftotext of UN PDFs (issue 12, item 2): a heading standing alone before a clause, a clause running
/// on across a page break to a capitalised word, and the last letters of a word split off at a line end.
/// Fixtures are the pdftotext form of S/2018/693 (pages 1 to 4) and S/2024/302.
@Suite("PDF text: headings, page breaks, split words")
struct PDFTextSplitTests {
    @Test("S/2018/693: a heading before “Welcoming” is not joined into the clause; “urging donors and the” runs on past the page break")
    func headingAndPageBreak() throws {
        let doc = try PDFPageLayoutTests.read("S_2018_693_pdftotext_p1-4.txt")
        let welcoming = try PDFPageLayoutTests.paragraph(doc, containing: "Welcoming significant reductions in the number of internally")
        #expect(doc.slice(welcoming.range)?.hasPrefix("Welcoming significant reductions") == true)
        #expect(welcoming.relation == .welcomes)
        let improvement = try PDFPageLayoutTests.paragraph(doc, containing: "Welcoming the improvement in security conditions")
        #expect(doc.slice(improvement.range)?.hasPrefix("Welcoming the improvement") == true)
        let urging = try PDFPageLayoutTests.paragraph(doc, containing: "urging donors and the")
        #expect(doc.slice(urging.range)?.contains("urging donors and the Government of Sudan to honour their pledges") == true)
        // The clauses are numbered as in the adopted resolution (S/RES/2429 (2018)): the Doha Document in PP25.
        let doha = try PDFPageLayoutTests.paragraph(doc, containing: "Doha Document for Peace in Darfur")
        #expect(doha.label == "PP25")
    }

    @Test("S/2024/302: “Charter of th e” / “United Nations” is the Charter, cited where the clean text cites it")
    func splitLastLetter() throws {
        let doc = try PDFPageLayoutTests.read("S_2024_302_pdftotext.txt")
        #expect(doc.text.contains("including the Charter of the United Nations, to outer space activities"))
        #expect(doc.text.contains("the exploration and use of outer space for peaceful purposes as a means"))
        let charter = CitationExtractor().extract(doc).to("instrument:charter-of-the-united-nations")
        #expect(charter.map(\.paragraph) == ["PP1", "PP4", "OP1"])
        #expect(charter.map(\.relation) == [.emphasizes, .reaffirms, .urges])
    }

    @Test("split letters are joined back only into a word of the text, never when they are a word")
    func unsplit() {
        #expect(TextCleaner.unsplitLastLetters(["including the Charter of th e", "United Nations, the Charter"])
                == ["including the Charter of the", "United Nations, the Charter"])
        #expect(TextCleaner.unsplitLastLetters(["by the Government of Sudan and governme nt", "forces, the government"])
                == ["by the Government of Sudan and government", "forces, the government"])
        // "a" is a word of the text; "contray" is not.
        #expect(TextCleaner.unsplitLastLetters(["as a", "result of a"]) == ["as a", "result of a"])
        #expect(TextCleaner.unsplitLastLetters(["la paz y", "la seguridad y el desarrollo"]) == ["la paz y", "la seguridad y el desarrollo"])
        #expect(TextCleaner.unsplitLastLetters(["its paragraph 4 e", "the"]) == ["its paragraph 4 e", "the"])
        // "(E)" of a job number is not the word "e".
        #expect(TextCleaner.unsplitLastLetters(["and the exploration and us e", "use", "24-07462 (E)"]) == ["and the exploration and use", "use", "24-07462 (E)"])
    }

    @Test("a short line alone before a clause opener is a heading; a clause's first line is not")
    func headings() {
        #expect(TextCleaner.isHeadingBeforeClause("Current situation", last: "Current situation", next: "Welcoming the improvement in security"))
        #expect(!TextCleaner.isHeadingBeforeClause("Recalling its resolution 2117 (2013) and", last: "Recalling its resolution 2117 (2013) and", next: "Welcoming"))
        #expect(!TextCleaner.isHeadingBeforeClause("Current situation", last: "Current situation", next: "expressing concern"))
        #expect(!TextCleaner.isHeadingBeforeClause("Noting the report of the Secretary-General on the Sudan", last: "on the Sudan", next: "Welcoming"))
        #expect(!TextCleaner.isHeadingBeforeClause("1. Decides", last: "1. Decides", next: "Welcoming"))
    }

    @Test("a clause of several lines ending in a word runs on past a blank line, not into a clause or numbered paragraph")
    func runsOn() {
        #expect(TextCleaner.continuesSentence("former Darfur Regional Authority, urging donors and the", last: "urging donors and the", next: "Government of Sudan to honour"))
        #expect(!TextCleaner.continuesSentence("Humanitarian situation and development", last: "Humanitarian situation and development", next: "Government of Sudan"))
        #expect(!TextCleaner.continuesSentence("Also the heading of two lines and", last: "of two lines and", next: "Welcoming the report"))
        #expect(!TextCleaner.continuesSentence("the end of a clause and the", last: "of a clause and the", next: "2. Decides"))
        #expect(!TextCleaner.continuesSentence("ends with a mark,", last: "with a mark,", next: "Government of Sudan"))
    }
}
