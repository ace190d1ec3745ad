/// A word or punctuation mark of a paragraph, as the paragraph diff compares it.
///
/// `key` is what is compared: curly quotes and dashes are folded, and the letter of a list item
/// ("(a)", "(ii)") is folded to one key, so relettering alone is no change. Paragraph numbers
/// ("3.") and footnote markers glued to a word ("Change1", "Convention,2") are not tokens at all.
public struct DiffToken: Sendable, Hashable {
    /// The token as written.
    public var text: String
    /// What is compared.
    public var key: String
    /// The white space before it: "", " " or "\n" (a new piece of the paragraph: a list item).
    public var space: String
    /// A word (letters or digits), not punctuation.
    public var isWord: Bool
}

/// Splits paragraph text into diff tokens.
public enum DiffTokenizer {
    /// The tokens of one paragraph made of several pieces (the paragraph and its list items).
    ///
    /// ```swift
    /// DiffTokenizer.tokens(["1.\tDecides to extend the mandate until 31 October 2024;"]).map(\.text)
    /// // ["Decides", "to", "extend", "the", "mandate", "until", "31", "October", "2024", ";"]
    /// ```
    /// - Complexity: O(n) in the length of the text.
    public static func tokens(_ pieces: [String]) -> [DiffToken] {
        var out: [DiffToken] = []
        for (n, piece) in pieces.enumerated() {
            var tokens = raw(piece)
            dropNumbering(&tokens)
            foldListLetter(&tokens)
            dropFootnoteMarkers(&tokens)
            if let first = tokens.indices.first { tokens[first].space = n == 0 || out.isEmpty ? "" : "\n" }
            out += tokens
        }
        return out
    }

    /// The display text of tokens: their words with the white space between them.
    public static func text<S: Sequence>(_ tokens: S) -> String where S.Element == DiffToken {
        var s = ""
        for t in tokens { s += t.space + t.text }
        return s
    }

    // MARK: - Scanning

    static func isWordScalar(_ u: Unicode.Scalar) -> Bool {
        if u.value < 0x80 {  // ASCII without a property lookup
            return (0x30...0x39).contains(u.value) || (0x41...0x5A).contains(u.value) || (0x61...0x7A).contains(u.value)
        }
        return u.properties.isAlphabetic || u.properties.numericType != nil || u.properties.generalCategory == .nonspacingMark
    }

    static func isDigit(_ u: Unicode.Scalar) -> Bool { ("0"..."9").contains(u) }

    /// Characters that join two word characters into one token: "S/2023/729", "Mission’s",
    /// "COVID‑19", "long-standing".
    static let joiners: Set<Unicode.Scalar> = ["/", ".", "-", "\u{2011}", "\u{2010}", "’", "'", "_"]

    /// "1,325": a comma between a digit and exactly three digits; "2030,24" is a year and a
    /// footnote marker.
    static func isThousands(_ s: [Unicode.Scalar], comma j: Int) -> Bool {
        guard j > 0, isDigit(s[j - 1]), j + 3 < s.count,
              isDigit(s[j + 1]), isDigit(s[j + 2]), isDigit(s[j + 3]) else { return false }
        return j + 4 == s.count || !isDigit(s[j + 4])
    }

    static func raw(_ text: String) -> [DiffToken] {
        // Scalars for the rules, byte offsets to cut each token's text from the UTF-8 at once.
        let bytes = Array(text.utf8)
        var scalars: [Unicode.Scalar] = [], offsets: [Int] = []
        scalars.reserveCapacity(bytes.count); offsets.reserveCapacity(bytes.count + 1)
        var position = 0
        for u in text.unicodeScalars { scalars.append(u); offsets.append(position); position += UTF8.width(u) }
        offsets.append(position)
        var tokens: [DiffToken] = []
        tokens.reserveCapacity(bytes.count / 5)
        var i = 0
        var space = ""
        while i < scalars.count {
            let u = scalars[i]
            if u.value < 0x80 ? (u == " " || (0x09...0x0D).contains(u.value)) : u.properties.isWhitespace {
                space = (u == "\n" || u == "\u{2028}") ? "\n" : (space == "\n" ? "\n" : " ")
                i += 1; continue
            }
            var j = i + 1
            if isWordScalar(u) {
                while j < scalars.count {
                    if isWordScalar(scalars[j]) { j += 1; continue }
                    // A joiner between two word characters, or a comma inside a number (1,325).
                    if j + 1 < scalars.count, isWordScalar(scalars[j + 1]),
                       joiners.contains(scalars[j]) || (scalars[j] == "," && isThousands(scalars, comma: j)) {
                        j += 2; continue
                    }
                    break
                }
            }
            let t = String(decoding: bytes[offsets[i]..<offsets[j]], as: UTF8.self)
            tokens.append(DiffToken(text: t, key: fold(t), space: tokens.isEmpty ? "" : space, isWord: isWordScalar(u)))
            space = ""
            i = j
        }
        return tokens
    }

