/// One Treaty Series reference read from a footnote, with everything the note said about it.
public struct UNTSMatch: Hashable, Sendable {
    /// First volume and this registration number: the treaty's id (`UNTS 2225/39574`).
    public var reference: UNTSReference
    /// Every volume the note lists for this number, the first being `reference.volume`
    /// ("vols. 2225, 2237, 2241 and 2326, No. 39574" gives all four; later volumes hold protocols
    /// and amendments registered under the same number).
    public var volumes: [Int]
    /// UTF-8 byte offsets `[start, end)` into the footnote text: from the series name, "Ibid." or
    /// "vol." that opens the reference to the end of its registration number. References that share
    /// one clause ("Nos. 970–973") share its start. For a bare "Ibid." the range covers "Ibid.".
    public var range: Range<Int>
    /// The series (or, for a bare "Ibid.", the whole reference) came from `previous`.
    public var inherited: Bool

    public init(reference: UNTSReference, volumes: [Int], range: Range<Int>, inherited: Bool) {
        self.reference = reference; self.volumes = volumes; self.range = range; self.inherited = inherited
    }
}

/// Reads United Nations (and League of Nations) Treaty Series references in footnote text.
///
/// Forms read: "United Nations, Treaty Series, vol. 1577, No. 27531";
/// "vols. 2225, 2237, 2241 and 2326, No. 39574" (the first volume is the id);
/// "League of Nations, Treaty Series, vol. XCIV (1929), No. 2138" (Roman volume, `league == true`);
/// "Ibid., vol. 1577, No. 27531" and "ibid., vol. 397 (1961), No. 5712" (series of `previous`);
/// "Ibid., No. 973" (volume of `previous`); "vol. 75, Nos. 970–973" and "Nos. 17512 and 17513"
/// (one reference per number); ", and vol. 2404, No. 43425" (continues the series);
/// typos such as "vol. 2329. No. 41723", "No 54113", "United Nations. Treaty Series";
/// several references in one note; a bare "Ibid." (optionally with a pinpoint such as
/// "Ibid., arts. 13 and 17.") returns `previous`.
///
/// ```swift
/// let refs = UNTSParser.parse("United Nations, Treaty Series, vol. 1577, No. 27531.", previous: nil)
/// // [(UNTSReference(volume: 1577, number: 27531), 0..<51)]
/// ```
public enum UNTSParser {
    /// References in `footnoteText`, in order, each with its UTF-8 byte range in the text.
    ///
    /// - Parameters:
    ///   - footnoteText: the text of one footnote (marker excluded).
    ///   - previous: the last reference of the immediately preceding footnote of the same document,
    ///     or `nil` when that footnote had none. "Ibid." inherits its series (United Nations or
    ///     League of Nations) and, for "Ibid." alone or "Ibid., No. 973", the reference or volume.
    /// - Returns: `(reference, range)` pairs; ranges are UTF-8 byte offsets `[start, end)` into
    ///   `footnoteText` (see `UNTSMatch.range`).
    /// - Complexity: O(n) in the length of the text.
    public static func parse(_ footnoteText: String, previous: UNTSReference?) -> [(UNTSReference, Range<Int>)] {
        matches(in: footnoteText, previous: previous).map { ($0.reference, $0.range) }
    }

    /// Like `parse`, with the full detail of each reference (all volumes, inheritance).
    ///
    /// - Complexity: O(n) in the length of the text.
    public static func matches(in footnoteText: String, previous: UNTSReference?) -> [UNTSMatch] {
        var scanner = Scanner(tokens: UNTSToken.tokenize(footnoteText), previous: previous)
        return scanner.run()
    }
}

/// A token of footnote text; offsets are UTF-8 byte offsets.
struct UNTSToken: Equatable {
    enum Kind: Equatable {
        case word(String)       // ASCII letters, as written
        case number(Int)
        case punct(UInt8)       // , . ; : ( )
        case dash               // - – — −
        case other
    }
    var kind: Kind
    var start: Int
    var end: Int

    var lowerWord: String? {
        if case .word(let w) = kind { return w.lowercased() }
        return nil
    }
    func isPunct(_ c: Character) -> Bool {
        if case .punct(let p) = kind, let a = c.asciiValue { return p == a }
        return false
    }
    func isWord(_ w: String) -> Bool { lowerWord == w }

