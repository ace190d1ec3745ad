import Foundation
import Testing
@testable import CiteCore

/// The byte prefilters of issue 12's third speed round refuse a line only when the string reading
/// they stand before would refuse it too: each is checked against that reading (or, where the
/// reading changed, a copy of the code before the prefilter) on lines of the AKN texts and on
/// lines made to trip byte readings.
@Suite("Byte prefilters refuse only what the string readings refuse")
struct PrefilterTests {
    /// Lines as they stand in akn/text, and lines with white space, quotes, marks and scripts
    /// that a byte reading could get wrong.
    static let lines: [String] = [
        "The General Assembly,", "The Security Council,", "The General Assembly", "  The Human Rights Council:",
        "\tThe Economic and Social Council;", "THE COMMISSION ON HUMAN RIGHTS.", "the general assembly ,",
        "\u{00A0}The General Assembly,", "\u{3000}The Security Council,", "\u{2003}  The General Assembly,",
        "“The Security Council reaffirms its primary responsibility", "“The Security Council,", "Τhe General Assembly,",
        "The\u{00A0}General Assembly,", "The\tGeneral Assembly,", "Thé General Assembly,", "T\u{0301}he General Assembly,",
        "The General Assembly\u{0301},", "Theory of the General Assembly,", "The", "Th", "T", "", " ", "\t \u{00A0}",
        "46th plenary meeting 7 December 2022", "53rd plenary meeting 16 December 2021", "“46th plenary meeting",
        "\u{00A0}46th plenary meeting 7 December 2022", "٤٦th plenary meeting", "Adopted by the Security Council at its 9000th meeting",
        "Adopted at the 40th meeting, 12 July 2019", "Éadopted at the meeting", "46th PLENARY MEETING", "46th plenary\u{00A0}meeting",
        "46th plenary meet\u{0301}ing", "İ46th plenary meeting", "46th plenary meetinǵ", "plenary meeting",
        "19-22331 (E)", "19-22331 (E)\u{00A0}", "19-22331 (E) 2¢", "\u{00A0}19-22331", "\u{3000}2/6", "2/6\u{00A0}", "+3/7", "-3/7",
        "*1922331*", "*1922331*\u{00A0}", "Page 3", "Page 3\u{2003}", "\u{2002}Page 3", "290524", "2/6", "12/400", "1/2 ½",
        "“Recalling its resolution 73/154,", "’s", "Recalling its resolution 73/154 of 17 December 2018,", "é/2", "٢/٦",
        "Ŝ/2", "P", "Paris Agreement”", "A/RES/78/\u{200B}12", "A/RES/78/\u{00A0}14", "S/RES/1325\u{00A0}(2000)",
        "Resolution 2467 (2019) — Adopted by the Security Council", "‘Women and peace and security’", "Türkiye – État ×÷ ÿ",
        "E/RES/2021/2 B", "ＡＢＣ１２", "x\u{00AD}y", "ﬁnance", "a\u{0301}", "…", "Ω", "résolution 76/13",
    ]

    /// `TextCleaner.isOpening` before the prefilter.
    static func isOpeningBefore(_ line: String) -> Bool {
        let t = line.trimmingCharacters(in: .whitespaces).lowercased()
        guard t.count < 70, t.hasPrefix("the ") else { return false }
        let bodies = ["the general assembly", "the security council", "the human rights council",
                      "the economic and social council", "the commission on human rights"]
        guard let b = bodies.first(where: { t.hasPrefix($0) }) else { return false }
        let rest = t.dropFirst(b.count).trimmingCharacters(in: .whitespaces)
        return rest.isEmpty || rest == "," || rest == ":" || rest == "." || rest == ";"
    }

    /// `StructureParser.isClosingLine` of an English text before the prefilter of lines that begin
    /// with a non-ASCII character.
    static func isClosingLineBefore(_ t: Substring) -> Bool {
        let lower = t.lowercased()
        if lower.count < 80, lower.contains("plenary meeting"), lower.first?.isNumber == true { return true }
        if lower.count < 120, lower.hasPrefix("adopted"), lower.contains("meeting"), !lower.contains("security council at its") { return true }
        return false
    }

