import ArgumentParser
import CiteCore
import CiteGraph

/// The filter options analysis commands share (`--body GA,SC --kind resolution --relation
/// recalls,reaffirms --from 2015 --to 2020`), parsed once into a `GraphFilter`. Used by
/// `citedby`, `communities`, `export` and `report`; `render` and `rank` keep their own
/// `--body`/`--kind` for now.
struct FilterOptions: ParsableArguments {
    @Option(name: .customLong("body"), help: "Only these bodies (comma-separated: GA,SC,HRC,ECOSOC,CHR,OTHER).")
    var bodies: String?

    @Option(name: .customLong("kind"), help: "Only these node kinds (comma-separated: resolution,decision,treaty,instrument,document).")
    var kinds: String?

    @Option(name: .customLong("relation"), help: "Only citations with these relations (comma-separated: recalls,reaffirms,…).")
    var relations: String?

    @Option(name: .customLong("from"), help: "Only citations made by documents of this year or later.")
    var fromYear: Int?

    @Option(name: .customLong("to"), help: "Only citations made by documents of this year or earlier.")
    var toYear: Int?

    func validate() throws { _ = try filter() }

    /// The typed filter; a bad value is named with the accepted ones.
    func filter() throws -> GraphFilter {
        func parse<T: RawRepresentable & CaseIterable>(_ list: String?, _ option: String, upper: Bool) throws -> Set<T>? where T.RawValue == String {
            guard let list else { return nil }
            var out = Set<T>()
            for item in list.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !item.isEmpty {
                guard let v = T(rawValue: upper ? item.uppercased() : item.lowercased()) else {
                    throw ValidationError("--\(option): unknown value \"\(item)\" (one of \(T.allCases.map(\.rawValue).joined(separator: ", ")))")
                }
                out.insert(v)
            }
            return out
        }
        if let f = fromYear, let t = toYear, f > t { throw ValidationError("--from \(f) is after --to \(t)") }
        var years: ClosedRange<Int>?
        if fromYear != nil || toYear != nil { years = (fromYear ?? Int.min)...(toYear ?? Int.max) }
        return GraphFilter(bodies: try parse(bodies, "body", upper: true), kinds: try parse(kinds, "kind", upper: false),
                           relations: try parse(relations, "relation", upper: false), citingYears: years)
    }
}
