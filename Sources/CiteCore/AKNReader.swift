import Foundation

/// A document read from Akoma Ntoso (AKN4UN) XML: its text, laid out exactly as the corpus
/// renderer lays it out, its metadata, and where its notes and official links are in the text.
public struct AKNRendering: Sendable, Equatable {
    /// One note as the renderer wrote it: after the rule, `marker<TAB>words`.
    struct Note: Sendable, Equatable {
        /// The marker as the XML gives it (`1`, `*`, `a`).
        var marker: String
        /// Where the marker stands in the body, when the note was inside a block.
        var markerRange: Range<Int>?
        /// The note's words, after the marker and the tab.
        var range: Range<Int>
    }

    /// The document as plain text: cover lines, title, opening, one block per paragraph,
    /// the closing line, then the footnotes after the rule `__________________`.
    public var text: String
    /// Symbol (from the cover, normalised; empty when the cover has none), body (read from the
    /// symbol; presidential statements and drafts not adopted are `.sc`), adoption date from the
    /// FRBR metadata, title (the preface's `docTitle`), agenda item (as numbered on the cover,
    /// else the Council's agenda title from the classification), subjects (UNBIS Thesaurus
    /// headings then SDG goals, each once).
    public var info: DocumentInfo
    /// One entry per `<a href>` to a UN document (undocs.org, docs.un.org), in text order;
    /// `range` is the UTF-8 byte range of the anchor text in `text`.
    public var links: [SourceLink]
    /// The notes, in the order they are written after the rule.
    var notes: [Note] = []
    /// Every block the renderer wrote before the rule (the cover's lines first), in text order,
    /// with where it stands in the XML.
    var blocks: [Block] = []

    public init(text: String, symbol: String?, body: Body, date: String?, title: String?,
                agendaItem: String?, subjects: [String], links: [SourceLink]) {
        self.text = text
        self.info = DocumentInfo(symbol: symbol ?? "", body: body, date: date, title: title,
                                 agendaItem: agendaItem, subjects: subjects)
        self.links = links
    }

    /// The document symbol from the cover, normalised (`S/RES/2467 (2019)`, `A/RES/78/153`).
    public var symbol: String? { info.symbol.isEmpty ? nil : info.symbol }
    /// The adopting body, read from the symbol (presidential statements and drafts not adopted are `.sc`).
    public var body: Body { info.body }
    /// ISO adoption date from the FRBR metadata; `nil` when absent or the placeholder `0001-01-01`.
    public var date: String? { info.date }
    /// The resolution title (the preface's `docTitle`), when the XML has one.
    public var title: String? { info.title }
    /// The agenda item as numbered on the cover (`72 (a)`), else the Security Council agenda
    /// title from the classification (`The situation in Cyprus`).
    public var agendaItem: String? { info.agendaItem }
    /// UNBIS Thesaurus subject headings (`SUSTAINABLE DEVELOPMENT`) then SDG goals (`SDG 3`),
    /// each once, in document order.
    public var subjects: [String] { info.subjects }
}

/// Reads the UN's Akoma Ntoso (AKN4UN) XML.
///
/// Parsing streams through `XMLParser`; external entities are never resolved and a document
/// whose DOCTYPE declares entities or names an external DTD is refused before parsing.
public enum AKNReader {
    /// Renders AKN XML to plain text with its metadata and links.
    ///
    ///     let r = try AKNReader.render(data: xml, path: "S_RES_2672_E.xml")
    ///     r.symbol    // "S/RES/2672 (2023)"
    ///     r.links[0]  // SourceLink(target: "S/RES/2042 (2012)", range: 512..<523)
    ///
    /// - Throws: `InputError` for empty input, a refused DOCTYPE, malformed XML (with the
    ///   parser's line number) or a root element other than `akomaNtoso`.
    /// - Complexity: O(n) in the size of the XML.
    public static func render(data: Data, path: String) throws -> AKNRendering {
        try AKNPrologScanner.check(data, path: path)
        return try AKNRenderer.run(data: data, path: path)
    }

