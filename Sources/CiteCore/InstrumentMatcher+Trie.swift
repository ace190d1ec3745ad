/// What the trie's walk reads of a word besides its id.
protocol TrieWord {
    var capitalized: Bool { get }
    var allCaps: Bool { get }
    var breakBefore: Bool { get }
    var glued: Bool { get }
}

/// A trie over words (not characters) of the gazetteer's names, with the capitalisation each name
/// requires of the text.
struct WordTrie: Sendable {
    /// Capitalisation a word of a name requires of the text.
    enum Case: UInt8, Sendable {
        case any, capitalized, allCaps
    }

    struct Terminal: Sendable {
        var pattern: Int
        var cases: [Case]
    }

    /// Folded word → id (`InstrumentToken.key`).
    private var vocabulary: [String: Int32] = [:]
    /// The same ids, looked up from the bytes of the text's ASCII words without making their keys.
    /// (Non-ASCII words go through `vocabulary`, whose `String` keys match canonically equivalent
    /// spellings: "й" written as one scalar or two.)
    private(set) var asciiWords = WordTable()
    /// `(node << 32) | word` → child node. Node 0 is the root.
    private var edges = EdgeTable()
    private var nodeCount: Int32 = 1
    /// Per node: the names that end there.
    private var terminals: [[Terminal]] = [[]]
    private(set) var longestPattern = 0
    /// Per word id: some name begins with the word (`startsName`, without a probe of `edges`).
    private(set) var starters: [Bool] = []
    /// Per word id: some name begins with the word written in lower case (its first word's case is
    /// `.any`). From any other word in lower case no walk accepts a name.
    private(set) var lowerStarters: [Bool] = []
    /// The words that begin a name, looked up from the bytes as `asciiWords` (`mayName`).
    private(set) var starterWords = WordTable()
    /// Per first byte of an ASCII word (lower case): bit k set when some word of `starterWords`
    /// begins with it and has k bytes (bit 31: 31 or more). A word whose bit is clear begins no
    /// name and is not looked up.
    private(set) var starterShapes = [UInt32](repeating: 0, count: 128)
    /// The same for the words that begin a name without a capital ("four Geneva Conventions",
    /// "amendment to article 8"): a word that begins in lower case can begin no other, since the
    /// walk accepts a name only when its first word has the case the name gives it.
    private(set) var lowerStarterShapes = [UInt32](repeating: 0, count: 128)

    /// Adds a name; returns false when it has no words.
    ///
    /// - Complexity: O(words of the name).
    mutating func insert(_ name: String, pattern: Int) -> Bool {
        let words = InstrumentToken.tokenize(name)
        guard !words.isEmpty else { return false }
        var node: Int32 = 0
        var cases: [Case] = []
        for (position, w) in words.enumerated() {
            let id: Int32
            if let known = vocabulary[w.key] {
                id = known
            } else {
                id = Int32(vocabulary.count)
                vocabulary[w.key] = id
                asciiWords.insert(w.key, id: id)
                starters.append(false)
                lowerStarters.append(false)
            }
            if position == 0, !starters[Int(id)] {
                starters[Int(id)] = true
                starterWords.insert(w.key, id: id)
                // Its first byte (A–Z as a–z) and length in bytes (31 for any longer).
                if let first = w.key.utf8.first, first < 0x80 {
                    starterShapes[Int(WordTable.lower(first))] |= 1 << UInt32(min(w.key.utf8.count, 31))
                }
            }
            let key = (UInt64(UInt32(bitPattern: node)) << 32) | UInt64(UInt32(bitPattern: id))
            if let next = edges[key] {
                node = next
            } else {
                edges[key] = nodeCount
                node = nodeCount
                nodeCount += 1
                terminals.append([])
            }
            if w.allCaps {
                cases.append(.allCaps)
            } else if w.capitalized, position == 0 || InstrumentMatcher.instrumentWords.contains(w.key) {
                cases.append(.capitalized)
            } else {
                cases.append(.any)
                if position == 0 { lowerStarters[Int(id)] = true }
                if position == 0, let first = w.key.utf8.first, first < 0x80 {
                    lowerStarterShapes[Int(WordTable.lower(first))] |= 1 << UInt32(min(w.key.utf8.count, 31))
                }
            }
        }
        terminals[Int(node)].append(Terminal(pattern: pattern, cases: cases))
        longestPattern = max(longestPattern, words.count)
        return true
    }

    /// The id of a folded word, or -1 when no name contains it.
    func wordID(_ key: String) -> Int32 { vocabulary[key] ?? -1 }

    /// The id of the token's word: read from the text's bytes when it is ASCII (its key is those
    /// bytes in lower case), else from its key.
    func wordID(of token: InstrumentToken, in bytes: [UInt8]) -> Int32 {
        token.isASCII ? asciiWords.id(ofASCII: bytes[token.start..<token.end], hash: token.asciiHash) : wordID(token.key)
    }

    /// Whether some name begins with the word `id`.
    func startsName(_ id: Int32) -> Bool { id >= 0 && starters[Int(id)] }

    /// Whether a walk from `word`, whose id is `id`, may accept a name: a name's first word must have
    /// the case the name gives it, and only the names in `lowerStarters` begin without a capital.
    func mayStartName<Word: TrieWord>(_ word: Word, id: Int32) -> Bool {
        word.capitalized || word.allCaps || id >= 0 && lowerStarters[Int(id)]
    }

