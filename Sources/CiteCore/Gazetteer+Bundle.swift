import Foundation

extension Gazetteer {
    /// The gazetteer shipped with CiteCore (`Resources/gazetteer.json`), with the names of its
    /// entries in the other official languages (`Resources/gazetteer-names.tsv`).
    public static func bundled() throws(GazetteerError) -> Gazetteer {
        guard let url = Bundle.module.url(forResource: "gazetteer", withExtension: "json") else {
            throw GazetteerError(entry: "gazetteer.json", reason: "missing from the CiteCore resources")
        }
        return try Gazetteer(contentsOf: url).adding(names: GazetteerName.bundled())
    }
}
