import Foundation

extension Substring {
    /// `trimmingCharacters(in: .whitespaces)`, read from the bytes when the characters the trim
    /// stops at are ASCII: the set's only ASCII members are the space and the tab, so past them an
    /// ASCII byte ends the trim at either end. Other text goes to Foundation.
    /// - Complexity: O(k) in the white space trimmed, and a copy of what is kept.
    func trimmingWhitespace() -> String {
        let u = utf8
        var start = u.startIndex, end = u.endIndex
        while start < end, u[start] == 0x20 || u[start] == 0x09 { start = u.index(after: start) }
        while start < end {
            let last = u.index(before: end)
            guard u[last] == 0x20 || u[last] == 0x09 else { break }
            end = last
        }
        if start == end { return "" }
        guard u[start] < 0x80, u[u.index(before: end)] < 0x80 else { return trimmingCharacters(in: .whitespaces) }
        return String(Substring(u[start..<end]))
    }
}
