import Foundation

/// The body that adopted a document or a cited resolution.
public enum Body: String, Codable, Sendable, CaseIterable, Comparable {
    case ga = "GA"
    case sc = "SC"
    case hrc = "HRC"
    case ecosoc = "ECOSOC"
    case chr = "CHR"
    case other = "OTHER"

    public static func < (lhs: Body, rhs: Body) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// Where in a document a paragraph or a citation sits.
public enum Section: String, Codable, Sendable, CaseIterable {
    case preamble, operative, footnote, annex, cover
}

/// What a citation points at.
public enum TargetKind: String, Codable, Sendable, CaseIterable {
    case resolution, decision, treaty, instrument, document
}

/// The verb that cites, folded to the vocabulary of DESIGN.md.
public enum Relation: String, Codable, Sendable, CaseIterable {
    case recalls, reaffirms, notes, welcomes, acknowledges, recognizes
    case bearsInMind = "bears-in-mind"
    case guidedBy = "guided-by"
    case emphasizes, reiterates
    case expressesConcern = "expresses-concern"
    case considers, endorses, affirms, decides, requests, urges
    case callsUpon = "calls-upon"
    case invites, encourages, condemns, demands, adopts, approves, cites
}

/// A United Nations Treaty Series reference: first volume and registration number.
public struct UNTSReference: Codable, Hashable, Sendable, Comparable {
    public var volume: Int
    public var number: Int
    /// `true` for the League of Nations Treaty Series.
    public var league: Bool

    public init(volume: Int, number: Int, league: Bool = false) {
        self.volume = volume
        self.number = number
        self.league = league
    }

    /// Canonical node id: `UNTS 1577/27531` (`LNTS 94/2138` for the League of Nations series).
    public var id: String { "\(league ? "LNTS" : "UNTS") \(volume)/\(number)" }

    public static func < (a: UNTSReference, b: UNTSReference) -> Bool {
        (a.league ? 1 : 0, a.volume, a.number) < (b.league ? 1 : 0, b.volume, b.number)
    }

    enum CodingKeys: String, CodingKey { case volume, number, league }
    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        volume = try c.decode(Int.self, forKey: .volume)
        number = try c.decode(Int.self, forKey: .number)
        league = try c.decodeIfPresent(Bool.self, forKey: .league) ?? false
    }
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(volume, forKey: .volume)
        try c.encode(number, forKey: .number)
        if league { try c.encode(true, forKey: .league) }
    }
}

/// One citation: the record of DESIGN.md (`citegraph extract --format jsonl`).
public struct Citation: Codable, Hashable, Sendable {
    public var citing: String
    public var target: String
    public var targetKind: TargetKind
    public var body: Body?
    public var relation: Relation
    public var section: Section
    public var paragraph: String
    /// UTF-8 byte range into the document text (`[start, end]` in JSON and CSV).
    public var span: Range<Int>
    public var text: String
    public var date: String?
    public var part: String?
    public var title: String?
    public var footnote: Int?
    public var unts: UNTSReference?
    /// How the citation was read, when the document also had links or notes to read it by.
    public var via: Via?

    /// How a citation was read: written as `via` in the JSON record and the store.
    public enum Via: String, Codable, Sendable, CaseIterable {
        /// From an Akoma Ntoso `<a href>`: an official link.
        case link
        /// Found in the words of a document that also has links.
        case text
        /// A treaty or instrument backed by the Treaty Series reference of its footnote.
        case footnote
    }

    public init(citing: String, target: String, targetKind: TargetKind, body: Body? = nil,
                relation: Relation, section: Section, paragraph: String, span: Range<Int>, text: String,
                date: String? = nil, part: String? = nil, title: String? = nil, footnote: Int? = nil,
                unts: UNTSReference? = nil, via: Via? = nil) {
        self.citing = citing; self.target = target; self.targetKind = targetKind; self.body = body
        self.relation = relation; self.section = section; self.paragraph = paragraph; self.span = span
        self.text = text; self.date = date; self.part = part; self.title = title; self.footnote = footnote
        self.unts = unts; self.via = via
    }

    enum CodingKeys: String, CodingKey {
        case citing, target, targetKind, body, relation, section, paragraph, span, text
        case date, part, title, footnote, unts, via
    }
}

/// One paragraph of a document, located in its text.
public struct Paragraph: Hashable, Sendable {
    /// `PP3`, `OP7`, `AX2` (annex), `COVER`.
    public var label: String
    public var section: Section
    /// The clause verb as written ("Recalling also", "Takes note"), if one was read.
    public var verb: String?
    public var relation: Relation
    /// UTF-8 byte range of the paragraph in the document text.
    public var range: Range<Int>

    public init(label: String, section: Section, verb: String?, relation: Relation, range: Range<Int>) {
        self.label = label; self.section = section; self.verb = verb; self.relation = relation; self.range = range
    }
}

