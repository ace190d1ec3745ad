import Foundation
import Testing
@testable import CiteCore

/// The citing document's identity: symbol, body, adoption date and title, from the text.
@Suite("Document identity")
struct IdentityTests {
    /// (fixture, symbol, body, date, title) — dates and titles as in the corpus index (akn/index.tsv, ocr/index.tsv).
    static let identities: [(String, String, Body, String?, String?)] = [
        ("A_RES_78_12.txt", "A/RES/78/12", .ga, "2023-11-29", "World Duchenne Awareness Day"),
        ("A_RES_77_264_A-C.txt", "A/RES/77/264", .ga, "2022-12-30", "Programme budget for 2023"),
        ("A_RES_ES-11_3.txt", "A/RES/ES-11/3", .ga, "2022-04-07", "Suspension of the rights of membership of the Russian Federation in the Human Rights Council"),
        ("E_RES_2023_1.txt", "E/RES/2023/1", .ecosoc, "2022-07-25", "Working arrangements for the 2023 session of the Economic and Social Council"),
        ("A_HRC_RES_59_5.txt", "A/HRC/RES/59/5", .hrc, "2025-07-07",
         "Mandate of Independent Expert on protection against violence and discrimination based on sexual orientation and gender identity"),
        ("S_RES_2467_(2019).txt", "S/RES/2467 (2019)", .sc, "2019-04-23", nil),
        ("S_PRST_2002_12.txt", "S/PRST/2002/12", .sc, "2002-05-07", nil),
        ("S_RES_0092_1951_EN_GOLD.txt", "S/RES/92 (1951)", .sc, "1951-05-08", nil),
        ("S_RES_0675_1990_EN_GOLD.txt", "S/RES/675 (1990)", .sc, "1990-11-05", nil),
        ("A_RES_74_174_excerpt.txt", "A/RES/74/174", .ga, nil, nil),
    ]

