/// Finds ASCII names (as written, case and all; every name of `organizations.tsv` is ASCII) in a stretch of a text's bytes,
/// as `String.range(of:)` and `contains` find them, without making a `String` of the stretch.
///
/// A match must not end inside a character: bytes that continue the name's last character (a
/// combining mark after its last letter) make the text's character another one, as they do for
/// the string search.
///
/// ```swift
/// let search = NameSearch(["Human Rights Council", "General Assembly"])
/// search.last(in: Array("the General Assembly and the Human Rights Council".utf8), 0..<47)   // (28, 0)
/// ```
struct NameSearch: Sendable {
    let names: [[UInt8]]
    /// Per first byte, the indices of the names that begin with it, in list order.
    let namesByFirstByte: [[Int]]

    init(_ names: [String]) {
        self.names = names.map { Array($0.utf8) }
        var byFirst = [[Int]](repeating: [], count: 256)
        for (index, name) in self.names.enumerated() {
            if let first = name.first { byFirst[Int(first)].append(index) }
        }
        namesByFirstByte = byFirst
    }

    /// The start of the last occurrence of any name in `bytes[range]`, and that name's index; the
    /// latest start wins, and of names starting at the same byte the first in the list.
    ///
    /// One pass back from the end: at each byte, only the names that begin with it are compared.
    /// - Complexity: O(n · m) for n bytes and m the bytes of the names that share a first byte.
    func last(in bytes: [UInt8], _ range: Range<Int>) -> (start: Int, name: Int)? {
        var s = range.upperBound - 1
        while s >= range.lowerBound {
            for index in namesByFirstByte[Int(bytes[s])] {
                let name = names[index]
                if s + name.count <= range.upperBound, Self.matches(name, in: bytes, at: s, limit: range.upperBound) { return (s, index) }
            }
            s -= 1
        }
        return nil
    }

    /// Whether some name occurs in `bytes[range]`.
    func containsAny(in bytes: [UInt8], _ range: Range<Int>) -> Bool {
        last(in: bytes, range) != nil
    }

    /// Whether `bytes[range]` hold the bytes of `name`, whatever follows them: a test before a
    /// string search (which finds an ASCII name only where its bytes are).
    static func holdsBytes(of name: [UInt8], in bytes: [UInt8], _ range: Range<Int>) -> Bool {
        guard let first = name.first, range.count >= name.count else { return false }
        for s in range.lowerBound...(range.upperBound - name.count) where bytes[s] == first {
            if (1..<name.count).allSatisfy({ bytes[s + $0] == name[$0] }) { return true }
        }
        return false
    }

    /// The start of the last occurrence of `name` in `bytes[range]`.
    static func lastStart(of name: [UInt8], in bytes: [UInt8], _ range: Range<Int>) -> Int? {
        guard let first = name.first, range.count >= name.count else { return nil }
        var s = range.upperBound - name.count
        while s >= range.lowerBound {
            if bytes[s] == first, matches(name, in: bytes, at: s, limit: range.upperBound) { return s }
            s -= 1
        }
        return nil
    }

    @inline(__always) static func matches(_ name: [UInt8], in bytes: [UInt8], at s: Int, limit: Int) -> Bool {
        for k in 1..<name.count where bytes[s + k] != name[k] { return false }
        let end = s + name.count
        return end >= limit || !continuesCharacter(bytes, at: end)
    }

    /// Whether the scalar at `i` joins the character before it: a combining mark (U+0300–U+036F,
    /// U+1AB0–U+1AFF, U+1DC0–U+1DFF, U+20D0–U+20FF, U+FE20–U+FE2F) or a variation selector (the string
    /// search matches a name before a zero-width joiner, so that is no continuation here).
    static func continuesCharacter(_ bytes: [UInt8], at i: Int) -> Bool {
        let b = bytes[i]
        if b < 0x80 { return false }
        if b == 0xCC || b == 0xCD && i + 1 < bytes.count && bytes[i + 1] <= 0xAF { return true }
        guard i + 2 < bytes.count else { return false }
        let value = (UInt32(b & 0x0F) << 12) | (UInt32(bytes[i + 1] & 0x3F) << 6) | UInt32(bytes[i + 2] & 0x3F)
        guard b >= 0xE0, b < 0xF0 else { return false }
        switch value {
        case 0x1AB0...0x1AFF, 0x1DC0...0x1DFF, 0x20D0...0x20FF, 0xFE00...0xFE0F, 0xFE20...0xFE2F: return true
        default: return false
        }
    }
}
