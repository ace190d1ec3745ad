/// TF-IDF word vectors of documents, compared by cosine: a children-and-armed-conflict resolution
/// reads like its predecessor, not like a women-and-security one, even when neither has a title.
///
/// A node has a profile when its text is known (a document of the corpus) or, for a resolution
/// known only from citations, from what the citing texts say of it (`context`): the words that
/// follow its symbol in the citing paragraphs ("1261 (1999) of 25 August 1999 on children and
/// armed conflict") and the titles they quote.
///
/// ```swift
/// let profiles = TextProfiles(texts: [0: textOfA, 1: textOfB])
/// profiles.cosine(0, 1)   // 0.63
/// ```
public struct TextProfiles: Sendable {
    /// Sparse unit vectors by node index, terms ascending.
    private var vectors: [Int: [Entry]]
    /// Which vectors come from citing texts rather than the document's own text.
    private var fromContext: Set<Int>
    /// The names the own texts repeat (missions, sanctions regimes), for the Council's series.
    public private(set) var entities = EntityProfiles()

    struct Entry: Sendable { var term: Int32; var weight: Float }

    /// No profiles.
    public init() { vectors = [:]; fromContext = [] }

    /// Profiles of `texts` (node index → the document's own text) and of `context` (node index →
    /// what citing texts say of a node without text). Inverse document frequencies come from the
    /// documents' own texts.
    /// - Complexity: O(total length of the texts).
    public init(texts: [Int: String], context: [Int: String] = [:]) {
        // Words and pairs of neighbouring words ("sexual violence") share one numbering; a pair is
        // numbered by its two words' numbers, so no pair is ever spelt out.
        var vocabulary: [String: Int32] = [:]
        var pairs: [UInt64: Int32] = [:]
        var next: Int32 = 0
        func counts(_ words: [String], adding: Bool) -> [Int32: Int] {
            var out: [Int32: Int] = [:]
            var previous: Int32?
            for word in words {
                var id = vocabulary[word]
                if id == nil && adding { id = next; next += 1; vocabulary[word] = id }
                if let id {
                    out[id, default: 0] += 1
                    if let p = previous {
                        let key = UInt64(UInt32(p)) << 32 | UInt64(UInt32(id))
                        var pair = pairs[key]
                        if pair == nil && adding { pair = next; next += 1; pairs[key] = pair }
                        if let pair { out[pair, default: 0] += 1 }
                    }
                }
                previous = id
            }
            return out
        }
        // Each text's counts are kept as a sorted array (a third of a dictionary's memory: the
        // whole corpus's counts are held until the document frequencies are known).
        var termCounts: [Int: [TermCount]] = [:]
        // By term number (numbers are dense from 0): 4 bytes a term, not a dictionary entry.
        var documentFrequency: [Int32] = []
        var names: [(key: Int, names: [(name: String, count: Int)])] = []
        // Texts a batch at a time: each text of a batch is split into words and its names found on
        // every core (`Split`); then the batch's words are numbered in key order, as a serial run
        // numbers them, so the numbers (and every sum over them) are the same. Only a batch's
        // words are ever held.
        let keys = texts.keys.sorted()
        var batchStart = 0
        while batchStart < keys.count {
            let batch = Array(keys[batchStart..<min(keys.count, batchStart + 256)])
            batchStart += batch.count
            let split = ParallelMap.map(batch) { Split(texts[$0] ?? "") }
            for (key, text) in zip(batch, split) {
                var global = [Int32](repeating: -1, count: text.distinct.count)
                var out: [Int32: Int] = [:]
                var previous: Int32?
                for local in text.sequence {
                    var id = global[Int(local)]
                    if id < 0 {
                        let word = text.distinct[Int(local)]
                        if let known = vocabulary[word] { id = known } else { id = next; next += 1; vocabulary[word] = id }
                        global[Int(local)] = id
                    }
                    out[id, default: 0] += 1
                    if let p = previous {
                        let pairKey = UInt64(UInt32(p)) << 32 | UInt64(UInt32(id))
                        let pair: Int32
                        if let known = pairs[pairKey] { pair = known } else { pair = next; next += 1; pairs[pairKey] = pair }
                        out[pair, default: 0] += 1
                    }
                    previous = id
                }
                let c = TextProfiles.sorted(out)
                termCounts[key] = c
                if documentFrequency.count < Int(next) { documentFrequency += [Int32](repeating: 0, count: Int(next) - documentFrequency.count) }
                for term in c { documentFrequency[Int(term.term)] += 1 }
                names.append((key, text.names))
            }
        }
        self.entities = EntityProfiles(names: names, count: texts.count)
        let n = Double(max(texts.count, 1))
        // Words of one document only say nothing about a pair; words of every document neither.
        func vector(_ c: [TermCount]) -> [Entry] {
            TextProfiles.unitVector(sorted: c) { term in
                let df = Int(term) < documentFrequency.count ? Double(documentFrequency[Int(term)]) : 0
                return df >= 1 ? log((n + 1) / (df + 0.5)) : nil
            }
        }
        var vectors: [Int: [Entry]] = [:]
        for key in termCounts.keys.sorted() {
            vectors[key] = vector(termCounts[key] ?? [])
            termCounts[key] = nil
        }
        var fromContext = Set<Int>()
        for (key, text) in context where vectors[key] == nil {
            let v = vector(TextProfiles.sorted(counts(TextProfiles.words(text), adding: false)))
            if !v.isEmpty { vectors[key] = v; fromContext.insert(key) }
        }
        self.vectors = vectors
        self.fromContext = fromContext
    }

