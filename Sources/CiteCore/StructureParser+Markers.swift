import Foundation

/// The footnotes' markers of a text: each note's marker found in the body, in order, by its
/// context (glued to a word or to closing punctuation, or alone between spaces in PDF text; not
/// the digits of a symbol or a year). Akoma Ntoso notes keep the markers their reader recorded
/// (`AKNLayout.footnotes`).
extension StructureParser {
    // MARK: - Footnote markers

    /// Finds each footnote's marker in the body, in order, and gives the note its paragraph.
    mutating func locateMarkers() {
        guard !footnotes.isEmpty else { return }
        let bodyParagraphs = paragraphs.filter { $0.section != .cover }
        guard let firstBody = bodyParagraphs.first else { return }
        var searchFrom = firstBody.range.lowerBound
        let order = footnotes.indices.sorted { footnotes[$0].marker < footnotes[$1].marker }
        var lastParagraph: String?
        if let recorded = recordedMarkers { takeRecorded(recorded, order: order) }
        // First pass: markers glued to words or punctuation only.
        for idx in order {
            if let r = footnotes[idx].markerRange { searchFrom = r.upperBound; continue }
            let marker = footnotes[idx].marker
            let limit = footnotes[idx].range.lowerBound
            if let r = findMarker(marker, from: searchFrom, before: limit, in: bodyParagraphs) {
                footnotes[idx].markerRange = r
                searchFrom = r.upperBound
            }
        }
        // Second pass: a marker glued to a number ("54/2639" is 54/26 and note 39), looked for only
        // between the markers found around it.
        // Single digits are left alone: "61/29" must not become 61/2 and note 9.
        for (n, idx) in order.enumerated() where footnotes[idx].markerRange == nil && footnotes[idx].marker >= 10 {
            let before = order[..<n].reversed().first { footnotes[$0].markerRange != nil }.flatMap { footnotes[$0].markerRange?.upperBound } ?? firstBody.range.lowerBound
            let after = order[(n + 1)...].first { footnotes[$0].markerRange != nil }.flatMap { footnotes[$0].markerRange?.lowerBound } ?? footnotes[idx].range.lowerBound
            if let r = findMarker(footnotes[idx].marker, from: before, before: after, in: bodyParagraphs, afterDigits: true) {
                footnotes[idx].markerRange = r
            }
        }
        // Third pass: a marker typed inside a word of the source ("t6he Addis Ababa Action Agenda"),
        // between lower-case letters, looked for only between the markers found around it.
        for (n, idx) in order.enumerated() where footnotes[idx].markerRange == nil {
            let before = order[..<n].reversed().first { footnotes[$0].markerRange != nil }.flatMap { footnotes[$0].markerRange?.upperBound } ?? firstBody.range.lowerBound
            let after = order[(n + 1)...].first { footnotes[$0].markerRange != nil }.flatMap { footnotes[$0].markerRange?.lowerBound } ?? footnotes[idx].range.lowerBound
            if let r = findMarker(footnotes[idx].marker, from: before, before: after, in: bodyParagraphs, insideWord: true) {
                footnotes[idx].markerRange = r
            }
        }
        for idx in order {
            let marker = footnotes[idx].marker
            if let r = footnotes[idx].markerRange {
                footnotes[idx].markerRange = r
                let p = bodyParagraphs.first { $0.range.contains(r.lowerBound) || $0.range.upperBound == r.lowerBound }
                footnotes[idx].paragraph = p?.label
                lastParagraph = p?.label ?? lastParagraph
            } else {
                footnotes[idx].paragraph = lastParagraph
                warnings.append("footnote \(marker): marker not found in the text")
            }
        }
    }

    /// Gives each note, in marker order, the first marker the reader recorded with its number
    /// after the one before it and before the notes (a superscript the reader saw: PDF input).
    mutating func takeRecorded(_ recorded: [Range<Int>], order: [Int]) {
        let bodyEnd = footnotes.map(\.range.lowerBound).min() ?? bytes.count
        var k = 0
        for idx in order {
            let digits = Array(String(footnotes[idx].marker).utf8)
            var j = k
            while j < recorded.count, recorded[j].upperBound <= bodyEnd {
                if Array(bytes[recorded[j]]) == digits { break }
                j += 1
            }
            guard j < recorded.count, recorded[j].upperBound <= bodyEnd else { continue }
            footnotes[idx].markerRange = recorded[j]
            k = j + 1
        }
    }

