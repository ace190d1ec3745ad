import Foundation

/// Turns the bytes of a text file into a Swift string, or says in one line why it cannot.
public enum TextDecoding {
    /// Decodes UTF-8 (a byte-order mark is dropped) or UTF-16 with a byte-order mark.
    /// Empty files, binary content (a NUL anywhere, many control characters in the first 64 KB)
    /// and invalid UTF-8 are errors naming the file. Control characters left (ESC, BEL, C1
    /// controls; not tab, line feed, carriage return or form feed) become spaces, with a
    /// warning, so that nothing stored can later reach a terminal or a C string raw.
    public static func decode(_ data: Data, path: String) throws -> (text: String, warnings: [String]) {
        if data.isEmpty { throw InputError(path: path, reason: "empty file") }
        if let text = data.withUnsafeBytes({ $0.withMemoryRebound(to: UInt8.self, plainUTF8) }) { return (text, []) }
        var warnings: [String] = []
        let bytes = [UInt8](data)
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) {
            let little = bytes[0] == 0xFF
            guard let s = String(data: data.dropFirst(2), encoding: little ? .utf16LittleEndian : .utf16BigEndian) else {
                throw InputError(path: path, reason: "invalid UTF-16 text")
            }
            warnings.append("UTF-16 text was converted to UTF-8")
            return (try checked(s, path: path, warnings: &warnings), warnings)
        }
        if bytes.starts(with: [0x25, 0x50, 0x44, 0x46]) {  // %PDF
            throw InputError(path: path, reason: "binary file (a PDF with a text extension?)")
        }
        let sample = bytes.prefix(65_536)
        if sample.contains(0) { throw InputError(path: path, reason: "binary file (contains NUL bytes), not text") }
        let controls = sample.reduce(0) { $0 + ($1 < 0x20 && $1 != 0x09 && $1 != 0x0A && $1 != 0x0D && $1 != 0x0C ? 1 : 0) }
        if controls * 20 > sample.count { throw InputError(path: path, reason: "binary file (control characters), not text") }
        // Past the sample too: a NUL further on would cut the text wherever it meets C.
        if bytes.count > sample.count, bytes[sample.count...].contains(0) {
            throw InputError(path: path, reason: "binary file (contains NUL bytes), not text")
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let bad = firstInvalidUTF8(body) {
            throw InputError(path: path, reason: "invalid UTF-8 at byte \(bad)")
        }
        let s = String(decoding: body, as: UTF8.self)
        // Its bytes were searched for NUL above.
        return (try checked(s, path: path, warnings: &warnings, mayHoldNUL: false), warnings)
    }

