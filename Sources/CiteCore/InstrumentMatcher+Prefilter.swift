/// A first reading of a paragraph for the instrument matcher: most paragraphs name no treaty or
/// instrument, and it says so from their bytes without making tokens, keys or matches.
///
/// It reads the words as `InstrumentToken.tokenize` does and walks the trie from each of them as
/// `InstrumentMatcher.matches` does: where no walk reaches a name there is no match, so nothing
/// (protocol phrases follow a name). A paragraph with a word of non-ASCII letters or digits
/// ("Türkiye", Arabic, Chinese) is left to the full reading: such words are folded as strings
/// (diacritics, Russian endings, Arabic proclitics).
extension WordTrie {
    /// A word as the walk reads it.
    struct ASCIIWord: TrieWord {
        var capitalized: Bool
        var allCaps: Bool
        var breakBefore: Bool
        var glued: Bool
    }

    /// Whether `matches(utf8:)` may find a name in `bytes`; false only when it finds none.
    /// - Complexity: O(n · L): n bytes, L the longest name in words.
    func mayName(utf8 bytes: [UInt8]) -> Bool {
        // Most paragraphs hold no word that begins a name: said without keeping the words.
        guard mayBeginName(utf8: bytes) else { return false }
        var words: [ASCIIWord] = []
        var ids: [Int32] = []
        words.reserveCapacity(bytes.count / 4)
        ids.reserveCapacity(bytes.count / 4)
        // A walk can only begin at a word that begins a name.
        var anyStarter = false
        let starters = self.starters
        let unreadable = bytes.withUnsafeBufferPointer { b -> Bool in
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
                var upper = 0, letters = 0
                var hash = WordTable.offsetBasis
                while i < n {
                    let d = b[i]
                    if isLetter {
                        guard (d | 0x20) >= 0x61 && (d | 0x20) <= 0x7A else { break }
                        letters += 1
                        if d <= 0x5A { upper += 1 }
                    } else {
                        guard d >= 0x30 && d <= 0x39 else { break }
                    }
                    hash = (hash ^ UInt32(WordTable.lower(d))) &* WordTable.prime
                    i += 1
                }
                // A letter or digit of another script would have continued the word.
                if i < n, b[i] >= 0x80, InstrumentToken.classify(bytes, at: i).0 != .other { return true }
                let id = asciiWords.id(ofASCII: UnsafeBufferPointer(rebasing: b[start..<i]), hash: hash)
                if id >= 0, starters[Int(id)] { anyStarter = true }
                ids.append(id)
                words.append(ASCIIWord(capitalized: (c >= 0x41 && c <= 0x5A) || isDigit, allCaps: letters >= 2 && upper == letters,
                                       breakBefore: pendingBreak, glued: isDigit && previousEnd == start))
                previousEnd = i
                pendingBreak = false
                lastWasFullStop = false
            }
            return false
        }
        if unreadable { return true }
        guard anyStarter else { return false }
        for first in words.indices where ids[first] >= 0 && starters[Int(ids[first])] && longest(from: first, tokens: words, wordIDs: ids) != nil {
            return true
        }
        return false
    }

    /// Whether some word of `bytes` begins a name, or some word is not ASCII (left to the full
    /// reading): false only when `mayName` is false. One pass over the bytes, words read as
    /// `mayName` reads them (letters and digits apart), each looked up in `starterWords` by its hash.
    /// - Complexity: O(n) in the bytes.
    func mayBeginName(utf8 bytes: [UInt8]) -> Bool {
        let starterWords = self.starterWords
        return bytes.withUnsafeBufferPointer { b -> Bool in
            let n = b.count
            var i = 0
            while i < n {
                let c = b[i]
                if c >= 0x80 {
                    // Another script's letter or digit: the full reading. Other characters separate.
                    let (cls, width) = InstrumentToken.classify(bytes, at: i)
                    if cls != .other { return true }
                    i += width
                    continue
                }
                let isLetter = (c | 0x20) >= 0x61 && (c | 0x20) <= 0x7A
                guard isLetter || c >= 0x30 && c <= 0x39 else { i += 1; continue }
                let start = i
                var hash = WordTable.offsetBasis
                while i < n {
                    let d = b[i]
                    if isLetter {
                        guard (d | 0x20) >= 0x61 && (d | 0x20) <= 0x7A else { break }
                    } else {
                        guard d >= 0x30 && d <= 0x39 else { break }
                    }
                    hash = (hash ^ UInt32(WordTable.lower(d))) &* WordTable.prime
                    i += 1
                }
                if starterWords.id(ofASCII: UnsafeBufferPointer(rebasing: b[start..<i]), hash: hash) >= 0 { return true }
            }
            return false
        }
    }
}
