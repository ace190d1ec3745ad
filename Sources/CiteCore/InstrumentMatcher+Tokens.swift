import Foundation

/// A word of text as the instrument matcher sees it: a run of letters or a run of digits.
struct InstrumentToken: TrieWord, Sendable {
    /// UTF-8 byte offsets into the text.
    var start: Int
    var end: Int
    /// Lower-cased, without diacritics ("türkiye" → "turkiye"). Empty for an ASCII word read by
    /// `tokenize(utf8:keyingASCII: false)` until `fillKeys` gives it.
    var key: String
    /// First character upper-case.
    var capitalized: Bool
    /// Two or more letters, all upper-case ("CEDAW").
    var allCaps: Bool
    /// A ";" or a full stop followed by a space (or the end) lies between the previous token and
    /// this one: names do not run across it.
    var breakBefore: Bool
    /// Digits written right after a word ("Amendment4"): a footnote marker that a name may run over.
    var glued: Bool = false
    /// The word's bytes are ASCII: `key` is them with A–Z in lower case.
    var isASCII: Bool = false
    /// For an ASCII word, the `WordTable` hash of its bytes with A–Z in lower case (0 otherwise):
    /// computed as the word is read, so the lookup need not read its bytes again.
    var asciiHash: UInt32 = 0

    /// One to three digits: possibly a footnote marker ("Child5", "Rights,4", "Child 4").
    var isMarker: Bool { key.utf8.count <= 3 && key.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 } }

    /// Splits text into words: letters and digits form separate tokens ("Change1" → "change", "1",
    /// a glued footnote marker); every other character separates (hyphens, apostrophes, quotes,
    /// line breaks, non-breaking spaces), so "Non‑Proliferation" and "Non-Proliferation" agree.
    /// Chinese has no spaces between words: every Han character is a word of its own.
    ///
    /// - Complexity: O(n) in the length of the text.
    static func tokenize(_ text: String) -> [InstrumentToken] {
        tokenize(utf8: Array(text.utf8))
    }

    /// `tokenize` over the UTF-8 bytes of a text; ASCII takes a fast path. Without `keyingASCII`,
    /// ASCII words are given no `key` (most paragraphs name no instrument: their words are only
    /// looked up by `asciiHash`); `fillKeys` gives them theirs.
    static func tokenize(utf8 bytes: [UInt8], keyingASCII: Bool = true) -> [InstrumentToken] {
        var tokens: [InstrumentToken] = []
        tokens.reserveCapacity(bytes.count / 6)
        let n = bytes.count
        var i = 0
        var pendingBreak = false
        var lastWasFullStop = false
        while i < n {
            let (cls, width) = classify(bytes, at: i)
            if cls == .other {
                let b = bytes[i]
                if b == UInt8(ascii: ";") {
                    pendingBreak = true
                } else if lastWasFullStop, b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D {
                    pendingBreak = true
                }
                lastWasFullStop = b == UInt8(ascii: ".")
                i += width
                continue
            }
            let start = i
            var ascii = true
            i += width
            if width > 1 { ascii = false }
            while i < n, cls != .han {
                // ASCII letters in runs of eight bytes; what follows them one character at a time.
                if cls == .letter { i = bytes.withUnsafeBufferPointer { WordTrie.endOfLetters($0, from: i) } }
                guard i < n else { break }
                let (c, w) = classify(bytes, at: i)
                guard c == cls else { break }
                if w > 1 { ascii = false }
                i += w
            }
            var token = makeToken(bytes, start: start, end: i, ascii: ascii, breakBefore: pendingBreak, keyed: keyingASCII)
            token.glued = cls == .digit && tokens.last?.end == start
            tokens.append(token)
            pendingBreak = false
            lastWasFullStop = false
        }
        return tokens
    }

    enum CharClass { case letter, digit, han, other }

    /// The class of the character at `i` and its width in bytes.
    @inline(__always) static func classify<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at i: Int) -> (CharClass, Int) where Bytes.Index == Int {
        let b = bytes[i]
        if b < 0x80 {
            if (b >= 0x61 && b <= 0x7A) || (b >= 0x41 && b <= 0x5A) { return (.letter, 1) }
            if b >= 0x30 && b <= 0x39 { return (.digit, 1) }
            return (.other, 1)
        }
        // The no-break space (U+00A0) and General Punctuation (U+2000–U+203F: spaces, dashes, curly
        // quotes, format characters) hold no letter, digit or mark: read without their properties.
        if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] & 0xC0 == 0x80 { return (.other, 3) }
        if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA0 { return (.other, 2) }
        guard let (scalar, width) = decode(bytes, at: i) else { return (.other, 1) }
        let props = scalar.properties
        if props.generalCategory == .decimalNumber { return (.digit, width) }
        if isHan(scalar) { return (.han, width) }
        if props.isAlphabetic || props.generalCategory == .nonspacingMark { return (.letter, width) }
        return (.other, width)
    }

    /// Decodes the multi-byte UTF-8 sequence at `i` (the text came from a `String`, so it is valid).
    private static func decode<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes, at i: Int) -> (Unicode.Scalar, Int)? where Bytes.Index == Int {
        let b = bytes[i]
        let width = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1
        guard width > 1, i + width <= bytes.count else { return nil }
        var value = UInt32(b) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
        for k in 1..<width { value = (value << 6) | (UInt32(bytes[i + k]) & 0x3F) }
        return Unicode.Scalar(value).map { ($0, width) }
    }

    static func makeToken(_ bytes: [UInt8], start: Int, end: Int, ascii: Bool, breakBefore: Bool, keyed: Bool = true) -> InstrumentToken {
        if ascii {
            var upper = 0
            var letters = 0
            var hash = WordTable.offsetBasis
            for k in start..<end {
                let b = bytes[k]
                if b >= 0x41 && b <= 0x5A {
                    upper += 1
                    letters += 1
                } else if b >= 0x61 && b <= 0x7A {
                    letters += 1
                }
                hash = (hash ^ UInt32(WordTable.lower(b))) &* WordTable.prime
            }
            let first = bytes[start]
            let capitalized = (first >= 0x41 && first <= 0x5A) || (first >= 0x30 && first <= 0x39)
            return InstrumentToken(start: start, end: end, key: keyed ? asciiKey(bytes, start: start, end: end) : "", capitalized: capitalized,
                                   allCaps: letters >= 2 && upper == letters, breakBefore: breakBefore, isASCII: true, asciiHash: hash)
        }
        let word = String(decoding: bytes[start..<end], as: UTF8.self)
        return makeToken(word, start: start, end: end, breakBefore: breakBefore)
    }

    /// The key of an ASCII word: its bytes with A–Z in lower case.
    static func asciiKey(_ bytes: [UInt8], start: Int, end: Int) -> String {
        String(unsafeUninitializedCapacity: end - start) { buffer in
            for k in start..<end { buffer[k - start] = WordTable.lower(bytes[k]) }
            return end - start
        }
    }

    /// Gives the ASCII tokens read without keys (`tokenize(utf8:keyingASCII: false)`) their key.
    static func fillKeys(_ tokens: inout [InstrumentToken], bytes: [UInt8]) {
        for k in tokens.indices where tokens[k].isASCII {
            tokens[k].key = asciiKey(bytes, start: tokens[k].start, end: tokens[k].end)
        }
    }

    static func makeToken(_ word: String, start: Int, end: Int, breakBefore: Bool) -> InstrumentToken {
        var upper = 0
        var letters = 0
        // Arabic and Chinese letters have no case: a name's first word is always "capitalised".
        var firstUpper = word.unicodeScalars.first.map { $0.properties.isAlphabetic && !$0.properties.isCased } ?? false
        for (i, s) in word.unicodeScalars.enumerated() {
            if s.properties.isAlphabetic {
                letters += 1
                if s.properties.isUppercase {
                    upper += 1
                    if i == 0 { firstUpper = true }
                }
            }
        }
        return InstrumentToken(start: start, end: end, key: fold(word), capitalized: firstUpper || word.first?.isNumber == true,
                               allCaps: letters >= 2 && upper == letters, breakBefore: breakBefore)
    }

    /// Lower case without diacritics (nor Arabic tatweel); a Russian word without its case ending ("Конвенцию",
    /// "Конвенции" → "конвенци"), so a name learned in one case matches the others; ASCII takes a
    /// fast path.
    static func fold(_ word: String) -> String {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return word.lowercased() }
        // Russian is not folded for diacritics: "й" stays apart from "и" ("Всеобщей").
        if let first = word.unicodeScalars.first, (0x0400...0x04FF).contains(first.value) { return russianStem(word.lowercased()) }
        let folded = word.lowercased().folding(options: .diacriticInsensitive, locale: nil)
        // Arabic tatweel (U+0640) stretches a word in justified text ("اتفاقيــة حقوق الطفل"): no letter.
        return folded.unicodeScalars.contains("\u{0640}") ? folded.replacingOccurrences(of: "\u{0640}", with: "") : folded
    }

    static func isHan(_ s: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(s.value) || (0x3400...0x4DBF).contains(s.value) || (0xF900...0xFAFF).contains(s.value)
    }

    /// Russian case endings, longest first (the learner, learn_instruments.py, strips the same).
    /// Not "ие": "соглашение" must keep the "и" that "соглашения", "соглашению" keep ("Парижское
    /// соглашение" is the name learned as "Парижского соглашения").
    static let russianEndings: [String] = [
        "ями", "ами", "ого", "его", "ому", "ему", "ыми", "ими", "ах", "ях", "ой", "ей", "ый", "ий", "ом", "ем", "ам", "ям",
        "ую", "юю", "ая", "яя", "ое", "ее", "ые", "ых", "их", "ым", "им", "ов", "ев",
        "а", "я", "у", "ю", "е", "и", "ы", "о", "ь", "й",
    ]

    /// The word without the first ending of `russianEndings` that leaves at least three letters.
    static func russianStem(_ word: String) -> String {
        let w = word.replacingOccurrences(of: "ё", with: "е")
        for e in russianEndings where w.hasSuffix(e) && w.count - e.count >= 3 {
            return String(w.dropLast(e.count))
        }
        return w
    }
}