    /// The longest name that starts at token `first`: its end (token index) and pattern.
    ///
    /// - Complexity: O(L), L the longest name in words.
    func longest<Word: TrieWord>(from first: Int, tokens: [Word], wordIDs: [Int32]) -> (Int, Int)? {
        longest(from: first, tokens: tokens) { wordIDs[$0] }
    }

    /// `longest` with the id of token `j` given by `wordID(j)`, asked only for the tokens the walk
    /// reaches.
    @inline(__always)
    func longest<Word: TrieWord>(from first: Int, tokens: [Word], wordID: (Int) -> Int32) -> (Int, Int)? {
        longest(from: first, word: { j in
            j < tokens.count ? TrieWordFlags(capitalized: tokens[j].capitalized, allCaps: tokens[j].allCaps,
                                             breakBefore: tokens[j].breakBefore, glued: tokens[j].glued) : nil
        }, wordID: wordID)
    }

    /// `longest` over words read as the walk reaches them: `word(j)` is word `j` (nil past the
    /// last), asked for `j` in increasing order and again for words already read; `wordID(j)` its
    /// id. `mayName` reads the words after a name's first word this way, only as far as a walk goes.
    @inline(__always)
    func longest(from first: Int, word: (Int) -> TrieWordFlags?, wordID: (Int) -> Int32) -> (Int, Int)? {
        var node: Int32 = 0
        var best: (Int, Int)? = nil
        var j = first
        // Token indices of the words consumed, kept only once a marker has been stepped over.
        var path: [Int]? = nil
        while let w = word(j) {
            if j > first, w.breakBefore { break }
            let id = wordID(j)
            let key = (UInt64(UInt32(bitPattern: node)) << 32) | UInt64(UInt32(bitPattern: id))
            guard id >= 0, let next = edges[key] else {
                // A footnote marker glued to the previous word ("Amendment4 to the Convention")
                // is stepped over when the name goes on after it.
                if w.glued, j > first, let after = word(j + 1), !after.breakBefore {
                    if path == nil { path = Array(first..<j) }
                    j += 1
                    continue
                }
                break
            }
            node = next
            path?.append(j)
            j += 1
            for t in terminals[Int(node)] where accepts(t.cases, first: first, path: path, word: word) {
                best = (j, t.pattern)
                break
            }
        }
        return best
    }

    @inline(__always)
    private func accepts(_ cases: [Case], first: Int, path: [Int]?, word: (Int) -> TrieWordFlags?) -> Bool {
        for (k, c) in cases.enumerated() {
            // Words of the path have been read: `word` gives them again.
            guard let w = word(path?[k] ?? first + k) else { return false }
            switch c {
            case .any: continue
            case .capitalized: if !w.capitalized { return false }
            case .allCaps: if !w.allCaps { return false }
            }
        }
        return true
    }
}

/// The four things the trie's walk reads of a word besides its id.
struct TrieWordFlags: TrieWord {
    var capitalized: Bool
    var allCaps: Bool
    var breakBefore: Bool
    var glued: Bool
}

/// The trie's edges, `(node << 32) | word` → child node: open addressing with a multiplicative
/// hash, so a step of `WordTrie.longest` costs a multiplication and a probe, not a `Hasher`.
struct EdgeTable: Sendable {
    /// Keys, `empty` where no edge is; values beside them. The count is a power of two.
    private var keys: [UInt64] = Array(repeating: empty, count: 64)
    private var values: [Int32] = Array(repeating: 0, count: 64)
    private var count = 0
    /// One bit per value of a key's hash's top `filterBits` bits, set for the edges present: most
    /// edges a walk asks for are absent (a word of some name after a word it does not follow), and
    /// this table (8 KB) answers for most of them without a probe of `keys`, which misses the cache.
    private var filter: [UInt64] = Array(repeating: 0, count: 1 << (filterBits - 6))
    private static let filterBits = 16

    @inline(__always) private static func filterBit(_ key: UInt64) -> (word: Int, mask: UInt64) {
        let bit = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - filterBits))
        return (bit >> 6, UInt64(1) << UInt64(bit & 63))
    }

    /// No key: node and word ids are below 2³¹.
    private static let empty = UInt64.max

    @inline(__always) private static func slot(of key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    subscript(key: UInt64) -> Int32? {
        get {
            let (word, mask) = Self.filterBit(key)
            guard filter[word] & mask != 0 else { return nil }
            return keys.withUnsafeBufferPointer { keys in
                let mask = keys.count - 1
                var slot = Self.slot(of: key, mask: mask)
                while true {
                    let k = keys[slot]
                    if k == key { return values[slot] }
                    if k == Self.empty { return nil }
                    slot = (slot + 1) & mask
                }
            }
        }
        set {
            guard let value = newValue else { return }  // edges are only added
            if (count + 1) * 2 > keys.count { grow() }
            let mask = keys.count - 1
            var slot = Self.slot(of: key, mask: mask)
            while keys[slot] != Self.empty, keys[slot] != key { slot = (slot + 1) & mask }
            if keys[slot] == Self.empty { count += 1 }
            keys[slot] = key
            values[slot] = value
            let bit = Self.filterBit(key)
            filter[bit.word] |= bit.mask
        }
    }

    private mutating func grow() {
        let (oldKeys, oldValues) = (keys, values)
        keys = Array(repeating: Self.empty, count: oldKeys.count * 2)
        values = Array(repeating: 0, count: oldKeys.count * 2)
        count = 0
        for (k, v) in zip(oldKeys, oldValues) where k != Self.empty { self[k] = v }
    }
}
