/// Finds every citation in a read document: resolutions, decisions and documents in the words,
/// official links of Akoma Ntoso input, and the footnotes that cite.
public struct CitationExtractor: Sendable {
    public init() {}

    /// Citations of `document`, in document order (by span).
    /// - Complexity: O(n) in the length of the text.
    public func extract(_ document: Document) -> [Citation] {
        let bytes = Array(document.text.utf8)
        var scanner = ReferenceScanner(bytes: bytes, citingBody: document.body)
        scanner.markerStarts = Set(document.footnotes.compactMap { $0.markerRange?.lowerBound })
        let citing = document.symbol
        var out: [Citation] = []

        func text(_ r: Range<Int>) -> String { String(decoding: bytes[r], as: UTF8.self) }
        func add(_ f: ReferenceScanner.Found, section: Section, paragraph: String, relation: Relation, footnote: Int?) {
            guard f.target != citing, Symbols.withoutPart(f.target) != citing else { return }
            out.append(Citation(citing: citing, target: f.target, targetKind: f.kind, body: f.body, relation: relation,
                                section: section, paragraph: paragraph, span: [f.span.lowerBound, f.span.upperBound],
                                text: text(f.span), date: f.date, part: f.part, title: f.title, footnote: footnote))
        }

        for p in document.paragraphs {
            if p.section == .cover {
                // Only the report or proposal the text was adopted on: "[on the report of … (A/78/461/Add.4, para. 11)]".
                for f in scanner.scan(p.range) where f.kind == .document && isAdoptedOnLine(bytes, f.span.lowerBound) {
                    add(f, section: .cover, paragraph: "COVER", relation: .cites, footnote: nil)
                }
                continue
            }
            for f in scanner.scan(p.range) {
                add(f, section: p.section, paragraph: p.label, relation: p.relation, footnote: nil)
            }
        }
        let relationOf = Dictionary(document.paragraphs.filter { $0.section != .cover }.map { ($0.label, $0.relation) }, uniquingKeysWith: { a, _ in a })
        for n in document.footnotes {
            let para = n.paragraph ?? "FN\(n.marker)"
            let relation = n.paragraph.flatMap { relationOf[$0] } ?? .cites
            var noteScanner = scanner
            let noteText = text(n.range)
            noteScanner.councilReport = noteText.contains("Supplement No. 53")
            for f in noteScanner.scan(n.range) {
                add(f, section: .footnote, paragraph: para, relation: relation, footnote: n.marker)
            }
        }
        if !document.links.isEmpty { out = merge(links: document.links, into: out, document: document, bytes: bytes) }
        out.sort { ($0.span[0], $0.span[1], $0.target) < ($1.span[0], $1.span[1], $1.target) }
        return out
    }

    /// Whether the line holding `offset` is the cover line naming what the text was adopted on.
    func isAdoptedOnLine(_ bytes: [UInt8], _ offset: Int) -> Bool {
        var s = offset
        while s > 0, bytes[s - 1] != 0x0A { s -= 1 }
        let head = String(decoding: bytes[s..<min(bytes.count, s + 40)], as: UTF8.self)
        return head.hasPrefix("[on the") || head.hasPrefix("[On the") || head.hasPrefix("[") 
    }

    /// Official links become citations marked `via: link`; what the words add is marked `via: text`.
    func merge(links: [SourceLink], into found: [Citation], document: Document, bytes: [UInt8]) -> [Citation] {
        var out: [Citation] = []
        var linkSpans: [(Range<Int>, String)] = []
        for l in links {
            let target = Symbols.withoutPart(l.target)
            guard target != document.symbol else { continue }
            let part = l.target == target ? nil : String(l.target.dropFirst(target.count + 1))
            let location = locate(l.range, in: document)
            // Take date and title from the text reading of the same words, when there is one.
            let same = found.first { $0.target == target && $0.span[0] <= l.range.lowerBound && $0.span[1] >= l.range.lowerBound }
            var c = Citation(citing: document.symbol, target: target, targetKind: Symbols.kind(ofSymbol: target),
                             body: Symbols.body(ofSymbol: target), relation: location.relation, section: location.section,
                             paragraph: location.paragraph, span: [l.range.lowerBound, l.range.upperBound],
                             text: String(decoding: bytes[l.range], as: UTF8.self), date: same?.date, part: part ?? same?.part,
                             title: same?.title, footnote: location.footnote, via: "link")
            if let s = same { c.span = s.span; c.text = s.text }
            out.append(c)
            linkSpans.append((l.range, target))
        }
        for var c in found {
            let covered = linkSpans.contains { r, t in t == c.target && r.lowerBound < c.span[1] && c.span[0] < r.upperBound }
            if covered { continue }
            c.via = "text"
            out.append(c)
        }
        return out
    }

    func locate(_ r: Range<Int>, in document: Document) -> (section: Section, paragraph: String, relation: Relation, footnote: Int?) {
        if let n = document.footnotes.first(where: { $0.range.contains(r.lowerBound) }) {
            let p = document.paragraphs.first { $0.label == n.paragraph && $0.section != .cover }
            return (.footnote, n.paragraph ?? "FN\(n.marker)", p?.relation ?? .cites, n.marker)
        }
        if let p = document.paragraphs.last(where: { $0.range.contains(r.lowerBound) }) {
            return (p.section, p.label, p.section == .cover ? .cites : p.relation, nil)
        }
        return (.annex, "AX", .cites, nil)
    }
}
