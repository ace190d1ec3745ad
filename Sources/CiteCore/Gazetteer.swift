import Foundation

/// One treaty or instrument of the gazetteer (`Resources/gazetteer.json`).
public struct GazetteerEntry: Codable, Hashable, Sendable {
    public enum Kind: String, Codable, Hashable, Sendable {
        case treaty, instrument
    }

    /// `UNTS 1577/27531` (`LNTS 94/2138`) when the entry has a Treaty Series reference,
    /// else `instrument:<kebab-case-name>`.
    public var id: String
    /// The name as the United Nations writes it.
    public var name: String
    /// Other spellings, short names and abbreviations ("CEDAW", "Rome Statute").
    public var aliases: [String]
    public var unts: UNTSReference?
    /// ISO date of adoption (or of opening for signature), when known.
    public var adopted: String?
    /// Canonical id of the resolution that adopted the instrument (`A/RES/217 (III)`), when one did.
    public var resolution: String?
    public var kind: Kind
    /// The treaty (or collective entry) that this protocol or amendment belongs to.
    public var parent: String?
    /// For a collective name ("Geneva Conventions of 12 August 1949"): the ids of the treaties it
    /// names; a citation of the collective name is a citation of each of them.
    public var members: [String]?

    public init(id: String, name: String, aliases: [String] = [], unts: UNTSReference? = nil,
                adopted: String? = nil, resolution: String? = nil, kind: Kind,
                parent: String? = nil, members: [String]? = nil) {
        self.id = id; self.name = name; self.aliases = aliases; self.unts = unts; self.adopted = adopted
        self.resolution = resolution; self.kind = kind; self.parent = parent; self.members = members
    }

    enum CodingKeys: String, CodingKey {
        case id, name, aliases, unts, adopted, resolution, kind, parent, members
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id)
        name = try c.decode(String.self, forKey: .name)
        aliases = try c.decodeIfPresent([String].self, forKey: .aliases) ?? []
        unts = try c.decodeIfPresent(UNTSReference.self, forKey: .unts)
        adopted = try c.decodeIfPresent(String.self, forKey: .adopted)
        resolution = try c.decodeIfPresent(String.self, forKey: .resolution)
        kind = try c.decode(Kind.self, forKey: .kind)
        parent = try c.decodeIfPresent(String.self, forKey: .parent)
        members = try c.decodeIfPresent([String].self, forKey: .members)
    }

    /// The ids a citation of this entry's name stands for: its members, or itself.
    public var targets: [String] { members ?? [id] }

    /// The `TargetKind` of a citation of this entry (`treaty` when it has a UNTS reference).
    public var targetKind: TargetKind { id.hasPrefix("UNTS ") || id.hasPrefix("LNTS ") ? .treaty : .instrument }
}

/// A gazetteer that cannot be read, with the entry and the reason, printed as one line.
public struct GazetteerError: Error, CustomStringConvertible, Sendable, Equatable {
    public var entry: String
    public var reason: String
    public init(entry: String, reason: String) { self.entry = entry; self.reason = reason }
    public var description: String { "gazetteer: \(entry): \(reason)" }
}

/// The treaties and instruments that citegraph recognises by name, read from a JSON data file.
///
/// ```swift
/// let gazetteer = try Gazetteer.bundled()
/// gazetteer.entry(for: UNTSReference(volume: 1577, number: 27531))?.name
/// // "Convention on the Rights of the Child"
/// ```
public struct Gazetteer: Sendable {
    /// Entries in file order.
    public let entries: [GazetteerEntry]
    /// Names that contain an instrument's name but cite none ("Special Committee on the Charter of
    /// the United Nations and on the Strengthening of the Role of the Organization").
    public let blockers: [String]
    /// Names of entries in the other official languages (`Gazetteer+Languages.swift`).
    public let names: [GazetteerName]
    private let byID: [String: Int]
    private let byUNTS: [UNTSReference: Int]
    private let childrenByID: [String: [Int]]
    private let groupOf: [String: String]

