#if canImport(FoundationXML)
import FoundationXML
#endif
import Foundation

/// The streaming walk behind `AKNReader.render`: one pass of `XMLParser` events that lays the
/// document out as the corpus renderer does and collects metadata and links on the way.
///
/// Layout rules (reverse-engineered from `akn/text` and checked on every indexed file):
/// - a block is the text of a `p`, `heading`, `subheading`, `crossHeading`, `listIntroduction`,
///   `block` or table row `tr` (outermost one wins), whitespace collapsed; empty blocks vanish;
/// - the cover's blocks are lines of one first block; other blocks are separated by a blank line;
/// - a `num` of a `paragraph`, `point`, `item` or `section` waits and is put, with a tab, before
///   the next non-empty block; a holder that ends with no block of its own prints its numbers
///   alone, and so does the end of a main part (preamble, body, conclusions, annex);
///   a `num` elsewhere is a block of its own; a block that is only `1)` or `(a)` is a number too;
/// - an `authorialNote` leaves its marker in the text and its content goes to the footnotes;
/// - `eol`, `td` and `th` separate words; everything under `meta` is metadata, not text.
final class AKNRenderer: NSObject, XMLParserDelegate {
    private enum Capture { case symbol, title, agendaItem }

    private static let blockElements: Set<String> = [
        "p", "heading", "subheading", "tr", "listIntroduction", "crossHeading", "block",
    ]
    private static let numberHolders: Set<String> = ["paragraph", "point", "item", "section"]
    private static let mainParts: Set<String> = [
        "coverPage", "preface", "preamble", "mainBody", "conclusions", "attachment", "statement", "doc",
    ]

    private let path: String
    private var stack: [Frame] = []
    private var metaDepth = 0
    private var coverDepth = 0
    private var block: AKNTextBuffer?
    private var blockOwnerDepth = 0
    private var note: (marker: String, buffer: AKNTextBuffer, depth: Int)?
    private var numberBuffer: AKNTextBuffer?
    /// Markers written into the open block.
    private var blockMarkers: [(note: Int, range: Range<Int>)] = []
    /// Numbers waiting for their paragraph: the depth of their holder, the text and the holder.
    private var pendingNumbers: [(depth: Int, text: String, holder: String)] = []
    private var serials = 0
    /// The element being closed: a block emitted now belongs to it.
    private var closing = Frame(name: "")
    private var coverLines: [Block] = []
    private var blocks: [Block] = []
    /// Each note as written after the rule (`marker<TAB>words`), the length of its prefix, its marker.
    private var footnotes: [(block: Block, prefix: Int, marker: String)] = []

    private var capture: (kind: Capture, depth: Int, buffer: AKNTextBuffer)?
    private var symbol: String?
    private var title: String?
    private var agendaItem: String?
    private var councilAgenda: String?
    private var adoptionDate: String?
    private var authorBody: Body?
    private var thesaurusSubjects: [String] = []
    private var sdgSubjects: [String] = []

    private var rootName: String?
    private var firstError: (line: Int, reason: String)?
    private var externalEntityRequested: String?
    private var entityDeclared: String?

    private init(path: String) { self.path = path }