    /// The text of bytes that the reading below would take as they are, or nil to leave them to
    /// it: UTF-8 (after an optional byte-order mark) with no control character `withoutControls`
    /// replaces (so no NUL either, and no control to count), that is not a PDF nor only white
    /// space. The bytes are read in place, searched once for controls and validated once.
    /// - Complexity: O(n).
    static func plainUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        if bytes.count >= 2, (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF) { return nil }
        if bytes.starts(with: [0x25, 0x50, 0x44, 0x46]) { return nil }
        guard !holdsControlByte(buffer: bytes) else { return nil }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        guard let text = String(validating: UnsafeBufferPointer(rebasing: body), as: UTF8.self),
              !text.allSatisfy({ $0.isWhitespace }) else { return nil }
        return text
    }

    private static func checked(_ s: String, path: String, warnings: inout [String], mayHoldNUL: Bool = true) throws -> String {
        // NUL is the only scalar with a zero byte in UTF-8.
        if mayHoldNUL, s.utf8.contains(0) { throw InputError(path: path, reason: "binary file (contains NUL bytes), not text") }
        let (text, replaced) = withoutControls(s)
        if text.allSatisfy({ $0.isWhitespace }) { throw InputError(path: path, reason: "empty file (only white space)") }
        if replaced > 0 {
            warnings.append("\(replaced) control character\(replaced == 1 ? "" : "s") replaced by spaces")
        }
        return text
    }

    /// `s` with each C0 control other than tab, LF, CR and FF, DEL and each C1 control as a space.
    static func withoutControls(_ s: String) -> (text: String, replaced: Int) {
        func isControl(_ v: UInt32) -> Bool {
            (v < 0x20 && v != 0x09 && v != 0x0A && v != 0x0D && v != 0x0C) || (v >= 0x7F && v < 0xA0)
        }
        // Read from the bytes, in place when they are contiguous (as a native string's are).
        let hasControl = s.utf8.withContiguousStorageIfAvailable(holdsControlByte) ?? holdsControlByte(s.utf8)
        guard hasControl else { return (s, 0) }
        var out = String.UnicodeScalarView()
        var replaced = 0
        for scalar in s.unicodeScalars {
            if isControl(scalar.value) {
                out.append(" ")
                replaced += 1
            } else {
                out.append(scalar)
            }
        }
        return (String(out), replaced)
    }

    /// Whether UTF-8 `bytes` hold a control `withoutControls` replaces: a C0 control other than tab,
    /// LF, CR and FF or DEL is its own byte, a C1 control is 0xC2 0x80–0x9F.
    static func holdsControlByte<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> Bool {
        var previous: UInt8 = 0
        for b in bytes {
            if (b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D && b != 0x0C) || b == 0x7F || previous == 0xC2 && b >= 0x80 && b < 0xA0 { return true }
            previous = b
        }
        return false
    }

    /// `holdsControlByte` read sixteen bytes at a time: each byte compared at once with what makes
    /// a control (below 0x20 and no tab, LF, CR or FF; 0x7F; 0xC2 before a byte 0x80–0x9F, read
    /// from the block one byte on), so that a block answers exactly and only the last bytes, fewer
    /// than a block and its load ahead, are read one by one.
    /// - Complexity: O(n).
    static func holdsControlByte(buffer b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = b.baseAddress else { return false }
        let raw = UnsafeRawPointer(base)
        typealias Block = SIMD16<UInt8>
        // Compared with vectors (a compare with a scalar is not vectorised).
        let space = Block(repeating: 0x20), tab = Block(repeating: 0x09), lineFeed = Block(repeating: 0x0A)
        let carriageReturn = Block(repeating: 0x0D), formFeed = Block(repeating: 0x0C), delete = Block(repeating: 0x7F)
        let c2 = Block(repeating: 0xC2), c1Low = Block(repeating: 0x80), c1End = Block(repeating: 0xA0)
        var i = 0
        while i + 17 <= b.count {
            let x = raw.loadUnaligned(fromByteOffset: i, as: Block.self)
            let next = raw.loadUnaligned(fromByteOffset: i + 1, as: Block.self)
            let c0 = x .< space .& x .!= tab .& x .!= lineFeed .& x .!= carriageReturn .& x .!= formFeed
            let c1 = x .== c2 .& next .>= c1Low .& next .< c1End
            // Any lane set: the mask's sixteen bytes read as two words.
            let found = unsafeBitCast(c0 .| x .== delete .| c1, to: SIMD2<UInt64>.self)
            if found[0] | found[1] != 0 { return true }
            i += 16
        }
        // From the byte before (no 0xC2 before a C1 byte, or the block before would have said so).
        return holdsControlByte(UnsafeBufferPointer(rebasing: b[(i > 0 ? i - 1 : 0)...]))
    }

    /// Offset of the first byte that is not valid UTF-8, or nil.
    static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int? {
        var i = bytes.startIndex
        let end = bytes.endIndex
        while i < end {
            let b = bytes[i]
            if b < 0x80 { i += 1; continue }
            let need: Int
            if b & 0xE0 == 0xC0, b >= 0xC2 { need = 1 }
            else if b & 0xF0 == 0xE0 { need = 2 }
            else if b & 0xF8 == 0xF0, b <= 0xF4 { need = 3 }
            else { return i - bytes.startIndex }
            if i + need >= end { return i - bytes.startIndex }
            for k in 1...need where bytes[i + k] & 0xC0 != 0x80 { return i - bytes.startIndex }
            // Overlong three-byte forms and surrogates.
            if need == 2 {
                let b1 = bytes[i + 1]
                if b == 0xE0 && b1 < 0xA0 { return i - bytes.startIndex }
                if b == 0xED && b1 >= 0xA0 { return i - bytes.startIndex }
            }
            if need == 3 {
                let b1 = bytes[i + 1]
                if b == 0xF0 && b1 < 0x90 { return i - bytes.startIndex }
                if b == 0xF4 && b1 >= 0x90 { return i - bytes.startIndex }
            }
            i += need + 1
        }
        return nil
    }
}
