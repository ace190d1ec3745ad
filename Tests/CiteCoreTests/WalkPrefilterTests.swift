import Foundation
import Testing
@testable import CiteCore

/// The fast paths of issue 12's twelfth speed round give what the readings they replace or stand
/// before give: each is checked against a copy of the code before it (or the string reading it
/// skips) on the lines of `PrefilterTests` and the paragraphs of every 40th file of akn/text.
@Suite("Fast paths of the word walk, the scanner and the qualifier read as the code before them")
struct WalkPrefilterTests {
    static let made: [String] = [
        "Recalling the Convention on the Rights of the Child and the Optional Protocols thereto,",
        "the Amendment4 to the Convention", "the Amendment4; to the Convention", "Paris Agreement”3", "the Paris\u{00A0}Agreement",
        "the Rome Statute; of the Court", "the Rome. Statute", "the Rome.Statute", "Agenda 21", "the 2030 Agenda for Sustainable Development",
        "the 2030Agenda", "Türkiye and the Charter", "the Charter of the United Nations٣", "the Charter of the United Nations3",
        "the Charter of the United Nations3 and", "UN Charter", "the Charter of the UN.", "the United Nations Convention on the Law of the Sea",
        "the United Nations Convention on the Law of the Seaé", "the United Nations Convention on the Law of the Sé",
        "the United Nations Convention – on the Law of the Sea", "the United Nations Convention “on” the Law of the Sea",
        "the United Nations Convention on the Law of the Sea\u{2028}", "four Geneva Conventions of 12 August 1949",
        "the Geneva Conventions of 12 August 19495 and", "CEDAW/C/GC/38", "the CEDAW Committee", "CEDAW", "Cedaw",
        "Convention relative aux droits de l’enfant", "Конвенции о правах ребенка", "《儿童权利公约》", "\u{2071}Convention",
        "Charter\u{2070}", "United\u{00AA}", "the Charter\u{00A0}\u{00A0}of the United Nations", "Charter\u{2009}of the United\u{202F}Nations",
    ]

    static var texts: [String] { PrefilterTests.lines + made + PrefilterTests.corpusParagraphs }

    /// `InstrumentToken.classify` before the fast path for the no-break space and General Punctuation.
    static func classifyBefore(_ bytes: [UInt8], at i: Int) -> (InstrumentToken.CharClass, Int) {
        let b = bytes[i]
        if b < 0x80 {
            if (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) { return (.letter, 1) }
            if b >= 0x30 && b <= 0x39 { return (.digit, 1) }
            return (.other, 1)
        }
        let width = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
        guard width > 1, i + width <= bytes.count else { return (.other, 1) }
        var value = UInt32(b) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
        for k in 1..<width { value = (value << 6) | (UInt32(bytes[i + k]) & 0x3F) }
        guard let scalar = Unicode.Scalar(value) else { return (.other, 1) }
        let props = scalar.properties
        if props.generalCategory == .decimalNumber { return (.digit, width) }
        if InstrumentToken.isHan(scalar) { return (.han, width) }
        if props.isAlphabetic || props.generalCategory == .nonspacingMark { return (.letter, width) }
        return (.other, width)
    }

    struct Word: TrieWord {
        var capitalized: Bool
        var allCaps: Bool
        var breakBefore: Bool
        var glued: Bool
        var start: Int
        var end: Int
    }