    /// Parses `data` and returns the rendering.
    /// - Complexity: O(n) in the size of the XML.
    static func run(data: Data, path: String) throws -> AKNRendering {
        let renderer = AKNRenderer(path: path)
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.shouldProcessNamespaces = false
        parser.shouldReportNamespacePrefixes = false
        parser.delegate = renderer
        let ok = parser.parse()
        if let root = renderer.rootName, root != "akomaNtoso" {
            throw InputError(path: path, reason: "not an Akoma Ntoso document (root element <\(root)>, expected <akomaNtoso>)")
        }
        // The parser's own word on entities, behind the prolog scanner: a declaration anywhere
        // in a DOCTYPE stops the parse before any reference to it is expanded.
        if let name = renderer.entityDeclared {
            throw InputError(path: path, reason: "XML DOCTYPE declares the entity '\(name)'; refused (entity expansion is not allowed)")
        }
        if let name = renderer.externalEntityRequested {
            throw InputError(path: path, reason: "XML refers to the external entity '\(name)'; refused (external entities are never resolved)")
        }
        if let error = renderer.firstError {
            throw InputError(path: path, reason: "malformed XML at line \(error.line): \(error.reason)")
        }
        if !ok {
            let reason = parser.parserError.map { AKNRenderer.describe($0) } ?? "parse failed"
            throw InputError(path: path, reason: "malformed XML at line \(parser.lineNumber): \(reason)")
        }
        guard renderer.rootName != nil else {
            throw InputError(path: path, reason: "malformed XML at line \(parser.lineNumber): no root element")
        }
        return renderer.result()
    }

    // MARK: - XMLParserDelegate

    func parser(_ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?, attributes: [String: String]) {
        let name = Self.localName(elementName)
        if rootName == nil {
            rootName = name
            if name != "akomaNtoso" { parser.abortParsing(); return }
        }
        serials += 1
        stack.append(Frame(name: name, serial: serials, preambular: attributes["refersTo"] == "#preamble"))
        if name == "meta" { metaDepth += 1 }
        if metaDepth > 0 { readMetadata(name, attributes); return }
        if name == "coverPage" { coverDepth += 1 }
        startCapture(name, attributes)

        if note != nil {
            if name == "a", let href = attributes["href"], let target = AKNSymbol.target(href: href) {
                note?.buffer.openAnchor(target: target)
                stack[stack.count - 1].openedAnchor = true
            }
            return
        }
        if name == "authorialNote" {
            let marker = attributes["marker"] ?? ""
            if let range = block?.appendMarker(marker) { blockMarkers.append((footnotes.count, range)) }
            note = (marker, AKNTextBuffer(), stack.count)
            return
        }
        if Self.blockElements.contains(name) {
            for k in 0..<(stack.count - 1) { stack[k].hadBlock = true }
        }
        if name == "num" && block == nil && numberBuffer == nil {
            numberBuffer = AKNTextBuffer()
            return
        }
        if Self.blockElements.contains(name) && block == nil {
            block = AKNTextBuffer()
            blockOwnerDepth = stack.count
        }
        if name == "eol" || name == "td" || name == "th" {
            block?.appendBreak()
        }
        if name == "a", block != nil, numberBuffer == nil,
           let href = attributes["href"], let target = AKNSymbol.target(href: href) {
            block?.openAnchor(target: target)
            stack[stack.count - 1].openedAnchor = true
        }
    }

