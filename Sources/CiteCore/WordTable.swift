/// The ids of a vocabulary of words, looked up from UTF-8 bytes without making a `String`.
///
/// Open addressing over one byte buffer of the words (FNV-1a hashes, linear probing). A lookup of
/// ASCII bytes folds A–Z to lower case as it hashes and compares, so the text's "Convention" finds
/// the vocabulary's "convention". It answers as a `[String: Int32]` of the same words would for
/// every word whose bytes are those of its `String` (words read as keys are normalised by the
/// caller: `InstrumentToken.fold`).
///
/// ```swift
/// var table = WordTable()
/// table.insert("convention", id: 0)
/// table.id(ofASCII: Array("Convention".utf8)[...])   // 0
/// table.id(of: "treaty")                            // -1
/// ```
struct WordTable: Sendable {
    /// Per slot: the entry index + 1, or 0 when empty. The count is a power of two.
    private var slots: [Int32] = Array(repeating: 0, count: 64)
    private var starts: [Int32] = []
    private var lengths: [Int32] = []
    private var hashes: [UInt32] = []
    private var ids: [Int32] = []
    private var storage: [UInt8] = []

    var count: Int { ids.count }

    static let offsetBasis: UInt32 = 2_166_136_261
    static let prime: UInt32 = 16_777_619

    /// Adds `word` (its bytes as they are) with `id`; a word already present keeps its first id.
    mutating func insert(_ word: String, id: Int32) {
        let bytes = Array(word.utf8)
        let hash = bytes.reduce(Self.offsetBasis) { ($0 ^ UInt32($1)) &* Self.prime }
        if find(hash: hash, equals: { self.stored($0).elementsEqual(bytes) }) >= 0 { return }
        if (count + 1) * 2 > slots.count { grow() }
        starts.append(Int32(storage.count))
        lengths.append(Int32(bytes.count))
        hashes.append(hash)
        ids.append(id)
        storage.append(contentsOf: bytes)
        place(count - 1)
    }

    /// The id of `word` as it is, or -1.
    func id(of word: String) -> Int32 {
        var word = word
        return word.withUTF8 { u in
            let hash = u.reduce(Self.offsetBasis) { ($0 ^ UInt32($1)) &* Self.prime }
            return find(hash: hash) { self.stored($0).elementsEqual(u) }
        }
    }

    /// The id of ASCII `bytes` with A–Z read as a–z, or -1.
    /// - Complexity: O(n) in the length of the word.
    func id(ofASCII bytes: ArraySlice<UInt8>) -> Int32 {
        bytes.withUnsafeBufferPointer { id(ofASCII: $0) }
    }

    /// `id(ofASCII:)` of the bytes `word` points to.
    func id(ofASCII word: UnsafeBufferPointer<UInt8>) -> Int32 {
        var hash = Self.offsetBasis
        for b in word { hash = (hash ^ UInt32(Self.lower(b))) &* Self.prime }
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        return slots.withUnsafeBufferPointer { slots in
            hashes.withUnsafeBufferPointer { hashes in
                storage.withUnsafeBufferPointer { storage in
                    while true {
                        let e = Int(slots[slot]) - 1
                        if e < 0 { return -1 }
                        if hashes[e] == hash, Int(lengths[e]) == word.count {
                            let s = Int(starts[e])
                            var same = true
                            for k in 0..<word.count where storage[s + k] != Self.lower(word[k]) { same = false; break }
                            if same { return ids[e] }
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

    private func stored(_ entry: Int) -> ArraySlice<UInt8> {
        let s = Int(starts[entry])
        return storage[s..<(s + Int(lengths[entry]))]
    }

    /// The id of the entry with `hash` that `equals` accepts, or -1.
    private func find(hash: UInt32, equals: (Int) -> Bool) -> Int32 {
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while true {
            let e = Int(slots[slot]) - 1
            if e < 0 { return -1 }
            if hashes[e] == hash, equals(e) { return ids[e] }
            slot = (slot + 1) & mask
        }
    }

    private mutating func place(_ entry: Int) {
        let mask = slots.count - 1
        var slot = Int(hashes[entry]) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = Int32(entry + 1)
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        for e in 0..<count { place(e) }
    }
}
