import Foundation
import Testing
@testable import CiteCore

/// The byte readings of the paragraph structure (issue 12, speed round 11: clause verbs, annex
/// headings, closing and opening lines, cover identity, dates, decoding) give what the string
/// readings they stand beside give: each is checked against that reading, or a copy of the code
/// before it, on lines of the AKN texts and on lines made to trip a byte reading.
@Suite("Byte readings of the structure agree with the string readings")
struct StructureBytesTests {
    /// Lines made to trip byte readings, with the prefilter tests' own.
    static let made: [String] = PrefilterTests.lines + [
        "Recalling also its resolution 73/154,", "Recalling\u{00A0}also", "Recalling\talso further", "Recalling  also",
        "Takes note with appreciation of the report", "Taking full note", "“Recalling its resolution", "\"Decides",
        "The Security Council recalls its resolution", "The Council, recalling", "The Security Council, Recalling also",
        "Also DECIDES to remain seized", "Rappelant également", "Décide", "Recall\u{0301}ing also", "Recallinǵ also",
        "Recalling’s", "Re-affirming", "Noting with deep concern", "Expressing its deep concern at", "Having considered",
        "Bearing in mind", "Calls upon all States", "Mindful", "İnvites", "\u{212A}eeping in mind", "Decides 12",
        "verylongwordthatisnotaverb also decides", "a b c d e f g h i j", "  Decides", "Decides,", "Decides-",
        "Annex", "Annex I", "Annexes", "ANNEX", "Annex to the resolution", "  Annex II", "Annexé", "Annex\u{0301}",
        "Annex\u{00A0}I", "annex", "\u{00A0}Annex", "Annex *", "Annexes 1", "Annexation of territory",
        "46th plenary meeting 7 December 2022", "Adopted at the 40th meeting, on 12 July 2019",
        "12. Decides to remain seized of the matter; and plenary meeting of the General Assembly to be held",
        String(repeating: "a", count: 130) + " plenary meeting", "1 plenary meeting" + String(repeating: "é", count: 50),
        "78/153. Protection of global climate", "78/153.  Protection of global climate  ", "78/153. \u{00A0}Protection",
        "78/153. Protection of global climate\u{00A0}", "78/153. «Protection»", "ES-11/1. Aggression", "S-1/2. Special",
        "75/290 A. Review", "75/290 Б. Review", "+78/1. Title", "78/1.\tTitle", "1. Decides", "2023/1. Working",
        "Resolution 2467 (2019)", "88 (1950). Resolution of 8 November 1950", "Recalling 17 December 2018",
        "on 12 July 2019 and 1 June 2020", "١٢ July 2019", "12\u{0301} July 2019", "٢12 July 2019", "3 Maý 2019",
        "2 June 20208", "Adopted by the General Assembly on 17 December 2018", " \t ", "\t78/1. Title\t",
    ]

    /// Lines of every 40th file of akn/text, and the made lines.
    static let lines: [String] = made + PrefilterTests.corpusParagraphs

    /// `ClauseVerbs.readWords` before the byte reading: the words as strings, joined.
    static func readWordsBefore(_ text: Substring) -> (verb: String, relation: Relation)? {
        var text = text.drop { $0 == "“" || $0 == "\"" || $0 == " " }
        for prefix in ["The Security Council", "The Council"] where text.hasPrefix(prefix) {
            text = text.dropFirst(prefix.count).drop { $0 == "," || $0 == " " }
            break
        }
        let words = ClauseVerbs.firstWords(text, count: 8)
        guard !words.isEmpty else { return nil }
        let lower = words.map { $0.lowercased() }
        guard let read = ClauseVerbs.readWords(text) else { return nil }
        // The relation comes from the lower-case words, which must be those of the words.
        #expect(Array(read.lowerWords) == Array(lower.prefix(read.lowerWords.count)), "\(text)")
        return (words[0..<read.lowerWords.count].joined(separator: " "), read.relation)
    }

    @Test("clause verbs read from the bytes are the words read as characters")
    func clauseVerbs() {
        var verbs = 0
        for line in Self.lines {
            let text = Substring(line)
            let before = Self.readWordsBefore(text)
            let now = ClauseVerbs.read(text)
            #expect(now?.verb == before?.verb && now?.relation == before?.relation, "\(line)")
            if now != nil { verbs += 1 }
            // The words' ranges hold the words of `firstWords`, lower-cased as strings lower-case.
            let (ranges, lower) = ClauseVerbs.firstWordsAndLower(text, count: 8)
            let words = ClauseVerbs.firstWords(text, count: 8)
            #expect(ranges.map { String(text[$0]) } == words, "\(line)")
            #expect(lower == words.map { $0.lowercased() }, "\(line)")
            #expect(ClauseVerbs.firstWordsCharacters(text, count: 8).map { String(text[$0]) } == words, "\(line)")
        }
        #expect(verbs >= 20)
        // Words parted by other white space are joined by one space.
        #expect(ClauseVerbs.read("Recalling\u{00A0}also its")?.verb == "Recalling also")
        #expect(ClauseVerbs.read("Noting  with\tconcern")?.verb == "Noting with concern")
    }