    func parser(_ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
                qualifiedName qName: String?) {
        guard let frame = stack.popLast() else { return }
        closing = frame
        let name = frame.name
        if name == "meta" { metaDepth -= 1; return }
        if metaDepth > 0 { return }
        if name == "coverPage" { coverDepth -= 1 }
        endCapture()

        if let open = note {
            if name == "authorialNote" && open.depth == stack.count + 1 {
                var buffer = open.buffer
                let (bytes, links) = buffer.finish()
                let prefix = Array((open.marker + "\t").utf8)
                footnotes.append((Block(bytes: prefix + bytes, links: Self.shift(links, by: prefix.count)), prefix.count, open.marker))
                note = nil
                return
            }
            if name == "p" { note?.buffer.appendBreak() }
            if frame.openedAnchor { note?.buffer.closeAnchor() }
            return
        }
        if name == "num", let buffer = numberBuffer {
            numberBuffer = nil
            let text = buffer.string
            if let holder = stack.last, Self.numberHolders.contains(holder.name) {
                pendingNumbers.append((stack.count, text, holder.name))
            } else {
                emit(Block(bytes: Array(text.utf8), links: []))
            }
            return
        }
        if frame.openedAnchor { block?.closeAnchor() }
        if block != nil && blockOwnerDepth == stack.count + 1 {
            closeBlock()
            return
        }
        if let last = pendingNumbers.last, last.depth == stack.count + 1, !frame.hadBlock {
            flushNumbers()
        }
        if !pendingNumbers.isEmpty && Self.mainParts.contains(name) {
            flushNumbers()
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
        addText(string)
    }

    func parser(_ parser: XMLParser, foundIgnorableWhitespace whitespaceString: String) {
        addText(whitespaceString)
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
        addText(String(decoding: CDATABlock, as: UTF8.self))
    }

    func parser(_ parser: XMLParser, foundInternalEntityDeclarationWithName name: String, value: String?) {
        refuseEntity(name, parser)
    }

    func parser(_ parser: XMLParser, foundExternalEntityDeclarationWithName name: String, publicID: String?, systemID: String?) {
        refuseEntity(name, parser)
    }

    func parser(_ parser: XMLParser, foundUnparsedEntityDeclarationWithName name: String, publicID: String?,
                systemID: String?, notationName: String?) {
        refuseEntity(name, parser)
    }

    private func refuseEntity(_ name: String, _ parser: XMLParser) {
        if entityDeclared == nil { entityDeclared = name }
        parser.abortParsing()
    }

    func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? {
        if externalEntityRequested == nil { externalEntityRequested = name }
        return nil
    }

    func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
        guard firstError == nil, rootName == nil || rootName == "akomaNtoso" else { return }
        firstError = (parser.lineNumber, Self.describe(parseError))
    }

    // MARK: - Text

    private func addText(_ string: String) {
        if metaDepth > 0 { return }
        if note == nil { capture?.buffer.append(string) }
        if note != nil { note?.buffer.append(string); return }
        if numberBuffer != nil { numberBuffer?.append(string); return }
        block?.append(string)
    }

    private func closeBlock() {
        guard var buffer = block else { return }
        block = nil
        let (bytes, links) = buffer.finish()
        let markers = blockMarkers
        blockMarkers.removeAll()
        if coverDepth == 0 && Self.isBareNumber(bytes) {
            pendingNumbers.append((stack.count, String(decoding: bytes, as: UTF8.self), "p"))
            return
        }
        if !pendingNumbers.isEmpty && !bytes.isEmpty {
            let prefix = Array((pendingNumbers.map(\.text).joined(separator: "\t") + "\t").utf8)
            let numbers = pendingNumbers.map { AKNRendering.Number(text: $0.text, holder: $0.holder) }
            pendingNumbers.removeAll()
            emit(Block(bytes: prefix + bytes, links: Self.shift(links, by: prefix.count),
                       markers: markers.map { ($0.note, ($0.range.lowerBound + prefix.count)..<($0.range.upperBound + prefix.count)) }),
                 numbers: numbers, contentStart: prefix.count)
        } else {
            emit(Block(bytes: bytes, links: links, markers: markers))
        }
    }

    private func flushNumbers() {
        let text = pendingNumbers.map(\.text).joined(separator: "\t")
        let numbers = pendingNumbers.map { AKNRendering.Number(text: $0.text, holder: $0.holder) }
        pendingNumbers.removeAll()
        emit(Block(bytes: Array(text.utf8), links: []), numbers: numbers, contentStart: text.utf8.count)
    }

    private func emit(_ block: Block, numbers: [AKNRendering.Number] = [], contentStart: Int = 0) {
        guard !block.bytes.isEmpty else { return }
        var block = block
        block.place = AKNRendering.Block.place(in: (stack + [closing]).map { ($0.name, $0.serial, $0.preambular) }, cover: coverDepth > 0,
                                              numbers: numbers, contentStart: contentStart)
        if coverDepth > 0 { coverLines.append(block) } else { blocks.append(block) }
    }

