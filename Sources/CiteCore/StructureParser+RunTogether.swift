import Foundation

/// Text that runs together on one line, as PDF text gives it: paragraphs cut where a clause verb
/// follows, footnotes read from the line that holds them after the rule.
extension StructureParser {
    /// - Complexity: O(n / 10) byte reads for a line with few underscores, O(n) at worst.
    func inlineRule(in line: TextLine) -> Int? {
        guard line.range.count > 200 else { return nil }
        let end = line.range.upperBound
        // No run of ten starts before `i`. Such a run starting in i..<i+10 covers byte i+9: when
        // that byte is no underscore, none starts there; when it is, the run it ends is measured.
        var i = line.range.lowerBound
        while i + 10 <= end {
            let last = i + 9
            guard bytes[last] == 0x5F else { i += 10; continue }
            var start = last
            while start > i, bytes[start - 1] == 0x5F { start -= 1 }
            var runEnd = last + 1
            while runEnd < end, runEnd - start < 10, bytes[runEnd] == 0x5F { runEnd += 1 }
            if runEnd - start >= 10 { return start }
            i = runEnd + 1
        }
        return nil
    }

    /// Splits a run of text into paragraphs where a capitalised clause verb follows `,` `;` or `:`
    /// (with a detached footnote number in between, as PDF text gives it).
    func splitRunTogether(_ range: Range<Int>) -> [Range<Int>] {
        var cuts: [Int] = []
        var i = range.lowerBound + 1
        while i < range.upperBound - 1 {
            let b = bytes[i]
            guard b >= 0x41 && b <= 0x5A, bytes[i - 1] == 0x20 else { i += 1; continue }
            // Look back over spaces and a detached footnote number for , ; :
            var j = i - 1
            while j > range.lowerBound, bytes[j] == 0x20 { j -= 1 }
            var k = j
            while k > range.lowerBound, bytes[k] >= 0x30, bytes[k] <= 0x39 { k -= 1 }
            if k < j { // digits
                var m = k
                while m > range.lowerBound, bytes[m] == 0x20 { m -= 1 }
                j = m
            }
            let p = bytes[j]
            if p == 0x2C || p == 0x3B || p == 0x3A {
                let upper = min(range.upperBound, i + 80)
                let words = slice(i..<upper)
                if ClauseVerbs.read(words) != nil { cuts.append(i) }
            }
            i += 1
        }
        var out: [Range<Int>] = []
        var start = range.lowerBound
        for c in cuts where c > start {
            // The paragraph ends before the space that precedes the verb.
            var end = c
            while end > start, bytes[end - 1] == 0x20 { end -= 1 }
            out.append(start..<end)
            start = c
        }
        out.append(start..<range.upperBound)
        return out
    }

    /// The footnote area of PDF text run together: "2 3 4 5 2/6 text text text 19-22331".
    mutating func parseInlineFootnotes(_ range: Range<Int>) {
        var i = range.lowerBound
        func skipSpaces() { while i < range.upperBound, bytes[i] == 0x20 || bytes[i] == 0x0A { i += 1 } }
        func readInt() -> (Int, Range<Int>)? {
            let s = i
            var v = 0
            while i < range.upperBound, bytes[i] >= 0x30, bytes[i] <= 0x39 { v = v * 10 + Int(bytes[i] - 0x30); i += 1 }
            return i > s ? (v, s..<i) : nil
        }
        skipSpaces()
        var markers: [Int] = []
        while true {
            let save = i
            guard let (v, _) = readInt() else { break }
            if i < range.upperBound, bytes[i] != 0x20 && bytes[i] != 0x0A { i = save; break }
            if let last = markers.last, v != last + 1 { i = save; break }
            markers.append(v)
            skipSpaces()
        }
        guard !markers.isEmpty else { return }
        detachedMarkers = true
        // Page number "2/6".
        let save = i
        if readInt() != nil, i < range.upperBound, bytes[i] == 0x2F, { i += 1; return readInt() != nil }() { skipSpaces() } else { i = save }
        var end = range.upperBound
        // Trailing job number "19-22331" (and "(E)").
        let tail = String(slice(i..<end))
        let words = tail.split(separator: " ")
        if let last = words.last, TextCleaner.isPageFurniture(String(last)) {
            end -= last.utf8.count
            while end > i, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x0A { end -= 1 }
        }
        let pieces = splitFootnoteTexts(i..<end, count: markers.count)
        for (m, r) in zip(markers, pieces) {
            footnotes.append(Footnote(marker: m, markerRange: nil, paragraph: nil, range: r))
        }
    }


    /// Splits run-together footnote texts into `count` notes at sentence ends, preferring
    /// the openings footnotes usually have (Ibid., See, United Nations, Resolution, Official Records).
    func splitFootnoteTexts(_ range: Range<Int>, count: Int) -> [Range<Int>] {
        guard count > 1 else { return [range] }
        var candidates: [(offset: Int, score: Int)] = []
        let starters = ["Ibid", "See ", "United Nations", "Resolution", "Official Records", "Report", "League of Nations", "General Assembly", "Security Council", "A/", "S/", "E/"]
        var i = range.lowerBound + 1
        while i < range.upperBound - 2 {
            if bytes[i] == 0x2E, bytes[i + 1] == 0x20 {
                let next = i + 2
                let b = bytes[next]
                if b >= 0x41 && b <= 0x5A {
                    let head = String(slice(next..<min(range.upperBound, next + 20)))
                    let score = starters.contains(where: { head.hasPrefix($0) }) ? 2 : 1
                    candidates.append((next, score))
                }
            }
            i += 1
        }
        var chosen: [Int]
        if candidates.count <= count - 1 {
            chosen = candidates.map(\.offset)
        } else {
            chosen = candidates.sorted { $0.score != $1.score ? $0.score > $1.score : $0.offset < $1.offset }
                .prefix(count - 1).map(\.offset).sorted()
        }
        var out: [Range<Int>] = []
        var start = range.lowerBound
        for c in chosen {
            var end = c
            while end > start, bytes[end - 1] == 0x20 { end -= 1 }
            out.append(start..<end)
            start = c
        }
        out.append(start..<range.upperBound)
        return out
    }
}