    /// `StructureParser.isAnnexHeading` of an English line before the byte prefilter.
    static func isAnnexHeadingBefore(_ t: Substring) -> Bool {
        guard t.utf8.count < 120 else { return false }
        let words = t.split(separator: " ")
        guard let first = words.first, first == "Annex" || first == "Annexes" || first == "ANNEX" else { return false }
        if words.count == 1 { return true }
        let second = words[1]
        return Symbols.romanValue(second) != nil || Int(second) != nil || second == "to" || second.first == "*"
    }

    @Test("annex headings, closing and opening lines with their byte prefilters")
    func structureLines() {
        let parser = StructureParser(text: "The General Assembly,\n", path: "x.txt", language: .english)
        var annexes = 0
        for line in Self.lines {
            let t = Substring(line)
            let annex = Self.isAnnexHeadingBefore(t)
            #expect(StructureParser.isAnnexHeading(t, forms: nil) == annex, "\(line)")
            if annex { annexes += 1 }
            #expect(parser.isClosingLine(t) == PrefilterTests.isClosingLineBefore(t), "\(line)")
            let opening = PrefilterTests.isOpeningBefore(line)
            #expect(TextCleaner.isOpening(line) == opening, "\(line)")
            #expect(TextCleaner.isOpening(t) == (line.utf8.count <= 512 && opening), "\(line)")
            #expect(StructureParser.asciiByteCount(t.utf8) == line.utf8.filter { $0 < 0x80 }.count, "\(line)")
        }
        #expect(annexes >= 6)
    }

    /// `Identity.titleHeading` before the byte readings (Foundation's search and trim).
    static func titleHeadingBefore(_ text: Substring) -> (number: String, part: String?, title: String)? {
        // A line of its own, as the cleaned cover lines were.
        let line = Substring(String(text))
        guard let dot = line.range(of: ". ") else { return nil }
        var head = String(line[..<dot.lowerBound])
        let title = String(line[dot.upperBound...]).trimmingCharacters(in: .whitespaces)
        guard head.count <= 14, !title.isEmpty else { return nil }
        var part: String?
        if let sp = head.lastIndex(of: " ") {
            let tail = head[head.index(after: sp)...]
            guard tail.count <= 3, tail.allSatisfy({ $0.isUppercase || $0 == "-" }) else { return nil }
            part = String(tail)
            head = String(head[..<sp])
        }
        let pieces = head.split(separator: "/")
        guard pieces.count == 2, Int(pieces[1]) != nil else { return nil }
        let first = pieces[0]
        let ok = Int(first) != nil || first.hasPrefix("ES-") && Int(first.dropFirst(3)) != nil || first.hasPrefix("S-") && Int(first.dropFirst(2)) != nil
        return ok ? (head, part, title) : nil
    }