    /// Builds a gazetteer and checks it: ids unique and well formed, UNTS ids equal to their
    /// reference, parents and members present.
    ///
    /// - Complexity: O(n) in the number of entries.
    public init(entries: [GazetteerEntry], blockers: [String] = [], names: [GazetteerName] = []) throws(GazetteerError) {
        var byID: [String: Int] = [:]
        var byUNTS: [UNTSReference: Int] = [:]
        for (i, e) in entries.enumerated() {
            guard byID[e.id] == nil else { throw GazetteerError(entry: e.id, reason: "duplicate id") }
            guard !e.name.isEmpty else { throw GazetteerError(entry: e.id, reason: "empty name") }
            if let u = e.unts {
                if e.id.hasPrefix("UNTS ") || e.id.hasPrefix("LNTS ") {
                    guard e.id == u.id else {
                        throw GazetteerError(entry: e.id, reason: "id does not match its unts reference \(u.id)")
                    }
                }
                if byUNTS[u] == nil || e.id == u.id { byUNTS[u] = i }
            } else if !e.id.hasPrefix("instrument:") {
                throw GazetteerError(entry: e.id, reason: "an entry without unts needs an instrument: id")
            }
            if e.id.hasPrefix("instrument:") {
                let slug = e.id.dropFirst("instrument:".count)
                guard !slug.isEmpty, slug.allSatisfy({ ($0.isLetter && $0.isLowercase) || $0.isNumber || $0 == "-" }) else {
                    throw GazetteerError(entry: e.id, reason: "instrument id is not kebab-case")
                }
            }
            byID[e.id] = i
        }
        var children: [String: [Int]] = [:]
        var groupOf: [String: String] = [:]
        for (i, e) in entries.enumerated() {
            if let p = e.parent {
                guard byID[p] != nil else { throw GazetteerError(entry: e.id, reason: "unknown parent \(p)") }
                children[p, default: []].append(i)
            }
            for m in e.members ?? [] {
                guard byID[m] != nil else { throw GazetteerError(entry: e.id, reason: "unknown member \(m)") }
                if groupOf[m] == nil { groupOf[m] = e.id }
            }
        }
        self.entries = entries
        self.blockers = blockers
        self.names = names
        self.byID = byID
        self.byUNTS = byUNTS
        self.childrenByID = children
        self.groupOf = groupOf
    }

    /// Reads the JSON form: `{"entries": [...], "blockers": [...]}`.
    public init(data: Data) throws(GazetteerError) {
        let file: File
        do {
            file = try JSONDecoder().decode(File.self, from: data)
        } catch {
            throw GazetteerError(entry: "gazetteer.json", reason: "not a valid gazetteer (\(Gazetteer.describe(error)))")
        }
        try self.init(entries: file.entries, blockers: file.blockers ?? [])
    }

    /// Reads a gazetteer JSON file.
    public init(contentsOf url: URL) throws(GazetteerError) {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw GazetteerError(entry: url.path, reason: "cannot be read")
        }
        try self.init(data: data)
    }

    private struct File: Decodable {
        var entries: [GazetteerEntry]
        var blockers: [String]?
    }

    private static func describe(_ error: Error) -> String {
        guard let e = error as? DecodingError else { return "\(error)" }
        switch e {
        case .keyNotFound(let key, let ctx):
            return "missing \(key.stringValue) at \(path(ctx.codingPath))"
        case .typeMismatch(_, let ctx), .valueNotFound(_, let ctx), .dataCorrupted(let ctx):
            return "\(ctx.debugDescription) at \(path(ctx.codingPath))"
        @unknown default:
            return "\(e)"
        }
    }

    private static func path(_ keys: [CodingKey]) -> String {
        keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
    }

    /// The entry with this id.
    public func entry(id: String) -> GazetteerEntry? { byID[id].map { entries[$0] } }

    /// The entry whose Treaty Series reference this is.
    public func entry(for unts: UNTSReference) -> GazetteerEntry? { byUNTS[unts].map { entries[$0] } }

    /// Ids of the collective entries that list `id` among their members.
    public func groups(containing id: String) -> [String] {
        groupOf[id].map { [$0] } ?? []
    }

    /// Protocols and amendments whose `parent` is `id`, in file order; for a member of a collective
    /// entry without children of its own, those of the collective entry.
    public func children(of id: String) -> [GazetteerEntry] {
        if let c = childrenByID[id] { return c.map { entries[$0] } }
        if let g = groupOf[id], let c = childrenByID[g] { return c.map { entries[$0] } }
        return []
    }
}
