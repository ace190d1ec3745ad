/// Where everything is in a document's text: the cover, the paragraphs with their labels, the
/// footnotes with their markers, the official links. Every range is a UTF-8 byte range of the
/// text `citegraph text` prints. A reader produces the layout once; the extractor only reads it.
///
/// - Akoma Ntoso XML: the renderer records every block, note and link as it writes the text
///   (`AKNRendering`), and the layout is built from that record (`AKNLayout`): the cover, the
///   paragraphs with their labels (preamble clauses, numbered `paragraph`s, annexes), the notes
///   with their markers where each `authorialNote` stood, the links; no structure is read back
///   from the text.
/// - PDF: the reader records where each superscript footnote number stands as it writes the
///   text, and each note takes that marker; the paragraphs and the notes' words are read from
///   the text by `StructureParser` (a PDF has no structure beyond its lines).
/// - Plain text: `StructureParser` finds the lines of the text and guesses the paragraphs, the
///   footnotes and their markers back from them.
public struct DocumentLayout: Hashable, Sendable {
    /// The cover first (label `COVER`), then the paragraphs in text order.
    public var paragraphs: [Paragraph]
    public var footnotes: [Footnote]
    /// Official links (Akoma Ntoso input only), in text order.
    public var links: [SourceLink]

    public init(paragraphs: [Paragraph] = [], footnotes: [Footnote] = [], links: [SourceLink] = []) {
        self.paragraphs = paragraphs; self.footnotes = footnotes; self.links = links
    }

    /// The cover lines' range, when the text has a cover.
    public var cover: Range<Int>? { paragraphs.first { $0.section == .cover }?.range }
}
