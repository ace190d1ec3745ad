/// A first reading of a paragraph for the instrument matcher: most paragraphs name no treaty or
/// instrument, and it says so from their bytes without making tokens, keys or matches.
///
/// It reads the words as `InstrumentToken.tokenize` does and walks the trie from each of them as
/// `InstrumentMatcher.matches` does: where no walk reaches a name there is no match, so nothing
/// (protocol phrases follow a name). A paragraph with a word of non-ASCII letters or digits
/// ("Türkiye", Arabic, Chinese) is left to the full reading: such words are folded as strings
/// (diacritics, Russian endings, Arabic proclitics).
extension WordTrie {
    /// Whether `matches(utf8:)` may find a name in `bytes`; false only when it finds none.
    ///
    /// Words are read in one pass; a word is looked up in `starterWords` (the words that begin a
    /// name) only when some starter has its first character and length (`starterShapes`; for a word
    /// in lower case, some starter that may be written so: `lowerStarterShapes`), so most words are
    /// neither hashed nor looked up. From a word that begins a name the trie is walked at
    /// once, reading the words after it only as far as the walk goes (`WordWalk`); nothing is kept
    /// of the words the scan passes.
    /// - Complexity: O(n · L): n bytes, L the longest name in words.
    func mayName(utf8 bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { mayName(utf8: $0) }
    }

