/// Byte searches for ASCII needles in `String`s: what Foundation's `contains(_:)` and
/// `range(of:)` answer for them, without bridging the string to `NSString` (on the hot paths of
/// the scanner these took more time than the reading itself).
extension StringProtocol {
    /// Whether the ASCII `needle` occurs in the string's UTF-8 bytes.
    /// - Complexity: O(n · m), n bytes of the string, m of the needle (both short here).
    func containsASCII(_ needle: StaticString) -> Bool {
        let n = needle.utf8CodeUnitCount
        guard n > 0 else { return true }
        return needle.withUTF8Buffer { pattern -> Bool in
            let first = pattern[0]
            if let found = utf8.withContiguousStorageIfAvailable({ bytes -> Bool in
                guard bytes.count >= n else { return false }
                var i = 0
                while i <= bytes.count - n {
                    if bytes[i] == first {
                        var k = 1
                        while k < n, bytes[i + k] == pattern[k] { k += 1 }
                        if k == n { return true }
                    }
                    i += 1
                }
                return false
            }) { return found }
            let bytes = Array(utf8)
            return bytes.withUnsafeBufferPointer { b in
                guard b.count >= n else { return false }
                for i in 0...(b.count - n) where b[i] == first && (1..<n).allSatisfy({ b[i + $0] == pattern[$0] }) { return true }
                return false
            }
        }
    }
}