    /// `SymbolText.clean` before the fast path for stable scalars.
    static func symbolTextBefore(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { $0.value >= 0x80 }) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.precomposedStringWithCompatibilityMapping.unicodeScalars where scalar.properties.generalCategory != .format {
            out.append(scalar)
        }
        return String(out)
    }

    @Test("the opening line's prefilter refuses no opening line")
    func opening() {
        var openings = 0
        for line in Self.lines {
            let before = Self.isOpeningBefore(line)
            #expect(TextCleaner.isOpening(line) == before, "\(line)")
            #expect(TextCleaner.isOpening(Substring(line)) == (line.utf8.count <= 512 && before), "\(line)")
            if before { openings += 1; #expect(TextCleaner.mayBeOpening(line), "\(line)") }
        }
        #expect(openings >= 8)
        #expect(!TextCleaner.mayBeOpening("Recalling"))
        #expect(!TextCleaner.mayBeOpening("“The Security Council,"))
        #expect(TextCleaner.mayBeOpening("\u{00A0}The"))
    }

    /// `TextCleaner.isPageFurniture` before the prefilter: a line that begins or ends in a non-ASCII
    /// byte was read as characters; the byte rules of the others are as they were.
    static func isPageFurnitureBefore(_ line: String) -> Bool {
        let u = Array(line.utf8)
        var s = 0, e = u.count
        while s < e, u[s] == 0x20 || u[s] == 0x09 { s += 1 }
        while e > s, u[e - 1] == 0x20 || u[e - 1] == 0x09 { e -= 1 }
        guard s < e else { return false }
        if u[s] >= 0x80 || u[e - 1] >= 0x80 { return TextCleaner.isPageFurnitureCharacters(line) }
        return TextCleaner.isPageFurniture(line)
    }

    @Test("page furniture read from the bytes is page furniture read as characters")
    func pageFurniture() {
        var furniture = 0
        for line in Self.lines {
            let expected = Self.isPageFurnitureBefore(line)
            #expect(TextCleaner.isPageFurniture(line) == expected, "\(line)")
            if expected { furniture += 1 }
        }
        #expect(furniture >= 10)
    }

    @Test("a closing line is found with the prefilter as without it")
    func closingLine() throws {
        let parser = StructureParser(text: "The General Assembly,\n", path: "x.txt", language: .english)
        var closing = 0
        for line in Self.lines {
            let before = Self.isClosingLineBefore(Substring(line))
            #expect(parser.isClosingLine(Substring(line)) == before, "\(line)")
            if before { closing += 1 }
        }
        #expect(closing >= 4)
    }

    @Test("a line of stable scalars is its own symbol text")
    func symbolText() {
        for line in Self.lines {
            #expect(String(SymbolText.clean(line)) == Self.symbolTextBefore(line), "\(line)")
        }
        // Every stable scalar, alone and after a letter, keeps its own form.
        for value in UInt32(0x80)...0x2100 {
            guard SymbolText.isStable(value), let scalar = Unicode.Scalar(value) else { continue }
            for text in [String(Character(scalar)), "a" + String(Character(scalar)) + "b", String(Character(scalar)) + "\u{0301}"] {
                #expect(String(SymbolText.clean(text)) == Self.symbolTextBefore(text), "U+\(String(value, radix: 16))")
            }
        }
    }

    @Test("the bytes of a word are found where the string search finds it")
    func containsBytes() {
        for line in Self.lines + ["plenary meeting plenary", "pplenary meeting", "plenary meetin", "xplenary meetingx"] {
            let sub = Substring(line)
            #expect(Identity.containsBytes(sub.utf8, Identity.plenaryMeeting) == line.contains("plenary meeting"), "\(line)")
        }
        let inside = Substring("46th plenary meeting 7 December 2022").dropFirst(5)
        #expect(Identity.containsBytes(inside.utf8, Identity.plenaryMeeting))
        #expect(!Identity.containsBytes(inside.dropFirst().utf8, Identity.plenaryMeeting))
    }

    @Test("the cover's lower-cased checks are asked only of lines whose bytes may pass them")
    func coverLines() {
        let lines = Self.lines + ["Agenda item 68", "AGENDA ITEMS 12 and 13", "agenda\u{00A0}item 3", "Adopted by the General Assembly on 1 May",
                                  "was ADOPTED BY THE Council", "Resolution of 8 November 1950", "of 17 December 2018", "OF 2018", "ofx",
                                  "Agenda İtem 4", "resolutİon of 1950", "\u{212A}of 2018", "adopted by the\u{0301} Council"]
        var passed = 0
        for line in lines {
            let lower = line.lowercased()
            let asked = lower.hasPrefix("agenda item") || lower.contains("adopted by the") || lower.hasPrefix("resolution of") || lower.hasPrefix("of ")
            if asked { passed += 1; #expect(Identity.mayNameAgendaOrAdoption(Substring(line)), "\(line)") }
        }
        #expect(passed >= 6)
        #expect(!Identity.mayNameAgendaOrAdoption("Recalling its resolution of 1950"))
    }

    @Test("a numbered title heading is read with the byte prefilter as without it")
    func titleHeadings() {
        for line in Self.lines + ["78/153. Protection of global climate", "ES-11/1. Aggression against Ukraine", "2023/1. Working arrangements",
                                  "75/290 A. Review", "123456789012345/1. Too long", "12345678901/1. Fourteen", "74/174.", "74/174. ",
                                  "74/174.\u{0301} Title", "é/2. Title", "1. ", ". Title", "No full stop here"] {
            let bytes = Array(line.utf8)
            var expected: Int?
            if bytes.count >= 2 { expected = (1..<bytes.count).first { bytes[$0 - 1] == 0x2E && bytes[$0] == 0x20 }.map { $0 - 1 } }
            #expect(Identity.firstDotSpace(Substring(line).utf8) == expected, "\(line)")
        }
        let h = Identity.titleHeading("78/153. Protection of global climate")
        #expect(h?.number == "78/153" && h?.title == "Protection of global climate")
        #expect(Identity.titleHeading("12345678901234/1. Too long") == nil)
        #expect(Identity.titleHeading("75/290 A. Review")?.part == "A")
    }

    @Test("a caseless search in place finds what it finds in a copy of the bytes, and control characters are found in place")
    func inPlace() {
        for line in Self.lines + ["xPLENARY MEETINGx", "plenary meetin", "Plenary\u{00A0}Meeting", "40th plenary meeting"] {
            let sub = Substring(line).dropFirst(min(1, line.count))
            let copy = Array(sub.utf8)
            #expect(StructureParser.containsCaseless(sub.utf8, StructureParser.plenaryMeeting)
                    == copy.withUnsafeBufferPointer { StructureParser.containsCaseless($0, StructureParser.plenaryMeeting) }, "\(line)")
        }
        for (text, replaced) in [("a\u{1B}b", 1), ("a\u{7F}b\u{85}c\u{9F}", 3), ("tab\tLF\nCR\rFF\u{0C}", 0), ("é\u{A0}ü", 0), ("\u{1}", 1), ("Ă\u{80}", 1)] {
            let (out, n) = TextDecoding.withoutControls(text)
            #expect(n == replaced, "\(text.debugDescription)")
            #expect(out.unicodeScalars.count == text.unicodeScalars.count)
        }
    }

    @Test("an OCR slip is found at its last byte, and only a slip")
    func slips() {
        for slip in ["S$/", "Apri]", "Apri1", "]une", "]uly", "0ctober", "ecem-ber", "(5/"] {
            #expect(TextCleaner.Needs.hasSlip("Recalling " + slip + " 1999"), "\(slip)")
            #expect(TextCleaner.Needs.hasSlip(slip), "\(slip)")
            #expect(TextCleaner.Needs(slip.utf8).ocrSlip, "\(slip)")
        }
        for line in Self.lines + ["April June July October December", "S/ (5 /Apri ]", "]un e", "0ctobe r", "ecem- ber", "S$ /"] {
            #expect(!TextCleaner.Needs.hasSlip(line), "\(line)")
        }
    }
    /// Paragraphs of every 40th file of akn/text (none when the corpus is absent).
    static let corpusParagraphs: [String] = {
        guard let corpus = AKNCorpusTests.corpus else { return [] }
        let root = corpus + "/akn/text"
        let files = (FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".txt") }.sorted()
        return stride(from: 0, to: files.count, by: 40).flatMap { k in
            ((try? String(contentsOfFile: root + "/" + files[k], encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
        }
    }()

    @Test("the instrument matcher's first reading refuses only paragraphs in which the full reading finds nothing")
    func instrumentNames() throws {
        let matcher = try InstrumentMatcher(gazetteer: .bundled())
        let made = [
            "Recalling the Convention on the Rights of the Child and the Optional Protocols thereto,",
            "the convention on the rights of the child", "CEDAW/C/GC/38", "the CEDAW Committee", "CEDAW",
            "the Amendment4 to the Convention", "Paris Agreement”3", "the Paris\u{00A0}Agreement", "the Paris Agree\u{0301}ment",
            "the Rome Statute; of the Court", "the Rome. Statute", "Agenda 21", "the 2030 Agenda for Sustainable Development",
            "Convention relative aux droits de l’enfant", "Convention relative aux droits de l’enfänt", "Türkiye and the Charter",
            "la Convención sobre los Derechos del Niño", "Конвенции о правах ребенка", "واتفاقية حقوق الطفل", "《儿童权利公约》",
            "the Charter of the United Nations٣", "the Charter of the United Nations3", "UN Charter", "the Charter of the UN.",
        ]
        var named = 0, refused = 0
        for text in Self.lines + made + Self.corpusParagraphs {
            let bytes = Array(text.utf8)
            let full = matcher.reading(utf8: bytes)
            if !full.isEmpty { named += 1 }
            if !matcher.trie.mayName(utf8: bytes) {
                refused += 1
                #expect(full.isEmpty, "\(text)")
            }
            #expect(matcher.matches(utf8: bytes) == full, "\(text)")
        }
        #expect(named >= 10)
        #expect(refused >= 20)
    }

    @Test("an OCR slip is read from the window as the table of slips reads it")
    func slipWindow() {
        let texts = Self.lines + Self.corpusParagraphs.prefix(2_000) + ["S$/", "(5/", "Apri]", "Apri1", "]une", "]uly", "0ctober", "ecem-ber",
                                                                        "xS$/", "Ocem-ber", "ecem-bar", "0ctobre", "]unee"]
        var found = 0
        for text in texts {
            var window: UInt64 = 0
            for b in text.utf8 {
                window = window << 8 | UInt64(b)
                let table = TextCleaner.Needs.slips.contains { window & $0.mask == $0.pattern }
                #expect(TextCleaner.Needs.endsSlip(window, b) == table, "\(text)")
                if table { found += 1 }
            }
        }
        #expect(found >= 8)
    }
}