/// One footnote: its marker number, where the marker is, and where its text is.
public struct Footnote: Hashable, Sendable {
    public var marker: Int
    /// Byte range of the marker in the body text, when it was found.
    public var markerRange: Range<Int>?
    /// Label of the paragraph that holds the marker.
    public var paragraph: String?
    /// Byte range of the footnote text.
    public var range: Range<Int>

    public init(marker: Int, markerRange: Range<Int>?, paragraph: String?, range: Range<Int>) {
        self.marker = marker; self.markerRange = markerRange; self.paragraph = paragraph; self.range = range
    }
}

/// A link read from an Akoma Ntoso `<a href>`: an official citation.
public struct SourceLink: Hashable, Sendable {
    /// The linked symbol, normalised (`A/RES/54/222`, `S/RES/2626 (2022)`).
    public var target: String
    /// Byte range of the anchor text in the document text.
    public var range: Range<Int>

    public init(target: String, range: Range<Int>) { self.target = target; self.range = range }
}

/// What a document is, apart from its text: its symbol, the body that adopted it, its date, title,
/// agenda item and subjects. Every reader produces it, the store keeps it, the graph's nodes and
/// the report are built from it; one value, not one copy per stage.
///
/// ```swift
/// let info = DocumentInfo(symbol: "S/RES/1325 (2000)", body: .sc, date: "2000-10-31")
/// ```
public struct DocumentInfo: Hashable, Sendable, Codable {
    /// The canonical symbol (`A/RES/74/174`, `S/RES/1325 (2000)`).
    public var symbol: String
    public var body: Body
    /// ISO adoption date, when known.
    public var date: String?
    public var title: String?
    /// The agenda item as numbered on the cover (`72 (a)`), or the Council's agenda title.
    public var agendaItem: String?
    /// Subject headings (UNBIS Thesaurus, then SDG goals), each once, in document order.
    public var subjects: [String]

    public init(symbol: String, body: Body, date: String? = nil, title: String? = nil,
                agendaItem: String? = nil, subjects: [String] = []) {
        self.symbol = symbol; self.body = body; self.date = date; self.title = title
        self.agendaItem = agendaItem; self.subjects = subjects
    }
}

/// A value that describes one document with a ``DocumentInfo`` and adds what its stage needs
/// (a read `Document` its text and layout, a stored document its file's hash, a report's its
/// path): the document's fields are read through `info`, here once for all of them.
public protocol DocumentInfoHolder {
    var info: DocumentInfo { get set }
}

extension DocumentInfoHolder {
    public var symbol: String { get { info.symbol } set { info.symbol = newValue } }
    public var body: Body { get { info.body } set { info.body = newValue } }
    /// ISO adoption date, when known.
    public var date: String? { get { info.date } set { info.date = newValue } }
    public var title: String? { get { info.title } set { info.title = newValue } }
    public var agendaItem: String? { get { info.agendaItem } set { info.agendaItem = newValue } }
    public var subjects: [String] { get { info.subjects } set { info.subjects = newValue } }
}

/// A read document: what it is (`info`), its normalised text and where everything is in that
/// text (`layout`), as its reader produced them.
public struct Document: DocumentInfoHolder, Sendable {
    public var path: String
    public var info: DocumentInfo
    /// The normalised text that `citegraph text` prints; every span is a byte range of it.
    public var text: String
    /// Cover, paragraphs, footnotes and links, located in `text` once by the reader.
    public var layout: DocumentLayout
    public var warnings: [String]
    /// The language of the text (declared by Akoma Ntoso metadata, else detected from the text).
    public var language: Language = .english

    public init(path: String, info: DocumentInfo, text: String, layout: DocumentLayout = DocumentLayout(),
                warnings: [String] = []) {
        self.path = path; self.info = info; self.text = text; self.layout = layout; self.warnings = warnings
    }

    public init(path: String, symbol: String, body: Body, date: String? = nil, title: String? = nil,
                agendaItem: String? = nil, subjects: [String] = [], text: String,
                paragraphs: [Paragraph] = [], footnotes: [Footnote] = [], links: [SourceLink] = [],
                warnings: [String] = []) {
        self.init(path: path, info: DocumentInfo(symbol: symbol, body: body, date: date, title: title,
                                                 agendaItem: agendaItem, subjects: subjects),
                  text: text, layout: DocumentLayout(paragraphs: paragraphs, footnotes: footnotes, links: links),
                  warnings: warnings)
    }

    public var paragraphs: [Paragraph] { get { layout.paragraphs } set { layout.paragraphs = newValue } }
    public var footnotes: [Footnote] { get { layout.footnotes } set { layout.footnotes = newValue } }
    /// Official links (Akoma Ntoso input only).
    public var links: [SourceLink] { get { layout.links } set { layout.links = newValue } }
}

/// An input that cannot be read, with the file and the reason, printed as one line.
public struct InputError: Error, CustomStringConvertible, Sendable, Equatable {
    public var path: String
    public var reason: String
    public init(path: String, reason: String) { self.path = path; self.reason = reason }
    public var description: String { "\(path): \(reason)" }
}
