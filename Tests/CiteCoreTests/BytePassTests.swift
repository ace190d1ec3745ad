import Foundation
import Testing
@testable import CiteCore

/// The whole-document byte passes of the thirteenth speed round give what the code before them
/// gave: `TextCleaner.Needs.hasControlOrSlip` (blocks of sixteen bytes), `Language.detect(utf8:)`
/// (eight ASCII bytes at a time, words filtered by length and first letter) and
/// `TextDecoding.holdsControlByte(buffer:)` (blocks of sixteen bytes), each checked against a copy
/// of the code before it on made-up texts (every script the corpus holds, CR and FF, each slip and
/// control at every offset across block boundaries, short buffers) and, where the corpus exists,
/// on its files.
@Suite("Byte passes over whole documents read as the code before them")
struct BytePassTests {
    // MARK: The code before

    /// `hasControlOrSlip` before the blocks: every byte read through a table of byte pairs.
    static func hasControlOrSlipBefore(_ u: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: UInt8 = 0
        for i in 0..<u.count {
            let b = u[i]
            if pairEnds[Int(previous) << 8 | Int(b)] != 0 {
                if b == 0x0D || b == 0x0C { return true }
                var window: UInt64 = 0
                for k in max(0, i - 7)...i { window = window << 8 | UInt64(u[k]) }
                if TextCleaner.Needs.endsSlip(window, b) { return true }
            }
            previous = b
        }
        return false
    }

    /// The byte pairs of `hasControlOrSlipBefore`.
    static let pairEnds: [UInt8] = {
        var t = [UInt8](repeating: 0, count: 1 << 16)
        for previous in 0..<256 { t[previous << 8 | 0x0D] = 1; t[previous << 8 | 0x0C] = 1 }
        for slip in TextCleaner.Needs.slips { t[Int(slip.pattern & 0xFFFF)] = 1 }
        return t
    }()

