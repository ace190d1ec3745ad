/// One character as the PDF placed it on a page, in points from the page's top-left corner.
struct Glyph: Sendable, Equatable {
    var scalar: Unicode.Scalar
    var x0: Double
    var y0: Double
    var x1: Double
    var y1: Double
    /// Font size in points.
    var size: Double
    var bold: Bool
    /// Whitespace, decided once: Unicode property look-ups are costly in the inner loops.
    let isSpace: Bool

    init(scalar: Unicode.Scalar, x0: Double, y0: Double, x1: Double, y1: Double, size: Double, bold: Bool) {
        self.scalar = scalar
        self.x0 = x0
        self.y0 = y0
        self.x1 = x1
        self.y1 = y1
        self.size = size
        self.bold = bold
        isSpace = scalar.value <= 0x20 || (scalar.value > 0x7F && scalar.properties.isWhitespace)
    }
    var width: Double { x1 - x0 }
    var height: Double { y1 - y0 }
}

/// The characters of one page, in the runs (poppler's text lines) that the PDF library found.
struct PageGlyphs: Sendable {
    /// 1-based page number.
    var number: Int
    var width: Double
    var height: Double
    /// Each run is one line of poppler's text output, without its line break.
    var runs: [[Glyph]]

    /// `true` when the page carries at least one visible character.
    var hasText: Bool { runs.contains { run in run.contains { !$0.isSpace } } }
}
