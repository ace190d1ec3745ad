import Foundation

/// The treaties and instruments a footnote names by its source (`NoteSource`) alone: "Resolution
/// 69/283, annex II." is the Sendai Framework in every language. Learned from the English texts,
/// where the name before the note's marker is known (Benchmarks/multilingual/learn_notes.py), and
/// read from `Resources/instrument-notes.tsv`: `key<TAB>target[<TAB>counts…]` rows, the key as
/// `NoteSource.keys` writes it (a collective name's note has one row per member; `-` for a key whose
/// notes name no one instrument, so that no coarser key answers for it).
public struct InstrumentNotes: Sendable {
    let targetsByKey: [String: [String]]

    public init(tsv: String) {
        var out: [String: [String]] = [:]
        for line in tsv.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t").map(String.init)
            guard f.count >= 2, !f[1].isEmpty else { continue }
            // "-": the English notes of this key name no one instrument; a coarser key must not answer.
            out[f[0], default: []] += f[1] == "-" ? [] : [f[1]]
        }
        targetsByKey = out
    }

    /// The table shipped with CiteCore; empty when it is missing.
    public static let bundled: InstrumentNotes = {
        guard let url = Bundle.module.url(forResource: "instrument-notes", withExtension: "tsv"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return InstrumentNotes(tsv: "") }
        return InstrumentNotes(tsv: text)
    }()

    /// The targets of the finest key of `source` the table holds; nil when it holds none.
    public func targets(for source: NoteSource) -> [String]? {
        for key in source.keys { if let t = targetsByKey[key] { return t.isEmpty ? nil : t } }
        return nil
    }
}