    /// `mayName` of the bytes `b` points to (a paragraph of a document's text, not copied).
    func mayName(utf8 b: UnsafeBufferPointer<UInt8>) -> Bool {
        let starterWords = self.starterWords
        let asciiWords = self.asciiWords
        return starterShapes.withUnsafeBufferPointer { shapes in
            lowerStarterShapes.withUnsafeBufferPointer { lowerShapes -> Bool in
                let n = b.count
                var walk = WordWalk(bytes: b)
                var i = 0
                while i < n {
                    let c = b[i]
                    let isLetter = (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A
                    let isDigit = c >= 0x30 && c <= 0x39
                    if c >= 0x80 {
                        // Another script's letter or digit: the full reading. Other characters separate.
                        let (cls, width) = InstrumentToken.classify(b, at: i)
                        if cls != .other { return true }
                        i += width
                        continue
                    }
                    if !isLetter && !isDigit {
                        i += 1
                        continue
                    }
                    let start = i
                    i += 1
                    if isLetter {
                        i = WordTrie.endOfLetters(b, from: i)
                    } else {
                        while i < n, b[i] >= 0x30 && b[i] <= 0x39 { i += 1 }
                    }
                    // A letter or digit of another script would have continued the word.
                    if i < n, b[i] >= 0x80, InstrumentToken.classify(b, at: i).0 != .other { return true }
                    // A word in lower case ("the", "united") begins only the names that begin in lower case.
                    let shape = c >= 0x61 ? lowerShapes[Int(c)] : shapes[Int(WordTable.lower(c))]
                    guard shape & (1 << UInt32(min(i - start, 31))) != 0 else { continue }
                    let word = UnsafeBufferPointer(rebasing: b[start..<i])
                    let id = starterWords.id(ofASCII: word, hash: WordTable.hash(ofASCII: word))
                    guard id >= 0 else { continue }
                    walk.begin(start: start, end: i, id: id)
                    let found = longest(from: 0, word: { walk.word($0) }, wordID: { k in walk.id(k, in: asciiWords) })
                    // The walk met another script's letter or digit: the full reading, as the scan would have said.
                    if found != nil || walk.otherScript { return true }
                }
                return false
            }
        }
    }

    /// The end of the run of ASCII letters at `from` (the first byte that is not one, or the end):
    /// eight bytes at a time (`ASCIIBlock.letters`).
    /// - Complexity: O(n) in the length of the run.
    @inline(__always) static func endOfLetters(_ b: UnsafeBufferPointer<UInt8>, from: Int) -> Int {
        var i = from
        let n = b.count
        if let base = b.baseAddress {
            while i + 8 <= n {
                let others = ~ASCIIBlock.letters(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) & ASCIIBlock.highs
                if others != 0 { return i + others.trailingZeroBitCount / 8 }
                i += 8
            }
        }
        while i < n, (b[i] | 0x20) >= 0x61 && (b[i] | 0x20) <= 0x7A { i += 1 }
        return i
    }

    /// The words after a name's first word, read from the bytes as `InstrumentToken.tokenize` reads
    /// them (a ";" or a full stop and a space between two words is a break; digits right after a
    /// word are glued to it), one at a time as the trie's walk asks for them.
    struct WordWalk {
        struct Word {
            var flags: TrieWordFlags
            var start: Int
            var end: Int
            /// -2: not looked up yet.
            var id: Int32
        }

        let bytes: UnsafeBufferPointer<UInt8>
        private(set) var words: [Word] = []
        /// Where reading goes on after the last word read.
        private var next = 0
        private var ended = false
        /// A letter or digit of another script was met: the prefilter's answer is yes.
        private(set) var otherScript = false

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        /// Starts a walk at the word `start..<end`, whose id (a name's first word) is known.
        mutating func begin(start: Int, end: Int, id: Int32) {
            let first = bytes[start]
            let capitalized = first <= 0x5A  // an upper-case letter or a digit
            words.removeAll(keepingCapacity: true)
            words.append(Word(flags: TrieWordFlags(capitalized: capitalized, allCaps: Self.isAllCaps(bytes, start: start, end: end),
                                                   breakBefore: false, glued: false),
                              start: start, end: end, id: id))
            next = end
            ended = false
        }

        /// Word `k` of the walk (0: its first), read now if it has not been; nil past the last.
        mutating func word(_ k: Int) -> TrieWordFlags? {
            while k >= words.count {
                guard readWord() else { return nil }
            }
            return words[k].flags
        }

        /// The id of word `k` (read already) in `table`.
        mutating func id(_ k: Int, in table: WordTable) -> Int32 {
            if words[k].id == -2 {
                let word = UnsafeBufferPointer(rebasing: bytes[words[k].start..<words[k].end])
                words[k].id = table.id(ofASCII: word, hash: WordTable.hash(ofASCII: word))
            }
            return words[k].id
        }

        /// Whether the ASCII word at `start..<end` (letters or digits) is two or more letters, all
        /// capitals ("CEDAW").
        static func isAllCaps(_ b: UnsafeBufferPointer<UInt8>, start: Int, end: Int) -> Bool {
            guard end - start >= 2, b[start] >= 0x41, b[start] <= 0x5A else { return false }
            for k in (start + 1)..<end where b[k] > 0x5A { return false }
            return true
        }

        /// Reads the next word; false at the end of the bytes or at another script's letter or digit.
        private mutating func readWord() -> Bool {
            guard !ended else { return false }
            let b = bytes
            let n = b.count
            let previousEnd = next
            var i = next
            var pendingBreak = false
            var lastWasFullStop = false
            while i < n {
                let c = b[i]
                let isLetter = (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A
                let isDigit = c >= 0x30 && c <= 0x39
                if c >= 0x80 {
                    let (cls, width) = InstrumentToken.classify(b, at: i)
                    if cls != .other { otherScript = true; ended = true; return false }
                    lastWasFullStop = false
                    i += width
                    continue
                }
                if !isLetter && !isDigit {
                    if c == UInt8(ascii: ";") {
                        pendingBreak = true
                    } else if lastWasFullStop, c == 0x20 || c == 0x0A || c == 0x09 || c == 0x0D {
                        pendingBreak = true
                    }
                    lastWasFullStop = c == UInt8(ascii: ".")
                    i += 1
                    continue
                }
                let start = i
                i += 1
                if isLetter {
                    i = WordTrie.endOfLetters(b, from: i)
                } else {
                    while i < n, b[i] >= 0x30 && b[i] <= 0x39 { i += 1 }
                }
                if i < n, b[i] >= 0x80, InstrumentToken.classify(b, at: i).0 != .other { otherScript = true; ended = true; return false }
                words.append(Word(flags: TrieWordFlags(capitalized: c <= 0x5A, allCaps: Self.isAllCaps(b, start: start, end: i), breakBefore: pendingBreak,
                                                       glued: isDigit && previousEnd == start),
                                  start: start, end: i, id: -2))
                next = i
                return true
            }
            ended = true
            return false
        }
    }
}
