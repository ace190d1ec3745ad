import Foundation

/// The tokenizer: numbers as cited ("73/154", "1325 (2000)", "2200 A (XXI)", "ES-11/1", explicit
/// symbols), each with its part letter, its "of <date>" and its "entitled “…”" title, before anyone
/// knows which body they belong to.
extension ReferenceScanner {
    // MARK: - Raw tokens

    /// The length of a hyphen at `i`: "-" (1), or U+2010 / U+2011 (non-breaking hyphen, 3 bytes); else 0.
    func hyphenLength(at i: Int, end: Int) -> Int {
        guard i < end else { return 0 }
        if bytes[i] == 0x2D { return 1 }
        if i + 2 < end, bytes[i] == 0xE2, bytes[i + 1] == 0x80, bytes[i + 2] == 0x90 || bytes[i + 2] == 0x91 { return 3 }
        return 0
    }

    /// The length of a space at `i`: " " (1), a no-break space (2), a figure, thin or narrow
    /// no-break space (3); else 0.
    func spaceLength(at i: Int, end: Int) -> Int {
        guard i < end else { return 0 }
        if bytes[i] == 0x20 { return 1 }
        if i + 1 < end, bytes[i] == 0xC2, bytes[i + 1] == 0xA0 { return 2 }
        if i + 2 < end, bytes[i] == 0xE2, bytes[i + 1] == 0x80, bytes[i + 2] == 0x87 || bytes[i + 2] == 0x89 || bytes[i + 2] == 0xAF { return 3 }
        return 0
    }

    /// Whether the byte before `i` ends a non-ASCII hyphen ("S‑31/5": the number is not a word start).
    func followsWideHyphen(_ i: Int) -> Bool {
        i >= 3 && bytes[i - 3] == 0xE2 && bytes[i - 2] == 0x80 && (bytes[i - 1] == 0x90 || bytes[i - 1] == 0x91)
    }

    func readInt(_ i: inout Int, end: Int, maxDigits: Int) -> Int? {
        let s = i
        var v = 0
        while i < end, Self.isDigit(bytes[i]), i - s < maxDigits, i == s || !markerStarts.contains(i) { v = v * 10 + Int(bytes[i] - 0x30); i += 1 }
        if i < end, Self.isDigit(bytes[i]), !markerStarts.contains(i) { return nil }
        return i > s ? v : nil
    }

    func rawTokens(in range: Range<Int>) -> [Raw] {
        var out: [Raw] = []
        var i = range.lowerBound
        let end = range.upperBound
        // Asked once, not at every byte: reading `forms` copies its tables.
        let arabic = forms?.language == .arabic
        while i < end {
            let b = bytes[i]
            // Only a capital, a digit or an Arabic letter can begin a token: other bytes are passed
            // before the word boundary is asked, in one run through the buffer.
            guard Self.mayBeginToken(b, arabic: arabic) else {
                i = bytes.withUnsafeBufferPointer { Self.nextTokenStart($0, from: i + 1, to: end, arabic: arabic) }
                continue
            }
            let boundary = i == range.lowerBound || !(Self.isLetter(bytes[i - 1]) || Self.isDigit(bytes[i - 1]) || bytes[i - 1] == 0x2F || bytes[i - 1] == 0x2E || bytes[i - 1] == 0x2D)
            if boundary, b >= 0x41, b <= 0x5A {
                // A session number or a symbol has a "/", "$/" or hyphen right after its capitals: a
                // word without one is passed at once.
                var capitalsEnd = i + 1
                while capitalsEnd < end, bytes[capitalsEnd] >= 0x41, bytes[capitalsEnd] <= 0x5A { capitalsEnd += 1 }
                guard capitalsEnd < end, case let after = bytes[capitalsEnd],
                      after == 0x2F || after == 0x24 || after == 0x2D || after == 0xE2 else {
                    while i < end, Self.isLetter(bytes[i]) { i += 1 }
                    continue
                }
                // "ES-11/1", "S-27/2"
                if let t = sessionToken(at: i, end: end) { out.append(withDate(t, end: end)); i = t.numberRange.upperBound; continue }
                if var p = SymbolParser.parse(bytes, at: i, end: end) {
                    // A footnote marker glued to the words is no part of a symbol: "HIV/AIDS7" is
                    // "HIV/AIDS" and note 7, no document; "CBD/CP/MOP/VIII/1913" is decision VIII/19
                    // and note 13. (Not after a full stop: "Add.1", "Corr.1" are the symbol's.)
                    if !markerStarts.isEmpty, let marker = ((i + 1)..<(i + p.length)).first(where: { markerStarts.contains($0) }),
                       bytes[marker - 1] != UInt8(ascii: ".") {
                        guard let cut = SymbolParser.parse(bytes, at: i, end: marker) else {
                            i = marker
                            continue
                        }
                        p = cut
                    }
                    let r = i..<(i + p.length)
                    out.append(withDate(Raw(form: .explicit(p), part: p.part, numberRange: r, span: r), end: end))
                    i += p.length
                    continue
                }
                while i < end, Self.isLetter(bytes[i]) { i += 1 }
                continue
            }
            if arabic, b == 0xD8, let t = arabicSessionToken(at: i, end: end) {
                out.append(withDate(t, end: end)); i = t.numberRange.upperBound; continue
            }
            if boundary, Self.isDigit(b), !followsWideHyphen(i) {
                if let t = numericToken(at: i, end: end) { out.append(withDate(t, end: end)); i = t.numberRange.upperBound; continue }
                while i < end, Self.isDigit(bytes[i]) || bytes[i] == 0x2F || bytes[i] == 0x2E { i += 1 }
                continue
            }
            i += 1
        }
        return out
    }

