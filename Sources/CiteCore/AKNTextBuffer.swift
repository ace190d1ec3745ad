/// One block of rendered text under construction, with whitespace collapsed as it arrives.
///
/// The corpus renderer collapses every run of whitespace (Python's `str.split()` notion of
/// whitespace, which includes no-break spaces) to one space and trims both ends of a block.
/// Doing that while streaming keeps link anchors at exact UTF-8 byte offsets.
struct AKNTextBuffer {
    private(set) var bytes: [UInt8] = []
    private var spacePending = false
    /// Anchors opened and not yet closed: the index in `links` and whether text has started.
    private var openAnchors: [(index: Int, started: Bool)] = []
    /// Links found in this block; ranges are relative to the block start.
    private(set) var links: [SourceLink] = []

    var isEmpty: Bool { bytes.isEmpty }

    /// Appends text, collapsing whitespace runs to one space and dropping leading whitespace.
    mutating func append(_ text: String) {
        for scalar in text.unicodeScalars {
            if Self.isWhitespace(scalar) {
                if !bytes.isEmpty { spacePending = true }
                continue
            }
            if spacePending { bytes.append(0x20); spacePending = false }
            if !openAnchors.isEmpty { startPendingAnchors() }
            if scalar.isASCII {
                bytes.append(UInt8(scalar.value))
            } else {
                bytes.append(contentsOf: String(scalar).utf8)
            }
        }
    }

    /// Appends a footnote marker as `append` does and returns where its characters landed
    /// (nil when it holds none).
    mutating func appendMarker(_ marker: String) -> Range<Int>? {
        var start = bytes.count
        append(marker)
        while start < bytes.count, bytes[start] == 0x20 { start += 1 }
        return start < bytes.count ? start..<bytes.count : nil
    }

    /// Marks a word boundary (an `<eol/>`, a table cell, the end of a footnote paragraph).
    mutating func appendBreak() {
        if !bytes.isEmpty { spacePending = true }
    }

    mutating func openAnchor(target: String) {
        links.append(SourceLink(target: target, range: bytes.count..<bytes.count))
        openAnchors.append((links.count - 1, false))
    }

    mutating func closeAnchor() {
        guard let open = openAnchors.popLast() else { return }
        let start = open.started ? links[open.index].range.lowerBound : bytes.count
        links[open.index].range = start..<bytes.count
    }

    private mutating func startPendingAnchors() {
        for k in openAnchors.indices where !openAnchors[k].started {
            openAnchors[k].started = true
            let i = openAnchors[k].index
            links[i].range = bytes.count..<bytes.count
        }
    }

    /// The block's text, trimmed, and its links (anchors still open are closed at the end).
    mutating func finish() -> (bytes: [UInt8], links: [SourceLink]) {
        while !openAnchors.isEmpty { closeAnchor() }
        return (bytes, links)
    }

    /// The text as a string (for short captures such as a symbol or a title).
    var string: String { String(decoding: bytes, as: UTF8.self) }

    /// Python's `str.isspace()`: the separators `str.split()` splits on.
    static func isWhitespace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }
}
