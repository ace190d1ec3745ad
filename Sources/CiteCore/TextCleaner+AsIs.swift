import Foundation

/// Whether `TextCleaner.clean` would give a text back as it is, read in one pass over its bytes.
extension TextCleaner {
    /// True only when every stage of `clean` leaves the text as it is: no carriage return, form
    /// feed or OCR slip; no line with trailing spaces; no page furniture and no running header;
    /// not hard-wrapped, and no line ending in a hyphen before a line of words (either may change
    /// it: `clean` then decides); no blank line first, none doubled, exactly one line feed at the end.
    /// False sends the text through `clean`'s stages, so a false "no" costs time, never output.
    ///
    /// - Complexity: O(n) in the bytes of the text.
    static func isClean(_ input: String) -> Bool {
        var input = input
        return input.withUTF8 { isClean(utf8: $0) }
    }

    static func isClean(utf8 u: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = u.count
        // Ends with one line feed after a line of text, and starts with a line of text.
        guard n >= 2, u[n - 1] == 0x0A, u[n - 2] != 0x0A, u[0] != 0x0A else { return false }
        if Needs.hasControlOrSlip(u) { return false }
        // Line by line: `clean`'s lines are these (the last, after the final line feed, is empty).
        var nonEmpty = 0, continued = 0
        var headerCandidates: [[UInt8]] = []
        var start = 0
        var previousIsText = false  // the line before is non-empty and no footnote line
        var previousEmpty = false
        var previousEndsWithHyphen = false
        let base = u.baseAddress!
        while start < n {
            // The text ends with a line feed, so there is one from every start.
            let end = UnsafeRawPointer(memchr(base + start, 0x0A, n - start)!).assumingMemoryBound(to: UInt8.self) - base
            let line = UnsafeBufferPointer(rebasing: u[start..<end])
            if line.isEmpty {
                if previousEmpty { return false }
                previousEmpty = true
                previousIsText = false
                previousEndsWithHyphen = false
            } else {
                if line[line.count - 1] == 0x20 { return false }
                // Hyphenation may join this line to the one before.
                if previousEndsWithHyphen { return false }
                if isPageFurniture(utf8: line, line: { String(decoding: line, as: UTF8.self) }) { return false }
                if line.count >= 2, line[1] == 0x2F, line[0] == 0x41 || line[0] == 0x53 || line[0] == 0x45 {
                    headerCandidates.append(Array(line))
                }
                let isText = !isFootnoteLine(utf8: line)
                if isText { nonEmpty += 1 }
                if isText, previousIsText { continued += 1 }
                previousIsText = isText
                previousEmpty = false
                previousEndsWithHyphen = line[line.count - 1] == 0x2D
            }
            start = end + 1
        }
        // `isHardWrapped` decides by characters when the lines run on: left to `clean`.
        if nonEmpty >= 4, continued * 2 > nonEmpty { return false }
        if headerCandidates.count >= 3 {
            var counts: [[UInt8]: Int] = [:]
            for l in headerCandidates {
                counts[l, default: 0] += 1
                if counts[l, default: 0] >= 3 { return false }
            }
        }
        return true
    }

    /// `isFootnoteLine` of a line's bytes: digits, then a tab.
    static func isFootnoteLine(utf8 line: UnsafeBufferPointer<UInt8>) -> Bool {
        var sawDigit = false
        for b in line {
            if b >= 0x30 && b <= 0x39 { sawDigit = true; continue }
            return sawDigit && b == 0x09
        }
        return false
    }
}