    /// `WordTrie.mayName` before the walk read its words lazily: every word of the paragraph read
    /// first, then a walk from each word that begins a name.
    static func mayNameBefore(_ trie: WordTrie, _ bytes: [UInt8]) -> Bool {
        var words: [Word] = []
        var starts: [Int] = []
        let n = bytes.count
        var i = 0
        var pendingBreak = false
        var lastWasFullStop = false
        var previousEnd = -1
        while i < n {
            let c = bytes[i]
            let isLetter = (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A
            let isDigit = c >= 0x30 && c <= 0x39
            if c >= 0x80 {
                let (cls, width) = classifyBefore(bytes, at: i)
                if cls != .other { return true }
                lastWasFullStop = false
                i += width
                continue
            }
            if !isLetter && !isDigit {
                if c == UInt8(ascii: ";") {
                    pendingBreak = true
                } else if lastWasFullStop, c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D {
                    pendingBreak = true
                }
                lastWasFullStop = c == UInt8(ascii: ".")
                i += 1
                continue
            }
            let start = i
            i += 1
            if isLetter {
                while i < n, (bytes[i] | 0x20) >= 0x61 && (bytes[i] | 0x20) <= 0x7A { i += 1 }
            } else {
                while i < n, bytes[i] >= 0x30 && bytes[i] <= 0x39 { i += 1 }
            }
            if i < n, bytes[i] >= 0x80, classifyBefore(bytes, at: i).0 != .other { return true }
            let capitalized = c <= 0x5A
            var allCaps = false
            if isLetter, capitalized, i - start >= 2 {
                allCaps = true
                for k in (start + 1)..<i where bytes[k] > 0x5A { allCaps = false; break }
            }
            if trie.starterWords.id(ofASCII: bytes[start..<i]) >= 0 { starts.append(words.count) }
            words.append(Word(capitalized: capitalized, allCaps: allCaps, breakBefore: pendingBreak,
                              glued: isDigit && previousEnd == start, start: start, end: i))
            previousEnd = i
            pendingBreak = false
            lastWasFullStop = false
        }
        for first in starts {
            let found = trie.longest(from: first, tokens: words) { k in trie.asciiWords.id(ofASCII: bytes[words[k].start..<words[k].end]) }
            if found != nil { return true }
        }
        return false
    }

    @Test("the word walk reads as far as it goes and answers as the reading of every word did")
    func lazyWalk() throws {
        let matcher = try InstrumentMatcher(gazetteer: .bundled())
        let english = try #require(CitationExtractor.bundledMatcher(of: .english))
        var yes = 0, no = 0
        for text in Self.texts {
            let bytes = Array(text.utf8)
            for trie in [matcher.trie, english.trie] {
                let now = trie.mayName(utf8: bytes)
                #expect(now == Self.mayNameBefore(trie, bytes), "\(text)")
                if now { yes += 1 } else { no += 1 }
            }
        }
        #expect(yes >= 20)
        #expect(no >= 20)
    }

    @Test("no walk from a word in lower case accepts a name unless some name begins with that word in lower case")
    func lowerCaseStarts() throws {
        let matcher = try InstrumentMatcher(gazetteer: .bundled())
        let english = try #require(CitationExtractor.bundledMatcher(of: .english))
        var skipped = 0
        for text in Self.texts + ["four Geneva Conventions of 12 August 1949", "amendment to article 8 of the Rome Statute"] {
            let bytes = Array(text.utf8)
            for trie in [matcher.trie, english.trie] {
                let tokens = InstrumentToken.tokenize(utf8: bytes)
                let ids = tokens.map { trie.wordID(of: $0, in: bytes) }
                for i in tokens.indices where !trie.mayStartName(tokens[i], id: ids[i]) {
                    skipped += 1
                    #expect(trie.longest(from: i, tokens: tokens, wordIDs: ids) == nil, "\(text)")
                }
            }
        }
        #expect(skipped >= 1_000)
        #expect(matcher.trie.mayName(utf8: Array("the four Geneva Conventions of 12 August 1949".utf8)))
    }

    @Test("the trie's edges answer as a dictionary of the same edges, absent ones refused by the bit filter included")
    func edgeFilter() {
        var edges = EdgeTable()
        var reference: [UInt64: Int32] = [:]
        var generator = SystemRandomNumberGenerator()
        for value in 0..<20_000 {
            // Keys shaped as the trie's: a node in the high half, a word id in the low one.
            let key = UInt64.random(in: 0..<4_000, using: &generator) << 32 | UInt64.random(in: 0..<30_000, using: &generator)
            if reference[key] == nil { reference[key] = Int32(value); edges[key] = Int32(value) }
        }
        for (key, value) in reference { #expect(edges[key] == value) }
        var absent = 0
        for _ in 0..<200_000 {
            let key = UInt64.random(in: 0..<4_000, using: &generator) << 32 | UInt64.random(in: 0..<30_000, using: &generator)
            #expect(edges[key] == reference[key])
            if reference[key] == nil { absent += 1 }
        }
        #expect(absent > 100_000)
    }

    @Test("the no-break space and General Punctuation are classed as their properties class them")
    func punctuationClass() {
        var scalars: [Unicode.Scalar] = (0x2000...0x206F).compactMap(Unicode.Scalar.init)
        scalars += [0xA0, 0xAA, 0xB2, 0xB5, 0xBA, 0x2070, 0x2071, 0x207F, 0x3000, 0x0301, 0x0660, 0x4E00].compactMap(Unicode.Scalar.init)
        for scalar in scalars {
            let bytes = Array("a\(Character(scalar))1".utf8)
            let now = InstrumentToken.classify(bytes, at: 1)
            let before = Self.classifyBefore(bytes, at: 1)
            #expect(now.0 == before.0 && now.1 == before.1, "U+\(String(scalar.value, radix: 16))")
        }
        for text in Self.texts {
            let bytes = Array(text.utf8)
            for i in bytes.indices where bytes[i] >= 0xC0 {
                let now = InstrumentToken.classify(bytes, at: i), before = Self.classifyBefore(bytes, at: i)
                #expect(now.0 == before.0 && now.1 == before.1, "\(text)")
            }
        }
    }

    @Test("a short gap after a keyword is read from its bytes as the trimmed string reads it")
    func keywordGap() {
        let gaps = ["", " ", "  ", " No. ", "No.", "no.", "\tno.\n", "\u{0B}No.\u{0C}", "No", "No.,", " NO. ", "n°", "\u{00A0}",
                    "\u{00A0}No.", "No.\u{2003}", " ,", "\r\n", "N\u{0301}o.", "\u{0085}"]
        for text in gaps + Self.texts.prefix(3_000).map({ String($0.prefix(8)) }) {
            let bytes = Array(text.utf8)
            guard bytes.count <= 8 else { continue }
            let scanner = ReferenceScanner(bytes: bytes, citingBody: .ga)
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            #expect(scanner.gapIsKeywordAdjacent(0, bytes.count) == (trimmed.isEmpty || trimmed == "No." || trimmed == "no."), "\(text)")
        }
    }

    /// `ReferenceScanner.opensOtherOrganizationText` before the byte check of its first character.
    static func opensBefore(_ scanner: ReferenceScanner, _ range: Range<Int>) -> Bool? {
        guard range.count < 160 else { return nil }
        let line = String(decoding: scanner.bytes[range], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard line.hasPrefix("The "), line.hasSuffix(","), !line.dropLast().contains(",") else { return nil }
        let name = line.dropFirst(4).dropLast()
        let organizations = ReferenceScanner.organizations
        if organizations.unitedNations.contains(where: { name == $0.name }) { return false }
        return (organizations.others + organizations.agencies).contains { name.contains($0) } ? true : nil
    }

    @Test("an annex's opening line is refused from its first byte only when the string reading refuses it")
    func otherOrganizationOpening() {
        let made = ["The Economic and Social Commission for Western Asia,", "  The General Assembly,", "\u{00A0}The Conference of Ministers,",
                    "\tThe Conference of African Ministers,", "\n\u{0B}The World Health Assembly,", "the World Health Assembly,",
                    "Τhe World Health Assembly,", "T\u{0301}he World Health Assembly,", "The", "", "  ", "\u{3000}The Assembly,"]
        var refused = 0
        for text in made + Self.texts {
            let bytes = Array(text.utf8)
            let scanner = ReferenceScanner(bytes: bytes, citingBody: .ga)
            let now = scanner.opensOtherOrganizationText(0..<bytes.count)
            #expect(now == Self.opensBefore(scanner, 0..<bytes.count), "\(text)")
            if now == nil { refused += 1 }
        }
        #expect(refused >= 100)
    }

    /// `NameSearch.last` before it read the bytes once: the last start of each name, then the latest.
    static func lastBefore(_ search: NameSearch, _ bytes: [UInt8], _ range: Range<Int>) -> (start: Int, name: Int)? {
        var best: (start: Int, name: Int)?
        for (index, name) in search.names.enumerated() {
            guard let s = NameSearch.lastStart(of: name, in: bytes, range) else { continue }
            if let b = best, s <= b.start { continue }
            best = (s, index)
        }
        return best
    }

    @Test("the names before a keyword are found in one pass back as they were name by name")
    func namesOnePass() {
        let searches = [ReferenceScanner.unitedNationsSearch, ReferenceScanner.othersSearch, ReferenceScanner.othersAndAgenciesSearch,
                        ReferenceScanner.councilsSearch, NameSearch(["Council", "Security Council", "Assembl", "Assembly", "Council"])]
        var found = 0
        for text in Self.texts + ["the Security Council and the Council", "Assembly", "Council\u{0301}", "the Human Rights Council"] {
            let bytes = Array(text.utf8)
            for search in searches {
                for from in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 4)) {
                    for to in [bytes.count, max(from, bytes.count - 7)] {
                        let now = search.last(in: bytes, from..<to), before = Self.lastBefore(search, bytes, from..<to)
                        #expect(now?.start == before?.start && now?.name == before?.name, "\(text) \(from)..<\(to)")
                        if now != nil { found += 1 }
                    }
                }
            }
        }
        #expect(found >= 100)
    }

    @Test("every session number or symbol the scanner reads has a slash, dollar or hyphen right after its capitals")
    func capitalsBeforeSymbols() {
        var read = 0
        for text in Self.texts + ["S-27/2", "ES-11/1", "S‑31/5", "S$/RES/1", "A/RES/78/1", "AB", "ABC", "A", "S-", "ES"] {
            let bytes = Array(text.utf8)
            let scanner = ReferenceScanner(bytes: bytes, citingBody: .ga)
            for i in bytes.indices where bytes[i] >= 0x41 && bytes[i] <= 0x5A {
                guard scanner.sessionToken(at: i, end: bytes.count) != nil || SymbolParser.parse(bytes, at: i, end: bytes.count) != nil else { continue }
                read += 1
                var e = i + 1
                while e < bytes.count, bytes[e] >= 0x41, bytes[e] <= 0x5A { e += 1 }
                #expect(e < bytes.count && [0x2F, 0x24, 0x2D, 0xE2].contains(bytes[e]), "\(text)")
            }
        }
        #expect(read >= 10)
    }
}
