import CiteCore

/// One node of the citation graph: a document of the corpus, or a target known only from citations.
///
/// ```swift
/// let node = NodeRecord(id: "S/RES/1325 (2000)", kind: .resolution, body: .sc, date: "2000-10-31")
/// node.year   // 2000
/// ```
public struct NodeRecord: Codable, Sendable, Hashable {
    /// Canonical symbol: `A/RES/73/154`, `S/RES/1325 (2000)`, `UNTS 1577/27531`, `instrument:paris-agreement`.
    public var id: String { didSet { symbol = Symbol(id) } }
    /// `id` parsed once, when the node is made (nil for an id that names no document); the graph's
    /// numbering places and the diagrams' short symbols are read from it, not from `id` again.
    public private(set) var symbol: Symbol?
    public var kind: TargetKind
    public var body: Body?
    /// ISO date (`2018-12-17`), when known.
    public var date: String?
    /// Year of `date`, or derived from the symbol (`(2000)`, GA session 73 → 2018) when there is no date.
    public var year: Int?
    public var title: String?
    public var agendaItem: String?
    public var subjects: [String]
    /// Other names the node is cited by: the instruments a resolution adopted ("Universal
    /// Declaration of Human Rights" for A/RES/217 (III)).
    public var aliases: [String] = []
    /// `true` for documents that were read; `false` for nodes known only from citations.
    public var inCorpus: Bool
    /// Source file of a document of the corpus.
    public var path: String?

    public init(id: String, kind: TargetKind, body: Body? = nil, date: String? = nil, year: Int? = nil,
                title: String? = nil, agendaItem: String? = nil, subjects: [String] = [],
                inCorpus: Bool = true, path: String? = nil) {
        self.id = id
        let symbol = Symbol(id)
        self.symbol = symbol
        self.kind = kind
        self.body = body
        // A Security Council symbol states the year of adoption; a date of another year is a typo
        // in the document ("Adopted … on 29 June 2016" in S/RES/2423 (2018)) and would put the
        // text two years before its predecessor. (ECOSOC's does not: E/RES/2023/1 was adopted in
        // July 2022, when the 2023 session opened.)
        let stated = symbol?.family == .scResolution ? symbol?.year : nil
        if let stated, let date, date.utf8.count >= 4, let y = Int(date.prefix(4)), y != stated {
            self.date = nil
            self.year = stated
        } else {
            self.date = date
            self.year = year ?? SymbolChronology.year(ofDate: date) ?? symbol.flatMap(SymbolChronology.year(of:))
        }
        self.title = title
        self.agendaItem = agendaItem
        self.subjects = subjects
        self.inCorpus = inCorpus
        self.path = path
    }

    /// The node of a document of the corpus.
    public init(document info: DocumentInfo, path: String?) {
        self.init(id: info.symbol, kind: SymbolChronology.kind(of: info.symbol), body: info.body, date: info.date,
                  title: info.title, agendaItem: info.agendaItem, subjects: info.subjects, inCorpus: true, path: path)
    }

    /// A node known only from citations: kind and body as the citation says, or as the symbol shows.
    public static func external(id: String, kind: TargetKind? = nil, body: Body? = nil, date: String? = nil,
                                title: String? = nil) -> NodeRecord {
        NodeRecord(id: id, kind: kind ?? SymbolChronology.kind(of: id), body: body ?? SymbolChronology.body(of: id),
                   date: date, title: title, inCorpus: false)
    }

    enum CodingKeys: String, CodingKey {
        case id, kind, body, date, year, title, agendaItem, subjects, aliases, inCorpus, path
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try c.decode(String.self, forKey: .id),
                  kind: try c.decode(TargetKind.self, forKey: .kind),
                  body: try c.decodeIfPresent(Body.self, forKey: .body),
                  date: try c.decodeIfPresent(String.self, forKey: .date),
                  year: try c.decodeIfPresent(Int.self, forKey: .year),
                  title: try c.decodeIfPresent(String.self, forKey: .title),
                  agendaItem: try c.decodeIfPresent(String.self, forKey: .agendaItem),
                  subjects: try c.decodeIfPresent([String].self, forKey: .subjects) ?? [],
                  inCorpus: try c.decodeIfPresent(Bool.self, forKey: .inCorpus) ?? true,
                  path: try c.decodeIfPresent(String.self, forKey: .path))
        aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(kind, forKey: .kind)
        try c.encodeIfPresent(body, forKey: .body)
        try c.encodeIfPresent(date, forKey: .date)
        try c.encodeIfPresent(year, forKey: .year)
        try c.encodeIfPresent(title, forKey: .title)
        try c.encodeIfPresent(agendaItem, forKey: .agendaItem)
        try c.encode(subjects, forKey: .subjects)
        if !aliases.isEmpty { try c.encode(aliases, forKey: .aliases) }
        try c.encode(inCorpus, forKey: .inCorpus)
        try c.encodeIfPresent(path, forKey: .path)
    }
}