    /// The first byte at `from..<to` that `mayBeginToken`, or `to`: sixteen bytes at a time while
    /// none of them does (most text is lower-case letters, spaces and punctuation).
    /// - Complexity: O(to - from).
    static func nextTokenStart(_ p: UnsafeBufferPointer<UInt8>, from: Int, to end: Int, arabic: Bool) -> Int {
        var k = from
        if let base = p.baseAddress {
            typealias Block = SIMD16<UInt8>
            // Compared with vectors, not scalars (a compare with a scalar is not vectorised).
            let capitalA = Block(repeating: 0x41), letters = Block(repeating: 26), zero = Block(repeating: 0x30), digits = Block(repeating: 10)
            let arabicLead = Block(repeating: arabic ? 0xD8 : 0x41)
            while k + 16 <= end {
                let x = UnsafeRawPointer(base + k).loadUnaligned(as: Block.self)
                // A capital, a digit, or the Arabic lead byte (in other text a capital again).
                let starts = (x &- capitalA) .< letters .| (x &- zero) .< digits .| x .== arabicLead
                let mask = unsafeBitCast(starts, to: SIMD2<UInt64>.self)
                if mask[0] | mask[1] != 0 { break }
                k += 16
            }
        }
        while k < end, !mayBeginToken(p[k], arabic: arabic) { k += 1 }
        return k
    }

    /// A capital, a digit, or (in Arabic text) the lead byte of an Arabic letter.
    @inline(__always) static func mayBeginToken(_ b: UInt8, arabic: Bool) -> Bool {
        b &- 0x41 < 26 || b &- 0x30 < 10 || (arabic && b == 0xD8)
    }

    func sessionToken(at start: Int, end: Int) -> Raw? {
        var i = start
        var prefix = ""
        // The hyphen may be U+2011 ("S‑31/5"); the symbol keeps "-".
        if i + 1 < end, bytes[i] == 0x45, bytes[i + 1] == 0x53, case let h = hyphenLength(at: i + 2, end: end), h > 0, i + 2 + h < end { prefix = "ES-"; i += 2 + h }
        else if bytes[i] == 0x53, case let h = hyphenLength(at: i + 1, end: end), h > 0, i + 1 + h < end { prefix = "S-"; i += 1 + h }
        else { return nil }
        guard let session = readInt(&i, end: end, maxDigits: 2), i < end, bytes[i] == 0x2F else { return nil }
        i += 1
        guard let number = readInt(&i, end: end, maxDigits: 3) else { return nil }
        if i < end, bytes[i] == 0x2F { return nil }
        var raw = Raw(form: .sessionNumber(session: "\(prefix)\(session)", sessionValue: session, number: number), part: nil, numberRange: start..<i, span: start..<i)
        readPart(&raw, end: end)
        return raw
    }

