import Foundation

/// Clause openers of the five other official languages, folded to the same relations as English.
///
/// The tables `Resources/clause-openers-<code>.tsv` are learned from the parallel texts by
/// `Benchmarks/multilingual/learn_openers.py` (the opener of each paragraph labelled with the
/// relation of the English paragraph it translates); `clause-openers-extra.tsv` holds the rows
/// added by hand, with their language. A paragraph's opener is the longest table entry its
/// first words start with ("Rappelant également" → "rappelant également" or "rappelant").
extension ClauseVerbs {
    /// Openers of one language, longest first.
    struct LanguageOpeners: Sendable {
        var rows: [(words: [Unicode.Scalar], relation: Relation, operative: Bool)] = []
    }

    static let languageOpeners: [Language: LanguageOpeners] = {
        var out: [Language: LanguageOpeners] = [:]
        for language in Language.allCases where language != .english {
            guard let url = Bundle.module.url(forResource: "clause-openers-\(language.code)", withExtension: "tsv"),
                  let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            out[language, default: LanguageOpeners()].rows += parseLanguageOpeners(text)
        }
        if let url = Bundle.module.url(forResource: "clause-openers-extra", withExtension: "tsv"),
           let text = try? String(contentsOf: url, encoding: .utf8) {
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
                guard f.count >= 4, let language = Language(code: f[0]) else { continue }
                out[language, default: LanguageOpeners()].rows += parseLanguageOpeners(f[1...].joined(separator: "\t"))
            }
        }
        for (l, var o) in out {
            // Longest first; rows of the same length in table order (learned, then by hand).
            o.rows = o.rows.enumerated().sorted { a, b in
                a.element.words.count != b.element.words.count ? a.element.words.count > b.element.words.count : a.offset < b.offset
            }.map(\.element)
            out[l] = o
        }
        return out
    }()

    /// `opener<TAB>relation<TAB>form[<TAB>count]` rows.
    static func parseLanguageOpeners(_ text: String) -> [(words: [Unicode.Scalar], relation: Relation, operative: Bool)] {
        text.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let f = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard f.count >= 3, let relation = Relation(rawValue: f[1]) else { return nil }
            let words = CitationForms.fold(f[0])
            return words.isEmpty ? nil : (words, relation, f[2] == "operative")
        }
    }

    /// The clause verb at the start of a paragraph in `language`: the words as written, the
    /// relation, and whether it is operative ("Décide") rather than preambular ("Rappelant").
    public static func read(_ text: Substring, language: Language) -> (verb: String, relation: Relation, operative: Bool)? {
        if language == .english {
            if let reading = readASCII(text) { return reading.map { ($0.verb, $0.relation, $0.operative) } }
            // The verb's words in lower case are those of the verb as written, lower-cased and split.
            return readWords(text).map { ($0.verb, $0.relation, isOperativeForm(lowerWords: $0.lowerWords)) }
        }
        guard let table = languageOpeners[language] else { return nil }
        let lead = text.drop { $0 == "“" || $0 == "\"" || $0 == " " || $0 == "\t" || $0 == "«" || $0 == "\u{200F}" || $0 == "\u{200E}" }
        let scalars = Array(lead.unicodeScalars.prefix(80))
        let line = ScalarText(scalars: scalars)
        for row in table.rows {
            guard let end = line.match(row.words, at: 0) else { continue }
            // A whole word (Chinese has no spaces: "回顾其…" opens with 回顾).
            guard language == .chinese || line.endsWord(end) else { continue }
            var verb = String(String.UnicodeScalarView(scalars[..<end]))
            while let last = verb.last, last == " " { verb.removeLast() }
            return (verb, row.relation, row.operative)
        }
        return nil
    }
}

extension ScalarText {
    /// Scalars without a byte buffer behind them (offsets counted as UTF-8 all the same).
    init(scalars: [Unicode.Scalar]) {
        self.init(bytes: Array(String(String.UnicodeScalarView(scalars)).utf8))
    }
}
