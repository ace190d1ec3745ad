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
