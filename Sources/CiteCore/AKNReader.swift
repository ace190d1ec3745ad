import Foundation

/// A document read from Akoma Ntoso (AKN4UN) XML: its text, laid out exactly as the corpus
/// renderer lays it out, its metadata and its official links.
public struct AKNRendering: Sendable, Equatable {
    /// The document as plain text: cover lines, title, opening, one block per paragraph,
    /// the closing line, then the footnotes after the rule `__________________`.
    public var text: String
    /// The document symbol from the cover, normalised (`S/RES/2467 (2019)`, `A/RES/78/153`).
    public var symbol: String?
    /// The adopting body, read from the symbol (presidential statements and drafts not adopted are `.sc`).
    public var body: Body
    /// ISO adoption date from the FRBR metadata; `nil` when absent or the placeholder `0001-01-01`.
    public var date: String?
    /// The resolution title (the preface's `docTitle`), when the XML has one.
    public var title: String?
    /// The agenda item as numbered on the cover (`72 (a)`), else the Security Council agenda
    /// title from the classification (`The situation in Cyprus`).
    public var agendaItem: String?
    /// UNBIS Thesaurus subject headings (`SUSTAINABLE DEVELOPMENT`) then SDG goals (`SDG 3`),
    /// each once, in document order.
    public var subjects: [String]
    /// One entry per `<a href>` to a UN document (undocs.org, docs.un.org), in text order;
    /// `range` is the UTF-8 byte range of the anchor text in `text`.
    public var links: [SourceLink]

    public init(text: String, symbol: String?, body: Body, date: String?, title: String?,
                agendaItem: String?, subjects: [String], links: [SourceLink]) {
        self.text = text; self.symbol = symbol; self.body = body; self.date = date; self.title = title
        self.agendaItem = agendaItem; self.subjects = subjects; self.links = links
    }
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

    /// Reads one `.xml` file into a `Document`: the rendered text is split into cover,
    /// paragraphs and footnotes by `DocumentReader`, then identity comes from the XML metadata
    /// and `links` from its `<a href>` elements.
    ///
    /// - Throws: `InputError` when the file cannot be read, is not valid AKN XML, or has no symbol.
    /// - Complexity: O(n) in the size of the XML plus the text reader's cost.
    public static func read(path: String) throws -> Document {
        let data = try FileNames.readData(path)
        let rendering = try render(data: data, path: path)
        guard let symbol = rendering.symbol, !symbol.isEmpty else {
            throw InputError(path: path, reason: "no document symbol in the Akoma Ntoso cover (docNumber refersTo=\"#symbol\")")
        }
        // The language the FRBR expression declares (`<FRBRlanguage language="fra">`), else the text's.
        let language = AKNLanguage.declared(in: data.prefix(65_536)).flatMap { Language(code: $0) }
        var document = try DocumentReader.parse(data: Data(rendering.text.utf8), path: path, language: language)
        document.symbol = Symbols.documentSymbol(symbol)
        document.body = rendering.body
        document.date = rendering.date
        document.title = rendering.title
        document.agendaItem = rendering.agendaItem
        document.subjects = rendering.subjects
        if document.text == rendering.text {
            document.links = rendering.links
        } else {
            let (links, lost) = relocate(rendering.links, from: rendering.text, to: document.text)
            document.links = links
            if lost > 0 {
                document.warnings.append("\(lost) link(s) of the XML could not be placed in the normalised text")
            }
        }
        return document
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