    /// Reads one `.xml` file into a `Document`. The renderer's text is the document's text, and
    /// its layout is what the renderer recorded (`AKNLayout`): the cover, the paragraphs and their
    /// labels from the blocks it wrote and where they stand in the XML, each note's words and
    /// marker, each link; only the clause verbs are read from the words. Identity comes from the
    /// XML metadata. Read back as any text is (`StructureParser`): a document with no opening
    /// formula (its notes and links still as recorded), and one whose rendered text the text
    /// cleaner would change (a rare slip it repairs) or with a line of the body that begins with
    /// a rule, whose links are then found again by their anchors.
    ///
    /// - Throws: `InputError` when the file cannot be read, is not valid AKN XML, or has no symbol.
    /// - Complexity: O(n) in the size of the XML plus the text reader's cost.
    public static func read(path: String) throws -> Document {
        let data = try FileNames.readData(path)
        let rendering = try render(data: data, path: path)
        guard let symbol = rendering.symbol else {
            throw InputError(path: path, reason: "no document symbol in the Akoma Ntoso cover (docNumber refersTo=\"#symbol\")")
        }
        // The language the FRBR expression declares (`<FRBRlanguage language="fra">`), else the text's.
        let declared = AKNLanguage.declared(in: data.prefix(65_536)).flatMap { Language(code: $0) }
        let decoded = try TextDecoding.decode(Data(rendering.text.utf8), path: path)
        let text = TextCleaner.clean(decoded.text)
        var document: Document
        let language = declared ?? Language.detect(in: text)
        if text == rendering.text, let paragraphs = AKNLayout.paragraphs(of: rendering, language: language) {
            // The layout as the renderer recorded it.
            let placed = AKNLayout.footnotes(of: rendering.notes, in: paragraphs)
            document = Document(path: path, info: rendering.info, text: text,
                                layout: DocumentLayout(paragraphs: paragraphs, footnotes: placed.footnotes, links: rendering.links),
                                warnings: placed.warnings)
            document.language = language
            if paragraphs.allSatisfy({ $0.section == .cover }) {
                document.warnings.append("no paragraphs found after the cover")
            }
        } else if text == rendering.text && rulesBeforeNotes(text) == (rendering.notes.isEmpty ? 0 : 1) {
            document = try DocumentReader.parse(text: text, path: path, language: declared, notes: rendering.notes)
            document.links = rendering.links
        } else {
            document = try DocumentReader.parse(text: text, path: path, language: declared)
            let (links, lost) = relocate(rendering.links, from: rendering.text, to: document.text)
            document.links = links
            if lost > 0 {
                document.warnings.append("\(lost) link(s) of the XML could not be placed in the normalised text")
            }
        }
        document.warnings.insert(contentsOf: decoded.warnings, at: 0)
        var info = rendering.info
        info.symbol = Symbols.documentSymbol(symbol)
        document.info = info
        return document
    }

    /// How many lines begin with a rule (`_____`): the text reader takes the first for the one
    /// before the notes.
    static func rulesBeforeNotes(_ text: String) -> Int {
        var count = 0, atLineStart = true, run = 0
        for b in text.utf8 {
            if atLineStart || run > 0 {
                if b == 0x5F { run += 1; if run == 5 { count += 1 } } else { run = 0 }
            }
            atLineStart = b == 0x0A
            if b == 0x0A { run = 0 }
        }
        return count
    }

    /// Moves link ranges from the rendered text into a text the reader changed, by finding
    /// each anchor again at or after the previous one.
    static func relocate(_ links: [SourceLink], from source: String, to target: String) -> ([SourceLink], Int) {
        let sourceBytes = Array(source.utf8), targetBytes = Array(target.utf8)
        var placed: [SourceLink] = [], lost = 0, cursor = 0
        for link in links {
            let anchor = Array(sourceBytes[link.range])
            if let start = firstIndex(of: anchor, in: targetBytes, from: cursor) {
                placed.append(SourceLink(target: link.target, range: start..<(start + anchor.count)))
                cursor = start
            } else {
                lost += 1
            }
        }
        return (placed, lost)
    }

    private static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard !needle.isEmpty else { return start <= haystack.count ? start : nil }
        guard needle.count <= haystack.count else { return nil }
        var i = start
        while i + needle.count <= haystack.count {
            if haystack[i] == needle[0] && Array(haystack[i..<(i + needle.count)]) == needle { return i }
            i += 1
        }
        return nil
    }
}