    /// `Language.detect(utf8:limit:)` before: a scalar decoded at every byte, every word looked up.
    static func detectBefore(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> Language? {
        var arabic = 0, cjk = 0, cyrillic = 0, latin = 0
        var scanned = 0
        var i = 0
        var singleScalarCharacters = true
        while i < bytes.count, scanned < limit {
            let b = bytes[i]
            if b < 0x80 {
                if (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A { latin += 1 } else if b == 0x0D { singleScalarCharacters = false }
                scanned += 1
                i += 1
                continue
            }
            let (value, width) = Language.scalar(bytes, at: i)
            scanned += 1
            i += width
            switch value {
            case 0x0600...0x06FF: arabic += 1
            case 0x4E00...0x9FFF: cjk += 1
            case 0x0400...0x04FF: cyrillic += 1
            case 0x41...0x5A, 0x61...0x7A: latin += 1
            default: break
            }
            if singleScalarCharacters, value >= 0x80 || value == 0x0D { singleScalarCharacters = Language.standsAlone(value) }
        }
        let most = max(arabic, cjk, cyrillic)
        if most > 0, most * 2 > latin {
            if most == arabic { return .arabic }
            if most == cjk { return .chinese }
            return .russian
        }
        guard singleScalarCharacters else { return nil }
        let languages = Language.markerLanguages, table = Language.markerASCIIWords, longest = Language.longestMarkerWord
        var hits = [Int](repeating: 0, count: languages.count)
        var scores: [Language: Int] = [:]
        let end = i
        var k = 0
        while k < end {
            let (value, width) = Language.scalar(bytes, at: k)
            guard Language.isWordScalar(value) else { k += width; continue }
            let start = k
            var ascii = true
            while k < end {
                let (v, w) = Language.scalar(bytes, at: k)
                guard Language.isWordScalar(v) else { break }
                if v >= 0x80 { ascii = false }
                k += w
            }
            guard k - start <= longest else { continue }
            if ascii {
                let id = table.id(ofASCII: UnsafeBufferPointer(rebasing: bytes[start..<k]))
                if id >= 0 { hits[Int(id)] += 1 }
            } else {
                let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<k]), as: UTF8.self).lowercased()
                if let l = Language.markerWords[word] { scores[l, default: 0] += 1 }
            }
        }
        for (l, n) in zip(languages, hits) where n > 0 { scores[l, default: 0] += n }
        return Language.bestScore(scores)
    }

    // MARK: Made-up inputs

    /// A fixed sequence of pseudo-random numbers (SplitMix64), so that a failure can be replayed.
    struct Numbers {
        var state: UInt64
        mutating func next(_ bound: Int) -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int((z ^ (z >> 31)) % UInt64(bound))
        }
    }

    /// Pieces of text the made-up texts are strung from: words of the three Latin languages (marker
    /// words among them, in every case), Cyrillic, Arabic, CJK, curly quotes and apostrophes,
    /// combining marks, CR, FF, controls, the slips and pieces of them.
    static let pieces: [String] = [
        "the", "The", "THE", "of", "and", "resolution", "Resolutions", "recalling", "which", "with", "that", "decides", "requests",
        "le", "les", "des", "du", "et", "sa", "ses", "résolution", "RÉSOLUTIONS", "rappelant", "qui", "dans", "prie", "l’Assemblée", "au", "aux",
        "el", "los", "las", "del", "y", "Y", "su", "sus", "resolución", "resoluciones", "recordando", "con", "solicita", "una", "al",
        "United", "Nations", "General", "Assembly", "a", "to", "in", "thee", "ofa", "'the", "the'", "it's", "’s", "don’t", "x",
        "Генеральная", "Ассамблея", "резолюция", "الجمعية", "العامة", "قرار", "大会", "决议", "联合国", "Ж", "ب", "中",
        " ", " ", " ", " ", "\n", "\n\n", ", ", ". ", "-", "—", "“", "”", "’", "'", "\t", "\r", "\r\n", "\u{0C}", "\u{A0}",
        "e\u{0301}", "\u{0301}", "🙂", "한국", "\u{200D}", "1", "76/13", "A/RES/55/2", "(5)", "US$", "$", "/", "]", "[", "0", "i",
        "S$/", "Apri]", "Apri1", "]une", "]uly", "0ctober", "ecem-ber", "(5/", "$/", "i]", "i1", "]u", "0c", "m-b", "m-", "5/",
        "S$", "Apri", "]un", "0ctobe", "ecem-be", "(5", "medium-term", "long-term", "1 January", "0.5/", "i1i]",
        "\u{1B}", "\u{7F}", "\u{85}", "\u{9F}", "\u{80}", "\u{1}", "\u{0}", "Ă", "\u{C2}\u{A0}",
    ]

    /// `count` made-up texts of up to `maxPieces` pieces each.
    static func madeTexts(count: Int, maxPieces: Int, seed: UInt64) -> [String] {
        var numbers = Numbers(state: seed)
        return (0..<count).map { _ in
            var text = ""
            for _ in 0..<numbers.next(maxPieces + 1) { text += pieces[numbers.next(pieces.count)] }
            return text
        }
    }

    /// Texts that each hold one slip (or control), or one of their marks without the slip, at
    /// every offset 0–40 in fillers of every length up to 48 bytes: across the sixteen-byte blocks
    /// and the bytes read ahead of them.
    static var placedTexts: [String] {
        let needles = ["S$/", "Apri]", "Apri1", "]une", "]uly", "0ctober", "ecem-ber", "(5/", "\r", "\u{0C}",
                       "$/", "i]", "i1", "]u", "0c", "m-b", "(5", "5/", "S$", "0ctobe", "ecem-be", "\u{1B}", "\u{7F}", "\u{85}", "\u{A0}"]
        var texts: [String] = []
        for filler in ["a", "e", " "] {
            for length in 0...48 {
                for needle in needles {
                    for offset in 0...min(length, 40) {
                        let before = String(repeating: filler, count: offset), after = String(repeating: filler, count: length - offset)
                        texts.append(before + needle + after)
                    }
                }
            }
        }
        return texts
    }

    /// Short buffers of every length 0–40, of random bytes (not all UTF-8), most of them ASCII
    /// letters and line feeds, some CR, FF, slips' bytes, controls and high bytes.
    static var shortBuffers: [[UInt8]] {
        var numbers = Numbers(state: 13)
        let alphabet: [UInt8] = Array("aeinrtuy mcb-/$]105(S\n\n".utf8) + [0x0D, 0x0C, 0x09, 0x1B, 0x7F, 0xC2, 0x80, 0x9F, 0xA0, 0xD0, 0xE2, 0x00]
        return (0...40).flatMap { length in
            (0..<200).map { _ in (0..<length).map { _ in alphabet[numbers.next(alphabet.count)] } }
        }
    }

    /// Files of the corpus: every 10th of akn/text, and every file of texts and ocr (none when the
    /// corpus is absent).
    static let corpusFiles: [[UInt8]] = {
        guard let corpus = AKNCorpusTests.corpus else { return [] }
        var out: [[UInt8]] = []
        for (folder, step) in [("akn/text", 10), ("texts", 1), ("ocr", 1)] {
            let root = corpus + "/" + folder
            let files = (FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? [])
                .filter { $0.hasSuffix(".txt") }.sorted()
            for k in stride(from: 0, to: files.count, by: step) {
                if let data = FileManager.default.contents(atPath: root + "/" + files[k]) { out.append([UInt8](data)) }
            }
        }
        return out
    }()

    static var texts: [String] {
        madeTexts(count: 3_000, maxPieces: 40, seed: 1) + madeTexts(count: 300, maxPieces: 1_500, seed: 2) + placedTexts
    }

    // MARK: Tests

    @Test("hasControlOrSlip answers as the table of byte pairs did")
    func controlOrSlip() {
        var found = 0, buffers = 0
        for bytes in Self.texts.map({ Array($0.utf8) }) + Self.shortBuffers + Self.corpusFiles {
            bytes.withUnsafeBufferPointer { u in
                let before = Self.hasControlOrSlipBefore(u)
                #expect(TextCleaner.Needs.hasControlOrSlip(u) == before, "\(String(decoding: u, as: UTF8.self).debugDescription)")
                if before { found += 1 }
            }
            buffers += 1
        }
        #expect(found > 1_000)
        #expect(found < buffers)
    }

    @Test("Language.detect(utf8:) gives the language the word-by-word reading gave, at every limit")
    func detect() {
        var answers: Set<String> = []
        let made = Self.texts.map { Array($0.utf8) }
        for (n, bytes) in (made + Self.corpusFiles).enumerated() {
            bytes.withUnsafeBufferPointer { u in
                // The default limit, and small ones: the limit falls inside and outside the eight-byte reads.
                for limit in [Language.defaultLimit, n % 41, 8, 9, 16, 100] {
                    let before = Self.detectBefore(u, limit: limit)
                    #expect(Language.detect(utf8: u, limit: limit) == before, "\(limit) \(String(decoding: u, as: UTF8.self).debugDescription)")
                    answers.insert(before?.rawValue ?? "nil")
                }
            }
        }
        // Every language and the fallback to characters were met.
        #expect(answers.count == Language.allCases.count + 1, "\(answers)")
    }

    @Test("markerStarts holds the length and first letter of every ASCII marker word")
    func markerStarts() {
        for word in Language.markerWords.keys where word.utf8.allSatisfy({ $0 < 0x80 }) {
            let first = UInt32(word.utf8.first! | 0x20) &- 0x61
            #expect(first < 26 && Language.markerStarts[word.utf8.count] & (1 << first) != 0, "\(word)")
        }
    }

    @Test("asciiLetters, holdsCarriageReturn and asciiNonWordBytes read as byte by byte")
    func asciiWords() {
        var numbers = Numbers(state: 7)
        for _ in 0..<20_000 {
            let bytes = (0..<8).map { _ in UInt8(numbers.next(0x80)) }
            let x = bytes.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            #expect(Language.asciiLetters(x) == bytes.filter { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A }.count, "\(bytes)")
            #expect(Language.holdsCarriageReturn(x) == bytes.contains(0x0D), "\(bytes)")
            // Any byte, ASCII or not, for the word bytes.
            let any = (0..<8).map { _ in numbers.next(3) == 0 ? UInt8(numbers.next(256)) : Array("aZ' -’é".utf8)[numbers.next(9)] }
            let y = any.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) }
            let others = (0..<8).reduce(UInt64(0)) { $0 | (any[$1] < 0x80 && Language.isASCIIWordByte(any[$1]) ? 0 : 0x80 << (8 * UInt64($1))) }
            #expect(Language.asciiNonWordBytes(y) == others, "\(any)")
        }
    }

    @Test("holdsControlByte(buffer:) answers as reading byte by byte")
    func controlBytes() {
        var found = 0
        for bytes in Self.texts.map({ Array($0.utf8) }) + Self.shortBuffers + Self.corpusFiles {
            bytes.withUnsafeBufferPointer { u in
                let before = TextDecoding.holdsControlByte(u)
                #expect(TextDecoding.holdsControlByte(buffer: u) == before, "\(String(decoding: u, as: UTF8.self).debugDescription)")
                if before { found += 1 }
            }
        }
        #expect(found > 1_000)
    }

    @Test("the scanner's skip to the next capital or digit stops where reading byte by byte stops")
    func nextTokenStart() {
        var numbers = Numbers(state: 11)
        let alphabet = Array("abc xyz,.;-()/’éXAZ09\u{0600}".utf8)
        var stopped = 0
        for _ in 0..<4_000 {
            let bytes = (0..<numbers.next(70)).map { _ in numbers.next(4) == 0 ? UInt8(numbers.next(256)) : alphabet[numbers.next(alphabet.count)] }
            bytes.withUnsafeBufferPointer { p in
                for arabic in [false, true] {
                    let from = bytes.isEmpty ? 0 : numbers.next(bytes.count)
                    let end = from + numbers.next(bytes.count - from + 1)
                    var k = from
                    while k < end, !ReferenceScanner.mayBeginToken(p[k], arabic: arabic) { k += 1 }
                    #expect(ReferenceScanner.nextTokenStart(p, from: from, to: end, arabic: arabic) == k, "\(bytes) \(from) \(end)")
                    if k < end { stopped += 1 }
                }
            }
        }
        #expect(stopped > 1_000)
    }

    @Test("the end of a run of ASCII letters, eight bytes at a time, is where reading byte by byte ends it")
    func endOfLetters() {
        var numbers = Numbers(state: 13)
        let alphabet = Array("azAZ`{@[ -’é09".utf8) + [0x7F, 0x80, 0xC1, 0xDA, 0xFA, 0xE1]
        for _ in 0..<6_000 {
            let bytes = (0..<numbers.next(40)).map { _ in numbers.next(3) == 0 ? alphabet[numbers.next(alphabet.count)] : UInt8(0x61 + numbers.next(26)) & (numbers.next(2) == 0 ? 0xDF : 0xFF) }
            bytes.withUnsafeBufferPointer { p in
                let from = bytes.isEmpty ? 0 : numbers.next(bytes.count)
                var k = from
                while k < bytes.count, (p[k] | 0x20) >= 0x61 && (p[k] | 0x20) <= 0x7A { k += 1 }
                #expect(WordTrie.endOfLetters(p, from: from) == k, "\(bytes) \(from)")
            }
        }
    }
}
