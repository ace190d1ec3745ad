import Foundation

/// Clause verbs: the opening words of a paragraph ("Recalling also", "Takes note with appreciation")
/// folded to the relation vocabulary of DESIGN.md.
public enum ClauseVerbs {
    /// Adverbs and modifiers that may stand before the verb ("Also decides", "Strongly condemns").
    static let leadingModifiers: Set<String> = [
        "also", "further", "furthermore", "again", "once", "more", "strongly", "firmly", "deeply", "gravely",
        "seriously", "extremely", "fully", "solemnly", "hereby", "moreover", "likewise", "similarly",
        "emphatically", "unequivocally", "particularly", "especially", "profoundly", "urgently", "equally",
        "duly", "expressly", "still", "finally", "most", "very", "greatly", "highly", "keenly", "increasingly",
        "in", "addition",
        // "Remaining deeply concerned", "Ever mindful": the adjective after them is the opener.
        "remaining", "ever",
    ]

    /// One row of `Resources/clause-openers.tsv`.
    public struct Opener: Sendable, Equatable {
        /// Lower-case words ("recalling", "keeping in mind").
        public var words: [String]
        public var relation: Relation
        /// Operative (third person: "Decides") rather than preambular ("Recalling", "Mindful").
        public var operative: Bool
    }

    /// The clause openers shipped with CiteCore, in table order.
    public static let openers: [Opener] = {
        guard let url = Bundle.module.url(forResource: "clause-openers", withExtension: "tsv"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        return parseOpeners(text)
    }()

    /// Reads the opener table: `words<TAB>relation<TAB>form` a line, `#` comments; bad rows are skipped.
    static func parseOpeners(_ text: String) -> [Opener] {
        text.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let fields = line.split(separator: "\t").map(String.init)
            guard fields.count >= 3, let relation = Relation(rawValue: fields[1]) else { return nil }
            return Opener(words: fields[0].split(separator: " ").map(String.init), relation: relation, operative: fields[2] == "operative")
        }
    }

    /// Single-word openers and the relation they carry.
    static let verbs: [String: Relation] = Dictionary(openers.filter { $0.words.count == 1 }.map { ($0.words[0], $0.relation) },
                                                     uniquingKeysWith: { a, _ in a })

    /// Single-word openers and whether they are operative, as the table says.
    static let operativeForm: [String: Bool] = Dictionary(openers.filter { $0.words.count == 1 }.map { ($0.words[0], $0.operative) },
                                                          uniquingKeysWith: { a, _ in a })

    /// Openers of several words ("keeping in mind"), longest first.
    static let phrases: [Opener] = openers.filter { $0.words.count > 1 }.sorted { $0.words.count > $1.words.count }

    /// Reads the clause verb at the start of a paragraph's text.
    /// Returns the verb phrase as written (modifiers included) and its relation, or nil when the
    /// paragraph does not open with a clause verb.
    public static func read(_ text: Substring) -> (verb: String, relation: Relation)? {
        if let reading = readASCII(text) { return reading.map { ($0.verb, $0.relation) } }
        return readWords(text).map { ($0.verb, $0.relation) }
    }

    /// `readASCII` of a substring's bytes; nil when they are not contiguous or not read so.
    static func readASCII(_ text: Substring) -> ByteReading?? {
        text.utf8.withContiguousStorageIfAvailable { readASCII($0) } ?? nil
    }

