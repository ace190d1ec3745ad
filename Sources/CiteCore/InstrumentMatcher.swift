/// A treaty or instrument named in a text.
public struct InstrumentMatch: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        /// A gazetteer name or alias: "the Convention on the Rights of the Child".
        case name
        /// The protocols of a treaty named just before or after: "its Optional Protocols",
        /// "the Additional Protocols thereto", "the Optional Protocols to the Convention on the
        /// Rights of the Child". `entryID` is that treaty; `targets` are the protocols.
        case protocols
    }

    /// UTF-8 byte offsets `[start, end)` of the matched words in the text given to `matches(in:)`,
    /// from the first letter of the name to the last (no leading "the", no footnote marker).
    public var range: Range<Int>
    /// The gazetteer entry the words name (for `.protocols`, the treaty whose protocols they are).
    public var entryID: String
    /// The ids cited, one citation each, in gazetteer order: `[entryID]` for most names; the member
    /// treaties for a collective name ("the Geneva Conventions of 12 August 1949" → the four
    /// conventions); the protocols for `.protocols`.
    public var targets: [String]
    /// The matched words as written (the text's slice at `range`).
    public var words: String
    public var kind: Kind

    public init(range: Range<Int>, entryID: String, targets: [String], words: String, kind: Kind) {
        self.range = range; self.entryID = entryID; self.targets = targets; self.words = words; self.kind = kind
    }
}

/// Finds the names of treaties and instruments of a `Gazetteer` in text.
///
/// Built once (a word trie of every name and alias), then used for any number of texts.
/// Matching is leftmost-longest over words, so "the Optional Protocol to the Convention on the
/// Rights of the Child on the sale of children, child prostitution and child pornography" is that
/// protocol and not the Convention. Case, hyphens, quotes, apostrophes, line breaks and
/// non-breaking spaces are ignored, except that an instrument word (Convention, Covenant, Protocol,
/// Declaration, Agreement, Statute, Charter, Programme, Platform, Framework, Agenda, Treaty, …)
/// and the first word of a name must be capitalised, and an abbreviation ("CEDAW") must be in
/// capitals: "the rights of the child" is no name, "the Convention on the rights of the child" is.
/// A bare "the Convention" that refers back to a convention named earlier is not resolved (it
/// would only repeat a citation already found in the same paragraph).
///
/// ```swift
/// let matcher = try InstrumentMatcher(gazetteer: .bundled())
/// matcher.matches(in: "Recalling the Convention on the Rights of the Child and the Optional Protocols thereto,")
/// // [name "Convention on the Rights of the Child" → UNTS 1577/27531,
/// //  protocols "Optional Protocols thereto" → UNTS 2171/27531, UNTS 2173/27531, UNTS 2983/27531]
/// ```
public struct InstrumentMatcher: Sendable {
    public let gazetteer: Gazetteer
    let trie: WordTrie
    /// Per pattern: the gazetteer entry index, or nil for a blocker.
    let patternEntries: [Int?]

    /// Words that must be capitalised in the text when they are capitalised in a name.
    static let instrumentWords: Set<String> = [
        "convention", "conventions", "covenant", "protocol", "protocols", "declaration", "declarations",
        "agreement", "agreements", "statute", "charter", "programme", "platform", "framework", "agenda",
        "treaty", "treaties", "rules", "principles", "plan", "pact", "compact", "strategy", "consensus",
        "commitment", "pathway", "outcome", "constitution", "amendment", "guidelines", "code", "accord",
        "act", "action", "document", "covenants", "standards", "instrument",
    ]

