import Foundation

/// Instruments named by their footnote's source (`NoteSource`, `InstrumentNotes`): where the name
/// before a marker is not one the gazetteer knows in the document's language, a note that points to
/// where an instrument was adopted ("Resolution 69/283, annex II.") still cites it.
extension CitationExtractor {
    /// The source of each footnote of `document`, by marker (notes without one are left out).
    /// - Complexity: O(n) in the length of the footnotes.
    public func noteSources(of document: Document) -> [Int: NoteSource] {
        let bytes = Array(document.text.utf8)
        var scanner = ReferenceScanner(bytes: bytes, citingBody: document.body, language: document.language)
        scanner.citingYear = document.date.flatMap { Int($0.prefix(4)) }
        scanner.markerStarts = Set(document.footnotes.compactMap { $0.markerRange?.lowerBound })
        var anchorsOfNote: [Int: [(target: String, span: Range<Int>)]] = [:]
        for n in document.footnotes { anchorsOfNote[n.marker] = Self.anchors(scanner.scan(n.range)) }
        return Self.sources(document, bytes: bytes, anchorsOfNote: anchorsOfNote)
    }

    /// The resolutions, decisions and documents a note cites, in order: the candidates for its source.
    static func anchors(_ found: [ReferenceScanner.Found]) -> [(target: String, span: Range<Int>)] {
        found.filter { $0.kind == .resolution || $0.kind == .decision || $0.kind == .document }
            .sorted { $0.span.lowerBound < $1.span.lowerBound }
            .map { ($0.target, $0.span) }
    }

    /// Sources in marker order, each "Ibid." read against the note before it.
    static func sources(_ document: Document, bytes: [UInt8], anchorsOfNote: [Int: [(target: String, span: Range<Int>)]]) -> [Int: NoteSource] {
        var out: [Int: NoteSource] = [:]
        var previous: NoteSource?
        for n in document.footnotes.sorted(by: { $0.marker < $1.marker }) {
            previous = NoteSource.read(bytes, range: n.range, anchors: anchorsOfNote[n.marker] ?? [], previous: previous)
            if let p = previous { out[n.marker] = p }
        }
        return out
    }

    /// A citation of each instrument a note names by its source, for the notes not `skipping`
    /// (read after a known name, or holding a Treaty Series reference) and the targets not yet `cited`.
    func instrumentsOfNotes(_ document: Document, bytes: [UInt8], anchorsOfNote: [Int: [(target: String, span: Range<Int>)]],
                            skipping: Set<Int>, cited: Set<String>, table: InstrumentNotes = .bundled) -> [Citation] {
        guard let gazetteer else { return [] }
        let sources = Self.sources(document, bytes: bytes, anchorsOfNote: anchorsOfNote)
        let relationOf = Dictionary(document.paragraphs.filter { $0.section != .cover }.map { ($0.label, $0.relation) }, uniquingKeysWith: { a, _ in a })
        var cited = cited
        var out: [Citation] = []
        for n in document.footnotes.sorted(by: { $0.marker < $1.marker }) where !skipping.contains(n.marker) {
            guard let source = sources[n.marker], let targets = table.targets(for: source) else { continue }
            // The words cited: the note's first symbol, else the whole note.
            let span = anchorsOfNote[n.marker]?.first?.span ?? n.range
            for target in targets where cited.insert(target).inserted {
                guard let entry = gazetteer.entry(id: target) else { continue }
                out.append(Citation(citing: document.symbol, target: target, targetKind: entry.targetKind,
                                    relation: n.paragraph.flatMap { relationOf[$0] } ?? .cites, section: .footnote,
                                    paragraph: n.paragraph ?? "FN\(n.marker)", span: span,
                                    text: String(decoding: bytes[span], as: UTF8.self), date: entry.adopted, title: entry.name,
                                    footnote: n.marker, unts: entry.unts, via: .footnote))
            }
        }
        return out
    }
}
