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
    public static func detect(in text: String, limit: Int = 20_000) -> Language {
        var arabic = 0, cjk = 0, cyrillic = 0, latin = 0
        var scanned = 0
        for scalar in text.unicodeScalars {
            scanned += 1
            if scanned > limit { break }
            switch scalar.value {
            case 0x0600...0x06FF: arabic += 1
            case 0x4E00...0x9FFF: cjk += 1
            case 0x0400...0x04FF: cyrillic += 1
            case 0x41...0x5A, 0x61...0x7A: latin += 1
            default: break
            }
        }
        let most = max(arabic, cjk, cyrillic)
        if most > 0, most * 2 > latin {
            if most == arabic { return .arabic }
            if most == cjk { return .chinese }
            return .russian
        }
        var scores: [Language: Int] = [.english: 0, .french: 0, .spanish: 0]
        var words = 0
        for word in text.prefix(limit).split(whereSeparator: { !$0.isLetter && $0 != "’" && $0 != "'" }) {
            words += 1
            let w = word.lowercased()
            if let l = markerWords[w] { scores[l, default: 0] += 1 }
        }
        let ranked = scores.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key.rawValue < $1.key.rawValue }
        return ranked.first.map { $0.value > 0 ? $0.key : .english } ?? .english
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