    func numericToken(at start: Int, end: Int) -> Raw? {
        var i = start
        guard let first = readInt(&i, end: end, maxDigits: 4) else { return nil }
        let digits = i - start
        if i < end, bytes[i] == 0x2F {
            // 73/154 or 2019/20
            var j = i + 1
            guard let second = readInt(&j, end: end, maxDigits: 4) else { return nil }
            if j < end, bytes[j] == 0x2F || (bytes[j] == 0x2E && j + 1 < end && Self.isDigit(bytes[j + 1])) { return nil }
            if j < end, Self.isLetter(bytes[j]) { return nil }
            var raw: Raw
            if digits == 4, first >= 1946, first < 2100 {
                raw = Raw(form: .yearNumber(year: first, number: second), part: nil, numberRange: start..<j, span: start..<j)
            } else if digits <= 2, first >= 1 {
                // No session numbers a thousand resolutions: "59/3008" is 59/300 and a footnote marker the
                // reader could not place (a single digit glued to a number is left to the text); "6/2019"
                // (a year) is another body's numbering, left for the resolver to refuse.
                var number = second
                if number >= 1000, !(1946...2030).contains(number) { number /= 10; j -= 1 }
                raw = Raw(form: .sessionNumber(session: "\(first)", sessionValue: first, number: number), part: nil, numberRange: start..<j, span: start..<j)
            } else { return nil }
            readPart(&raw, end: end)
            return raw
        }
        // 1325 (2000), 1325(2000), 2200 A (XXI), 2253 (ES-V)
        var k = i
        var part: String?
        // The spaces may be no-break or thin ones ("1325\u{A0}(2000)").
        let space = spaceLength(at: k, end: end)
        if space > 0, k + space + 1 < end, bytes[k + space] >= 0x41, bytes[k + space] <= 0x48,
           bytes[k + space + 1] == 0x28 || spaceLength(at: k + space + 1, end: end) > 0 {
            part = String(UnicodeScalar(bytes[k + space])); k += space + 1
        } else if space > 0, let forms, let scalarText, let (p, partEnd) = foreignPart(after: k, end: end, forms: forms, text: scalarText),
                  case let after = partEnd + spaceLength(at: partEnd, end: end), after < end, bytes[after] == 0x28 {
            // "217 ألف (د-3)": the Arabic name of the part letter before the session.
            part = p; k = partEnd
        }
        k += spaceLength(at: k, end: end)
        guard k < end, bytes[k] == 0x28 else { return nil }
        guard let close = (k + 1..<min(end, k + 14)).first(where: { bytes[$0] == 0x29 }) else { return nil }
        var inner = String(decoding: bytes[(k + 1)..<close], as: UTF8.self)
        // A non-breaking hyphen ("S‑23") is read as "-" (U+2011 begins with 0xE2).
        if bytes[(k + 1)..<close].contains(0xE2) { inner = inner.replacingOccurrences(of: "\u{2011}", with: "-") }
        if let forms { inner = forms.romanSession(inner) }
        if part == nil, inner.count == 4, let year = Int(inner), year >= 1946, year < 2200 {  // 2106: a typo the resolver reads
            return Raw(form: .scYear(number: first, year: year), part: nil, numberRange: start..<(close + 1), span: start..<(close + 1))
        }
        let roman = inner.hasPrefix("ES-") ? String(inner.dropFirst(3)) : inner.hasPrefix("S-") ? String(inner.dropFirst(2)) : inner
        if let v = Symbols.romanValue(roman), v <= 80 {
            return Raw(form: .roman(number: first, session: inner), part: part, numberRange: start..<(close + 1), span: start..<(close + 1))
        }
        return nil
    }

