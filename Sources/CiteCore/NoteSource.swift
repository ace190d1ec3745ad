import Foundation

/// Where a footnote says the text it names is found, in what no translation changes: the first
/// resolution, decision or document the note cites (or the sales number of the report it names),
/// then the conference resolution and the annexes it points to. "Resolution 69/283, annex II.",
/// "Résolution 69/283, annexe II.", "القرار 69/283، المرفق الثاني." and "第69/283号决议，附件二。"
/// are all `A/RES/69/283 annex 2`.
///
/// An instrument's note reads the same in the six languages, so a note names the instrument even
/// where its name in the language was never seen (`InstrumentNotes`, learned from English texts).
public struct NoteSource: Hashable, Sendable, CustomStringConvertible {
    /// `A/RES/69/283`, `A/CONF.157/24`, or `sales 96.IV.13` (the sales number without its language letter).
    public var anchor: String
    /// The resolution of a conference report ("chap. I, resolution 2": 2).
    public var resolution: Int?
    /// The annexes pointed to ("annexes I and II": [1, 2]; "annex" alone: []); nil when none is.
    public var annexes: [Int]?

    public init(anchor: String, resolution: Int? = nil, annexes: [Int]? = nil) {
        self.anchor = anchor; self.resolution = resolution; self.annexes = annexes
    }

    public var description: String { keys[0] }

    /// The keys of the learned table, the finest first: with the annexes' numbers, with "annex"
    /// alone, without annex, and the anchor alone (when the note also names a resolution).
    public var keys: [String] {
        let base = anchor + (resolution.map { " resolution \($0)" } ?? "")
        var out: [String] = []
        if let a = annexes {
            if !a.isEmpty { out.append(base + " annex " + a.map(String.init).joined(separator: " ")) }
            out.append(base + " annex")
        }
        out.append(base)
        if resolution != nil { out.append(anchor) }
        return out
    }
}

extension NoteSource {
    /// The words a note's source is read with (`Resources/note-forms.tsv`), from every language at
    /// once: "Ibid.", the words for annex and resolution, the words that join numbers ("I et II"),
    /// and the numbers written as words (Arabic ordinals, Chinese numerals).
    struct Forms: Sendable {
        var ibid: [[Unicode.Scalar]] = []
        var annex: [[Unicode.Scalar]] = []
        var resolution: [[Unicode.Scalar]] = []
        var joiners: [[Unicode.Scalar]] = []
        var numerals: [(words: [Unicode.Scalar], value: Int)] = []

        static let bundled: Forms = {
            guard let url = Bundle.module.url(forResource: "note-forms", withExtension: "tsv"),
                  let text = try? String(contentsOf: url, encoding: .utf8) else { return Forms() }
            return parse(text)
        }()