    /// Splits text into words, numbers and punctuation; whitespace of every kind (and a "/" that
    /// stands between spaces, the line-break mark of some extractions) separates tokens.
    static func tokenize(_ text: String) -> [UNTSToken] {
        let bytes = Array(text.utf8)
        var tokens: [UNTSToken] = []
        var i = 0
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D {
                i += 1
            } else if isLetter(b) {
                let s = i
                while i < n, isLetter(bytes[i]) { i += 1 }
                tokens.append(UNTSToken(kind: .word(String(decoding: bytes[s..<i], as: UTF8.self)), start: s, end: i))
            } else if b >= 0x30 && b <= 0x39 {
                let s = i
                var value = 0
                while i < n, bytes[i] >= 0x30, bytes[i] <= 0x39 {
                    if i - s < 12 { value = value * 10 + Int(bytes[i] - 0x30) }
                    i += 1
                }
                tokens.append(UNTSToken(kind: i - s <= 9 ? .number(value) : .other, start: s, end: i))
            } else if b == 0x2F, i > 0, i + 1 < n, isSpace(bytes[i - 1]), isSpace(bytes[i + 1]) {
                i += 1
            } else if b == 0x2C || b == 0x2E || b == 0x3B || b == 0x3A || b == 0x28 || b == 0x29 {
                tokens.append(UNTSToken(kind: .punct(b), start: i, end: i + 1))
                i += 1
            } else if b == 0x2D {
                tokens.append(UNTSToken(kind: .dash, start: i, end: i + 1))
                i += 1
            } else if b >= 0x80 {
                let s = i
                i += 1
                while i < n, bytes[i] & 0xC0 == 0x80 { i += 1 }
                let scalar = bytes[s..<i]
                if isUnicodeSpace(scalar) {
                    continue
                } else if isUnicodeDash(scalar) {
                    tokens.append(UNTSToken(kind: .dash, start: s, end: i))
                } else {
                    tokens.append(UNTSToken(kind: .other, start: s, end: i))
                }
            } else {
                tokens.append(UNTSToken(kind: .other, start: i, end: i + 1))
                i += 1
            }
        }
        return tokens
    }

    private static func isLetter(_ b: UInt8) -> Bool { (b >= 0x41 && b <= 0x5A) || (b >= 0x61 && b <= 0x7A) }
    private static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    private static func isUnicodeSpace(_ s: ArraySlice<UInt8>) -> Bool {
        let a = Array(s)
        if a == [0xC2, 0xA0] { return true }                                   // NO-BREAK SPACE
        if a.count == 3, a[0] == 0xE2, a[1] == 0x80, (0x80...0x8B).contains(a[2]) || a[2] == 0xAF {
            return true                                                        // U+2000–U+200B, U+202F
        }
        return a == [0xE2, 0x81, 0x9F] || a == [0xE3, 0x80, 0x80]              // U+205F, U+3000
    }

    private static func isUnicodeDash(_ s: ArraySlice<UInt8>) -> Bool {
        let a = Array(s)
        if a.count == 3, a[0] == 0xE2, a[1] == 0x80, (0x90...0x95).contains(a[2]) { return true } // ‐ ‑ ‒ – — ―
        return a == [0xE2, 0x88, 0x92]                                         // − MINUS SIGN
    }
}

/// The reading of one note: a left-to-right scanner over its tokens.
private struct Scanner {
    let tokens: [UNTSToken]
    let previous: UNTSReference?
    var results: [UNTSMatch] = []
    /// End (token index) of the last group read, for ", and vol. …" continuations.
    var lastGroupEnd: Int? = nil
    var lastLeague: Bool? = nil

    init(tokens: [UNTSToken], previous: UNTSReference?) {
        self.tokens = tokens
        self.previous = previous
    }

    /// Pinpoint words that may follow a bare "Ibid." and still mean the same treaty.
    static let pinpoints: Set<String> = [
        "art", "arts", "article", "articles", "para", "paras", "paragraph", "paragraphs", "annex",
        "annexes", "p", "pp", "page", "pages", "chap", "sect", "preamble", "rule", "rules", "footnote",
    ]

