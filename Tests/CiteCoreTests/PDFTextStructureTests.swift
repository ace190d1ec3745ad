import Foundation
import Testing
@testable import CiteCore

/// Paragraph structure of PDF-like text (issue 12, item 2): clause openers as data, wrapped
/// paragraphs split at openers, operative numbers on lines of their own, titles after the number.
@Suite("PDF text structure")
struct PDFTextStructureTests {
    static func path(_ name: String) throws -> String {
        try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil)).appendingPathComponent("pdftext").appendingPathComponent(name).path
    }

    /// (opening words of a real paragraph, relation, operative) — openers of the table file.
    static let openers: [(String, Relation?, Bool)] = [
        ("Convinced that a global response is needed", .considers, false),
        ("Determined to address the COVID-19 pandemic through a global response", .considers, false),
        ("Desirous of contributing to the promotion of international cooperation", .considers, false),
        ("Keeping in mind the importance of the Charter", .bearsInMind, false),
        ("Cognizant of the need to intensify efforts", .bearsInMind, false),
        ("Acting under Chapter VII of the Charter of the United Nations,", .guidedBy, false),
        ("Reconfirming its endorsement of the Geneva communiqué", .reaffirms, false),
        ("Looks forward to the next report", .welcomes, true),
        ("Renews its call upon all parties", .decides, true),
        ("Recalling also its resolutions 32/127", .recalls, false),
        ("Also recalls paragraph 9 of its resolution 75/249", .recalls, true),
        ("Budget estimates for the biennium", nil, false),
    ]

    @Test("clause openers from the table file", arguments: 0..<openers.count)
    func opener(_ index: Int) {
        let (sentence, relation, operative) = Self.openers[index]
        let read = ClauseVerbs.read(Substring(sentence))
        #expect(read?.relation == relation, "\(sentence)")
        if let verb = read?.verb { #expect(ClauseVerbs.isOperativeForm(verb) == operative, "\(sentence)") }
    }

    @Test("the opener table ships with every relation it names, and keeps the verbs it had")
    func table() {
        #expect(ClauseVerbs.openers.count > 140)
        #expect(ClauseVerbs.verbs["recalling"] == .recalls && ClauseVerbs.verbs["decides"] == .decides)
        #expect(ClauseVerbs.parseOpeners("# note\nkeeping in mind\tbears-in-mind\tpreamble\nbad\trow\n") ==
                [ClauseVerbs.Opener(words: ["keeping", "in", "mind"], relation: .bearsInMind, operative: false)])
    }

    @Test("“Determined to …” starts its own preambular paragraph: the 2030 Agenda in it takes its verb (E/RES/2021/9)")
    func determinedParagraph() throws {
        let doc = try DocumentReader.read(path: Self.path("E_RES_2021_9.txt"))
        let p = try doc.paragraph(requiring: "Determined to address the COVID-19 pandemic")
        #expect(p.relation == .considers && p.section == .preamble)
        let cs = CitationExtractor().extract(doc)
        #expect(cs.inParagraph(p.label).contains { $0.target == "instrument:2030-agenda-for-sustainable-development" && $0.relation == .considers })
    }

    @Test("hard-wrapped text (80 columns, no blank lines) reads the paragraphs and relations of the clean text")
    func wrappedAgreesWithClean() throws {
        let clean = CitationExtractor().extract(try DocumentReader.read(path: Self.path("E_RES_2021_9.txt")))
        let wrapped = CitationExtractor().extract(try DocumentReader.read(path: Self.path("E_RES_2021_9_wrapped80.txt")))
        var pending = Dictionary(grouping: wrapped, by: \.target)
        var agree = 0
        for c in clean {
            guard let w = pending[c.target]?.first else { continue }
            pending[c.target]?.removeFirst()
            if w.paragraph == c.paragraph && w.relation == c.relation { agree += 1 }
        }
        #expect(clean.count > 50)
        #expect(Double(agree) / Double(clean.count) >= 0.98, "\(agree) of \(clean.count)")
    }

    @Test("pdftotext of S/2018/95: “Acting under Chapter VII” is a paragraph, “1.” alone numbers the next line, the date stamp goes")
    func pdftotextDraft() throws {
        let doc = try DocumentReader.read(path: Self.path("S_2018_95_pdftotext.txt"))
        #expect(doc.symbol == "S/2018/95")
        let acting = try doc.paragraph(requiring: "Acting under Chapter VII")
        #expect(acting.relation == .guidedBy && acting.section == .preamble)
        let cs = CitationExtractor().extract(doc)
        #expect(cs.to("S/RES/1556 (2004)").allSatisfy { $0.paragraph == "OP1" && $0.relation == .recalls })
        #expect(!cs.to("S/RES/1556 (2004)").isEmpty)
        #expect(!doc.text.contains("080218") && !doc.text.contains("*1801971*"))
    }

    @Test("a title on the lines after “74/174.” is read (A/RES/74/174 as PDF text gives it)")
    func titleOnItsOwnLines() throws {
        let text = """
        United Nations
        A/RES/74/174
        General Assembly
        Distr.: General
        21 January 2020
        Resolution adopted by the General Assembly on 18 December 2019
        74/174.
        Countering child sexual exploitation and sexual abuse
        online
        The General Assembly,
        Recalling its resolutions 73/154 of 17 December 2018,

        """
        let doc = try DocumentReader.parse(text: TextCleaner.clean(text), path: "A_RES_74_174.txt")
        #expect(doc.title == "Countering child sexual exploitation and sexual abuse online")
        let wrappedTitle = try DocumentReader.parse(text: TextCleaner.clean(text.replacingOccurrences(of: "74/174.\n", with: "74/174. ")), path: "x.txt")
        #expect(wrappedTitle.title == "Countering child sexual exploitation and sexual abuse online")
    }

    @Test("the date stamp of a UN PDF page is page furniture; a six-digit number in a sentence is not")
    func dateStamp() {
        #expect(TextCleaner.isPageFurniture("290524"))
        #expect(TextCleaner.isPageFurniture("18-19488 (E)"))
        #expect(!TextCleaner.isPageFurniture("993524"))
        #expect(!TextCleaner.isPageFurniture("1. Decides to remain seized of the matter."))
    }
}