    private func result() -> AKNRendering {
        var out: [UInt8] = []
        var links: [SourceLink] = []
        var markerRanges: [Int: Range<Int>] = [:]
        var places: [AKNRendering.Block] = []
        func place(_ block: Block) {
            var place = block.place
            place.range = out.count..<(out.count + block.bytes.count)
            place.contentStart += out.count
            places.append(place)
        }
        func add(_ block: Block) {
            links += Self.shift(block.links, by: out.count)
            for m in block.markers where markerRanges[m.note] == nil {
                markerRanges[m.note] = (m.range.lowerBound + out.count)..<(m.range.upperBound + out.count)
            }
            out += block.bytes
        }
        for (i, line) in coverLines.enumerated() {
            if i > 0 { out.append(0x0A) }
            place(line)
            add(line)
        }
        for block in blocks {
            out += [0x0A, 0x0A]
            place(block)
            add(block)
        }
        out.append(0x0A)
        var notes: [AKNRendering.Note] = []
        if !footnotes.isEmpty {
            out += Array("\n__________________\n".utf8)
            for (i, footnote) in footnotes.enumerated() {
                if i > 0 { out.append(0x0A) }
                let start = out.count
                add(footnote.block)
                notes.append(AKNRendering.Note(marker: footnote.marker, markerRange: markerRanges[i],
                                               range: (start + footnote.prefix)..<out.count))
            }
            out.append(0x0A)
        }
        let body = symbol.flatMap(AKNSymbol.body(of:)) ?? authorBody ?? .other
        var subjects: [String] = []
        var seen: Set<String> = []
        for s in thesaurusSubjects + sdgSubjects where seen.insert(s).inserted { subjects.append(s) }
        var rendering = AKNRendering(
            text: String(decoding: out, as: UTF8.self), symbol: symbol, body: body,
            date: adoptionDate, title: title, agendaItem: agendaItem ?? councilAgenda,
            subjects: subjects, links: links)
        rendering.notes = notes
        rendering.blocks = places
        return rendering
    }

    // MARK: - Metadata

    private func readMetadata(_ name: String, _ attributes: [String: String]) {
        switch name {
        case "FRBRdate":
            if adoptionDate == nil, attributes["name"] == "adoption", let date = attributes["date"] {
                adoptionDate = Self.isoDate(date)
            }
        case "FRBRauthor":
            if authorBody == nil, attributes["as"] == "author", let href = attributes["href"] {
                authorBody = Self.bodyOfAuthor(href)
            }
        case "keyword":
            let dictionary = attributes["dictionary"] ?? ""
            let label = Self.collapsed(attributes["showAs"] ?? attributes["value"] ?? "")
            if dictionary == "UNBIS Thesaurus", !label.isEmpty {
                thesaurusSubjects.append(label)
            } else if dictionary == "SDGO", let value = attributes["value"], !value.isEmpty {
                sdgSubjects.append("SDG \(Self.collapsed(value))")
            } else if councilAgenda == nil, attributes["refersTo"] == "agenda", dictionary == "S/", !label.isEmpty {
                councilAgenda = label.hasSuffix(".") ? String(label.dropLast()) : label
            }
        default:
            break
        }
    }

    private func startCapture(_ name: String, _ attributes: [String: String]) {
        guard capture == nil, note == nil else { return }
        let kind: Capture?
        switch name {
        case "docNumber" where symbol == nil && attributes["refersTo"] == "#symbol": kind = .symbol
        case "docTitle" where title == nil && attributes["refersTo"] == "#resolutionTitle": kind = .title
        case "inline" where agendaItem == nil && attributes["name"] == "agenda item": kind = .agendaItem
        default: kind = nil
        }
        if let kind { capture = (kind, stack.count, AKNTextBuffer()) }
    }

    private func endCapture() {
        guard let open = capture, open.depth == stack.count + 1 else { return }
        capture = nil
        let text = open.buffer.string
        guard !text.isEmpty else { return }
        switch open.kind {
        case .symbol: symbol = AKNSymbol.normalise(text)
        case .title: title = text
        case .agendaItem: agendaItem = Self.agendaNumber(text)
        }
    }
}
