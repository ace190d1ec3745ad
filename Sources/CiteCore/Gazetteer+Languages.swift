import Foundation

/// A name of a gazetteer entry in one of the other official languages ("Convention relative aux
/// droits de l’enfant", "儿童权利公约"), read from `Resources/gazetteer-names.tsv`.
///
/// The names were learned from the parallel texts (Benchmarks/multilingual/learn_instruments.py):
/// where the English paragraph names an entry, the same paragraph of the translation holds its name.
public struct GazetteerName: Hashable, Sendable {
    /// The gazetteer entry the name stands for.
    public var id: String
    public var language: Language
    public var name: String

    public init(id: String, language: Language, name: String) {
        self.id = id; self.language = language; self.name = name
    }

    /// Rows `id<TAB>language<TAB>name[<TAB>…]`; `#` lines and blank lines are skipped.
    /// A row with fewer than three fields or an unknown language is an error naming its line.
    public static func parse(tsv: String, file: String = "gazetteer-names.tsv") throws(GazetteerError) -> [GazetteerName] {
        var out: [GazetteerName] = []
        for (number, line) in tsv.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count >= 3, !fields[0].isEmpty, !fields[2].isEmpty else {
                throw GazetteerError(entry: "\(file) line \(number + 1)", reason: "expected id, language and name")
            }
            guard let language = Language(code: String(fields[1])) else {
                throw GazetteerError(entry: "\(file) line \(number + 1)", reason: "unknown language \(fields[1])")
            }
            out.append(GazetteerName(id: String(fields[0]), language: language, name: String(fields[2])))
        }
        return out
    }

    /// The names shipped with CiteCore: the learned ones (`Resources/gazetteer-names.tsv`), then
    /// those added by hand (`Resources/gazetteer-names-extra.tsv`); none for a missing file.
    static func bundled() throws(GazetteerError) -> [GazetteerName] {
        var out: [GazetteerName] = []
        for resource in ["gazetteer-names", "gazetteer-names-extra"] {
            guard let url = Bundle.module.url(forResource: resource, withExtension: "tsv") else { continue }
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                throw GazetteerError(entry: resource + ".tsv", reason: "cannot be read as UTF-8")
            }
            out += try parse(tsv: text, file: resource + ".tsv")
        }
        return out
    }
}

extension Gazetteer {
    /// The same entries with names in other languages added; every name's id must be an entry's.
    public func adding(names: [GazetteerName]) throws(GazetteerError) -> Gazetteer {
        for n in names where entry(id: n.id) == nil {
            throw GazetteerError(entry: n.id, reason: "a \(n.language.name) name (\(n.name)) for an unknown entry")
        }
        return try Gazetteer(entries: entries, blockers: blockers, names: self.names + names)
    }

    /// The names of entry `id` in `language`, in file order.
    public func names(of id: String, in language: Language) -> [String] {
        names.filter { $0.id == id && $0.language == language }.map(\.name)
    }
}