    mutating func run() -> [UNTSMatch] {
        var i = 0
        while i < tokens.count {
            if let (league, first, next) = seriesHead(at: i) {
                if let end = group(at: next, league: league, start: tokens[first].start, inherited: false) {
                    i = end
                    continue
                }
                i = next
            } else if let next = ibidHead(at: i) {
                if let end = ibid(at: i, after: next) {
                    i = end
                    continue
                }
                i = next
            } else if tokens[i].isWord("vol") || tokens[i].isWord("vols"), let league = continuationSeries(at: i),
                      let end = group(at: i, league: league, start: tokens[i].start, inherited: false) {
                i = end
                continue
            } else {
                i += 1
            }
        }
        return results
    }

    // MARK: heads

    /// "United Nations, Treaty Series," / "League of Nations, Treaty Series," / "Treaty Series,".
    /// Returns the series (`true` for the League), the index of the head's first token and the
    /// index after the head.
    func seriesHead(at i: Int) -> (Bool, Int, Int)? {
        guard tokens[i].isWord("treaty"), i + 1 < tokens.count, tokens[i + 1].isWord("series") else {
            // The head is recognised at "Treaty"; the organisation before it is looked up backwards.
            return nil
        }
        var league = false
        var first = i
        var j = i - 1
        if j >= 0, tokens[j].isPunct(",") || tokens[j].isPunct(".") { j -= 1 }
        if j >= 1, tokens[j].isWord("nations") {
            if tokens[j - 1].isWord("united") {
                first = j - 1
            } else if j >= 2, tokens[j - 1].isWord("of"), tokens[j - 2].isWord("league") {
                league = true
                first = j - 2
            }
        }
        var k = i + 2
        if k < tokens.count, tokens[k].isPunct(",") || tokens[k].isPunct(".") { k += 1 }
        return (league, first, k)
    }

    /// "Ibid." / "ibid.," — returns the index after it.
    func ibidHead(at i: Int) -> Int? {
        guard tokens[i].isWord("ibid") else { return nil }
        var k = i + 1
        if k < tokens.count, tokens[k].isPunct(".") { k += 1 }
        if k < tokens.count, tokens[k].isPunct(",") { k += 1 }
        return k
    }

    /// The series a bare "vol." continues: only right after a group of this note, with nothing but
    /// ",", ";", "and", "see", "also" between.
    func continuationSeries(at i: Int) -> Bool? {
        guard let last = lastGroupEnd, let league = lastLeague, last <= i else { return nil }
        for t in tokens[last..<i] {
            if t.isPunct(",") || t.isPunct(";") || t.isPunct(".") { continue }
            if let w = t.lowerWord, w == "and" || w == "see" || w == "also" { continue }
            return nil
        }
        return league
    }

    // MARK: ibid

    mutating func ibid(at i: Int, after next: Int) -> Int? {
        // Series: the last reference of this note, else `previous`, else the United Nations series.
        let inheritedLeague = results.last?.reference.league ?? previous?.league
        let league = inheritedLeague ?? false
        if next < tokens.count, tokens[next].isWord("vol") || tokens[next].isWord("vols") {
            return group(at: next, league: league, start: tokens[i].start, inherited: results.isEmpty)
        }
        let base = results.last?.reference ?? previous
        // "Ibid., No. 973": the volume of the reference before.
        if next < tokens.count, tokens[next].isWord("no") || tokens[next].isWord("nos"), let base {
            var k = next + 1
            if k < tokens.count, tokens[k].isPunct(".") { k += 1 }
            if let (numbers, end) = numberList(at: k) {
                for number in numbers {
                    let ref = UNTSReference(volume: base.volume, number: number, league: base.league)
                    results.append(UNTSMatch(reference: ref, volumes: [base.volume],
                                             range: tokens[i].start..<tokens[end - 1].end, inherited: true))
                }
                lastGroupEnd = end
                lastLeague = base.league
                return end
            }
        }
        // A bare "Ibid." (with at most a pinpoint) at the opening of the note: the previous reference.
        guard results.isEmpty, let previous, opensNote(i) else { return nil }
        let dotEnd = (i + 1 < tokens.count && tokens[i + 1].isPunct(".")) ? tokens[i + 1].end : tokens[i].end
        let rest = tokens[next...].filter { !($0.isPunct(".") || $0.isPunct(",")) }
        if let first = rest.first, !(first.lowerWord.map { Scanner.pinpoints.contains($0) } ?? false) {
            return nil
        }
        results.append(UNTSMatch(reference: previous, volumes: [previous.volume],
                                 range: tokens[i].start..<dotEnd, inherited: true))
        return tokens.count
    }

