/// Takes the marks the row builder puts before footnote markers out of the text as it is
/// written, and records where each marker landed: the reader knows where a superscript number
/// stood, so the text parser need not guess it back.
///
/// The mark (`FootnoteMark.scalar`) is a private-use scalar (U+E000) no UN document prints; the text written on is
/// exactly the text without it.
struct MarkerRecorder<Base: TextOutputStream>: TextOutputStream {
    var base: Base
    /// Bytes written on so far.
    private(set) var offset = 0
    /// Each marker's UTF-8 byte range in the written text (its digits), in text order.
    private(set) var markers: [Range<Int>] = []

    init(_ base: Base) { self.base = base }

    mutating func write(_ string: String) {
        // The mark is EE 80 80 in UTF-8; a string without an EE byte passes as it is.
        guard string.utf8.contains(0xEE) else {
            base.write(string)
            offset += string.utf8.count
            return
        }
        var kept: [UInt8] = []
        kept.reserveCapacity(string.utf8.count)
        let bytes = Array(string.utf8)
        var i = 0
        while i < bytes.count {
            if bytes[i] == 0xEE, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0x80 {
                i += 3
                var digits = 0
                while i + digits < bytes.count, bytes[i + digits] >= 0x30, bytes[i + digits] <= 0x39 { digits += 1 }
                if digits > 0 { markers.append((offset + kept.count)..<(offset + kept.count + digits)) }
                continue
            }
            kept.append(bytes[i])
            i += 1
        }
        let text = String(decoding: kept, as: UTF8.self)
        base.write(text)
        offset += kept.count
    }
}

/// The mark the row builder puts before the first glyph of a superscript number glued to a word.
enum FootnoteMark {
    static let scalar: Unicode.Scalar = "\u{E000}"
}