    func findMarker(_ marker: Int, from start: Int, before limit: Int, in body: [Paragraph], afterDigits: Bool = false, insideWord: Bool = false) -> Range<Int>? {
        let digits = Array(String(marker).utf8)
        for p in body where p.range.upperBound > start && p.range.lowerBound < limit {
            var i = max(start, p.range.lowerBound)
            let end = min(p.range.upperBound, limit)
            while i + digits.count <= end {
                // The next byte of the marker's first digit, found by memchr (many bytes at a time).
                guard let next = firstByte(digits[0], from: i, to: end - digits.count + 1) else { break }
                i = next
                if digits.indices.allSatisfy({ bytes[i + $0] == digits[$0] }) {
                    let after = i + digits.count
                    let nextIsDigit = after < bytes.count && bytes[after] >= 0x30 && bytes[after] <= 0x39
                    if insideWord {
                        if i > 0, after < bytes.count, bytes[i - 1] >= 0x61, bytes[i - 1] <= 0x7A, bytes[after] >= 0x61, bytes[after] <= 0x7A { return i..<after }
                    } else if !nextIsDigit, isMarkerContext(at: i, after: after) || afterDigits && isGluedToNumber(at: i, after: after) { return i..<after }
                }
                i += 1
            }
        }
        return nil
    }

    /// The offset of the first `byte` in `bytes[from..<to]`, or nil.
    /// - Complexity: O(to − from), many bytes at a time.
    func firstByte(_ byte: UInt8, from: Int, to: Int) -> Int? {
        guard from < to else { return nil }
        return bytes.withUnsafeBufferPointer { b in
            guard let base = b.baseAddress, let hit = memchr(base + from, Int32(byte), to - from) else { return nil }
            return UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
        }
    }

    /// A marker is glued to a word or to closing punctuation ("Change1", "Agreement,2", "2030”3");
    /// in PDF text it may stand alone between spaces ("Organized Crime 3 is").
    func isMarkerContext(at i: Int, after: Int) -> Bool {
        guard i > 0 else { return false }
        let prev = previousScalar(before: i)
        guard let (scalar, scalarStart) = prev else { return false }
        let nextByte: UInt8 = after < bytes.count ? bytes[after] : 0x20
        // Arabic text puts the marker in parentheses after the word: "مالي(1)".
        if language == .arabic, scalar == "(", nextByte == 0x29, let (before, _) = previousScalar(before: scalarStart) {
            if before.properties.isAlphabetic || before == "\u{201D}" || before == "\u{201C}" || before == ")" { return true }
            // After a year or a resolution's number: "لعام 2030(4)", "77/98(14)" (not "A.1078(28)",
            // "MSC.489(103)", "WHA75(9)": the resolutions of other organizations).
            return isYearOrSlashNumber(endingAt: scalarStart)
        }
        // Numbers glued to their unit are no markers: "2022年10月7日", "第1577卷", "第3段" (citation-forms.tsv `unit`).
        if after < bytes.count, let units = CitationForms.of(language)?.numberUnits, !units.isEmpty,
           let unit = nextScalar(at: after), units.contains(unit) { return false }
        let nextOK = nextByte == 0x20 || nextByte == 0x0A || nextByte == 0x2C || nextByte == 0x2E || nextByte == 0x3B
            || nextByte == 0x3A || nextByte == 0x29 || nextByte == 0x09 || nextByte >= 0x80
        guard nextOK else { return false }
        if scalar.properties.numericType != nil, scalar.isASCII {
            // A marker glued to a year: "12 August 19493;" is 1949 and note 3.
            var s = i
            while s > 0, bytes[s - 1] >= 0x30, bytes[s - 1] <= 0x39 { s -= 1 }
            // The year stands alone ("1949", "2017–2030"): not inside a longer word or number.
            guard i - s == 4, s > 0, !(bytes[s - 1] >= 0x41 && bytes[s - 1] <= 0x5A || bytes[s - 1] >= 0x61 && bytes[s - 1] <= 0x7A || bytes[s - 1] == 0x2F || bytes[s - 1] == 0x2E) else { return false }
            let year = Int(String(decoding: bytes[s..<i], as: UTF8.self)) ?? 0
            return year >= 1900 && year < 2100
        }
        if scalar.properties.isAlphabetic {
            // Not a code such as "COP28" or "G77": a short all-capital word.
            var letters = 0, upper = 0
            var j = i
            while let (s, st) = previousScalar(before: j), s.properties.isAlphabetic, letters <= 6 {
                letters += 1
                if s.properties.isUppercase { upper += 1 }
                j = st
            }
            return !(letters <= 5 && upper == letters)
        }
        let closing: Set<Unicode.Scalar> = [",", ".", ";", ":", ")", "]", "\u{201D}", "\u{2019}", "\"",
                                            // Chinese, Arabic and French punctuation: "文件，5", "》4", "،3", "»2".
                                            "，", "、", "。", "；", "：", "》", "）", "」", "،", "؛", "»"]
        if closing.contains(scalar) {
            // "1,000" is a number, "2016,9" a marker after a date: accept the second only before a space.
            if let (before, _) = previousScalar(before: scalarStart), before.properties.numericType != nil {
                if scalar == "." { return nextByte == 0x0A || after >= bytes.count }
                // A closing parenthesis ends no number: "(2015-2030)7, ainsi que", "(2005)17.", "(núm. 138)19;".
                if scalar == ")" {
                    return nextByte == 0x20 || nextByte == 0x0A || nextByte == 0x2C || nextByte == 0x3B || nextByte == 0x3A
                        || nextByte == 0x2E || after >= bytes.count
                }
                // The Chinese list commas after a number, the marker then a space, as "," below:
                // "第54/18、37 54/22、38 54/2639 和54/33号决议40" (not "、3 236 269 600": a thousands group).
                if scalar == "、" || scalar == "，" {
                    return nextByte == 0x20 && !isThousandsGroup(at: after + 1)
                }
                return (scalar == "," || scalar == ")" || scalar == ";" || scalar == ":" || scalar == "\u{201D}") && (nextByte == 0x20 || nextByte == 0x0A || after >= bytes.count)
            }
            return true
        }
        if detachedMarkers || pageMarkers, scalar == " " {
            guard let (before, beforeStart) = previousScalar(before: scalarStart) else { return false }
            guard nextByte == 0x20 || nextByte == 0x0A else { return false }
            if before.properties.numericType != nil { return false }
            if !(before.properties.isAlphabetic || closing.contains(before)) { return false }
            let word = previousWord(endingAt: beforeStart + String(before).utf8.count).lowercased()
            let numberWords: Set<String> = ["resolution", "resolutions", "paragraph", "paragraphs", "article", "articles", "of", "and",
                                            "to", "no", "vol", "para", "annex", "chapter", "rule", "section", "page", "the", "than", "at", "in",
                                            "goal", "target", "principle", "phase", "stage", "protocol", "level", "about", "over", "some", "with"]
            if numberWords.contains(word) { return false }
            return true
        }
        return false
    }