    /// `read`, with the verb's words in lower case (what `isOperativeForm` reads).
    static func readWords(_ text: Substring) -> (verb: String, relation: Relation, lowerWords: ArraySlice<String>)? {
        var text = text.drop { $0 == "“" || $0 == "\"" || $0 == " " }
        // Presidential statements: "The Security Council recalls …", "The Council, recalling …".
        // (Only a "T" byte can begin either: no other character is canonically equivalent to it.)
        if text.utf8.first == 0x54 {
            for prefix in councilPrefixes where text.hasPrefix(prefix) {
                text = text.dropFirst(prefix.count).drop { $0 == "," || $0 == " " }
                break
            }
        }
        let (words, lower) = firstWordsAndLower(text, count: 8)
        guard !words.isEmpty else { return nil }
        var i = 0
        while i < lower.count - 1, leadingModifiers.contains(lower[i]) { i += 1 }
        guard i < lower.count else { return nil }
        let w = lower[i]
        var relation: Relation?
        var used = i + 1
        switch w {
        case "taking", "takes", "take":
            guard i + 1 < lower.count else { return nil }
            if lower[i + 1] == "note" { relation = .notes; used = i + 2 }
            // "Taking full note", "Taking careful note", "Taking due note".
            else if i + 2 < lower.count, lower[i + 1] == "full" || lower[i + 1] == "careful" || lower[i + 1] == "due", lower[i + 2] == "note" { relation = .notes; used = i + 3 }
            else if lower[i + 1] == "into" { relation = .considers; used = min(i + 3, lower.count) }
            else { return nil }
        case "bearing", "bears":
            relation = .bearsInMind; used = min(i + 3, lower.count)
        case "calling", "calls", "call", "appeals", "appealing":
            relation = .callsUpon
            if i + 1 < lower.count, lower[i + 1] == "upon" || lower[i + 1] == "on" || lower[i + 1] == "for" { used = i + 2 }
        case "expressing", "expresses":
            let rest = lower[(i + 1)...].prefix(5)
            if rest.contains(where: { $0.hasPrefix("concern") || $0 == "alarm" || $0.hasPrefix("regret") || $0 == "outrage" || $0 == "dismay" }) {
                relation = .expressesConcern
            } else if rest.contains(where: { $0.hasPrefix("appreciation") || $0.hasPrefix("gratitude") || $0.hasPrefix("satisfaction") || $0 == "support" || $0 == "thanks" }) {
                relation = .welcomes
            } else {
                relation = .cites
            }
            used = min(i + 1 + (rest.firstIndex(where: { $0.hasPrefix("concern") || $0.hasPrefix("appreciation") || $0.hasPrefix("gratitude") }).map { $0 - i } ?? 0), lower.count)
        case "having":
            guard i + 1 < lower.count else { return nil }
            var j = i + 1
            while j < lower.count - 1, leadingModifiers.contains(lower[j]) { j += 1 }
            switch lower[j] {
            case "noted": relation = .notes
            case "taken": relation = (j + 1 < lower.count && lower[j + 1] == "note") ? .notes : .considers
            case "adopted": relation = .adopts
            case "decided": relation = .decides
            case "recalled": relation = .recalls
            case "reaffirmed": relation = .reaffirms
            case "welcomed": relation = .welcomes
            default: relation = .considers
            }
            used = j + 1
        default:
            if let phrase = phrases.first(where: { p in i + p.words.count <= lower.count && lower[i..<(i + p.words.count)].elementsEqual(p.words) }) {
                relation = phrase.relation; used = i + phrase.words.count
            } else {
                relation = verbs[w]
            }
        }
        guard let r = relation else { return nil }
        // Keep a following modifier in the verb as written ("Recalling also", "Noting with concern").
        var end = min(used, words.count)
        if end < words.count, trailingModifiers.contains(lower[end]) { end += 1 }
        else if end + 1 < words.count, lower[end] == "with" { end += 2 }
        let verb = joined(words[0..<end], in: text)
        return (verb, r, lower[0..<end])
    }

    /// The openings of a presidential statement's paragraphs that stand before the verb.
    static let councilPrefixes = ["The Security Council", "The Council"]

    /// Modifiers kept after the verb as written ("Recalling also").
    static let trailingModifiers: Set<String> = ["also", "further", "furthermore", "again"]

    /// The relation of a clause verb written on its own ("Recalling also", "Takes note"), as in truth tables.
    public static func relation(ofVerb verb: String) -> Relation? {
        read(Substring(verb)).map(\.relation)
    }

    /// Up to `count` leading words (letters, hyphens and apostrophes), stopping at other punctuation.
    static func firstWords(_ text: Substring, count: Int) -> [String] {
        if let ascii = firstWordsASCII(text.utf8, count: count) { return ascii }
        var words: [String] = []
        var current = ""
        for ch in text {
            if ch.isLetter || ch == "-" || ch == "’" || ch == "'" {
                current.append(ch)
            } else {
                if !current.isEmpty { words.append(current); current = "" }
                if words.count >= count { break }
                if !(ch == " " || ch == "\t" || ch == "\u{00A0}") { break }
            }
        }
        if !current.isEmpty && words.count < count { words.append(current) }
        return words
    }
}

extension ClauseVerbs {
    /// Where the words of `firstWords` stand in `text`, with each word lower-cased: ASCII words
    /// lower-cased from their bytes, the others by `lowercased()`. A word of `firstWords` is a run
    /// of characters next to each other in `text`, so its range holds the same characters.
    /// - Complexity: O(n) in the length of the words read and the white space between them.
    static func firstWordsAndLower(_ text: Substring, count: Int) -> (words: [Range<String.Index>], lower: [String]) {
        let utf8 = text.utf8
        if let read = utf8.withContiguousStorageIfAvailable({ firstWordsASCII($0, count: count) }), let (offsets, lower) = read {
            let words = offsets.map { utf8.index(utf8.startIndex, offsetBy: $0.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: $0.upperBound) }
            return (words, lower)
        }
        let words = firstWordsCharacters(text, count: count)
        return (words, words.map { text[$0].lowercased() })
    }