    /// Whether token `i` is the first of the note, allowing a leading "See".
    func opensNote(_ i: Int) -> Bool {
        i == 0 || (i == 1 && tokens[0].isWord("see"))
    }

    // MARK: groups

    /// "vol(s). V[, V … and V] [(YYYY)][,.:] [p. N,] No(s). N[, N … and N | N–N]".
    /// Appends one match per number and returns the index after the group.
    mutating func group(at i: Int, league: Bool, start: Int, inherited: Bool) -> Int? {
        guard i < tokens.count, tokens[i].isWord("vol") || tokens[i].isWord("vols") else { return nil }
        var k = i + 1
        if k < tokens.count, tokens[k].isPunct(".") { k += 1 }
        var volumes: [Int] = []
        var roman = false
        while k < tokens.count {
            if case .number(let v) = tokens[k].kind {
                volumes.append(v)
            } else if case .word(let w) = tokens[k].kind, volumes.isEmpty, let v = romanValue(w) {
                volumes.append(v)
                roman = true
            } else {
                break
            }
            k += 1
            // ", 2237", " and 2326", ", and 2326", ", vol. 2171"
            var m = k
            if m < tokens.count, tokens[m].isPunct(",") { m += 1 }
            if m < tokens.count, tokens[m].isWord("and") { m += 1 }
            if m > k, m + 1 < tokens.count, tokens[m].isWord("vol") || tokens[m].isWord("vols") {
                m += tokens[m + 1].isPunct(".") ? 2 : 1
            }
            if m > k, m < tokens.count, case .number = tokens[m].kind { k = m } else { break }
        }
        guard !volumes.isEmpty else { return nil }
        // "(1961)"
        if k + 2 < tokens.count, tokens[k].isPunct("("), case .number(let y) = tokens[k + 1].kind,
           (1800...2100).contains(y), tokens[k + 2].isPunct(")") {
            k += 3
        }
        if k < tokens.count, tokens[k].isPunct(",") || tokens[k].isPunct(".") || tokens[k].isPunct(":") { k += 1 }
        guard k < tokens.count, tokens[k].isWord("no") || tokens[k].isWord("nos") else { return nil }
        k += 1
        if k < tokens.count, tokens[k].isPunct(".") { k += 1 }
        guard let (numbers, end) = numberList(at: k) else { return nil }
        let isLeague = roman || league
        for number in numbers {
            let ref = UNTSReference(volume: volumes[0], number: number, league: isLeague)
            results.append(UNTSMatch(reference: ref, volumes: volumes,
                                     range: start..<tokens[end - 1].end, inherited: inherited))
        }
        lastGroupEnd = end
        lastLeague = isLeague
        return end
    }

    /// "27531", "17512 and 17513", "970–973", "970, 971 and 972". Returns numbers and end index.
    func numberList(at i: Int) -> ([Int], Int)? {
        guard i < tokens.count, case .number(let first) = tokens[i].kind else { return nil }
        var numbers = [first]
        var k = i + 1
        while k < tokens.count {
            if tokens[k].kind == .dash || tokens[k].isWord("to"), k + 1 < tokens.count,
               case .number(let hi) = tokens[k + 1].kind, let lo = numbers.last {
                if hi > lo, hi - lo <= 50 {
                    numbers.append(contentsOf: (lo + 1)...hi)
                } else {
                    numbers.append(hi)
                }
                k += 2
                continue
            }
            var m = k
            if m < tokens.count, tokens[m].isPunct(",") { m += 1 }
            if m < tokens.count, tokens[m].isWord("and") { m += 1 }
            // ", and vol. …" ends the list; a number after "," / "and" continues it.
            if m > k, m < tokens.count, case .number(let v) = tokens[m].kind {
                // "No. 17512, p. 3": a page is not a number of the list; pages follow "p." only.
                numbers.append(v)
                k = m + 1
                continue
            }
            break
        }
        return (numbers, k)
    }

    /// Value of an upper-case Roman numeral ("XCIV" → 94), or nil.
    func romanValue(_ w: String) -> Int? {
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000]
        guard !w.isEmpty, w.count <= 12 else { return nil }
        var total = 0
        var prev = 0
        for c in w.reversed() {
            guard let v = values[c] else { return nil }
            if v < prev { total -= v } else { total += v; prev = v }
        }
        return total > 0 ? total : nil
    }
}
