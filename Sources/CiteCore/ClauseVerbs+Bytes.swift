/// `ClauseVerbs.readWords` read from the bytes of a paragraph that opens in ASCII (most English
/// paragraphs): the same answer, without making a `String` of each word or hashing it.
///
/// The words are byte ranges; a word is compared with the vocabulary in lower case as its bytes
/// are read (`vocabulary`, a `WordTable`), and only the verb as written becomes a `String`. Where
/// a byte of another script comes before the words are read (a letter with a combining mark, a
/// quotation mark of another kind), the reading says `nil` and the caller reads characters, as
/// before: every step this reading takes on ASCII bytes is the step the character reading takes.
extension ClauseVerbs {
    /// What `readASCII` found: the verb as written, its relation and whether it is operative.
    struct ByteReading: Equatable {
        var verb: String
        var relation: Relation
        var operative: Bool
    }

    /// The words the clause-verb rules look up, each with what the rules ask of it.
    struct Vocabulary: Sendable {
        var table = WordTable()
        var leading: [Bool] = []
        var trailing: [Bool] = []
        var verb: [Relation?] = []
        var operativeForm: [Bool?] = []

        init() {
            let words = Set(leadingModifiers).union(trailingModifiers).union(verbs.keys).union(ClauseVerbs.operativeForm.keys)
            for word in words.sorted() where word.utf8.allSatisfy({ $0 < 0x80 }) {
                table.insert(word, id: Int32(leading.count))
                leading.append(leadingModifiers.contains(word))
                trailing.append(trailingModifiers.contains(word))
                verb.append(verbs[word])
                operativeForm.append(ClauseVerbs.operativeForm[word])
            }
        }
    }

    static let vocabulary = Vocabulary()

