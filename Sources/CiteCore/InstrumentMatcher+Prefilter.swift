/// A first reading of a paragraph for the instrument matcher: most paragraphs name no treaty or
/// instrument, and it says so from their bytes without making tokens, keys or matches.
///
/// It reads the words as `InstrumentToken.tokenize` does and walks the trie from each of them as
/// `InstrumentMatcher.matches` does: where no walk reaches a name there is no match, so nothing
/// (protocol phrases follow a name). A paragraph with a word of non-ASCII letters or digits
/// ("Türkiye", Arabic, Chinese) is left to the full reading: such words are folded as strings
/// (diacritics, Russian endings, Arabic proclitics).
extension WordTrie {
    /// A word as the walk reads it, with where its bytes are (its id is looked up once a walk
    /// reaches it).
    struct ASCIIWord: TrieWord {
        var capitalized: Bool
        var allCaps: Bool
        var breakBefore: Bool
        var glued: Bool
        var start: Int32
        var end: Int32
    }

    /// Whether `matches(utf8:)` may find a name in `bytes`; false only when it finds none.
    ///
    /// Words are read in one pass; a word is looked up in `starterWords` (the words that begin a
    /// name) only when some starter has its first character and length (`starterShapes`), so most
    /// words are neither hashed nor looked up. The id of a word after a starter is looked up when
    /// a walk from the starter reaches it.
    /// - Complexity: O(n · L): n bytes, L the longest name in words.
    func mayName(utf8 bytes: [UInt8]) -> Bool {
        var words: [ASCIIWord] = []
        var starts: [Int] = []  // indices in `words` of the words that begin a name
        words.reserveCapacity(bytes.count / 5)
        let starterWords = self.starterWords
        let unreadable = starterShapes.withUnsafeBufferPointer { shapes in
            bytes.withUnsafeBufferPointer { b -> Bool in
                let n = b.count
                var i = 0
                var pendingBreak = false
                var lastWasFullStop = false
                var previousEnd = -1
                while i < n {
                    let c = b[i]
                    let isLetter = (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A
                    let isDigit = c >= 0x30 && c <= 0x39
                    if c >= 0x80 {
                        // Another script's letter or digit: the full reading. Other characters separate.
                        let (cls, width) = InstrumentToken.classify(bytes, at: i)
                        if cls != .other { return true }
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
                        while i < n, (b[i] | 0x20) >= 0x61 && (b[i] | 0x20) <= 0x7A { i += 1 }
                    } else {
                        while i < n, b[i] >= 0x30 && b[i] <= 0x39 { i += 1 }
                    }
                    // A letter or digit of another script would have continued the word.
                    if i < n, b[i] >= 0x80, InstrumentToken.classify(bytes, at: i).0 != .other { return true }
                    let capitalized = c <= 0x5A  // an upper-case letter or a digit
                    // All capitals: only a word that begins with one may be.
                    var allCaps = false
                    if isLetter, capitalized, i - start >= 2 {
                        allCaps = true
                        for k in (start + 1)..<i where b[k] > 0x5A { allCaps = false; break }
                    }
                    if shapes[Int(WordTable.lower(c))] & (1 << UInt32(min(i - start, 31))) != 0 {
                        let word = UnsafeBufferPointer(rebasing: b[start..<i])
                        if starterWords.id(ofASCII: word, hash: WordTable.hash(ofASCII: word)) >= 0 { starts.append(words.count) }
                    }
                    words.append(ASCIIWord(capitalized: capitalized, allCaps: allCaps, breakBefore: pendingBreak,
                                           glued: isDigit && previousEnd == start, start: Int32(start), end: Int32(i)))
                    previousEnd = i
                    pendingBreak = false
                    lastWasFullStop = false
                }
                return false
            }
        }
        if unreadable { return true }
        guard !starts.isEmpty else { return false }
        // -2: not looked up yet.
        var ids = [Int32](repeating: -2, count: words.count)
        return bytes.withUnsafeBufferPointer { b -> Bool in
            for first in starts {
                let found = longest(from: first, tokens: words) { k in
                    if ids[k] == -2 {
                        let word = UnsafeBufferPointer(rebasing: b[Int(words[k].start)..<Int(words[k].end)])
                        ids[k] = asciiWords.id(ofASCII: word, hash: WordTable.hash(ofASCII: word))
                    }
                    return ids[k]
                }
                if found != nil { return true }
            }
            return false
        }
    }
}
