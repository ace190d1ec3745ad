import Foundation

/// The words that make a treaty's name part of the name of one of its protocols ("Protocole
/// facultatif à la Convention relative aux droits de l’enfant, concernant la vente d’enfants…",
/// "Факультативный протокол к Конвенции о правах ребенка", "《儿童权利公约关于买卖儿童…问题的任择
/// 议定书》"): where the protocol's own name is not one the gazetteer knows in the language, the
/// treaty's name inside it is no citation of the treaty. The patterns are the `protocol-of` rows of
/// `Resources/citation-forms.tsv`; English has none (its protocols' names are the gazetteer's own,
/// and the longest name wins).
struct ProtocolNames: Sendable {
    let before: [CompiledPattern]
    let after: [CompiledPattern]

    static func of(_ language: Language) -> ProtocolNames {
        let forms = CitationForms.of(language)
        return ProtocolNames(before: forms?.protocolOfBeforeRegexes ?? [], after: forms?.protocolOfAfterRegexes ?? [])
    }

    /// Bytes of text read on each side of a name.
    static let window = 300

    /// Whether the name at `name` (UTF-8 offsets into `bytes`) stands inside a protocol's name.
    /// - Complexity: O(w) per pattern, w the window.
    func holds(_ bytes: [UInt8], name: Range<Int>) -> Bool {
        if !before.isEmpty {
            let head = String(decoding: bytes[max(0, name.lowerBound - Self.window)..<name.lowerBound], as: UTF8.self)
            for p in before where head.firstMatch(of: p.regex) != nil { return true }
        }
        if !after.isEmpty {
            let tail = String(decoding: bytes[name.upperBound..<min(bytes.count, name.upperBound + Self.window)], as: UTF8.self)
            for p in after where tail.firstMatch(of: p.regex) != nil { return true }
        }
        return false
    }
}

extension Gazetteer {
    /// The entry a Treaty Series reference stands for: the entry with that very reference, else the
    /// one entry with its registration number printed at most 3 volumes away (a treaty printed over
    /// several volumes: the Law of the Sea Convention is "vol. 1833, No. 31363" in one language's note
    /// and "vol. 1834, no 31363" in another's; the Chemical Weapons Convention 1974 or 1975). None
    /// when two entries are as near (a treaty and its protocols share the number).
    /// - Complexity: O(n) in the number of entries when the reference is not an entry's own.
    func entry(near unts: UNTSReference) -> GazetteerEntry? {
        if let e = entry(for: unts) { return e }
        var best: GazetteerEntry?
        var bestDistance = Int.max
        var tie = false
        for e in entries {
            guard let u = e.unts, u.number == unts.number, u.league == unts.league else { continue }
            let d = abs(u.volume - unts.volume)
            guard d <= 3 else { continue }
            if d < bestDistance { best = e; bestDistance = d; tie = false } else if d == bestDistance { tie = true }
        }
        return tie ? nil : best
    }
}
