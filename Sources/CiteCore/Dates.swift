/// Dates as UN documents write them ("17 December 2018") turned into ISO dates.
public enum Dates {
    static let months = ["january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
                         "august": 8, "september": 9, "october": 10, "november": 11, "december": 12]

    /// Parses `17 December 2018` at the start of `s`; returns the ISO date and the number of bytes read.
    public static func parseDayMonthYear(_ s: Substring) -> (iso: String, length: Int)? {
        let bytes = Array(s.utf8.prefix(40))
        var i = 0
        func skipSpaces() {
            while i < bytes.count {
                if bytes[i] == 0x20 { i += 1 }
                else if bytes[i] == 0xC2, i + 1 < bytes.count, bytes[i + 1] == 0xA0 { i += 2 }
                else { break }
            }
        }
        func number(maxDigits: Int) -> Int? {
            var v = 0, n = 0
            while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39, n < maxDigits { v = v * 10 + Int(bytes[i] - 0x30); i += 1; n += 1 }
            if i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 { return nil }
            return n > 0 ? v : nil
        }
        guard let day = number(maxDigits: 2), day >= 1, day <= 31 else { return nil }
        skipSpaces()
        var word = ""
        while i < bytes.count, (bytes[i] >= 0x41 && bytes[i] <= 0x5A) || (bytes[i] >= 0x61 && bytes[i] <= 0x7A) { word.append(Character(UnicodeScalar(bytes[i]))); i += 1 }
        guard let month = months[word.lowercased()] else { return nil }
        skipSpaces()
        if i < bytes.count, bytes[i] == 0x2C { i += 1; skipSpaces() }
        // A footnote marker may be glued to the year ("22 June 20208"): read four digits.
        let yearStart = i
        var year = 0
        while i < bytes.count, i - yearStart < 4, bytes[i] >= 0x30, bytes[i] <= 0x39 { year = year * 10 + Int(bytes[i] - 0x30); i += 1 }
        guard i - yearStart == 4, year >= 1900, year < 2200 else { return nil }
        return (String(format4(year)) + "-" + pad2(month) + "-" + pad2(day), i)
    }

    /// Finds the first `D Month YYYY` anywhere in `s`.
    /// - Complexity: O(n) over the characters, or over the bytes of an ASCII text.
    public static func firstDate(in s: Substring) -> String? {
        // An ASCII text's characters are its bytes (a digit is a character of its own, and only
        // a digit is a number): its dates are looked for without reading characters.
        let u = s.utf8
        if u.allSatisfy({ $0 < 0x80 }) {
            var previousIsDigit = false
            var i = u.startIndex
            while i < u.endIndex {
                let isDigit = u[i] >= 0x30 && u[i] <= 0x39
                if isDigit, !previousIsDigit, let d = parseDayMonthYear(s[i...]) { return d.iso }
                previousIsDigit = isDigit
                i = u.index(after: i)
            }
            return nil
        }
        var idx = s.startIndex
        while idx < s.endIndex {
            if s[idx].isASCII, s[idx].isNumber, idx == s.startIndex || !(s[s.index(before: idx)].isNumber) {
                if let d = parseDayMonthYear(s[idx...]) { return d.iso }
            }
            idx = s.index(after: idx)
        }
        return nil
    }

    static func pad2(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
    static func format4(_ v: Int) -> String { String(v) }
}
