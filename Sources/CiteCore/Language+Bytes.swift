/// `Language.detect` over the UTF-8 bytes of a text: the same answer as reading it as characters
/// (`detectByCharacters`), without making a `Character` or a `String` per word.
extension Language {
    /// The language of the first `limit` scalars of `utf8` (valid UTF-8); nil when the text must be
    /// read as characters: Latin text in which some character is more than one scalar (a letter
    /// and a combining mark), where words and the limit counted in characters differ from scalars.
    ///
    /// The scripts are counted eight ASCII bytes at a time where the bytes allow (`asciiLetters`);
    /// words are read from the bytes, ASCII letters without decoding a scalar and eight at a time
    /// within a word (`asciiNonWordBytes`), and an ASCII word is looked up only when a marker word
    /// has its length and first letter (`markerStarts`).
    /// - Complexity: O(n) in the first `limit` scalars.
    static func detect(utf8 bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> Language? {
        var arabic = 0, cjk = 0, cyrillic = 0, latin = 0
        var scanned = 0
        var i = 0
        var singleScalarCharacters = true
        let n = bytes.count
        while i < n, scanned < limit {
            if i + 8 <= n, scanned + 8 <= limit {
                // Eight bytes that are all ASCII: each a scalar, read as the case below reads it.
                let x = UnsafeRawPointer(bytes.baseAddress! + i).loadUnaligned(as: UInt64.self)
                if x & 0x8080_8080_8080_8080 == 0 {
                    latin += asciiLetters(x)
                    if holdsCarriageReturn(x) { singleScalarCharacters = false }
                    scanned += 8
                    i += 8
                    continue
                }
            }
            let b = bytes[i]
            if b < 0x80 {
                // ASCII: a Latin letter or not; a carriage return is no character of its own.
                if (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A { latin += 1 } else if b == 0x0D { singleScalarCharacters = false }
                scanned += 1
                i += 1
                continue
            }
            let (value, width) = scalar(bytes, at: i)
            scanned += 1
            i += width
            switch value {
            case 0x0600...0x06FF: arabic += 1
            case 0x4E00...0x9FFF: cjk += 1
            case 0x0400...0x04FF: cyrillic += 1
            case 0x41...0x5A, 0x61...0x7A: latin += 1
            default: break
            }
            if singleScalarCharacters, value >= 0x80 || value == 0x0D { singleScalarCharacters = standsAlone(value) }
        }
        let most = max(arabic, cjk, cyrillic)
        if most > 0, most * 2 > latin {
            if most == arabic { return .arabic }
            if most == cjk { return .chinese }
            return .russian
        }
        guard singleScalarCharacters else { return nil }
        // Words: runs of letters, apostrophes and ’, as `detectByCharacters` splits them.
        // Hits per language of `markerLanguages`, turned into `scores` at the end.
        // The tables read once, not at each word (each read of a static checks its initialisation).
        let languages = markerLanguages, table = markerASCIIWords, longest = longestMarkerWord, starts = markerStarts
        var hits = [Int](repeating: 0, count: languages.count)
        var scores: [Language: Int] = [:]
        let end = i
        var k = 0
        while k < end {
            let b = bytes[k]
            if b < 0x80 {
                guard isASCIIWordByte(b) else { k += 1; continue }
            } else {
                let (value, width) = scalar(bytes, at: k)
                guard isWordScalar(value) else { k += width; continue }
            }
            let start = k
            var ascii = true
            // Eight bytes at a time while they are ASCII letters or apostrophes; from the first
            // that is not (or the last bytes), one by one.
            while k + 8 <= end {
                let others = asciiNonWordBytes(UnsafeRawPointer(bytes.baseAddress! + k).loadUnaligned(as: UInt64.self))
                if others != 0 { k += others.trailingZeroBitCount >> 3; break }
                k += 8
            }
            while k < end {
                let c = bytes[k]
                if c < 0x80 {
                    guard isASCIIWordByte(c) else { break }
                    k += 1
                } else {
                    let (v, w) = scalar(bytes, at: k)
                    guard isWordScalar(v) else { break }
                    ascii = false
                    k += w
                }
            }
            guard k - start <= longest else { continue }
            if ascii {
                // No marker word has this length and first letter: the table would say -1.
                let length = k - start, first = UInt32(b | 0x20) &- 0x61
                guard length < starts.count, first < 26, starts[length] & (1 << first) != 0 else { continue }
                // Looked up from the bytes, A–Z as a–z: the lower-cased word `markerWords` would be asked.
                let id = table.id(ofASCII: UnsafeBufferPointer(rebasing: bytes[start..<k]))
                if id >= 0 { hits[Int(id)] += 1 }
            } else {
                let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<k]), as: UTF8.self).lowercased()
                if let l = markerWords[word] { scores[l, default: 0] += 1 }
            }
        }
        for (l, n) in zip(languages, hits) where n > 0 { scores[l, default: 0] += n }
        return bestScore(scores)
    }

    /// The languages of `markerWords`, in a fixed order: the ids of `markerASCIIWords`.
    static let markerLanguages: [Language] = [.english, .french, .spanish]

    /// The ASCII words of `markerWords`, each with the index of its language in `markerLanguages`.
    static let markerASCIIWords: WordTable = {
        var table = WordTable()
        for (word, language) in markerWords where word.utf8.allSatisfy({ $0 < 0x80 }) {
            guard let index = markerLanguages.firstIndex(of: language) else { continue }
            table.insert(word, id: Int32(index))
        }
        return table
    }()

    /// Per length in bytes, the first letters (bit 0 for a, 25 for z) of the ASCII words of
    /// `markerWords` of that length: an ASCII word read as A–Z = a–z matches one only if its
    /// length and first letter are here.
    static let markerStarts: [UInt32] = {
        let words = markerWords.keys.filter { $0.utf8.allSatisfy { $0 < 0x80 } }
        var starts = [UInt32](repeating: 0, count: (words.map(\.utf8.count).max() ?? 0) + 1)
        for word in words {
            let first = UInt32(word.utf8.first! | 0x20) &- 0x61
            if first < 26 { starts[word.utf8.count] |= 1 << first }
        }
        return starts
    }()

    /// How many of the eight bytes of `x` are ASCII letters (`ASCIIBlock.letters`): the letters'
    /// high bits, shifted to ones, are added by one multiplication into the top byte (the baseline
    /// x86-64 has no population count instruction).
    @inline(__always) static func asciiLetters(_ x: UInt64) -> Int {
        Int(((ASCIIBlock.letters(x) >> 7) &* ASCIIBlock.ones) >> 56)
    }

    /// Whether one of the eight bytes of `x` is a carriage return.
    @inline(__always) static func holdsCarriageReturn(_ x: UInt64) -> Bool {
        ASCIIBlock.bytes(x, equalTo: 0x0D) != 0
    }

    /// The high bit of each of the eight bytes of `x` (little-endian: the first byte lowest) that
    /// is not an ASCII letter or apostrophe (`isASCIIWordByte`), non-ASCII bytes among them.
    @inline(__always) static func asciiNonWordBytes(_ x: UInt64) -> UInt64 {
        ~(ASCIIBlock.letters(x) | ASCIIBlock.bytes(x, equalTo: 0x27)) & ASCIIBlock.highs
    }

    /// An ASCII letter or an apostrophe: `isWordScalar` of an ASCII byte.
    @inline(__always) static func isASCIIWordByte(_ b: UInt8) -> Bool {
        (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || b == 0x27
    }

    /// Bytes beyond which a word cannot be a marker word in any case: four bytes for each
    /// character of the longest (a character's other case may take more bytes than its own).
    static let longestMarkerWord = 4 * (markerWords.keys.map { $0.unicodeScalars.count }.max() ?? 0)

    /// A letter, an apostrophe or ’: what a word is made of.
    @inline(__always) static func isWordScalar(_ value: UInt32) -> Bool {
        if value < 0x80 { return isASCIIWordByte(UInt8(value)) }
        if value == 0x2019 { return true }
        return Unicode.Scalar(value)?.properties.isAlphabetic ?? false
    }

    /// Whether the scalar is always a character of its own (its grapheme cluster break property is
    /// Other or Control): Latin letters, Greek and Cyrillic, punctuation, symbols. Not a carriage
    /// return (CR LF is one character), combining marks, joiners, Hangul or emoji.
    static func standsAlone(_ value: UInt32) -> Bool {
        switch value {
        case 0x0D: return false
        case 0..<0x0300, 0x0370..<0x0483, 0x2000..<0x200C, 0x200E..<0x2070, 0x20A0..<0x20C0, 0x2100..<0x2400: return true
        default: return false
        }
    }

    /// The scalar at `i` of valid UTF-8, and its width in bytes.
    @inline(__always) static func scalar(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let b = bytes[i]
        if b < 0x80 { return (UInt32(b), 1) }
        let width = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2
        guard i + width <= bytes.count else { return (0xFFFD, 1) }
        var value = UInt32(b) & (width == 2 ? 0x1F : width == 3 ? 0x0F : 0x07)
        for k in 1..<width { value = (value << 6) | (UInt32(bytes[i + k]) & 0x3F) }
        return (value, width)
    }
}
