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
    ]

    /// Single-word verbs (participle or third person) and the relation they carry.
    static let verbs: [String: Relation] = {
        var table: [String: Relation] = [:]
        func add(_ words: [String], _ r: Relation) { for w in words { table[w] = r } }
        add(["recalling", "recalls", "referring", "refers", "reminding", "reminds"], .recalls)
        add(["reaffirming", "reaffirms"], .reaffirms)
        add(["reiterating", "reiterates"], .reiterates)
        add(["noting", "notes"], .notes)
        add(["welcoming", "welcomes", "appreciating", "appreciates", "commending", "commends", "praising", "praises"], .welcomes)
        add(["acknowledging", "acknowledges"], .acknowledges)
        add(["recognizing", "recognising", "recognizes", "recognises"], .recognizes)
        add(["mindful", "aware", "conscious"], .bearsInMind)
        add(["guided"], .guidedBy)
        add(["emphasizing", "emphasising", "emphasizes", "emphasises", "stressing", "stresses", "underlining",
             "underlines", "underscoring", "underscores", "highlighting", "highlights"], .emphasizes)
        add(["concerned", "alarmed", "disturbed", "troubled", "regretting", "regrets", "dismayed", "appalled",
             "outraged", "shocked"], .expressesConcern)
        add(["considering", "considers", "determining"], .considers)
        add(["endorsing", "endorses", "supporting", "supports"], .endorses)
        add(["affirming", "affirms", "confirming", "confirms", "declares", "declaring"], .affirms)
        add(["decides", "deciding", "resolves", "determines", "authorizes", "authorises", "agrees", "authorizing"], .decides)
        add(["requests", "requesting", "directs", "instructs", "recommends", "recommending"], .requests)
        add(["urges", "urging", "insists"], .urges)
        add(["invites", "inviting"], .invites)
        add(["encourages", "encouraging"], .encourages)
        add(["condemns", "condemning", "deplores", "deploring"], .condemns)
        add(["demands", "demanding"], .demands)
        add(["adopts", "adopting", "proclaims", "proclaiming"], .adopts)
        add(["approves", "approving"], .approves)
        return table
    }()

    /// Reads the clause verb at the start of a paragraph's text.
    /// Returns the verb phrase as written (modifiers included) and its relation, or nil when the
    /// paragraph does not open with a clause verb.
    public static func read(_ text: Substring) -> (verb: String, relation: Relation)? {
        var text = text.drop { $0 == "“" || $0 == "\"" || $0 == " " }
        // Presidential statements: "The Security Council recalls …", "The Council, recalling …".
        for prefix in ["The Security Council", "The Council"] where text.hasPrefix(prefix) {
            text = text.dropFirst(prefix.count).drop { $0 == "," || $0 == " " }
            break
        }
        let words = firstWords(text, count: 8)
        guard !words.isEmpty else { return nil }
        let lower = words.map { $0.lowercased() }
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
            else if lower[i + 1] == "into" { relation = .considers; used = min(i + 3, lower.count) }
            else { return nil }
        case "bearing", "bears":
            relation = .bearsInMind; used = min(i + 3, lower.count)
        case "calling", "calls", "call", "appeals", "appealing":
            relation = .callsUpon
            if i + 1 < lower.count, ["upon", "on", "for"].contains(lower[i + 1]) { used = i + 2 }
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
            relation = verbs[w]
        }
        guard let r = relation else { return nil }
        // Keep a following modifier in the verb as written ("Recalling also", "Noting with concern").
        var end = min(used, words.count)
        if end < words.count, ["also", "further", "furthermore", "again"].contains(lower[end]) { end += 1 }
        else if end + 1 < words.count, lower[end] == "with" { end += 2 }
        let verb = words[0..<end].joined(separator: " ")
        return (verb, r)
    }

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
        let words = verb.lowercased().split(separator: " ").map(String.init)
        guard let main = words.first(where: { !leadingModifiers.contains($0) }) ?? words.first else { return false }
        if main.hasSuffix("ing") || main.hasSuffix("ed") { return false }
        if ["mindful", "aware", "conscious"].contains(main) { return false }
        return main.hasSuffix("s")
    }
}