    /// A part letter after the number: "75/290 A", "74/92 A and B", "75/101 A-B".
    func readPart(_ raw: inout Raw, end: Int) {
        if let forms, let scalarText {
            if let (part, partEnd) = foreignPart(after: raw.numberRange.upperBound, end: end, forms: forms, text: scalarText) {
                raw.part = part
                raw.numberRange = raw.numberRange.lowerBound..<partEnd
                raw.span = raw.numberRange
            }
            return
        }
        let i = raw.numberRange.upperBound
        guard i + 1 < end, bytes[i] == 0x20, bytes[i + 1] >= 0x41, bytes[i + 1] <= 0x48 else { return }
        let after = i + 2
        if after < end, Self.isLetter(bytes[after]) || Self.isDigit(bytes[after]) || bytes[after] == 0x2F || bytes[after] == 0x2E && after + 1 < end && bytes[after + 1] != 0x20 && bytes[after + 1] != 0x0A {
            // "A-B" is a part range; anything else is a word.
            if !(bytes[after] == 0x2D && after + 1 < end && bytes[after + 1] >= 0x41 && bytes[after + 1] <= 0x48) { return }
        }
        var partEnd = after
        var part = String(UnicodeScalar(bytes[i + 1]))
        if partEnd + 1 < end, bytes[partEnd] == 0x2D, bytes[partEnd + 1] >= 0x41, bytes[partEnd + 1] <= 0x48 {
            part += "-" + String(UnicodeScalar(bytes[partEnd + 1])); partEnd += 2
        } else if partEnd + 6 < end, String(decoding: bytes[partEnd..<(partEnd + 5)], as: UTF8.self) == " and ",
                  bytes[partEnd + 5] >= 0x41, bytes[partEnd + 5] <= 0x48,
                  partEnd + 6 >= end || !(Self.isLetter(bytes[partEnd + 6]) || Self.isDigit(bytes[partEnd + 6])) {
            part += "-" + String(UnicodeScalar(bytes[partEnd + 5])); partEnd += 6
        }
        raw.part = part
        raw.numberRange = raw.numberRange.lowerBound..<partEnd
        raw.span = raw.numberRange
    }

    /// Extends the cited words over "of 17 December 2018" and reads an "entitled “…”" title.
    func withDate(_ raw: Raw, end: Int) -> Raw {
        if let forms, let scalarText { return foreignWithDate(raw, end: end, forms: forms, text: scalarText) }
        var r = raw
        var i = raw.numberRange.upperBound
        if i + 4 < end, bytes[i] == 0x20, bytes[i + 1] == 0x6F, bytes[i + 2] == 0x66, bytes[i + 3] == 0x20 {
            let from = i + 4
            var stop = min(end, from + 40)
            if let m = (from..<stop).first(where: { markerStarts.contains($0) }) { stop = m }
            let s = String(decoding: bytes[from..<stop], as: UTF8.self)
            if let d = Dates.parseDayMonthYear(Substring(s)) {
                r.date = d.iso
                i = from + d.length
                r.span = raw.numberRange.lowerBound..<i
            }
        }
        // ", entitled “Title”" or " entitled “Title”"
        var k = i
        if k < end, bytes[k] == 0x2C { k += 1 }
        if k < end, bytes[k] == 0x20 { k += 1 }
        let entitled = "entitled ".utf8
        if k + entitled.count + 3 < end, bytes[k..<(k + entitled.count)].elementsEqual(entitled) {
            var q = k + entitled.count
            let open: [[UInt8]] = [[0xE2, 0x80, 0x9C], [0x22]]
            if let o = open.first(where: { q + $0.count <= end && Array(bytes[q..<(q + $0.count)]) == $0 }) {
                q += o.count
                let closeSeq: [UInt8] = o.count == 3 ? [0xE2, 0x80, 0x9D] : [0x22]
                var c = q
                while c + closeSeq.count <= end, Array(bytes[c..<(c + closeSeq.count)]) != closeSeq, c - q < 600 { c += 1 }
                if c + closeSeq.count <= end, c > q {
                    var t = String(decoding: bytes[q..<c], as: UTF8.self)
                    while let last = t.last, last == "," || last == "." { t.removeLast() }
                    r.title = t
                }
            }
        }
        return r
    }
}
