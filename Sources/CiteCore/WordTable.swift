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
    /// Per slot: the entry's hash in the high 32 bits and its index + 1 in the low 32, or 0 when
    /// empty (a probe compares hashes without reading the entries). The count is a power of two.
    private var slots: [UInt64] = Array(repeating: 0, count: 64)
    /// Per entry: where its bytes start in `storage`, their count, its id.
    private var entries: [Entry] = []
    private var storage: [UInt8] = []
    /// One bit per value of a hash's top `filterBits` bits, set for the words present: most words
    /// looked up are absent, and this small table (2 KB) answers for most of them without reading
    /// `slots`, whose probes miss the cache.
    private var filter: [UInt64] = Array(repeating: 0, count: 1 << (filterBits - 6))
    private static let filterBits = 14

    @inline(__always) private static func filterBit(_ hash: UInt32) -> (word: Int, mask: UInt64) {
        let bit = Int(hash >> UInt32(32 - filterBits))
        return (bit >> 6, UInt64(1) << UInt64(bit & 63))
    }

    private struct Entry: Sendable {
        var start: Int32
        var length: Int32
        var id: Int32
    }

    var count: Int { entries.count }

    static let offsetBasis: UInt32 = 2_166_136_261
    static let prime: UInt32 = 16_777_619

    /// Adds `word` (its bytes as they are) with `id`; a word already present keeps its first id.
    mutating func insert(_ word: String, id: Int32) {
        let bytes = Array(word.utf8)
        let hash = bytes.reduce(Self.offsetBasis) { ($0 ^ UInt32($1)) &* Self.prime }
        if find(hash: hash, equals: { self.stored($0).elementsEqual(bytes) }) >= 0 { return }
        if (count + 1) * 2 > slots.count { grow() }
        entries.append(Entry(start: Int32(storage.count), length: Int32(bytes.count), id: id))
        storage.append(contentsOf: bytes)
        place(count - 1, hash: hash)
        let (word, mask) = Self.filterBit(hash)
        filter[word] |= mask
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

    /// `id(ofASCII:hash:)` of a slice.
    func id(ofASCII bytes: ArraySlice<UInt8>, hash: UInt32) -> Int32 {
        bytes.withUnsafeBufferPointer { id(ofASCII: $0, hash: hash) }
    }

    /// `id(ofASCII:)` of the bytes `word` points to.
    func id(ofASCII word: UnsafeBufferPointer<UInt8>) -> Int32 {
        id(ofASCII: word, hash: Self.hash(ofASCII: word))
    }

    /// The hash `id(ofASCII:)` looks ASCII bytes up by: FNV-1a of the bytes with A–Z as a–z.
    static func hash(ofASCII word: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var hash = offsetBasis
        for b in word { hash = (hash ^ UInt32(lower(b))) &* prime }
        return hash
    }

    /// `id(ofASCII:)` of bytes whose `hash(ofASCII:)` the caller computed as it read them.
    func id(ofASCII word: UnsafeBufferPointer<UInt8>, hash: UInt32) -> Int32 {
        let (filterWord, mask) = Self.filterBit(hash)
        guard filter[filterWord] & mask != 0 else { return -1 }
        return slots.withUnsafeBufferPointer { slots in
            let mask = slots.count - 1
            var slot = Int(hash) & mask
            while true {
                let value = slots[slot]
                if value == 0 { return -1 }
                if UInt32(truncatingIfNeeded: value >> 32) == hash {
                    let e = entries[Int(UInt32(truncatingIfNeeded: value)) - 1]
                    if Int(e.length) == word.count {
                        let same = storage.withUnsafeBufferPointer { storage in
                            let s = Int(e.start)
                            for k in 0..<word.count where storage[s + k] != Self.lower(word[k]) { return false }
                            return true
                        }
                        if same { return e.id }
                    }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    @inline(__always) static func lower(_ b: UInt8) -> UInt8 { b >= 0x41 && b <= 0x5A ? b | 0x20 : b }

    private func stored(_ entry: Int) -> ArraySlice<UInt8> {
        let s = Int(entries[entry].start)
        return storage[s..<(s + Int(entries[entry].length))]
    }

    /// The id of the entry with `hash` that `equals` accepts, or -1.
    private func find(hash: UInt32, equals: (Int) -> Bool) -> Int32 {
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while true {
            let value = slots[slot]
            if value == 0 { return -1 }
            let e = Int(UInt32(truncatingIfNeeded: value)) - 1
            if UInt32(truncatingIfNeeded: value >> 32) == hash, equals(e) { return entries[e].id }
            slot = (slot + 1) & mask
        }
    }

    private mutating func place(_ entry: Int, hash: UInt32) {
        let mask = slots.count - 1
        var slot = Int(hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = UInt64(hash) << 32 | UInt64(entry + 1)
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: 0, count: slots.count * 2)
        for value in old where value != 0 {
            place(Int(UInt32(truncatingIfNeeded: value)) - 1, hash: UInt32(truncatingIfNeeded: value >> 32))
        }
    }
}