    /// The words at `ranges` of `text` joined by single spaces, as `joined(separator: " ")` of
    /// `firstWords` writes them: the text they stand in when one space parts each from the next.
    static func joined(_ ranges: ArraySlice<Range<String.Index>>, in text: Substring) -> String {
        guard let first = ranges.first, let last = ranges.last else { return "" }
        let utf8 = text.utf8
        var previous = first
        for range in ranges.dropFirst() {
            guard utf8[previous.upperBound] == 0x20, utf8.index(after: previous.upperBound) == range.lowerBound else {
                return ranges.map { Substring(utf8[$0]) }.joined(separator: " ")
            }
            previous = range
        }
        return String(Substring(utf8[first.lowerBound..<last.upperBound]))
    }

    /// `firstWords` read as characters: where each word stands in `text`.
    static func firstWordsCharacters(_ text: Substring, count: Int) -> [Range<String.Index>] {
        var words: [Range<String.Index>] = []
        var start: Substring.Index?
        var index = text.startIndex
        while index < text.endIndex {
            let ch = text[index]
            if ch.isLetter || ch == "-" || ch == "’" || ch == "'" {
                if start == nil { start = index }
            } else {
                if let s = start { words.append(s..<index); start = nil }
                if words.count >= count { return words }
                if !(ch == " " || ch == "\t" || ch == "\u{00A0}") { return words }
            }
            index = text.index(after: index)
        }
        if let s = start, words.count < count { words.append(s..<text.endIndex) }
        return words
    }

    /// `firstWordsAndLower` read from the bytes: the words' byte offsets and lower-case forms, or
    /// nil when a non-ASCII byte comes before the words are complete (as `firstWordsASCII(_:count:)`).
    /// - Complexity: O(n) in the bytes read.
    static func firstWordsASCII(_ bytes: UnsafeBufferPointer<UInt8>, count: Int) -> (offsets: [Range<Int>], lower: [String])? {
        var offsets: [Range<Int>] = [], lower: [String] = []
        offsets.reserveCapacity(count); lower.reserveCapacity(count)
        func isWordByte(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || b == 0x2D || b == 0x27 }
        func take(_ word: Range<Int>) {
            offsets.append(word)
            let letters = UnsafeBufferPointer(rebasing: bytes[word])
            // A word byte is a letter, "-" or "'": setting 0x20 lower-cases a capital only.
            guard letters.contains(where: { $0 <= 0x5A && $0 >= 0x41 }) else {
                lower.append(String(decoding: letters, as: UTF8.self)); return
            }
            lower.append(withUnsafeTemporaryAllocation(of: UInt8.self, capacity: letters.count) { buffer in
                for (k, b) in letters.enumerated() { buffer[k] = b <= 0x5A && b >= 0x41 ? b | 0x20 : b }
                return String(decoding: buffer, as: UTF8.self)
            })
        }
        var start = -1
        for index in 0..<bytes.count {
            let b = bytes[index]
            if b >= 0x80 { return nil }
            if isWordByte(b) {
                if start < 0 { start = index }
            } else {
                if start >= 0 { take(start..<index); start = -1 }
                if offsets.count >= count { return (offsets, lower) }
                if !(b == 0x20 || b == 0x09) { return (offsets, lower) }
            }
        }
        if start >= 0, offsets.count < count { take(start..<bytes.count) }
        return (offsets, lower)
    }

    /// `firstWords` read from the bytes, or nil when a non-ASCII byte comes before the words are
    /// complete (a letter may then carry a combining mark, and "’" joins a word).
    static func firstWordsASCII(_ utf8: Substring.UTF8View, count: Int) -> [String]? {
        var words: [String] = []
        var start: Substring.UTF8View.Index?
        var index = utf8.startIndex
        func isWordByte(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || b == 0x2D || b == 0x27 }
        while index < utf8.endIndex {
            let b = utf8[index]
            if b >= 0x80 { return nil }
            if isWordByte(b) {
                if start == nil { start = index }
            } else {
                if let s = start { words.append(String(Substring(utf8[s..<index]))); start = nil }
                if words.count >= count { return words }
                if !(b == 0x20 || b == 0x09) { return words }
            }
            index = utf8.index(after: index)
        }
        if let s = start, words.count < count { words.append(String(Substring(utf8[s..<utf8.endIndex]))) }
        return words
    }

    /// Whether a verb phrase is operative ("Decides", "Also requests") rather than preambular
    /// ("Recalling", "Deeply concerned", "Mindful").
    public static func isOperativeForm(_ verb: String) -> Bool {
        isOperativeForm(lowerWords: verb.lowercased().split(separator: " ").map(String.init)[...])
    }

    /// `isOperativeForm` of a verb's words in lower case.
    static func isOperativeForm(lowerWords words: ArraySlice<String>) -> Bool {
        guard let main = words.first(where: { !leadingModifiers.contains($0) }) ?? words.first else { return false }
        if let form = operativeForm[main] { return form }
        if main.hasSuffix("ing") || main.hasSuffix("ed") { return false }
        if ["mindful", "aware", "conscious"].contains(main) { return false }
        return main.hasSuffix("s")
    }
}
