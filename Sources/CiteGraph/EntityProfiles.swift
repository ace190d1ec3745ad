/// The names a Security Council text repeats for what it is about — a mission's acronym
/// ("UNMISS", "MINURSO"), a sanctions regime named by its founding resolution ("the Committee
/// established pursuant to resolution 2127 (2013)") — weighted by how rare they are, compared by
/// cosine. Two renewals of one mission share them however long or short each text is; a mission
/// renewal and the sanctions renewal on the same country share the country's words but not these.
///
/// ```swift
/// let entities = EntityProfiles(texts: [0: renewal2024, 1: renewal2023, 2: sanctions2023])
/// entities.cosine(0, 1)   // 0.9: "UNMISS", "CTSAMVM", "RJMEC" in both
/// entities.cosine(0, 2)   // 0.1
/// ```
public struct EntityProfiles: Sendable {
    private var vectors: [Int: [TextProfiles.Entry]]

    public init() { vectors = [:] }

    /// Profiles of the documents' own texts; a name needs two documents to count.
    /// - Complexity: O(total length of the texts).
    /// - Parameter words: `TextProfiles.words` of each text, when already split.
    public init(texts: [Int: String], words: [Int: [String]] = [:]) {
        // Each text's names on every core; numbered in key order, as a serial run numbers them.
        let keys = texts.keys.sorted()
        let found = ParallelMap.map(keys) { key in
            EntityProfiles.names(in: texts[key] ?? "", words: words[key]).sorted(by: { $0.key < $1.key }).map { (name: $0.key, count: $0.value) }
        }
        self.init(names: Array(zip(keys, found)).map { (key: $0.0, names: $0.1) }, count: texts.count)
    }

    /// Profiles from the names already found in each of `count` texts (`names(in:words:)`, sorted
    /// by name), keys ascending.
    init(names: [(key: Int, names: [(name: String, count: Int)])], count: Int) {
        var vocabulary: [String: Int32] = [:]
        var counts: [Int: [Int32: Int]] = [:]
        var documentFrequency: [Int32: Int] = [:]
        for (key, found) in names {
            var c: [Int32: Int] = [:]
            // Names in order, so term numbers (and every sum over them) are the same in every run.
            for (name, n) in found {
                let id: Int32
                if let known = vocabulary[name] { id = known } else { id = Int32(vocabulary.count); vocabulary[name] = id }
                c[id, default: 0] += n
            }
            counts[key] = c
            for term in c.keys { documentFrequency[term, default: 0] += 1 }
        }
        let n = Double(max(count, 1))
        var vectors: [Int: [TextProfiles.Entry]] = [:]
        for (key, c) in counts {
            let v = TextProfiles.unitVector(c) { term in
                let df = Double(documentFrequency[term] ?? 0)
                return df >= 2 ? log(n / df) : nil
            }
            if !v.isEmpty { vectors[key] = v }
        }
        self.vectors = vectors
    }

    /// Whether `v` names anything.
    public func has(_ v: Int) -> Bool { vectors[v] != nil }

    /// Cosine of the two profiles in [0, 1]; nil when one names nothing.
    public func cosine(_ a: Int, _ b: Int) -> Double? {
        guard let x = vectors[a], let y = vectors[b] else { return nil }
        return TextProfiles.cosine(x, y)
    }

    /// The names in `text` with how often each occurs: acronyms (four characters or more, three
    /// capitals or more, starting and ending with a capital: "UNMISS", "SPLA-IO", "GoSS"; not Roman
    /// numerals), sanctions regimes as "res" + the founding resolution's number, counted twice, and
    /// runs of three content words that occur three times or more.
    static func names(in text: String, words given: [String]? = nil) -> [String: Int] {
        var out: [String: Int] = [:]
        var token: [UInt8] = []
        func flush() {
            defer { token.removeAll(keepingCapacity: true) }
            while let last = token.last, last == UInt8(ascii: "-") { token.removeLast() }
            guard token.count >= 4, let first = token.first, let last = token.last,
                  isUpper(first), isUpper(last) else { return }
            let capitals = token.filter(isUpper).count
            guard capitals >= 3 else { return }
            guard !token.allSatisfy({ "IVXLCDM".utf8.contains($0) }) else { return }
            out[String(decoding: token, as: UTF8.self), default: 0] += 1
        }
        for b in text.utf8 {
            if isUpper(b) || (b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z")) || (b >= 0x30 && b <= 0x39) || b == UInt8(ascii: "-") {
                token.append(b)
            } else {
                flush()
            }
        }
        flush()
        for number in regimeNumbers(in: text) { out["res" + number, default: 0] += 2 }
        // The phrases a text keeps repeating name its theme where no acronym does: "protection
        // of civilians in armed conflict", "women and peace and security", "children and armed conflict".
        // Counted by the words' numbers within this text; only the phrases said three times are spelt out.
        let words = given ?? TextProfiles.words(text)
        var numbers: [String: Int32] = [:]
        let ids = words.map { w -> Int32 in
            if let id = numbers[w] { return id }
            let id = Int32(numbers.count); numbers[w] = id; return id
        }
        var phrases: [Phrase: (count: Int, at: Int)] = [:]
        for i in ids.indices.dropFirst(2) {
            phrases[Phrase(a: ids[i - 2], b: ids[i - 1], c: ids[i]), default: (0, i)].count += 1
        }
        for (_, p) in phrases where p.count >= 3 {
            out[words[p.at - 2] + " " + words[p.at - 1] + " " + words[p.at], default: 0] += p.count
        }
        return out
    }

    /// Phrases that name a sanctions regime or a committee by the resolution that set it up.
    static let regimePhrases = ["established pursuant to resolution ", "imposed by resolution ", "imposed by paragraph",
                                "imposed in paragraph", "set out in paragraph", "established by resolution "]

    /// Numbers of the resolutions named by `regimePhrases` ("…pursuant to resolution 2127 (2013)" → "2127").
    static func regimeNumbers(in text: String) -> [String] {
        // ASCII lower case is enough: the phrases and the digits are ASCII.
        let lower = text.utf8.map { $0 >= 65 && $0 <= 90 ? $0 | 0x20 : $0 }
        var numbers: [String] = []
        let word = Array("resolution ".utf8)
        func matches(_ p: [UInt8], at i: Int) -> Bool {
            guard i + p.count <= lower.count else { return false }
            var k = 0
            while k < p.count && lower[i + k] == p[k] { k += 1 }
            return k == p.count
        }
        for phrase in regimePhrases {
            let p = Array(phrase.utf8)
            guard p.count <= lower.count else { continue }
            var i = 0
            while i + p.count <= lower.count {
                guard lower[i] == p[0], matches(p, at: i) else { i += 1; continue }
                // The resolution's number: the first "resolution NNNN" within 60 bytes.
                var j = i + p.count
                let limit = min(lower.count, j + 60)
                if !phrase.hasSuffix("resolution ") {
                    while j + word.count <= limit, !matches(word, at: j) { j += 1 }
                    j += word.count
                }
                var k = j
                while k < lower.count, lower[k] >= 0x30, lower[k] <= 0x39 { k += 1 }
                if k - j >= 3 && k - j <= 4 { numbers.append(String(decoding: lower[j..<k], as: UTF8.self)) }
                i += p.count
            }
        }
        return numbers
    }

    private struct Phrase: Hashable { var a, b, c: Int32 }

    private static func isUpper(_ b: UInt8) -> Bool { b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
