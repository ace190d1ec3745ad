extension InstrumentMatcher {
    /// Conjunctions and prepositions written as one word with the next in Arabic ("واتفاقية" = "and
    /// the Convention", "باتفاقية", "لاتفاقية"), longest first; learn_instruments.py strips the same.
    static let arabicProclitics: [String] = ["وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك"]

    /// The words a name may stand for once `prefix` is taken off `key`: the rest, and where the
    /// preposition "ل" meets the article "ال" (written "لل": "للإعلان العالمي لحقوق الإنسان" = "to the
    /// Universal Declaration"), the rest with its article ("الإعلان").
    static func arabicRests(of key: String, prefix: String) -> [String] {
        let rest = String(key.dropFirst(prefix.count))
        guard prefix.hasSuffix("ل"), rest.hasPrefix("ل") else { return [rest] }
        return [rest, "ا" + rest]
    }

    /// An Arabic word that opens no name but that, without its leading conjunction or preposition,
    /// opens one becomes that word: its token starts after the prefix, so the match does not take in
    /// "and" or "with". Done when the scan reaches the token, so a name that holds the prefixed word
    /// inside it ("… وفقا لميثاق الأمم المتحدة") still reads it whole.
    ///
    /// - Complexity: O(1) for a token (a handful of prefixes).
    func separateProclitic(at i: Int, _ tokens: inout [InstrumentToken], ids: inout [Int32], bytes: [UInt8]) {
        // An ASCII word has no Arabic letter: refused before the trie is asked.
        guard !tokens[i].isASCII, !trie.startsName(ids[i]) else { return }
        let key = tokens[i].key
        guard let first = key.unicodeScalars.first, (0x0600...0x06FF).contains(first.value) else { return }
        for prefix in Self.arabicProclitics where key.hasPrefix(prefix) && key.count - prefix.count >= 3 {
            for rest in Self.arabicRests(of: key, prefix: prefix) {
                let id = trie.wordID(rest)
                guard trie.startsName(id) else { continue }
                tokens[i].start += Self.byteLength(ofLetters: prefix.count, in: bytes[tokens[i].start..<tokens[i].end])
                tokens[i].key = rest
                ids[i] = id
                return
            }
        }
    }

    /// An Arabic word from which no name was read, neither whole nor without the prefix
    /// `separateProclitic` took off, may still open one without another prefix: "برنامج" opens
    /// "برنامج عمل المؤتمر الدولي للسكان والتنمية", and read as "ب" + "رنامج" opens "رنامج عمل فيينا …"
    /// (the form learn_instruments.py learns, stripping the same letters); "وبروتوكول" read as "وب" +
    /// "روتوكول" opens one name, as "و" + "بروتوكول" another. The longest name so found, the token
    /// split; nil and the token as it was when there is none.
    ///
    /// - Complexity: O(p · L) for an Arabic word (p prefixes, L the longest name in words); O(1) otherwise.
    func longestWithoutProclitic(at i: Int, _ tokens: inout [InstrumentToken], ids: inout [Int32], bytes: [UInt8],
                                 unsplit token: InstrumentToken) -> (Int, Int)? {
        let key = token.key
        guard let first = key.unicodeScalars.first, (0x0600...0x06FF).contains(first.value) else { return nil }
        let tried = (tokens[i], ids[i])
        for prefix in Self.arabicProclitics where key.hasPrefix(prefix) && key.count - prefix.count >= 3 {
            for rest in Self.arabicRests(of: key, prefix: prefix) {
                let restID = trie.wordID(rest)
                guard restID != tried.1, trie.startsName(restID) else { continue }
                tokens[i] = token
                tokens[i].start += Self.byteLength(ofLetters: prefix.count, in: bytes[token.start..<token.end])
                tokens[i].key = rest
                ids[i] = restID
                if let found = trie.longest(from: i, tokens: tokens, wordIDs: ids) { return found }
            }
        }
        tokens[i] = tried.0
        ids[i] = tried.1
        return nil
    }

    /// Bytes taken by the first `letters` letters of a word and the vowel marks after them.
    static func byteLength(ofLetters letters: Int, in word: ArraySlice<UInt8>) -> Int {
        var seen = 0
        var length = 0
        for scalar in String(decoding: word, as: UTF8.self).unicodeScalars {
            let isMark = scalar.properties.generalCategory == .nonspacingMark
            if !isMark {
                if seen == letters { break }
                seen += 1
            }
            length += scalar.utf8.count
        }
        return length
    }

    /// The other languages' phrases for "and the Protocols thereto" (`protocols` rows of
    /// citation-forms.tsv), as the keys of their tokens, with the qualifier each carries; longest first.
    static let foreignProtocolPhrases: [(keys: [String], qualifiers: Set<String>)] = {
        let rows = Language.allCases.compactMap(CitationForms.of).flatMap(\.protocolPhrases)
        let phrases: [(keys: [String], qualifiers: Set<String>)] = rows.map { row in
            (InstrumentToken.tokenize(row.phrase).map(\.key), row.qualifier.isEmpty ? [] : [row.qualifier])
        }
        // Longest first: "وبروتوكولاتها الاختيارية" before "وبروتوكولاتها", "et ses Protocoles facultatifs"
        // before "et ses Protocoles", so the phrase ends where its words do (a footnote marker may follow).
        let ordered = phrases.enumerated().filter { !$0.element.keys.isEmpty }.sorted { (a: (offset: Int, element: (keys: [String], qualifiers: Set<String>)), b: (offset: Int, element: (keys: [String], qualifiers: Set<String>))) -> Bool in
            if a.element.keys.count != b.element.keys.count { return a.element.keys.count > b.element.keys.count }
            return a.offset < b.offset
        }
        return ordered.map { $0.element }
    }()

    /// "Convention des Nations Unies contre la criminalité transnationale organisée et les Protocoles
    /// s’y rapportant", "…организованной преступности и протоколов к ней", "…公约》及其各项议定书":
    /// the protocols of the treaty named right before the phrase (a footnote marker may stand between).
    ///
    /// - Complexity: O(m · p): m matches, p phrases.
    func addForeignProtocolPhrases(_ matches: [RawMatch], tokens: [InstrumentToken]) -> [RawMatch] {
        guard !gazetteer.names.isEmpty, !matches.isEmpty else { return matches }
        var out: [RawMatch] = []
        out.reserveCapacity(matches.count)
        for (index, m) in matches.enumerated() {
            out.append(m)
            guard m.kind == .name else { continue }
            var start = m.end
            while start < tokens.count, tokens[start].isMarker { start += 1 }
            let limit = index + 1 < matches.count ? matches[index + 1].first : tokens.count
            for phrase in Self.foreignProtocolPhrases {
                let end = start + phrase.keys.count
                guard end <= limit, zip(tokens[start..<end], phrase.keys).allSatisfy({ $0.key == $1 && !$0.breakBefore }) else { continue }
                // "les Protocoles additionnels" of the Convention against Transnational Organized Crime
                // are its protocols, none of which is named "Additional".
                var targets = protocols(of: m.entry, qualifiers: phrase.qualifiers)
                if targets.isEmpty { targets = protocols(of: m.entry, qualifiers: []) }
                if !targets.isEmpty {
                    out.append(RawMatch(first: start, end: end, entry: m.entry, kind: .protocols, targets: targets))
                }
                break
            }
        }
        return out
    }
}