    /// Whether the digits ending at `end` are a year standing alone (1900–2099: "2030", "2015-2030")
    /// or the number after a slash ("77/98").
    func isYearOrSlashNumber(endingAt end: Int) -> Bool {
        var s = end
        while s > 0, bytes[s - 1] >= 0x30, bytes[s - 1] <= 0x39 { s -= 1 }
        guard s < end, s > 0 else { return false }
        let before = bytes[s - 1]
        if before == 0x2F { return s >= 2 && bytes[s - 2] >= 0x30 && bytes[s - 2] <= 0x39 }
        if before == 0x2E || before >= 0x41 && before <= 0x5A || before >= 0x61 && before <= 0x7A { return false }
        guard end - s == 4, let year = Int(String(decoding: bytes[s..<end], as: UTF8.self)) else { return false }
        return year >= 1900 && year < 2100
    }

    /// Exactly three digits at `i`, then no digit: the next group of a number written "3 236 269".
    func isThousandsGroup(at i: Int) -> Bool {
        func digit(_ k: Int) -> Bool { k < bytes.count && bytes[k] >= 0x30 && bytes[k] <= 0x39 }
        return digit(i) && digit(i + 1) && digit(i + 2) && !digit(i + 3)
    }

    /// "54/2639": digits after a slash-number, or "20208": after a year, followed by a break.
    func isGluedToNumber(at i: Int, after: Int) -> Bool {
        guard i > 0, bytes[i - 1] >= 0x30, bytes[i - 1] <= 0x39 else { return false }
        let next: UInt8 = after < bytes.count ? bytes[after] : 0x20
        guard next == 0x20 || next == 0x2C || next == 0x3B || next == 0x0A || next == 0x2E else { return false }
        var s = i
        while s > 0, bytes[s - 1] >= 0x30, bytes[s - 1] <= 0x39 { s -= 1 }
        return s > 0 && bytes[s - 1] == 0x2F && i - s >= 1
    }

    /// The scalar whose bytes begin at `i`, or nil.
    func nextScalar(at i: Int) -> Unicode.Scalar? {
        guard i < bytes.count else { return nil }
        var it = bytes[i..<min(bytes.count, i + 4)].makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let v) = decoder.decode(&it) { return v }
        return nil
    }

    func previousScalar(before i: Int) -> (Unicode.Scalar, Int)? {
        guard i > 0 else { return nil }
        var s = i - 1
        while s > 0, bytes[s] & 0xC0 == 0x80 { s -= 1 }
        var it = bytes[s..<i].makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let v) = decoder.decode(&it) { return (v, s) }
        return nil
    }

    func previousWord(endingAt end: Int) -> String {
        var s = end
        while s > 0, (bytes[s - 1] >= 0x41 && bytes[s - 1] <= 0x5A) || (bytes[s - 1] >= 0x61 && bytes[s - 1] <= 0x7A) || bytes[s - 1] == 0x2E { s -= 1 }
        return String(decoding: bytes[s..<end], as: UTF8.self).trimmingCharacters(in: CharacterSet(charactersIn: "."))
    }
}