    /// The reading of `readWords` (and of `isOperativeForm` of its words) over `bytes`, the UTF-8
    /// of a paragraph's text; the outer nil when a byte of another script comes before the words
    /// are read (read as characters then), the inner nil when there is no clause verb.
    /// - Complexity: O(n) in the bytes of the first eight words.
    static func readASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> ByteReading?? {
        let n = bytes.count
        var i = 0
        // Opening quotation marks and spaces; a byte of another script after one may join it to a
        // character of its own.
        while i < n {
            let b = bytes[i]
            if b == 0x22 || b == 0x20 { i += 1; continue }
            if b == 0xE2, i + 3 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0x9C, bytes[i + 3] < 0x80 { i += 3; continue }
            break
        }
        if i < n, bytes[i] >= 0x80 { return nil }
        // "The Security Council recalls …", "The Council, recalling …".
        if i < n, bytes[i] == 0x54 {
            for prefix in councilPrefixBytes where i + prefix.count <= n && bytes[i..<(i + prefix.count)].elementsEqual(prefix) {
                guard i + prefix.count == n || bytes[i + prefix.count] < 0x80 else { return nil }
                i += prefix.count
                while i < n, bytes[i] == 0x2C || bytes[i] == 0x20 { i += 1 }
                break
            }
        }
        // Up to eight words of letters, "-" and "'", apart by spaces and tabs, as `firstWordsASCII` reads them.
        var words = WordRanges()
        var start = -1
        var k = i
        while k < n {
            let b = bytes[k]
            if b >= 0x80 {
                // A right single quotation mark is a letter of a word ("Member States’"), and the
                // dashes, bullets and quotation marks of `stopMarks` end the words as a comma does;
                // another script's character, or one a mark may follow, is read as characters.
                guard b == 0xE2, k + 2 < n, k + 3 == n || bytes[k + 3] < 0x80 else { return nil }
                let mark = UInt32(bytes[k + 1]) << 8 | UInt32(bytes[k + 2])
                if mark == 0x8099 {
                    if start < 0 { start = k }
                    k += 3
                    continue
                }
                guard stopMarks.contains(mark) else { return nil }
                if start >= 0 { words.append(start..<k); start = -1 }
                break
            }
            if (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || b == 0x2D || b == 0x27 {
                if start < 0 { start = k }
            } else {
                if start >= 0 { words.append(start..<k); start = -1 }
                if words.count >= 8 || !(b == 0x20 || b == 0x09) { break }
            }
            k += 1
        }
        if k == n, start >= 0, words.count < 8 { words.append(start..<n) }
        guard words.count > 0 else { return .some(nil) }
        return .some(verb(of: words, in: bytes))
    }

    /// The rules of `readWords` over words read as byte ranges.
    private static func verb(of words: WordRanges, in bytes: UnsafeBufferPointer<UInt8>) -> ByteReading? {
        let v = vocabulary
        let count = words.count
        func id(_ k: Int) -> Int32 { v.table.id(ofASCII: UnsafeBufferPointer(rebasing: bytes[words[k]])) }
        func isLeading(_ k: Int) -> Bool { let w = id(k); return w >= 0 && v.leading[Int(w)] }
        func word(_ k: Int, is literal: StaticString) -> Bool { equals(words[k], literal, in: bytes, prefixOnly: false) }
        func word(_ k: Int, startsWith literal: StaticString) -> Bool { equals(words[k], literal, in: bytes, prefixOnly: true) }

        var i = 0
        while i < count - 1, isLeading(i) { i += 1 }
        var relation: Relation?
        var used = i + 1
        if word(i, is: "taking") || word(i, is: "takes") || word(i, is: "take") {
            guard i + 1 < count else { return nil }
            if word(i + 1, is: "note") { relation = .notes; used = i + 2 }
            else if i + 2 < count, word(i + 1, is: "full") || word(i + 1, is: "careful") || word(i + 1, is: "due"), word(i + 2, is: "note") { relation = .notes; used = i + 3 }
            else if word(i + 1, is: "into") { relation = .considers; used = min(i + 3, count) }
            else { return nil }
        } else if word(i, is: "bearing") || word(i, is: "bears") {
            relation = .bearsInMind; used = min(i + 3, count)
        } else if word(i, is: "calling") || word(i, is: "calls") || word(i, is: "call") || word(i, is: "appeals") || word(i, is: "appealing") {
            relation = .callsUpon
            if i + 1 < count, word(i + 1, is: "upon") || word(i + 1, is: "on") || word(i + 1, is: "for") { used = i + 2 }
        } else if word(i, is: "expressing") || word(i, is: "expresses") {
            let rest = (i + 1)..<min(i + 6, count)
            if rest.contains(where: { word($0, startsWith: "concern") || word($0, is: "alarm") || word($0, startsWith: "regret") || word($0, is: "outrage") || word($0, is: "dismay") }) {
                relation = .expressesConcern
            } else if rest.contains(where: { word($0, startsWith: "appreciation") || word($0, startsWith: "gratitude") || word($0, startsWith: "satisfaction") || word($0, is: "support") || word($0, is: "thanks") }) {
                relation = .welcomes
            } else {
                relation = .cites
            }
            let named = rest.first { word($0, startsWith: "concern") || word($0, startsWith: "appreciation") || word($0, startsWith: "gratitude") }
            used = min(i + 1 + (named.map { $0 - i } ?? 0), count)
        } else if word(i, is: "having") {
            guard i + 1 < count else { return nil }
            var j = i + 1
            while j < count - 1, isLeading(j) { j += 1 }
            if word(j, is: "noted") { relation = .notes }
            else if word(j, is: "taken") { relation = j + 1 < count && word(j + 1, is: "note") ? .notes : .considers }
            else if word(j, is: "adopted") { relation = .adopts }
            else if word(j, is: "decided") { relation = .decides }
            else if word(j, is: "recalled") { relation = .recalls }
            else if word(j, is: "reaffirmed") { relation = .reaffirms }
            else if word(j, is: "welcomed") { relation = .welcomes }
            else { relation = .considers }
            used = j + 1
        } else if let phrase = phrases.first(where: { p in
            i + p.words.count <= count && p.words.indices.allSatisfy { equals(words[i + $0], p.words[$0], in: bytes) }
        }) {
            relation = phrase.relation; used = i + phrase.words.count
        } else {
            let w = id(i)
            relation = w >= 0 ? v.verb[Int(w)] : nil
        }
        guard let r = relation else { return nil }
        // A following modifier stays in the verb as written ("Recalling also", "Noting with concern").
        var end = min(used, count)
        if end < count, id(end) >= 0, v.trailing[Int(id(end))] { end += 1 }
        else if end + 1 < count, word(end, is: "with") { end += 2 }
        return ByteReading(verb: joined(words, upTo: end, in: bytes), relation: r,
                           operative: isOperativeForm(words, upTo: end, in: bytes))
    }

    /// `isOperativeForm(lowerWords:)` of the first `end` words.
    private static func isOperativeForm(_ words: WordRanges, upTo end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let v = vocabulary
        func id(_ k: Int) -> Int32 { v.table.id(ofASCII: UnsafeBufferPointer(rebasing: bytes[words[k]])) }
        guard end > 0 else { return false }
        let main = (0..<end).first { k in let w = id(k); return !(w >= 0 && v.leading[Int(w)]) } ?? 0
        let w = id(main)
        if w >= 0, let form = v.operativeForm[Int(w)] { return form }
        let word = words[main]
        func endsWith(_ suffix: StaticString) -> Bool {
            let s = suffix.utf8Start, c = suffix.utf8CodeUnitCount
            guard word.count >= c else { return false }
            for k in 0..<c where bytes[word.upperBound - c + k] | 0x20 != s[k] { return false }
            return true
        }
        if endsWith("ing") || endsWith("ed") { return false }
        if equals(word, "mindful", in: bytes, prefixOnly: false) || equals(word, "aware", in: bytes, prefixOnly: false)
            || equals(word, "conscious", in: bytes, prefixOnly: false) { return false }
        return endsWith("s")
    }

    /// The first `end` words joined by single spaces (`joined(_:in:)` over bytes).
    private static func joined(_ words: WordRanges, upTo end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> String {
        var contiguous = true
        for k in 1..<max(1, end) where !(bytes[words[k - 1].upperBound] == 0x20 && words[k - 1].upperBound + 1 == words[k].lowerBound) {
            contiguous = false
            break
        }
        if contiguous { return String(decoding: UnsafeBufferPointer(rebasing: bytes[words[0].lowerBound..<words[end - 1].upperBound]), as: UTF8.self) }
        var out: [UInt8] = []
        for k in 0..<end {
            if k > 0 { out.append(0x20) }
            out.append(contentsOf: bytes[words[k]])
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Whether the word's bytes in lower case are `literal` (lower-case ASCII), or begin with it.
    private static func equals(_ word: Range<Int>, _ literal: StaticString, in bytes: UnsafeBufferPointer<UInt8>, prefixOnly: Bool) -> Bool {
        let c = literal.utf8CodeUnitCount
        guard prefixOnly ? word.count >= c : word.count == c else { return false }
        let s = literal.utf8Start
        // A word byte is a letter, "-" or "'": setting 0x20 lower-cases a capital only.
        for k in 0..<c where bytes[word.lowerBound + k] | 0x20 != s[k] { return false }
        return true
    }

    /// Whether the word's bytes in lower case are `lower` (a word of the opener table).
    private static func equals(_ word: Range<Int>, _ lower: String, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        lower.utf8.count == word.count && zip(lower.utf8, bytes[word]).allSatisfy { $0 == $1 | 0x20 }
    }

    /// The last two bytes of the three-byte UTF-8 of characters that end the words as punctuation
    /// does: ‑ – — ‘ “ ” • … ▪ (U+2011, 2013, 2014, 2018, 201C, 201D, 2022, 2026, 25AA).
    static let stopMarks: Set<UInt32> = [0x8091, 0x8093, 0x8094, 0x8098, 0x809C, 0x809D, 0x80A2, 0x80A6, 0x96AA]

    /// The openings of `councilPrefixes`, as bytes.
    static let councilPrefixBytes: [[UInt8]] = councilPrefixes.map { Array($0.utf8) }

    /// Up to eight byte ranges, kept without an allocation.
    struct WordRanges {
        private var storage: (Range<Int>, Range<Int>, Range<Int>, Range<Int>, Range<Int>, Range<Int>, Range<Int>, Range<Int>)
            = (0..<0, 0..<0, 0..<0, 0..<0, 0..<0, 0..<0, 0..<0, 0..<0)
        private(set) var count = 0

        mutating func append(_ r: Range<Int>) {
            withUnsafeMutableBytes(of: &storage) { $0.bindMemory(to: Range<Int>.self)[count] = r }
            count += 1
        }

        subscript(k: Int) -> Range<Int> {
            withUnsafeBytes(of: storage) { $0.bindMemory(to: Range<Int>.self)[k] }
        }
    }
}
