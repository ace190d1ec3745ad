/// The renderer's working values: an open element and a block being laid out.
extension AKNRenderer {
    struct Frame {
        var name: String
        var hadBlock = false
        var openedAnchor = false
        /// The element's number in document order, so blocks can say which element holds them.
        var serial = 0
        /// `refersTo="#preamble"`: a preambular clause inside the body (a section of its own).
        var preambular = false
    }

    struct Block {
        var bytes: [UInt8]
        var links: [SourceLink]
        /// Footnote markers written in the block: the note's index and the marker's range.
        var markers: [(note: Int, range: Range<Int>)] = []
        /// Where the block stands in the XML (its part, its holder, its numbers).
        var place = AKNRendering.Block(range: 0..<0, part: .other, group: 0, numbers: [], contentStart: 0)
    }
}