    @Test("symbol, body, date and title", arguments: 0..<identities.count)
    func identity(_ index: Int) throws {
        let (name, symbol, body, date, title) = Self.identities[index]
        let doc = try TextFixtures.document(name)
        #expect(doc.symbol == symbol)
        #expect(doc.body == body)
        #expect(doc.date == date)
        if let title { #expect(doc.title == title) }
        #expect(!doc.warnings.contains { $0.contains("file name") }, "\(name): \(doc.warnings)")
    }

    /// S/RES/2423 (2018) as the UN published it: "Distr.: General 28 June 2018" above "Adopted by the
    /// Security Council at its 8277th meeting, on 29 June 2016" — a typo the symbol's year shows.
    @Test("an adoption date of another year than the Council symbol's gives way to the cover date")
    func councilDateTypo() throws {
        let document = try DocumentReader.read(path: TextFixtures.path("S_RES_2423_(2018).txt"))
        #expect(document.symbol == "S/RES/2423 (2018)")
        #expect(document.date == "2018-06-28")
    }

    @Test("the symbol comes from the text, not the file name")
    func symbolFromTextNotFileName() throws {
        // The same real text under a misleading file name keeps its own symbol.
        let text = try TextFixtures.contents("S_RES_1646_(2005).txt")
        let doc = try DocumentReader.parse(data: Data(text.utf8), path: "A_RES_78_12.txt")
        #expect(doc.symbol == "S/RES/1646 (2005)")
        #expect(doc.body == .sc)
    }

    @Test("“Resolution 675 (1990)” heading of an OCR text with no cover symbol")
    func securityCouncilHeading() throws {
        let doc = try TextFixtures.document("S_RES_0675_1990_EN_GOLD.txt")
        #expect(doc.symbol == "S/RES/675 (1990)")
        #expect(doc.paragraphs.first?.section == .cover)
        #expect(doc.slice(try #require(doc.paragraphs.first).range)?.hasPrefix("Resolution 675 (1990)") == true)
    }

    @Test("old OCR heading “92 (1951). Resolution of 8 May 1951 [S/2130]”")
    func ocrHeading() throws {
        let doc = try TextFixtures.document("S_RES_0092_1951_EN_GOLD.txt")
        #expect(doc.symbol == "S/RES/92 (1951)")
        #expect(doc.date == "1951-05-08")
        // The heading is the cover, and the draft it was adopted on is a cover citation.
        let cs = CitationExtractor().extract(doc)
        #expect(cs.filter { $0.section == .cover }.map(\.target) == ["S/2130"])
    }

    @Test("Human Rights Council: the body comes from the symbol, not from “General Assembly” on the cover")
    func humanRightsCouncilBody() throws {
        let text = try TextFixtures.contents("A_HRC_RES_59_5.txt")
        #expect(text.contains("\nGeneral Assembly\n"))
        let doc = try TextFixtures.document("A_HRC_RES_59_5.txt")
        #expect(doc.body == .hrc)
        // … so "its resolution" is the Council's.
        let cs = CitationExtractor().extract(doc)
        #expect(cs.contains { $0.target == "A/HRC/RES/32/2" })
    }

    @Test("a resolution in several parts: one symbol, paragraphs labelled by part")
    func severalParts() throws {
        let doc = try TextFixtures.document("A_RES_77_264_A-C.txt")
        #expect(doc.symbol == "A/RES/77/264")
        let labels = Set(doc.paragraphs.map(\.label))
        for label in ["OP1", "B-OP1", "B-OP2", "C-OP1", "C-OP2"] {
            #expect(labels.contains(label), "\(label) in \(labels.sorted())")
        }
    }

    @Test("file name as a fallback, with a warning")
    func fileNameFallback() throws {
        // The body of A/RES/78/12 without its cover and heading.
        let full = try TextFixtures.contents("A_RES_78_12.txt")
        let body = try #require(full.range(of: "The General Assembly,")).lowerBound
        let doc = try DocumentReader.parse(text: String(full[body...]), path: "/somewhere/A_RES_78_12.txt")
        #expect(doc.symbol == "A/RES/78/12")
        #expect(doc.body == .ga)
        #expect(doc.warnings.contains { $0.contains("file name") })
        let cs = CitationExtractor().extract(doc)
        #expect(cs.contains { $0.target == "A/RES/76/132" && $0.citing == "A/RES/78/12" })
    }

    @Test("OCR file name “S_RES_0092_1951_EN_GOLD.txt” as a fallback")
    func ocrFileNameFallback() throws {
        let full = try TextFixtures.contents("S_RES_0092_1951_EN_GOLD.txt")
        let body = try #require(full.range(of: "The Security Council,")).lowerBound
        let doc = try DocumentReader.parse(text: String(full[body...]), path: "S_RES_0092_1951_EN_GOLD.txt")
        #expect(doc.symbol == "S/RES/92 (1951)")
        #expect(doc.warnings.count == 1)
    }

    @Test("no symbol in the text or the file name is an InputError naming the file")
    func noSymbol() throws {
        let full = try TextFixtures.contents("A_RES_78_12.txt")
        let body = try #require(full.range(of: "The General Assembly,")).lowerBound
        #expect {
            _ = try DocumentReader.parse(text: String(full[body...]), path: "notes/draft.txt")
        } throws: { error in
            guard let e = error as? InputError else { return false }
            return e.path == "notes/draft.txt" && e.description.hasPrefix("notes/draft.txt: ") && !e.description.contains("\n")
        }
    }

    @Test("file names become symbols")
    func fileNames() {
        #expect(Symbols.fromFileName("A_RES_78_153.txt") == "A/RES/78/153")
        #expect(Symbols.fromFileName("S_RES_2467_(2019).txt") == "S/RES/2467 (2019)")
        #expect(Symbols.fromFileName("S_RES_0002_1946_EN_GOLD.txt") == "S/RES/2 (1946)")
        #expect(Symbols.fromFileName("A_RES_75_101_A-B.txt") == "A/RES/75/101 A-B")
        #expect(Symbols.fromFileName("A_HRC_RES_59_5.txt") == "A/HRC/RES/59/5")
        #expect(Symbols.fromFileName("S_PRST_2010_22.txt") == "S/PRST/2010/22")
        #expect(Symbols.fromFileName("notes.txt") == nil)
        #expect(Symbols.fromFileName("A_78_209.txt") == nil)
    }
}
