/// The report as a tree of sections, tables and figures, written out as HTML and as Markdown by
/// ``HTMLWriter`` and ``MarkdownWriter``: both show the same content.

/// A piece of running text. Everything that carries document text is escaped by the writers.
enum Inline: Hashable, Sendable {
    case text(String)
    case strong(String)
    /// A node id: linked to undocs.org when it is a UN document symbol.
    case symbol(String)
    /// Paragraph labels, relations, kinds: short, never wrapped.
    case code(String)
    /// A file path: monospace, wrapped anywhere.
    case path(String)
    /// Words quoted from a document.
    case quote(String)
    case muted(String)
    /// A horizontal bar, 0…1 of the cell's width (HTML only).
    case bar(Double)
    case lineBreak
    /// A link to another page of a site (a plain file name made by the site itself).
    case link(String, href: String)
}

/// One table cell; `sortKey` orders a numeric column (the table sorter reads it).
struct Cell: Hashable, Sendable {
    var inlines: [Inline]
    var sortKey: Double?

    init(_ inlines: [Inline], sortKey: Double? = nil) { self.inlines = inlines; self.sortKey = sortKey }
    static func text(_ s: String) -> Cell { Cell([.text(s)]) }
    static func symbol(_ s: String) -> Cell { Cell([.symbol(s)]) }
    static func code(_ s: String) -> Cell { Cell([.code(s)]) }
    static func path(_ s: String) -> Cell { Cell([.path(s)]) }
    static func number(_ n: Int) -> Cell { Cell([.text(String(n))], sortKey: Double(n)) }
    static func score(_ x: Double, digits: Int = 4) -> Cell { Cell([.text(Format.score(x, digits: digits))], sortKey: x) }
    static func optional(_ s: String?) -> Cell { s.map { Cell([.text($0)]) } ?? Cell([.muted("—")]) }
}

struct Column: Hashable, Sendable {
    var title: String
    var numeric: Bool
    /// Never wrapped (dates, year spans, symbols).
    var noWrap: Bool
    init(_ title: String, numeric: Bool = false, noWrap: Bool = false) {
        self.title = title; self.numeric = numeric; self.noWrap = noWrap
    }
}

struct Table: Hashable, Sendable {
    var caption: String?
    var columns: [Column]
    var rows: [[Cell]]
    /// Large tables get a filter box (when JavaScript runs).
    var filterable: Bool = false
    /// The last rows that are totals: kept below the others when the table is sorted.
    var footerRows: Int = 0
    /// As wide as its content rather than the page (small count tables).
    var compact: Bool = false

    /// The table without the columns in which every cell is empty or a dash (a "Title" column
    /// of documents that carry no titles).
    func droppingEmptyColumns() -> Table {
        guard !rows.isEmpty else { return self }
        let keep = columns.indices.filter { i in
            rows.contains { row in
                i < row.count && !row[i].inlines.allSatisfy { piece in
                    if case .muted(let s) = piece { return s == "—" }
                    if case .text(let s) = piece { return s.isEmpty }
                    return false
                }
            }
        }
        guard keep.count < columns.count else { return self }
        var table = self
        table.columns = keep.map { columns[$0] }
        table.rows = rows.map { row in keep.compactMap { $0 < row.count ? row[$0] : nil } }
        return table
    }
}

/// A diagram drawn in process: the SVG inline in HTML, a file beside the Markdown.
struct Figure: Hashable, Sendable {
    var caption: String
    /// Sanitised SVG markup, or nil when the diagram could not be drawn (see `note`).
    var svg: String?
    /// The file written beside `report.md` (already sanitised), when `svg` is set.
    var fileName: String?
    var note: String?
}

/// A term and what it means, for the legends under tables.
struct Definition: Hashable, Sendable {
    var term: String
    var meaning: String
}

struct KeyFigure: Hashable, Sendable {
    var label: String
    var value: String
}

indirect enum Block: Hashable, Sendable {
    case paragraph([Inline])
    case table(Table)
    case figure(Figure)
    case keyFigures([KeyFigure])
    case definitions([Definition])
    /// Collapsed in HTML (`<details>`), a bold line followed by its blocks in Markdown.
    case details(summary: [Inline], blocks: [Block])
    /// Blocks kept together; HTML gives a filterable group a filter box (when JavaScript runs).
    case group(filterable: Bool, blocks: [Block])
}

struct Subsection: Hashable, Sendable {
    /// `4.2`
    var number: String
    /// An HTML id: letters, digits and `-` only.
    var anchor: String
    var title: [Inline]
    var blocks: [Block]
}

struct Section: Hashable, Sendable {
    var number: Int
    var anchor: String
    var title: String
    var blocks: [Block]
    var subsections: [Subsection] = []
}

struct ReportContent: Hashable, Sendable {
    var title: String
    var subtitle: String
    var sections: [Section]
}
