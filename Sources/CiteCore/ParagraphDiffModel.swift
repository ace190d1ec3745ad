/// One paragraph given to the paragraph diff: its label, section and text. Several values with
/// the same label in a row (an operative paragraph and its list items) are one paragraph.
public struct DiffParagraph: Sendable, Hashable {
    public var label: String
    public var section: Section
    public var text: String

    public init(label: String, section: Section, text: String) {
        self.label = label; self.section = section; self.text = text
    }
}

/// One side of a comparison: a document's symbol, its paragraphs in order and its citations
/// (each carries its paragraph label).
public struct DiffInput: Sendable {
    public var symbol: String
    public var paragraphs: [DiffParagraph]
    public var citations: [Citation]

    public init(symbol: String, paragraphs: [DiffParagraph], citations: [Citation] = []) {
        self.symbol = symbol; self.paragraphs = paragraphs; self.citations = citations
    }

    /// A read document and the citations extracted from it.
    public init(document: Document, citations: [Citation]) {
        let bytes = Array(document.text.utf8)
        let paragraphs = document.paragraphs.map { p in
            let lo = max(0, min(p.range.lowerBound, bytes.count)), hi = max(lo, min(p.range.upperBound, bytes.count))
            return DiffParagraph(label: p.label, section: p.section, text: String(decoding: bytes[lo..<hi], as: UTF8.self))
        }
        self.init(symbol: document.symbol, paragraphs: paragraphs, citations: citations)
    }
}

/// A run of words with one edit operation.
public struct WordRun: Sendable, Hashable {
    public var op: DiffOp
    /// The words with the white space before each ("until 31 October", " 2025").
    public var text: String
}

/// References cited by one side only, or by both, in order of first citation.
public struct CitationChanges: Sendable, Hashable {
    public var added: [String] = []
    public var dropped: [String] = []
    public var kept: [String] = []

    public var isEmpty: Bool { added.isEmpty && dropped.isEmpty && kept.isEmpty }
}

/// What happened to one paragraph between two documents.
public struct ParagraphChange: Sendable, Hashable {
    public enum Status: String, Sendable, Hashable, CaseIterable {
        case unchanged, changed, new, dropped, moved
    }

    public var status: Status
    /// Label in the first document (nil for a new paragraph).
    public var from: String?
    /// Label in the second document (nil for a dropped paragraph).
    public var to: String?
    public var section: Section
    /// The paragraph's text (the second document's; the first's when dropped), without its number.
    public var text: String
    /// The text as runs of kept, inserted and deleted words; one run for a new, dropped or
    /// unchanged paragraph.
    public var words: [WordRun]
    /// Share of words in common (0…1), the evidence of the pairing.
    public var similarity: Double
    /// A new paragraph split off this paragraph of the first document.
    public var splitFrom: String?
    /// A dropped paragraph merged into this paragraph of the second document.
    public var mergedInto: String?
    /// The paragraph's references: cited only in the second, only in the first, or in both.
    public var citations: CitationChanges
}

/// Counts of a comparison, for one line per step of a series.
public struct DiffCounts: Sendable, Hashable {
    public var unchanged = 0, changed = 0, new = 0, dropped = 0, moved = 0
    /// Of the new paragraphs, those split off a paragraph; of the dropped, those merged into one.
    public var split = 0, merged = 0
    public var citationsAdded = 0, citationsDropped = 0, citationsKept = 0

    /// "31 unchanged, 9 changed, 2 new, 1 dropped, 0 moved; citations +3 −1"
    public var summary: String {
        "\(unchanged) unchanged, \(changed) changed, \(new) new, \(dropped) dropped, \(moved) moved; citations +\(citationsAdded) −\(citationsDropped)"
    }
}

/// The comparison of two documents, paragraph by paragraph.
public struct DocumentDiff: Sendable, Hashable {
    public var from: String
    public var to: String
    /// In the second document's order; a dropped paragraph follows the partner of the paragraph
    /// before it in the first document (the nearest one that did not move).
    public var paragraphs: [ParagraphChange]
    /// References of the whole documents.
    public var citations: CitationChanges
    public var counts: DiffCounts
    /// Remarks on the comparison ("A/68/100 has no operative paragraphs: compared as plain paragraphs").
    public var notes: [String]
}
