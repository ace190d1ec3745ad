/// Byte searches for ASCII needles in `String`s: what Foundation's `contains(_:)` and
/// `range(of:)` answer for them, without bridging the string to `NSString` (on the hot paths of
/// the scanner these took more time than the reading itself).
extension StringProtocol {
    /// Whether the ASCII `needle` occurs in the string's UTF-8 bytes.
    /// - Complexity: O(n · m), n bytes of the string, m of the needle (both short here).
    func containsASCII(_ needle: StaticString) -> Bool {
        needle.withUTF8Buffer { pattern in
            if let found = utf8.withContiguousStorageIfAvailable({ Self.holds($0, pattern) }) { return found }
            return Array(utf8).withUnsafeBufferPointer { Self.holds($0, pattern) }
        }
    }

    /// Whether `pattern` occurs in `bytes`.
    private static func holds(_ bytes: UnsafeBufferPointer<UInt8>, _ pattern: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = pattern.count
        guard n > 0 else { return true }
        guard bytes.count >= n else { return false }
        for i in 0...(bytes.count - n) where bytes[i] == pattern[0] {
            var k = 1
            while k < n, bytes[i + k] == pattern[k] { k += 1 }
            if k == n { return true }
        }
        return false
    }
}