    /// One text's words, as the numbering pass needs them: its distinct words in the order they
    /// first occur and the text as positions in that list (4 bytes a word, not a `String`), and the
    /// names `EntityProfiles` finds in it, by name.
    struct Split: Sendable {
        var distinct: [String] = []
        var sequence: [Int32] = []
        var names: [(name: String, count: Int)]

        init(_ text: String) {
            let words = TextProfiles.words(text)
            names = EntityProfiles.names(in: text, words: words).sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
            var local: [String: Int32] = [:]
            sequence.reserveCapacity(words.count)
            for w in words {
                if let k = local[w] { sequence.append(k); continue }
                let k = Int32(distinct.count)
                local[w] = k
                distinct.append(w)
                sequence.append(k)
            }
        }
    }

    /// A term's count in one text.
    struct TermCount { var term: Int32; var count: Int32 }

    /// `counts` as an array, terms ascending.
    static func sorted(_ counts: [Int32: Int]) -> [TermCount] {
        var out: [TermCount] = []
        out.reserveCapacity(counts.count)
        for (term, count) in counts { out.append(TermCount(term: term, count: Int32(clamping: count))) }
        out.sort { $0.term < $1.term }
        return out
    }

    /// The unit vector of `counts` weighted (1 + log count) · idf, terms ascending (so the sums,
    /// and every score built on them, are the same in every run); a term whose idf is nil or whose
    /// weight is not positive is left out; empty when none is left.
    static func unitVector(_ counts: [Int32: Int], idf: (Int32) -> Double?) -> [Entry] {
        unitVector(sorted: sorted(counts), idf: idf)
    }

    /// As ``unitVector(_:idf:)``, of counts already sorted by term.
    static func unitVector(sorted counts: [TermCount], idf: (Int32) -> Double?) -> [Entry] {
        var entries: [Entry] = []
        var norm = 0.0
        for c in counts {
            let term = c.term, count = Int(c.count)
            guard let weight = idf(term) else { continue }
            let w = (1 + log(Double(count))) * weight
            guard w > 0 else { continue }
            entries.append(Entry(term: term, weight: Float(w)))
            norm += w * w
        }
        guard norm > 0 else { return [] }
        let scale = Float(1 / norm.squareRoot())
        return entries.map { Entry(term: $0.term, weight: $0.weight * scale) }
    }