        /// `language<TAB>kind<TAB>words[<TAB>value]` rows; `#` lines are comments.
        static func parse(_ text: String) -> Forms {
            var f = Forms()
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                let c = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                guard c.count >= 3 else { continue }
                let words = CitationForms.fold(c[2])
                guard !words.isEmpty else { continue }
                switch c[1] {
                case "ibid": f.ibid.append(words)
                case "annex": f.annex.append(words)
                case "resolution": f.resolution.append(words)
                case "and": f.joiners.append(words)
                case "numeral": if c.count > 3, let v = Int(c[3]) { f.numerals.append((words, v)) }
                default: continue
                }
            }
            // Longest first ("والثاني" before "و").
            f.numerals.sort { $0.words.count > $1.words.count }
            f.joiners.sort { $0.count > $1.count }
            return f
        }
    }

    /// The source of a note of `text` (UTF-8 bytes `range`), given the UTF-8 ranges of the
    /// resolutions, decisions and documents found in it, in order; `previous` is the source of the
    /// note just before, which "Ibid." continues. Nil when the note names no source.
    /// - Complexity: O(n) in the length of the note.
    static func read(_ bytes: [UInt8], range: Range<Int>, anchors: [(target: String, span: Range<Int>)],
                     previous: NoteSource?) -> NoteSource? {
        let forms = Forms.bundled
        let text = ScalarText(bytes: Array(bytes[range]))
        let n = text.scalars.count
        func index(_ offset: Int) -> Int { text.indexOfOffset[offset - range.lowerBound] ?? n }
        // The anchor: the first symbol cited, or a sales number written before it.
        var anchor: String?
        var from = 0, until = n
        if let first = anchors.first {
            anchor = Symbols.withoutPart(first.target)
            from = index(first.span.upperBound)
            if anchors.count > 1 { until = index(anchors[1].span.lowerBound) }
        }
        if let sales = salesNumber(text, before: anchor == nil ? n : index(anchors[0].span.lowerBound)) {
            anchor = sales.number
            from = sales.end
        }
        var source: NoteSource
        if let anchor {
            source = NoteSource(anchor: anchor)
        } else {
            // "Ibid., annex II." continues the note before; a bare "Ibid." is the same source.
            var i = 0
            while i < n, !text.scalars[i].properties.isAlphabetic { i += 1 }
            guard let previous, let end = forms.ibid.lazy.compactMap({ text.match($0, at: i) }).first, text.endsWord(end) else { return nil }
            source = NoteSource(anchor: previous.anchor)
            from = end
            if !hasPointer(text, from: from, until: until, forms: forms) { return previous }
            if previous.resolution != nil, !hasResolution(text, from: from, until: until, forms: forms) {
                source.resolution = previous.resolution
            }
        }
        readPointers(text, from: from, until: until, forms: forms, into: &source)
        return source
    }

    /// "E.96.IV.13", "F.03.II.A.1", "R.96.IV.13": the number without its language letter, and the
    /// scalar index after it; only one that starts before `limit`.
    static func salesNumber(_ text: ScalarText, before limit: Int) -> (number: String, end: Int)? {
        let s = text.scalars
        var i = 0
        while i + 4 < min(limit, s.count) {
            defer { i += 1 }
            guard s[i + 1] == ".", s[i].properties.isUppercase, i == 0 || !ScalarText.isWordScalar(s[i - 1]) else { continue }
            var j = i + 2
            var parts: [String] = []
            var part = ""
            while j < s.count {
                let c = s[j]
                if c.isASCII, c.properties.isAlphabetic || ("0"..."9").contains(c) {
                    part.unicodeScalars.append(c)
                } else if c == ".", !part.isEmpty, j + 1 < s.count, s[j + 1].isASCII, ScalarText.isWordScalar(s[j + 1]) || ("0"..."9").contains(s[j + 1]) {
                    parts.append(part); part = ""
                } else {
                    break
                }
                j += 1
            }
            if !part.isEmpty { parts.append(part) }
            // Year, Roman category, optional letter, number: "96.IV.13", "03.II.A.1".
            guard parts.count >= 3, parts.count <= 4, parts[0].count == 2, parts[0].allSatisfy(\.isNumber),
                  parts[1].allSatisfy({ "IVXL".contains($0) }), let last = parts.last, last.allSatisfy(\.isNumber) else { continue }
            return ("sales " + parts.joined(separator: "."), j)
        }
        return nil
    }

    /// Whether an annex or a conference resolution is pointed to in `from..<until`.
    static func hasPointer(_ text: ScalarText, from: Int, until: Int, forms: Forms) -> Bool {
        var probe = NoteSource(anchor: "")
        readPointers(text, from: from, until: until, forms: forms, into: &probe)
        return probe.annexes != nil || probe.resolution != nil
    }

    static func hasResolution(_ text: ScalarText, from: Int, until: Int, forms: Forms) -> Bool {
        var probe = NoteSource(anchor: "")
        readPointers(text, from: from, until: until, forms: forms, into: &probe)
        return probe.resolution != nil
    }

    /// "chap. I, resolution 2, annexes I and II": the resolution (before any annex) and the annexes.
    static func readPointers(_ text: ScalarText, from: Int, until: Int, forms: Forms, into source: inout NoteSource) {
        let s = text.scalars
        var i = from
        while i < until {
            guard text.startsWord(i) || !s[i].isASCII && !isCyrillicOrLatin(s[i]) else { i += 1; continue }
            if let end = forms.annex.lazy.compactMap({ text.match($0, at: i, limit: until) }).first {
                var j = end
                while j < until, ScalarText.isWordScalar(s[j]), !isCJK(s[j]) { j += 1 }   // "annexes", "приложения"
                var numbers: [Int] = []
                while true {
                    while j < until, s[j] == " " || s[j] == "\u{A0}" { j += 1 }
                    guard let (value, e) = numeral(text, at: j, until: until, forms: forms) else { break }
                    numbers.append(value)
                    j = e
                    var k = j
                    while k < until, s[k] == " " || s[k] == "," || s[k] == "\u{A0}" { k += 1 }
                    if let e = forms.joiners.lazy.compactMap({ text.match($0, at: k, limit: until) }).first,
                       numeral(text, at: skipSpaces(text, e, until), until: until, forms: forms) != nil {
                        j = e
                    } else {
                        break
                    }
                }
                source.annexes = (source.annexes ?? []) + numbers
                i = j
                continue
            }
            if source.annexes == nil, let end = forms.resolution.lazy.compactMap({ text.match($0, at: i, limit: until) }).first {
                var j = end
                while j < until, ScalarText.isWordScalar(s[j]), !isCJK(s[j]) { j += 1 }   // "резолюция"
                j = skipSpaces(text, j, until)
                var value = 0, digits = 0
                while j < until, s[j].isASCII, let d = Int(String(s[j])) { value = value * 10 + d; digits += 1; j += 1 }
                // "resolution 1," is a conference's; "resolution 62/126" is a symbol (an anchor of its own).
                if digits > 0, digits <= 2, !(j < until && (s[j] == "/" || s[j] == ".")) || (j + 1 >= until) {
                    source.resolution = value
                }
                i = max(j, i + 1)
                continue
            }
            i += 1
        }
    }

    static func skipSpaces(_ text: ScalarText, _ i: Int, _ until: Int) -> Int {
        var j = i
        while j < until, text.scalars[j] == " " || text.scalars[j] == "\u{A0}" { j += 1 }
        return j
    }

    /// A Roman numeral ("II"), a number written as a word (Arabic "الثاني", Chinese "二") at `i`.
    static func numeral(_ text: ScalarText, at i: Int, until: Int, forms: Forms) -> (Int, Int)? {
        let s = text.scalars
        guard i < until else { return nil }
        for row in forms.numerals {
            if let e = text.match(row.words, at: i, limit: until), isCJK(row.words[0]) || text.endsWord(e) { return (row.value, e) }
        }
        var j = i, roman = ""
        while j < until, "IVXL".unicodeScalars.contains(s[j]) { roman.unicodeScalars.append(s[j]); j += 1 }
        guard !roman.isEmpty, text.endsWord(j), let v = romanValue(roman) else { return nil }
        return (v, j)
    }

    static func romanValue(_ w: String) -> Int? {
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50]
        var total = 0, prev = 0
        for c in w.reversed() {
            guard let v = values[c] else { return nil }
            if v < prev { total -= v } else { total += v; prev = v }
        }
        return total > 0 && total < 40 ? total : nil
    }

    static func isCJK(_ s: Unicode.Scalar) -> Bool { (0x3000...0x9FFF).contains(s.value) || (0xFF00...0xFFEF).contains(s.value) }
    static func isCyrillicOrLatin(_ s: Unicode.Scalar) -> Bool { s.isASCII || (0x0400...0x04FF).contains(s.value) || (0xC0...0x24F).contains(s.value) }
}