    /// Curly quotes, dashes and no-break hyphens compare as their plain forms.
    static func fold(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return s }
        var out = ""
        for u in s.unicodeScalars {
            switch u {
            case "’", "‘", "‛": out += "'"
            case "“", "”", "„": out += "\""
            case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}": out += "-"
            default: out.unicodeScalars.append(u)
            }
        }
        return out
    }

    // MARK: - Numbering and markers

    /// "3." (or "3 bis.") opening an operative paragraph: the label already says it.
    static func dropNumbering(_ tokens: inout [DiffToken]) {
        guard tokens.count >= 2, tokens[0].isWord, tokens[0].text.unicodeScalars.allSatisfy(isDigit),
              tokens[0].text.count <= 3, tokens[1].text == "." else { return }
        tokens.removeFirst(2)
    }

    /// "(a)", "(ii)", "a)" opening a list item: one key whatever the letter.
    static func foldListLetter(_ tokens: inout [DiffToken]) {
        func isItem(_ t: DiffToken) -> Bool { t.isWord && t.text.count <= 4 && t.text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || isDigit($0) } }
        if tokens.count >= 3, tokens[0].text == "(", isItem(tokens[1]), tokens[2].text == ")", tokens[1].space.isEmpty, tokens[2].space.isEmpty {
            let merged = DiffToken(text: "(" + tokens[1].text + ")", key: "(•)", space: tokens[0].space, isWord: false)
            tokens.replaceSubrange(0..<3, with: [merged])
        } else if tokens.count >= 2, isItem(tokens[0]), tokens[0].text.count <= 2, tokens[1].text == ")", tokens[1].space.isEmpty {
            let merged = DiffToken(text: tokens[0].text + ")", key: "(•)", space: tokens[0].space, isWord: false)
            tokens.replaceSubrange(0..<2, with: [merged])
        }
    }

    /// Footnote markers of rendered texts sit glued to the word or punctuation before them:
    /// "Change1", "Agenda,3", "(2000)12". A glued number after anything else is kept.
    static func dropFootnoteMarkers(_ tokens: inout [DiffToken]) {
        var out: [DiffToken] = []
        out.reserveCapacity(tokens.count)
        for t in tokens {
            // A marker ends in a digit: only those tokens are looked at more closely.
            guard t.isWord, let lastByte = t.text.utf8.last, (0x30...0x39).contains(lastByte) else { out.append(t); continue }
            let scalars = Array(t.text.unicodeScalars)
            if t.isWord, t.space.isEmpty, let prev = out.last, scalars.count <= 3, scalars.allSatisfy(isDigit),
               let last = prev.text.unicodeScalars.last, ",;:.)”’\"".unicodeScalars.contains(last) {
                continue
            }
            if t.isWord, let split = markerSuffix(scalars) ?? decisionMarkerSuffix(scalars) {
                var word = t
                word.text = String(String.UnicodeScalarView(scalars[..<split]))
                word.key = fold(word.text)
                out.append(word)
                continue
            }
            out.append(t)
        }
        tokens = out
    }

    /// Where a footnote marker starts in a decision of a treaty body's conference: "1/CP.2125" is
    /// decision 1/CP.21 and marker 25. Sessions of the Conference of the Parties (CP) and of the
    /// Kyoto meeting (CMP) have at most two digits, of the Paris meeting (CMA) one.
    static func decisionMarkerSuffix(_ s: [Unicode.Scalar]) -> Int? {
        var k = s.count
        while k > 0, isDigit(s[k - 1]) { k -= 1 }
        guard k >= 4, s[k - 1] == "." else { return nil }
        var l = k - 1
        while l > 0, ("A"..."Z").contains(s[l - 1]) { l -= 1 }
        let body = String(String.UnicodeScalarView(s[l..<(k - 1)]))
        guard l >= 2, s[l - 1] == "/", isDigit(s[l - 2]), let most = ["CP": 2, "CMP": 2, "CMA": 1][body] else { return nil }
        var d = l - 2
        while d > 0, isDigit(s[d - 1]) { d -= 1 }
        guard d == 0 else { return nil }
        let digits = s.count - k, marker = digits - most
        guard marker >= 1, marker <= 3 else { return nil }
        return k + most
    }

    /// Where a footnote marker starts in a word like "Change1": 1–3 digits after at least two
    /// letters that end in a lower-case one, and nothing but letters and hyphens before them.
    static func markerSuffix(_ s: [Unicode.Scalar]) -> Int? {
        var k = s.count
        while k > 0, isDigit(s[k - 1]) { k -= 1 }
        let digits = s.count - k
        guard digits >= 1, digits <= 3, k >= 2, s[k - 1].properties.isLowercase, s[k - 2].properties.isAlphabetic else { return nil }
        // "REDD-plus25" is a marker; "A/RES/54/7" and "L.53" are not.
        guard s[..<k].allSatisfy({ $0.properties.isAlphabetic || $0 == "-" || $0 == "\u{2011}" }) else { return nil }
        return k
    }
}