    @Test("cover lines: title headings, trimming, symbol text and dates as the string readings give them")
    func coverLines() {
        var headings = 0, dates = 0
        for line in Self.lines {
            // In place, as a slice of a longer text, and alone.
            let slice = Substring("x\n" + line + "\ny").dropFirst(2).dropLast(2)
            for t in [Substring(line), slice] {
                let before = Self.titleHeadingBefore(t)
                let now = Identity.titleHeading(t)
                #expect(now?.number == before?.number && now?.part == before?.part && now?.title == before?.title, "\(line)")
                if now != nil { headings += 1 }
                #expect(t.trimmingWhitespace() == t.trimmingCharacters(in: .whitespaces), "\(line)")
                let changes = t.unicodeScalars.contains { $0.value >= 0x80 && !SymbolText.isStable($0.value) }
                #expect(Identity.cleanChanges(t) == changes, "\(line)")
                if !changes { #expect(String(SymbolText.clean(t)) == String(t), "\(line)") }
                let date = Self.firstDateBefore(t)
                #expect(Dates.firstDate(in: t) == date, "\(line)")
                if date != nil { dates += 1 }
            }
        }
        #expect(headings >= 10)
        #expect(dates >= 10)
        // Every stable scalar and a few others, alone and among ASCII.
        for value: UInt32 in [0x80, 0xA0, 0xBF, 0xC0, 0xE9, 0xFF, 0x100, 0x2012, 0x2013, 0x2014, 0x2015, 0x2018, 0x2019, 0x201A, 0x201C,
                              0x201D, 0x201E, 0x200B, 0x2060, 0x3000, 0x1F600] {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = Substring("A/RES/78/" + String(Character(scalar)) + "12")
            #expect(Identity.cleanChanges(text) == !SymbolText.isStable(value), "U+\(String(value, radix: 16))")
        }
    }

    /// `Dates.firstDate` before the ASCII reading.
    static func firstDateBefore(_ s: Substring) -> String? {
        var idx = s.startIndex
        while idx < s.endIndex {
            if s[idx].isASCII, s[idx].isNumber, idx == s.startIndex || !(s[s.index(before: idx)].isNumber) {
                if let d = Dates.parseDayMonthYear(s[idx...]) { return d.iso }
            }
            idx = s.index(after: idx)
        }
        return nil
    }

    @Test("numbering, inline rules and footnote markers read in place")
    func inPlace() throws {
        let parser = StructureParser(text: "The General Assembly,\n", path: "x.txt", language: .english)
        for line in Self.lines + ["12.\tDecides", "(a)  text", "(iv) text", "(12) x", "(AB) y", "(abcde) z", "123. x", "1234. x", "(", "()"] {
            let t = Substring(line)
            let copy = Array(t.utf8.prefix(12))
            let now = parser.numbering(t)
            let before = copy.withUnsafeBufferPointer { parser.numbering($0) }
            #expect(now.0 == before.0 && now.1 == before.1 && now.2 == before.2, "\(line)")
        }
        // A rule of ten underscores or more, wherever it starts, and runs too short.
        for (prefix, run, suffix) in [(201, 10, 0), (201, 9, 5), (195, 12, 3), (3, 20, 200), (250, 10, 1), (0, 0, 230)] {
            let runs = String(repeating: "x_", count: 20) + " "
            let text = String(repeating: "a", count: prefix) + runs + String(repeating: "_", count: run) + String(repeating: "b", count: suffix)
            let p = StructureParser(text: text, path: "x.txt", language: .english)
            let bytes = Array(text.utf8)
            var expected: Int?
            var count = 0
            for (i, b) in bytes.enumerated() {
                if b == 0x5F { count += 1; if count == 10 { expected = i - 9; break } } else { count = 0 }
            }
            #expect(p.inlineRule(in: p.lines[0]) == expected, "\(prefix) \(run) \(suffix)")
        }
        // The lines found with memchr are the lines between the line feeds.
        for text in ["", "\n", "a", "a\n", "\nb", "a\n\nb\n", "é\nü\n\n", "The General Assembly,\nRecalling\n"] {
            let p = StructureParser(text: text, path: "x.txt", language: .english)
            var expected = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            if text.hasSuffix("\n") || text.isEmpty { expected.removeLast() }
            #expect(p.lines.map { String($0.text) } == expected, "\(text.debugDescription)")
        }
    }

    @Test("decoding: the one pass over plain UTF-8 gives what the full reading gives")
    func decoding() throws {
        var texts: [[UInt8]] = [
            Array("The General Assembly,\nRecalling\n".utf8), Array("\u{FEFF}Text with a mark\n".utf8), Array("a\u{1B}b".utf8),
            Array("a\u{85}b".utf8), Array("é\u{A0}ü\u{80}".utf8), Array("tab\tLF\nCR\rFF\u{0C}".utf8), [0x61, 0x00, 0x62],
            [0x61, 0xC3], [0xC3, 0x28], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE0, 0x80, 0x80], Array("   \n\t".utf8),
            Array("%PDF-1.4".utf8), [0xFF, 0xFE, 0x61, 0x00], Array("\u{7F}".utf8), Array(String(repeating: "abcdefg\u{85}", count: 9).utf8),
        ]
        // A C1 control's two bytes on either side of each eight-byte boundary.
        for k in 0..<18 { texts.append(Array(String(repeating: "a", count: k).utf8) + [0xC2, 0x85] + Array("tail of the line".utf8)) }
        for line in Self.lines.prefix(400) { texts.append(Array(line.utf8)) }
        for bytes in texts {
            let data = Data(bytes)
            let plain = bytes.withUnsafeBufferPointer { TextDecoding.plainUTF8($0) }
            let generic = TextDecoding.holdsControlByte(bytes)
            #expect(bytes.withUnsafeBufferPointer { TextDecoding.holdsControlByte(buffer: $0) } == generic, "\(bytes)")
            let full = Result { try TextDecoding.decode(data, path: "x.txt") }
            if let plain {
                // Taken as it is only where the full reading takes it whole, with no warning.
                let text = try full.get()
                #expect(text.text == plain && text.warnings.isEmpty, "\(bytes)")
                #expect(!generic)
            }
        }
        // Each control byte at each offset of a word.
        for control: UInt8 in [0x00, 0x01, 0x1B, 0x1F, 0x7F] {
            for k in 0..<17 {
                var bytes = Array(repeating: UInt8(0x61), count: 24)
                bytes[k] = control
                #expect(bytes.withUnsafeBufferPointer { TextDecoding.holdsControlByte(buffer: $0) }, "\(control) at \(k)")
            }
        }
        for keep: UInt8 in [0x09, 0x0A, 0x0C, 0x0D, 0x20, 0x7E, 0xC3] {
            let bytes = Array(repeating: keep, count: 20)
            #expect(!bytes.withUnsafeBufferPointer { TextDecoding.holdsControlByte(buffer: $0) }, "\(keep)")
        }
    }
}