    /// Builds the trie of every name, alias and blocker of `gazetteer`.
    ///
    /// - Complexity: O(total words of all names).
    public init(gazetteer: Gazetteer) {
        var trie = WordTrie()
        var entries: [Int?] = []
        for (index, entry) in gazetteer.entries.enumerated() {
            for name in [entry.name] + entry.aliases {
                if trie.insert(name, pattern: entries.count) { entries.append(index) }
            }
        }
        // Names in the other languages share the trie: they seldom share words with English names.
        let indexOfID = Dictionary(gazetteer.entries.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        for name in gazetteer.names {
            guard let index = indexOfID[name.id] else { continue }
            if trie.insert(name.name, pattern: entries.count) { entries.append(index) }
        }
        for name in gazetteer.blockers {
            if trie.insert(name, pattern: entries.count) { entries.append(nil) }
        }
        self.gazetteer = gazetteer
        self.trie = trie
        self.patternEntries = entries
    }

    /// Instrument names in `text`, in text order, non-overlapping.
    ///
    /// - Complexity: O(n · L): n words of text, L the longest name in words.
    public func matches(in text: String) -> [InstrumentMatch] {
        matches(utf8: Array(text.utf8))
    }

    /// `matches(in:)` over the UTF-8 bytes of a text (valid UTF-8); ranges are offsets into `bytes`.
    public func matches(utf8 bytes: [UInt8]) -> [InstrumentMatch] {
        // Most paragraphs name nothing: a first reading of the bytes says so (`mayName`).
        guard trie.mayName(utf8: bytes) else { return [] }
        return reading(utf8: bytes)
    }

    /// `matches(utf8:)` without the first reading.
    func reading(utf8 bytes: [UInt8]) -> [InstrumentMatch] {
        // ASCII words are read without their key: only a paragraph that names something needs them.
        var tokens = InstrumentToken.tokenize(utf8: bytes, keyingASCII: false)
        guard !tokens.isEmpty else { return [] }
        var ids = tokens.map { trie.wordID(of: $0, in: bytes) }
        var raw: [RawMatch] = []
        var keyed = false
        var i = 0
        let splitsProclitics = !gazetteer.names.isEmpty
        while i < tokens.count {
            let unsplit = tokens[i]
            if splitsProclitics { separateProclitic(at: i, &tokens, ids: &ids, bytes: bytes) }
            // Most words begin in lower case and begin no name written so: no walk from them.
            var found = trie.mayStartName(tokens[i], id: ids[i]) ? trie.longest(from: i, tokens: tokens, wordIDs: ids) : nil
            if found == nil, splitsProclitics, !unsplit.isASCII {
                found = longestWithoutProclitic(at: i, &tokens, ids: &ids, bytes: bytes, unsplit: unsplit)
            }
            if let (end, pattern) = found {
                if !keyed {
                    InstrumentToken.fillKeys(&tokens, bytes: bytes)
                    keyed = true
                }
                if !Self.isAcronymMisuse(first: i, end: end, tokens: tokens, bytes: bytes) {
                    if let entry = patternEntries[pattern] {
                        raw.append(RawMatch(first: i, end: end, entry: entry, kind: .name, targets: nil))
                    }
                    i = end
                    continue
                }
            }
            i += 1
        }
        // No name, no protocol phrase (each follows a name).
        guard !raw.isEmpty else { return [] }
        let resolved = resolveFollowUps(raw, tokens: tokens)
        return resolved.map { m in
            let range = tokens[m.first].start..<tokens[m.end - 1].end
            let entry = gazetteer.entries[m.entry]
            return InstrumentMatch(range: range, entryID: entry.id, targets: m.targets ?? entry.targets,
                                   words: String(decoding: bytes[range], as: UTF8.self), kind: m.kind)
        }
    }
}

extension InstrumentMatcher {
    /// An abbreviation that is part of a document symbol ("CEDAW/C/GC/38") or names a treaty body
    /// ("the CEDAW Committee") does not cite the treaty.
    static func isAcronymMisuse(first: Int, end: Int, tokens: [InstrumentToken], bytes: [UInt8]) -> Bool {
        guard end == first + 1, tokens[first].allCaps else { return false }
        let t = tokens[first]
        if t.end < bytes.count, bytes[t.end] == UInt8(ascii: "/") { return true }
        if t.start > 0, bytes[t.start - 1] == UInt8(ascii: "/") { return true }
        if end < tokens.count, tokens[end].key == "committee" || tokens[end].key == "committees" { return true }
        return false
    }
}

/// A match over token indices `[first, end)`, before it is turned into byte offsets.
struct RawMatch {
    var first: Int
    var end: Int
    var entry: Int
    var kind: InstrumentMatch.Kind
    /// Overrides the entry's own targets (protocol phrases).
    var targets: [String]?
}
