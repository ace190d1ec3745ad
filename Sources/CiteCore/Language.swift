import Foundation

/// The six official languages of the United Nations, in which every resolution is published.
///
/// Read from the Akoma Ntoso metadata (`<FRBRlanguage language="fra">`) when the input is XML,
/// else from the text itself (`Language.detect`): the script, then for Latin text the words of
/// the opening line and the commonest function words.
///
/// ```swift
/// Language.detect(in: "L’Assemblée générale,\n\nRappelant sa résolution 76/13 …")  // .french
/// Language(code: "zho")                                                      // .chinese
/// ```
public enum Language: String, Sendable, CaseIterable, Codable {
    case english = "eng", french = "fra", spanish = "spa", russian = "rus", arabic = "ara", chinese = "zho"

    /// From an ISO 639 code as AKN files and undocs.org write it (`fra`, `fre`, `fr`, `zh`…); nil for others.
    public init?(code: String) {
        switch code.lowercased() {
        case "eng", "en": self = .english
        case "fra", "fre", "fr": self = .french
        case "spa", "es": self = .spanish
        case "rus", "ru": self = .russian
        case "ara", "ar": self = .arabic
        case "zho", "chi", "zh": self = .chinese
        default: return nil
        }
    }

    /// The ISO 639-2 code (`fra`).
    public var code: String { rawValue }

    /// The English name (`French`).
    public var name: String {
        switch self {
        case .english: "English"
        case .french: "French"
        case .spanish: "Spanish"
        case .russian: "Russian"
        case .arabic: "Arabic"
        case .chinese: "Chinese"
        }
    }

    /// The language of a document's text: Arabic, Chinese or Cyrillic script by their letters,
    /// else French, Spanish or English by the words most frequent in each (articles,
    /// prepositions and the clause verbs of resolutions). English when nothing says otherwise.
    /// - Complexity: O(n) in the first `limit` bytes of the text.
    public static func detect(in text: String, limit: Int = defaultLimit) -> Language {
        var text = text
        if let fast = text.withUTF8({ detect(utf8: $0, limit: limit) }) { return fast }
        return detectByCharacters(in: text, limit: limit)
    }

    /// The characters read by default: a resolution's cover and first paragraphs. With 3,000
    /// instead of 20,000, `extract` output stays byte-identical on every corpus folder (six
    /// languages, English of every body, OCR, PDF); Benchmarks/extract/language.sh compares the
    /// language two binaries report, file by file.
    public static let defaultLimit = 3_000

    /// `detect` read as characters: the reference the byte reading (`Language+Bytes`) agrees with,
    /// and what texts whose characters are not single scalars (combining marks) take.
    static func detectByCharacters(in text: String, limit: Int = defaultLimit) -> Language {
        if let script = scriptLanguage(text.unicodeScalars.prefix(limit)) { return script }
        var scores: [Language: Int] = [:]
        for word in text.prefix(limit).split(whereSeparator: { !$0.isLetter && $0 != "’" && $0 != "'" }) {
            if let l = markerWords[word.lowercased()] { scores[l, default: 0] += 1 }
        }
        return bestScore(scores)
    }

    /// Arabic, Chinese or Russian when their script outnumbers the Latin letters; nil for Latin text.
    static func scriptLanguage<S: Sequence>(_ scalars: S) -> Language? where S.Element == Unicode.Scalar {
        var arabic = 0, cjk = 0, cyrillic = 0, latin = 0
        for scalar in scalars {
            switch scalar.value {
            case 0x0600...0x06FF: arabic += 1
            case 0x4E00...0x9FFF: cjk += 1
            case 0x0400...0x04FF: cyrillic += 1
            case 0x41...0x5A, 0x61...0x7A: latin += 1
            default: break
            }
        }
        let most = max(arabic, cjk, cyrillic)
        guard most > 0, most * 2 > latin else { return nil }
        if most == arabic { return .arabic }
        if most == cjk { return .chinese }
        return .russian
    }

    /// The language of the most marker words; English when none.
    static func bestScore(_ scores: [Language: Int]) -> Language {
        let ranked = [Language.english, .french, .spanish].map { ($0, scores[$0] ?? 0) }
            .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.rawValue < $1.0.rawValue }
        return ranked.first.map { $0.1 > 0 ? $0.0 : .english } ?? .english
    }

    /// Words frequent in one of the three Latin-script languages and rare in the other two.
    static let markerWords: [String: Language] = {
        var out: [String: Language] = [:]
        for w in ["the", "of", "and", "its", "resolution", "resolutions", "recalling", "which", "with", "that", "decides", "requests"] { out[w] = .english }
        for w in ["le", "les", "des", "du", "et", "sa", "ses", "résolution", "résolutions", "rappelant", "qui", "dans", "prie", "l’assemblée", "au", "aux"] { out[w] = .french }
        for w in ["el", "los", "las", "del", "y", "su", "sus", "resolución", "resoluciones", "recordando", "con", "solicita", "una", "al"] { out[w] = .spanish }
        return out
    }()
}
