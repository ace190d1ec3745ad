/// Joins the hard-wrapped lines of one paragraph into one line, undoing the hyphenation of
/// words split at a line end.
///
/// A hyphen at a line end is dropped (`under-` + `taken` → `undertaken`) only when the next
/// line starts in lower case and nothing says the hyphen is part of the word: UN texts break
/// lines after the hyphen of compounds (`long-` + `term`, `gender-` + `based`), so the hyphen
/// stays when the document writes the compound with a hyphen elsewhere, or (unless it writes
/// the word solid elsewhere) when the compound is a known one or has a compounding prefix or
/// head. Before a capital or a digit the hyphen always stays
/// and no space is added (`Secretary-` + `General`, `A/79/552-` + `S/2024/767`).
struct LineJoiner: Sendable {
    /// Lower-cased `left-right` forms found inside lines of the document.
    private var hyphenated: Set<String> = []
    /// Lower-cased words (letters only) found inside lines of the document.
    private var words: Set<String> = []

    /// A joiner that knows no word of the document yet (see `learn(_:)`).
    init() {}

    /// Learns from `lines` which hyphenated and unhyphenated words the document uses.
    ///
    /// - Complexity: O(n) in the total length of the lines.
    init<S: Sequence>(learningFrom lines: S) where S.Element == String {
        for line in lines { learn(line) }
    }

    /// Learns the hyphenated and unhyphenated words of one line of the document.
    ///
    /// - Complexity: O(n) in the length of the line.
    mutating func learn(_ line: String) {
        for token in line.split(whereSeparator: { !$0.isLetter && $0 != "-" }) {
            let lower = token.lowercased()
            let parts = lower.split(separator: "-", omittingEmptySubsequences: false)
            if parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty {
                hyphenated.insert(lower)
            } else if parts.count == 1 {
                words.insert(lower)
            }
        }
    }

    /// Joins `lines` into one line.
    ///
    /// - Complexity: O(n) in the total length of the lines.
    func join(_ lines: [String]) -> String {
        var result = ""
        for line in lines {
            guard !result.isEmpty else { result = line; continue }
            guard !line.isEmpty else { continue }
            let chars = Array(result.suffix(2))
            guard chars.count == 2, chars[1] == "-", chars[0].isLetter || chars[0].isNumber,
                  let next = line.first
            else {
                result += " " + line
                continue
            }
            if next.isLowercase {
                let left = String(result.dropLast().reversed().prefix { $0.isLetter }.reversed())
                let right = String(line.prefix { $0.isLetter })
                if !keepsHyphen(left: left, right: right) { result.removeLast() }
            }
            result += line
        }
        return result
    }

    /// Whether `left-` at a line end followed by `right` is a hyphenated compound.
    func keepsHyphen(left: String, right: String) -> Bool {
        let l = left.lowercased()
        let r = right.lowercased()
        let compound = "\(l)-\(r)"
        // The document's own spelling first, then the corpus's, then the word's make-up.
        if hyphenated.contains(compound) { return true }
        if words.contains(l + r) { return false }
        return HyphenatedCompounds.known.contains(compound) || Self.prefixes.contains(l) || Self.heads.contains(r)
    }

    /// First parts written with a hyphen in UN texts (`non-`, `post-`, `counter-`).
    private static let prefixes: Set<String> = [
        "anti", "counter", "cross", "ex", "high", "long", "low", "multi", "non", "post", "self",
        "semi", "short", "vice", "well",
    ]
    /// Second parts that make hyphenated compounds (`-based`, `-led`, `-related`).
    private static let heads: Set<String> = [
        "affected", "based", "building", "centred", "contributing", "driven", "focused", "free",
        "friendly", "funded", "led", "level", "making", "mandated", "oriented", "owned",
        "related", "responsive", "sensitive", "sharing", "specific", "term", "wide",
    ]
}