    /// Cosine of two unit vectors (terms ascending), in [0, 1].
    /// - Complexity: O(x + y).
    static func cosine(_ x: [Entry], _ y: [Entry]) -> Double {
        var i = 0, j = 0
        var sum: Float = 0
        while i < x.count && j < y.count {
            if x[i].term == y[j].term { sum += x[i].weight * y[j].weight; i += 1; j += 1 }
            else if x[i].term < y[j].term { i += 1 } else { j += 1 }
        }
        return Double(min(max(sum, 0), 1))
    }

    /// Cosines of `r` with each of `others` (nil where a profile is missing), equal to `cosine`
    /// pair by pair: `r`'s weights are spread once over `scratch` (grown as needed, left zeroed),
    /// then each other vector is one pass over its own terms.
    /// - Complexity: O(r + Σ others) instead of O(others · r + Σ others).
    func cosines(of r: Int, with others: [Int], scratch: inout [Float]) -> [Double?] {
        guard let x = vectors[r], !x.isEmpty else { return others.map { _ in nil } }
        let needed = Int(x.last!.term) + 1
        if scratch.count < needed { scratch += [Float](repeating: 0, count: needed - scratch.count) }
        for e in x { scratch[Int(e.term)] = e.weight }
        defer { for e in x { scratch[Int(e.term)] = 0 } }
        return others.map { o -> Double? in
            guard let y = vectors[o], !y.isEmpty else { return nil }
            var sum: Float = 0
            let limit = scratch.count
            for e in y where Int(e.term) < limit { sum += scratch[Int(e.term)] * e.weight }
            return Double(min(max(sum, 0), 1))
        }
    }

    /// Whether node `v` has a profile from its own text.
    public func hasText(_ v: Int) -> Bool { vectors[v] != nil && !fromContext.contains(v) }

    /// Whether node `v` has a profile at all (own text or citing context).
    public func hasProfile(_ v: Int) -> Bool { vectors[v] != nil }

    public var isEmpty: Bool { vectors.isEmpty }

    /// Cosine similarity of the two profiles in [0, 1]; nil when one is missing.
    /// - Complexity: O(a + b) for the two vectors' lengths.
    public func cosine(_ a: Int, _ b: Int) -> Double? {
        guard let x = vectors[a], let y = vectors[b], !x.isEmpty, !y.isEmpty else { return nil }
        return TextProfiles.cosine(x, y)
    }

    static let stopWords: Set<String> = [
        "the", "and", "for", "with", "that", "this", "its", "their", "from", "which", "have", "has", "been", "are",
        "was", "were", "all", "also", "other", "such", "into", "under", "within", "between", "including", "those",
        "these", "them", "they", "any", "not", "but", "who", "whom", "whose", "where", "when", "while", "upon",
        "will", "shall", "should", "would", "could", "may", "can", "more", "most", "further", "well", "both",
        "each", "per", "through", "towards", "toward", "against", "without", "over", "among", "itself", "his",
        "her", "our", "your", "than", "then", "there", "here", "there", "about", "above", "below", "after", "before",
        "resolution", "resolutions", "united", "nations", "council", "security", "general", "assembly",
    ]

    /// Lower-cased words of three letters or more (letters only), stop words left out.
    static func words(_ text: String) -> [String] {
        var out: [String] = []
        var current: [UInt8] = []
        func flush() {
            defer { current.removeAll(keepingCapacity: true) }
            guard current.count >= 3 else { return }
            let w = String(decoding: current, as: UTF8.self)
            if !stopWords.contains(w) { out.append(w) }
        }
        for b in text.utf8 {
            switch b {
            case UInt8(ascii: "a")...UInt8(ascii: "z"): current.append(b)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): current.append(b + 32)
            case 0x80...0xFF: current.append(b)  // letters of other scripts stay inside the word
            default: flush()
            }
        }
        flush()
        return out
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
